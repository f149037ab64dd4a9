/* mod_sys.h -- the sys module (a minimal one).
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_MOD_SYS_H
#define LP_MOD_SYS_H

#include "object.h"

/* The sys module object, made on first use. */
lp_value lp_sys_module(void);

/* sys.<name> ([name] a C string), or LP_NULL when unset.  Never raises. */
lp_value lp_sys_get(const char *name);

/* Sets sys.argv to the [argc] C strings [argv] (main: the script name
 * first, as CPython's sys.argv). */
void lp_sys_set_argv(int argc, char **argv);

/* Sets sys.orig_argv to the [argc] C strings [argv] (the whole command
 * line, interpreter and options included). */
void lp_sys_set_orig_argv(int argc, char **argv);

/* Sets sys.flags.<name> (main, from the options). */
void lp_sys_set_flag(const char *name, lp_value v);

/* sys.modules (a dict). */
lp_value lp_sys_modules(void);

/* The default sys.excepthook (sys.__excepthook__). */
lp_value lp_sys_default_excepthook(void);

#endif
