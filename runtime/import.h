/* import.h -- importing modules (the machinery behind __import__).
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_IMPORT_H
#define LP_IMPORT_H

#include <stdint.h>

#include "object.h"

/* The module [fullname] (absolute, dotted): from sys.modules, else found
 * on sys.path (or the parent package's __path__) and run.  Raises
 * ModuleNotFoundError with CPython's messages, or what the module raises. */
lp_value lp_import_module(lp_value fullname);

/* __import__(name, globals, locals, fromlist, level) after its argument
 * checks: the module the import statement binds. */
lp_value lp_import(lp_value name, lp_value globals, lp_value fromlist, int64_t level);

/* -v: sys.flags.verbose (the count of -v options, or PYTHONVERBOSE). */
extern int lp_import_verbose;

/* importlib's _verbose_message: when lp_import_verbose >= [level], prints
 * the lp_str_format_c message to sys.stderr, with "# " in front unless it
 * starts with "#" or "import ". */
void lp_import_verbose_message(int level, const char *fmt, ...);

#endif
