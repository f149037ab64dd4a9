/* obj_traceback.h -- traceback entries, as exceptions carry them.
 *
 * The VM adds one entry per Python frame an exception passes through
 * (innermost last, as CPython's tb_next chain); the printer
 * (runtime/traceback.c) reads the code object and position of each.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_OBJ_TRACEBACK_H
#define LP_OBJ_TRACEBACK_H

#include "obj_code.h"
#include "object.h"

typedef struct lp_traceback {
    lp_object_t head;
    lp_value next;   /* the next entry (the frame called from here), or LP_NULL */
    lp_code_t *code; /* the frame's code */
    lp_value frame;  /* a frame object, or LP_NULL (not kept for now) */
    lp_value globals; /* the frame's globals (for __name__/__file__) */
    int32_t lasti;   /* the unit that raised or called: code->positions[lasti] */
} lp_traceback_t;

/* A new entry for [code] at unit [lasti], in front of [next] (LP_NULL). */
lp_value lp_traceback_new(lp_value next, lp_code_t *code, lp_value globals, int32_t lasti);

/* The line number of entry [tb] (0 when unknown). */
int lp_traceback_lineno(const lp_traceback_t *tb);

#endif
