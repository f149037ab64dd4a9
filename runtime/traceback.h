/* traceback.h -- printing exceptions as CPython 3.11's default excepthook.
 *
 * The output is byte for byte CPython's: "Traceback (most recent call
 * last):", one `  File "x.py", line 3, in f` entry per frame with its
 * source line and, when the instruction's columns do not cover the whole
 * line, the caret line (`~~~^^^~~~` around a binary operator or a
 * subscript); repeated entries folded into "[Previous line repeated N
 * more times]"; chained exceptions first; SyntaxError's own format;
 * `Type: message` and the __notes__.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_TRACEBACK_H
#define LP_TRACEBACK_H

#include "object.h"

/* The whole report of exception [exc] (chained ones included) as a str. */
lp_value lp_traceback_format(lp_value exc);

/* Writes the report of [exc] to [file] (an object with write(); LP_NULL:
 * sys.stderr).  Never raises: a failing write is ignored. */
void lp_traceback_print(lp_value exc, lp_value file);

/* What the interpreter does with exception [exc] that reached the top:
 * SystemExit gives its exit status (None 0, an int itself, anything else
 * printed to stderr and 1); other exceptions go through sys.excepthook
 * (the default prints the report to stderr) and give 1.  An uncaught
 * KeyboardInterrupt ends the process by SIGINT, as CPython.  Returns the
 * exit status; never raises. */
int lp_traceback_handle_uncaught(lp_value exc);

/* The name CPython 3.11 would suggest after the message of a NameError
 * or AttributeError [exc] ("Did you mean: 'x'?"), or LP_NULL (also when
 * finding it raises).  In runtime/suggestions.c. */
lp_value lp_traceback_suggestion(lp_value exc);

/* The source line [lineno] (1-based) of file [filename] (a str) as UTF-8
 * without its newline, or NULL when unavailable; a small cache keeps the
 * files read. */
const char *lp_traceback_source_line(lp_value filename, int lineno, size_t *len);

#endif
