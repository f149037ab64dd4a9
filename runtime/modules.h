/* modules.h -- THE list of built-in modules written in C.
 *
 * X(name, init): importing `name` calls init(), which returns the module
 * object (made once; later calls return the same module).  import.c finds
 * modules here, and sys.builtin_module_names is made from this list.
 * Modules written in Python live in the library folder (runtime/lib).
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_MODULES_H
#define LP_MODULES_H

#include "object.h"

#define LP_BUILTIN_MODULES(X)                                                                      \
    X(_imp, lp_imp_module)                                                                         \
    X(_weakref, lp_weakref_module)                                                                 \
    X(builtins, lp_builtins_module)                                                                \
    X(gc, lp_gc_module)                                                                            \
    X(sys, lp_sys_module)                                                                          \
    X(marshal, lp_marshal_module)                                                                  \
    X(time, lp_time_module)                                                                        \
    X(_random, lp_random_module)                                                                   \
    X(math, lp_math_module)

#define LP_DECLARE_MODULE_INIT(name, init) lp_value init(void);
LP_BUILTIN_MODULES(LP_DECLARE_MODULE_INIT)
#undef LP_DECLARE_MODULE_INIT

#endif
