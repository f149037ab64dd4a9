/* obj_func.h -- functions, built-in functions, bound methods, cells, modules.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_OBJ_FUNC_H
#define LP_OBJ_FUNC_H

#include <stdbool.h>

#include "obj_code.h"
#include "object.h"

/* A Python function: made by MAKE_FUNCTION. */
typedef struct lp_function {
    lp_object_t head;
    lp_code_t *code;
    lp_value globals;     /* dict */
    lp_value builtins;    /* dict */
    lp_value name;        /* str: __name__ */
    lp_value qualname;    /* str: __qualname__ */
    lp_value defaults;    /* tuple or LP_NULL */
    lp_value kwdefaults;  /* dict or LP_NULL */
    lp_value closure;     /* tuple of cells or LP_NULL */
    lp_value doc;         /* __doc__ */
    lp_value annotations; /* dict or LP_NULL */
    lp_value module;      /* __module__ */
    lp_value dict;        /* __dict__ or LP_NULL */
} lp_function_t;

/* A cell: one variable shared between a function and the ones nested in it. */
typedef struct {
    lp_object_t head;
    lp_value value; /* LP_NULL: empty */
} lp_cell_t;

/* A built-in function, or a native method bound to self. */
typedef struct {
    lp_object_t head;
    const char *name;
    lp_native_fn fn;
    lp_value self;     /* LP_NULL for a plain function; else prepended to args */
    lp_value module;   /* str or LP_NULL */
    const char *doc;
} lp_builtin_t;

/* A bound method: a function and the instance it was taken from. */
typedef struct {
    lp_object_t head;
    lp_value func;
    lp_value self;
} lp_method_t;

/* A method descriptor: a native method found on a type (str.upper). */
typedef struct {
    lp_object_t head;
    const lp_method_def_t *def;
    lp_type_t *owner;
} lp_method_descr_t;

typedef struct {
    lp_object_t head;
    lp_value name; /* str */
    lp_value dict; /* the module's namespace */
} lp_module_t;

lp_value lp_cell_new(lp_value v);
lp_value lp_builtin_new(const char *name, lp_native_fn fn, lp_value self);
lp_value lp_method_new(lp_value func, lp_value self);
lp_value lp_module_new(lp_value name);

/* ==== argument checking for native functions (CPython's messages) ==== */

/* Raises TypeError unless nargs is in [min, max] and there are no keyword
 * arguments: "len() takes exactly one argument (2 given)". */
void lp_check_args(const char *fname, size_t nargs, lp_value kwnames, size_t min, size_t max);

/* Reads the keyword arguments [names] (NULL-terminated) of a call to
 * [fname] into [out] (left alone when absent); any other keyword is a
 * TypeError "'x' is an invalid keyword argument for f()". */
void lp_parse_kwargs(const char *fname, lp_value *args, size_t nargs, lp_value kwnames,
                     const char *const *names, lp_value *out);

#endif
