/* obj_code.c -- the code type: what the compiler makes (obj_code.h).
 *
 * A code object is immutable; Python sees its co_* attributes (read-only
 * getsets), co_lines() and co_positions() as CPython 3.11 defines them, and
 * the repr `<code object f at 0x..., file "x.py", line 3>`.  co_code is the
 * instruction units as bytes, little-endian, as CPython's.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <string.h>

#include "error.h"
#include "gc.h"
#include "obj_bytes.h"
#include "obj_code.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"
#include "types.h"

lp_value lp_code_new(const lp_code_t *fields)
{
    lp_code_t *co = lp_alloc(sizeof *co);
    *co = *fields;
    co->head.type = &lp_type_code;
    return lp_from_ptr(co);
}

static lp_code_t *as_code(lp_value v)
{
    return (lp_code_t *)lp_as_ptr(v);
}

/* ==== repr ==== */

static lp_value code_repr(lp_value self)
{
    lp_code_t *co = as_code(self);
    size_t nn, nf;
    const char *name = lp_str_utf8(co->name, &nn), *file = lp_str_utf8(co->filename, &nf);
    size_t n = nn + nf + 96;
    char *buf = lp_alloc_atomic(n);
    snprintf(buf, n, "<code object %s at %p, file \"%s\", line %d>", name, (void *)co, file,
             (int)co->firstlineno);
    return lp_str_from_cstr(buf);
}

/* ==== attributes ==== */

#define CODE_INT(field)                                                                            \
    static lp_value code_##field(lp_value self)                                                    \
    {                                                                                              \
        return lp_int_from_i64(as_code(self)->field);                                              \
    }
CODE_INT(argcount)
CODE_INT(posonlyargcount)
CODE_INT(kwonlyargcount)
CODE_INT(nlocals)
CODE_INT(stacksize)
CODE_INT(flags)
CODE_INT(firstlineno)
#undef CODE_INT

#define CODE_VALUE(field)                                                                          \
    static lp_value code_##field(lp_value self)                                                    \
    {                                                                                              \
        return as_code(self)->field;                                                               \
    }
CODE_VALUE(consts)
CODE_VALUE(names)
CODE_VALUE(varnames)
CODE_VALUE(cellvars)
CODE_VALUE(freevars)
CODE_VALUE(filename)
CODE_VALUE(name)
CODE_VALUE(qualname)
#undef CODE_VALUE

static lp_value code_code(lp_value self)
{
    lp_code_t *co = as_code(self);
    char *b = lp_alloc_atomic(2 * (size_t)co->ncode + 1);
    for (uint32_t i = 0; i < co->ncode; i++) {
        b[2 * i] = (char)(co->code[i] & 0xFF);
        b[2 * i + 1] = (char)(co->code[i] >> 8);
    }
    return lp_bytes_new(b, 2 * (size_t)co->ncode);
}

/* co_varnames + cell names + free names, as 3.11's co_localsplusnames. */
static lp_value code_nlocalsplus(lp_value self)
{
    lp_code_t *co = as_code(self);
    return lp_int_from_i64(co->nlocals + co->ncellvars + co->nfreevars);
}

static const lp_getset_def_t code_getsets[] = {
    {"co_argcount", code_argcount, NULL, NULL},
    {"co_posonlyargcount", code_posonlyargcount, NULL, NULL},
    {"co_kwonlyargcount", code_kwonlyargcount, NULL, NULL},
    {"co_nlocals", code_nlocals, NULL, NULL},
    {"co_stacksize", code_stacksize, NULL, NULL},
    {"co_flags", code_flags, NULL, NULL},
    {"co_firstlineno", code_firstlineno, NULL, NULL},
    {"co_consts", code_consts, NULL, NULL},
    {"co_names", code_names, NULL, NULL},
    {"co_varnames", code_varnames, NULL, NULL},
    {"co_cellvars", code_cellvars, NULL, NULL},
    {"co_freevars", code_freevars, NULL, NULL},
    {"co_filename", code_filename, NULL, NULL},
    {"co_name", code_name, NULL, NULL},
    {"co_qualname", code_qualname, NULL, NULL},
    {"co_code", code_code, NULL, NULL},
    {"_co_nlocalsplus", code_nlocalsplus, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

/* ==== methods ==== */

static lp_value opt_int(int32_t v, bool none)
{
    return none ? LP_NONE : lp_int_from_i64(v);
}

/* co_positions(): one (line, end_line, col, end_col) per instruction. */
static lp_value code_positions_m(lp_value *args, size_t nargs, lp_value kwnames)
{
    (void)nargs;
    (void)kwnames;
    lp_code_t *co = as_code(args[0]);
    lp_value list = lp_list_new(co->ncode);
    for (uint32_t i = 0; i < co->ncode; i++) {
        const lp_position_t *p = &co->positions[i];
        bool nol = p->line == 0 && p->end_line == 0; /* line 0 with an end: the module's RESUME */
        lp_list_append(list, lp_tuple_pack(4, opt_int(p->line, nol), opt_int(p->end_line, nol),
                                           opt_int(p->col, nol || p->col < 0),
                                           opt_int(p->end_col, nol || p->end_col < 0)));
    }
    return lp_iter(list);
}

/* co_lines(): (start, end, line) byte ranges with one line each. */
static lp_value code_lines_m(lp_value *args, size_t nargs, lp_value kwnames)
{
    (void)nargs;
    (void)kwnames;
    lp_code_t *co = as_code(args[0]);
    lp_value list = lp_list_new(0);
    uint32_t start = 0;
    for (uint32_t i = 1; i <= co->ncode; i++) {
        if (i < co->ncode && co->positions[i].line == co->positions[start].line) continue;
        int32_t line = co->positions[start].line;
        bool none = line == 0 && co->positions[start].end_line == 0;
        lp_list_append(list, lp_tuple_pack(3, lp_int_from_i64(2 * start), lp_int_from_i64(2 * i),
                                           none ? LP_NONE : lp_int_from_i64(line)));
        start = i;
    }
    return lp_iter(list);
}

static const lp_method_def_t code_methods[] = {
    {"co_positions", code_positions_m, 0, NULL},
    {"co_lines", code_lines_m, 0, NULL},
    {NULL, NULL, 0, NULL},
};

lp_type_t lp_type_code = {
    .name = "code",
    .base = &lp_type_object,
    .size = sizeof(lp_code_t),
    .doc = "Create a code object.  Not for the faint of heart.",
    .repr = code_repr,
    .methods = code_methods,
    .getsets = code_getsets,
};
