/* call.h -- binding call arguments to a Python function's parameters.
 *
 * The VM (src/vm.c) calls lp_call_bind when a call is not the plain case
 * "exactly argcount positional arguments"; the messages of a bad call are
 * CPython 3.11's (Python/ceval.c), naming the function by its qualname.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_CALL_H
#define LP_CALL_H

#include <stddef.h>

#include "obj_code.h"
#include "obj_func.h"
#include "object.h"

/* Fills the parameter slots of [locals] (cleared beforehand: LP_NULL) for
 * calling [fn] with the vectorcall arguments [args] (object.h): positional
 * and keyword arguments, defaults, *args and **kwargs.  Raises TypeError
 * for a bad call.  Never runs Python code. */
void lp_call_bind(lp_function_t *fn, lp_value *locals, lp_value *args, size_t nargs,
                  lp_value kwnames);

/* A new function for [code] running with [globals] and [builtins]; name,
 * qualname, doc and module come from the code and globals (MAKE_FUNCTION). */
lp_value lp_function_new(lp_code_t *code, lp_value globals, lp_value builtins);

#endif
