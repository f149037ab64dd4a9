/* syntax_error.c -- filling and printing front-end SyntaxErrors.
 *
 * SPDX-License-Identifier: MIT
 */
#include "syntax_error.h"

#include <stdarg.h>
#include <string.h>

void lp_syntax_error_set(lp_syntax_error_t *e, const char *type, int lineno, int offset,
                         int end_lineno, int end_offset, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    lp_syntax_error_vset(e, type, lineno, offset, end_lineno, end_offset, fmt, ap);
    va_end(ap);
}

void lp_syntax_error_vset(lp_syntax_error_t *e, const char *type, int lineno, int offset,
                          int end_lineno, int end_offset, const char *fmt, va_list ap)
{
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    e->type = type;
    e->lineno = lineno;
    e->offset = offset;
    e->end_lineno = end_lineno;
    e->end_offset = end_offset;
    e->line = NULL;
}

/* The source line and caret line, as CPython's print_error_text: leading
 * blanks are dropped and the offset moves with them.  Like CPython, the
 * offsets (counted in code points) are applied to the UTF-8 text. */
static void print_text(FILE *f, const char *line, int offset, int end_offset)
{
    long reps = end_offset > 0 && end_offset > offset ? end_offset - offset : 1;
    long off = offset - 1;
    while (*line == ' ' || *line == '\t' || *line == '\f') line++, off--;
    long len = (long)strcspn(line, "\n");
    if (off > len) off = len;
    fprintf(f, "    %.*s\n", (int)len, line);
    if (off < 0) return;
    fprintf(f, "    %*s", (int)off, "");
    for (long i = 0; i < reps; i++) fputc('^', f);
    fputc('\n', f);
}

void lp_syntax_error_print(FILE *f, const char *filename, const lp_syntax_error_t *e)
{
    if (e->lineno > 0) {
        fprintf(f, "  File \"%s\", line %d\n", filename, e->lineno);
        int end = e->end_offset;
        if (e->line && e->end_lineno > e->lineno) /* only the first line is shown: to its end */
            end = (int)strcspn(e->line, "\n") + 1;
        if (e->line) print_text(f, e->line, e->offset, end);
    }
    fprintf(f, "%s: %s\n", e->type, e->msg);
}
