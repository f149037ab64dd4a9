/* frame.h -- the VM's frames and its per-process state.
 *
 * A frame is one activation of a code object: a header, then the slots the
 * code's frame layout asks for (obj_code.h): nlocals fast locals, ncells
 * cells, then the value stack.  Ordinary frames live on the VM's frame
 * stack, a chain of collected chunks used like a C stack (pushing a frame
 * for a Python-to-Python call is a bump of a pointer, no allocation).  A
 * generator's frame is allocated on the heap instead, so that it survives
 * a yield; it is run by entering the eval loop with it as the entry frame.
 *
 * While a frame runs, pc and sp live in the eval loop's registers; they are
 * stored in the frame when it calls another frame, yields, or returns to
 * its C caller.  `instr` is stored at every instruction: after a non-local
 * exit (error.h) the loop knows where the error happened from it.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_FRAME_H
#define LP_FRAME_H

#include <stdint.h>

#include "obj_code.h"
#include "object.h"

struct lp_gen;

typedef struct lp_frame {
    lp_code_t *code;
    lp_value func;     /* the function running, or LP_NULL (module, class body, exec) */
    lp_value globals;  /* dict */
    lp_value builtins; /* dict */
    lp_value locals;   /* the namespace of LOAD_NAME/STORE_NAME, or LP_NULL */
    struct lp_frame *back;   /* the caller (LP_NULL-like NULL: none, or suspended) */
    const uint16_t *instr;   /* the instruction executing (tracebacks, exception table) */
    const uint16_t *pc;      /* where to go on (valid while not running) */
    lp_value *sp;            /* the value stack's top (valid while not running) */
    lp_value *prev_top;      /* the frame stack before this frame was pushed */
    void *prev_chunk;        /* the frame-stack chunk in use before (vm.c) */
    struct lp_gen *gen;      /* the generator owning this (heap) frame, or NULL */
    lp_value init_self;      /* an __init__ run by CALL: the new instance, or LP_NULL */
    int32_t depth;           /* recursion depth of this frame */
    uint8_t entry;           /* leaving it returns from the C call of the eval loop */
    uint8_t heap;            /* allocated on the heap (generator frames) */
    uint8_t binop;           /* a.__op__ run by BINARY_OP (op + 1) or COMPARE_OP
                                (LP_FRAME_COMPARE + op), a and b left on the
                                caller's stack; else 0 */
    lp_value slots[];        /* fast locals, cells, value stack */
} lp_frame_t;

/* lp_frame_t.binop of a comparison's frame: LP_FRAME_COMPARE + lp_cmpop_t. */
enum { LP_FRAME_COMPARE = 64 };

/* The first value-stack slot of [f]. */
static inline lp_value *lp_frame_stack_base(lp_frame_t *f)
{
    return f->slots + f->code->nlocals + f->code->ncellvars + f->code->nfreevars;
}

/* One level of "the exception being handled" (sys.exc_info): the VM's base
 * level, and one per running generator (CPython's _PyErr_StackItem). */
typedef struct lp_excstate {
    lp_value exc;              /* the handled exception, or LP_NULL / None: none */
    struct lp_excstate *prev;  /* the level below (the generator's caller) */
} lp_excstate_t;

/* A frame object (the `frame` type) for [f] and, through f_back, its
 * callers: snapshots of code, globals, line and locals (sys._getframe).
 * None for NULL. */
lp_value lp_frame_object_snapshot(lp_frame_t *f);

/* A frame object for [code] running with [globals] at line [lineno]
 * (traceback.tb_frame). */
lp_value lp_frame_object_new(lp_code_t *code, lp_value globals, int lineno);

#endif
