/* import.h -- importing modules (the machinery behind __import__).
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_IMPORT_H
#define LP_IMPORT_H

#include <stdbool.h>
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

/* -X importtime (or PYTHONPROFILEIMPORTTIME): each module import's time
 * is printed to stderr as CPython prints it. */
extern bool lp_import_time;

/* importlib's _verbose_message: when lp_import_verbose >= [level], prints
 * the lp_str_format_c message to sys.stderr, with "# " in front unless it
 * starts with "#" or "import ". */
void lp_import_verbose_message(int level, const char *fmt, ...);

/* The library folder (runtime/lib of the source tree: modules written in
 * Python, importlib among them), a str. */
lp_value lp_import_lib_dir(void);

/* Makes sys.path: [path0] first unless NULL (the script's folder, "" for
 * -c and stdin, the current folder for -m), then the ':'-separated
 * [pythonpath] entries made absolute (unless NULL), then the library
 * folder. */
void lp_import_init_path(const char *path0, const char *pythonpath);

/* Loads the import bootstrap (_frozen_importlib and
 * _frozen_importlib_external from the library folder): module specs and
 * loaders, sys.meta_path, sys.path_hooks.  Imports work without it (with
 * __spec__ None); main calls it once at start-up. */
void lp_import_bootstrap(void);

/* The finder's answer for [name] (the last part of [fullname]) in the
 * folders of the iterable [path], as CPython's FileFinder searches them
 * (package folder, NAME.py, NAME.pyc, then a namespace package when a
 * folder of that name was seen): *kind gets "source", "sourceless" or
 * "namespace", *origin the file (LP_NONE for a namespace) and *locations
 * the package's search locations (a list) or LP_NONE.  False when it is
 * nowhere. */
bool lp_import_find(lp_value fullname, lp_value path, const char **kind, lp_value *origin,
                    lp_value *locations);

/* PathFinder.find_spec: the spec of [fullname] from the folders of the
 * iterable [path], through sys.path_importer_cache and sys.path_hooks
 * (lemonpy's own FileFinder searched in C); a namespace package's
 * locations become a _NamespacePath when [namespace_path] (else a list,
 * as PathFinder._get_spec gives them); LP_NULL when it is nowhere.  Needs
 * the bootstrap. */
lp_value lp_import_path_find_spec(lp_value fullname, lp_value path, bool namespace_path);

/* __main__'s __loader__, as CPython sets it: a SourceFileLoader for the
 * script [path] (a SourcelessFileLoader when [sourceless]: a .pyc run
 * directly), BuiltinImporter for -c and stdin ([path] LP_NULL); LP_NONE
 * without the bootstrap. */
lp_value lp_import_main_loader(lp_value path, bool sourceless);

/* At exit under -v: CPython's finalisation messages ("# clear sys.path",
 * "# cleanup[2] removing NAME", "# destroy NAME", ...). */
void lp_import_exit_messages(void);

#endif
