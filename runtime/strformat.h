/* strformat.h -- the format mini-language, str.format and `%` formatting.
 *
 * lp_format_spec_parse reads a standard format specifier exactly as CPython
 * 3.11's Python/formatter_unicode.c does,
 *
 *     [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
 *
 * raising its ValueErrors ("Invalid format specifier 'xx' for object of type
 * 'str'", "Format specifier missing precision", "Cannot specify ',' with
 * 's'.", "Too many decimal digits in format string", ...).  Each type then
 * checks what does not apply to it (str: "Sign not allowed in string format
 * specifier", "Unknown format code 'd' for object of type 'str'"); the
 * number types may share this parser.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_STRFORMAT_H
#define LP_STRFORMAT_H

#include <stdbool.h>
#include <stdint.h>

#include "object.h"

typedef struct {
    uint32_t fill;      /* fill character: ' ' unless given (or '0' by the 0 flag) */
    char align;         /* '<' '>' '=' '^': given, or the caller's default (or '=' by 0) */
    bool align_given;   /* an alignment character was written */
    bool fill_given;    /* a fill character was written before it */
    char sign;          /* '+' '-' ' ', or 0 when not given */
    bool no_neg_zero;   /* 'z' */
    bool alternate;     /* '#' */
    bool zero_pad;      /* '0' before the width (the fill became '0') */
    int64_t width;      /* -1: not given */
    char grouping;      /* ',' or '_' (or 0); for b/o/x/X '_' groups by four */
    int64_t precision;  /* -1: not given */
    uint32_t type;      /* presentation type, or the caller's default */
} lp_format_spec_t;

/* Parses the str [spec] into [*out] for an object of type [tname]
 * (named in errors), with [default_align] ('<' for str, '>' for numbers)
 * and [default_type] (e.g. 's' for str, 0 for numbers).  Raises ValueError
 * as CPython for malformed specifiers and misplaced grouping characters. */
void lp_format_spec_parse(lp_value spec, lp_format_spec_t *out, const char *tname,
                          char default_align, uint32_t default_type);

/* Raises CPython's ValueError "Unknown format code 'q' for object of type 'T'". */
_Noreturn void lp_format_unknown_code(uint32_t code, const char *tname);

/* [s] (a str) padded to the spec's width with its fill and alignment. */
lp_value lp_format_pad(lp_value s, const lp_format_spec_t *spec);

/* format(s, spec) for a str [s]: str.__format__. */
lp_value lp_str_format_spec(lp_value s, lp_value spec);

/* fmt.format(*args, **kwargs): [args] a tuple (LP_NULL: none), [kwargs] a
 * mapping or LP_NULL.  format_map passes args LP_NULL. */
lp_value lp_str_format(lp_value fmt, lp_value args, lp_value kwargs);

#endif
