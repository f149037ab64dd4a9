/* obj_code.h -- code objects: what the compiler makes and the VM runs.
 *
 * A code object is immutable once built.  Its instructions are 16-bit units
 * (src/bytecode.h); its constants are Python values (str, bytes, int,
 * float, complex, None, bools, Ellipsis, tuples and frozensets of those,
 * and nested code objects).
 *
 * Frame layout, which the compiler and the VM share: a frame of this code
 * has nlocals fast-local slots (co_varnames, parameters first in the order
 * symtable.h documents), then ncells = ncellvars + nfreevars cell slots
 * (co_cellvars then co_freevars; ARG_FREE operands index them), then the
 * value stack of stacksize slots.  A cell variable that is also a parameter
 * is filled from its argument by MAKE_CELL (cell2arg says which).
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_OBJ_CODE_H
#define LP_OBJ_CODE_H

#include <stdint.h>

#include "object.h"

/* co_flags, with CPython's values (inspect.CO_*). */
enum {
    LP_CO_OPTIMIZED = 0x1,
    LP_CO_NEWLOCALS = 0x2,
    LP_CO_VARARGS = 0x4,
    LP_CO_VARKEYWORDS = 0x8,
    LP_CO_NESTED = 0x10,
    LP_CO_GENERATOR = 0x20,
    LP_CO_NOFREE = 0x40,
    LP_CO_COROUTINE = 0x80,
    LP_CO_ITERABLE_COROUTINE = 0x100,
    LP_CO_ASYNC_GENERATOR = 0x200,
};

/* Source positions of one code unit; line 0: none (CPython's None). */
typedef struct {
    int32_t line, end_line;
    int32_t col, end_col; /* UTF-8 byte offsets, -1: unknown */
} lp_position_t;

/* One exception-table entry: units [start, end) are handled at [target]
 * with the value stack cut to [depth]; [lasti] pushes the offset of the
 * raising instruction first (for RERAISE in finally/with blocks). */
typedef struct {
    uint32_t start, end, target;
    uint16_t depth;
    uint8_t lasti;
} lp_exc_entry_t;

typedef struct lp_code {
    lp_object_t head;
    const uint16_t *code;  /* ncode units, atomic memory */
    uint32_t ncode;
    const lp_position_t *positions; /* one per code unit, atomic memory */
    const lp_exc_entry_t *exctable; /* sorted by start, innermost first on ties */
    uint32_t nexc;
    lp_value consts;    /* tuple */
    lp_value names;     /* tuple of str: globals, attributes, imports */
    lp_value varnames;  /* tuple of str: the fast locals, parameters first */
    lp_value cellvars;  /* tuple of str */
    lp_value freevars;  /* tuple of str */
    const int32_t *cell2arg; /* ncellvars entries: the parameter index, or -1; NULL if none */
    lp_value filename;  /* str */
    lp_value name;      /* str: co_name */
    lp_value qualname;  /* str: co_qualname */
    int32_t argcount, posonlyargcount, kwonlyargcount; /* as CPython's co_* */
    int32_t nlocals, ncellvars, nfreevars;
    int32_t stacksize;
    int32_t flags;      /* LP_CO_* */
    int32_t firstlineno;
} lp_code_t;

extern lp_type_t lp_type_code;

/* A new code object; every field of [fields] except head is copied (the
 * arrays are shared, not copied). */
lp_value lp_code_new(const lp_code_t *fields);

#endif
