/* syntax_error.h -- a SyntaxError found by the front end, before exceptions.
 *
 * Positions follow CPython's SyntaxError attributes: lines count from 1 and
 * offsets are 1-based counts of code points (0 when there is none).  The
 * front end fills one of these; the caller raises or prints it.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_SYNTAX_ERROR_H
#define LP_SYNTAX_ERROR_H

#include <stdarg.h>
#include <stdio.h>

typedef struct {
    const char *type;     /* "SyntaxError", "IndentationError" or "TabError" */
    char msg[320];        /* the message, as str(exc.msg) */
    int lineno, offset;   /* 0 when the error has no location */
    int end_lineno, end_offset;
    const char *line;     /* start of the offending source line (decoded), or NULL */
} lp_syntax_error_t;

/* Fills [e] with type [type], position and a printf-style message (the
 * second form takes a va_list). */
void lp_syntax_error_vset(lp_syntax_error_t *e, const char *type, int lineno, int offset,
                          int end_lineno, int end_offset, const char *fmt, va_list ap);
void lp_syntax_error_set(lp_syntax_error_t *e, const char *type, int lineno, int offset,
                         int end_lineno, int end_offset, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));

/* Prints [e] for a script named [filename] as CPython's default excepthook
 * prints a SyntaxError: the File line, the source line without its
 * indentation, the caret line (carets from offset to end_offset), then
 * "Type: message". */
void lp_syntax_error_print(FILE *f, const char *filename, const lp_syntax_error_t *e);

#endif
