/* mod_builtins.h -- the builtins module.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_MOD_BUILTINS_H
#define LP_MOD_BUILTINS_H

#include "object.h"
#include "types.h"
#include "syntax_error.h"

/* The builtins namespace (a dict, made on first use): every built-in
 * function, type, constant and exception class. */
lp_value lp_builtins_dict(void);

/* The builtins module object (its dict is lp_builtins_dict()). */
lp_value lp_builtins_module(void);

/* The iterator types of the builtins (runtime/obj_iter.c). */
extern lp_type_t lp_type_enumerate, lp_type_map, lp_type_filter, lp_type_zip, lp_type_reversed,
    lp_type_callable_iterator;

/* dir(obj): the sorted list of obj.__dir__() (type.__dir__ for classes). */
lp_value lp_builtins_dir_of(lp_value obj);

/* iter(callable, sentinel). */
lp_value lp_callable_iter_new(lp_value callable, lp_value sentinel);

/* Readies the types defined with the builtins (iterators, streams). */
void lp_builtins_types_init(void);

/* The SyntaxError (IndentationError, TabError, RecursionError) of a
 * failed compilation of [filename], as compile() raises it. */
lp_value lp_builtins_syntax_error(const lp_syntax_error_t *err, const char *filename);

/* The type name an argument error shows for [v]: "None" for None, as
 * CPython's _PyArg_BadArgument ("must be str, not None"). */
static inline const char *lp_arg_type_name(lp_value v)
{
    return v == LP_NONE ? "None" : lp_type_of(v)->name;
}

/* ==== shared by mod_builtins*.c ==== */

/* Argument checks of a builtin taking no keyword arguments, with CPython's
 * "f expected at most 2 arguments, got 3" wording. */
void lp_builtins_check_args(const char *fname, size_t nargs, lp_value kwnames, size_t min,
                            size_t max);

/* The functions of mod_builtins_code.c (exec, eval, compile, globals,
 * locals, vars, dir, __import__, __build_class__), added to [dict]. */
void lp_builtins_add_code_functions(lp_value dict);

#endif
