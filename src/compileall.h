/* compileall.h -- `lemonpy -m compileall` and `lemonpy -m py_compile`.
 *
 * The command lines of CPython 3.11's Lib/compileall.py and
 * Lib/py_compile.py, written in C over the bytecode cache (pycache.h):
 * the same options, messages, skip rule, output paths and exit status.
 * docs/runtime.md ("compileall and py_compile") lists what differs.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_COMPILEALL_H
#define LP_COMPILEALL_H

/* `lemonpy -m compileall [options] [FILE|DIR ...]` (the arguments after
 * "compileall"); returns the exit status.  The runtime must be ready. */
int lp_compileall_main(int argc, char **argv);

/* `lemonpy -m py_compile [-q] FILE ...|-`; returns the exit status. */
int lp_py_compile_main(int argc, char **argv);

#endif
