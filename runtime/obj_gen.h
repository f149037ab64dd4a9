/* obj_gen.h -- generators (and coroutines): a suspended frame and its state.
 *
 * A generator function's code starts (after its cell prologue) with
 * RETURN_GENERATOR, which moves the running heap frame into a new
 * generator and returns that.  send/next/throw re-enter the eval loop with
 * the frame as entry frame (src/vm.h lp_vm_resume); YIELD_VALUE leaves it.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_OBJ_GEN_H
#define LP_OBJ_GEN_H

#include <stdbool.h>

#include "frame.h"
#include "object.h"

enum {
    LP_GEN_CREATED,   /* not started: the frame waits after RETURN_GENERATOR */
    LP_GEN_SUSPENDED, /* stopped at a YIELD_VALUE */
    LP_GEN_RUNNING,   /* executing ("generator already executing") */
    LP_GEN_FINISHED,  /* returned or raised: the frame is gone */
};

typedef struct lp_gen {
    lp_object_t head;      /* lp_type_generator or the coroutine type */
    lp_frame_t *frame;     /* NULL once finished */
    lp_code_t *code;
    lp_value name;         /* str: __name__ */
    lp_value qualname;     /* str: __qualname__ */
    lp_excstate_t exc;     /* the exception handled inside it (linked while running) */
    lp_value retval;       /* set by RETURN_VALUE when it finishes */
    int state;             /* LP_GEN_* */
} lp_gen_t;

extern lp_type_t lp_type_coroutine;

/* A generator (or coroutine, after the code's flags) owning heap frame [f]
 * (made by RETURN_GENERATOR). */
lp_value lp_gen_new(lp_frame_t *f);

/* True when [v] is a generator or coroutine object of this file. */
bool lp_gen_check(lp_value v);

/* gen.send(v): the next yielded value, or LP_NULL when the generator has
 * returned (or had already finished); its return value then goes to *[ret]
 * when ret is not NULL (None for a finished one).  Raises what the
 * generator raises (TypeError for a non-None value sent to a fresh one,
 * ValueError "generator already executing"). */
lp_value lp_gen_send_ex(lp_value gen, lp_value v, lp_value *ret);

/* gen.throw(exc): as lp_gen_send_ex, with the exception instance [exc]
 * raised at the yield (or passed to the iterator a `yield from` waits on). */
lp_value lp_gen_throw_ex(lp_value gen, lp_value exc, lp_value *ret);

#endif
