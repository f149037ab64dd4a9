/* numformat.c -- the format mini-language for numbers (numformat.h).
 *
 * Three steps, as CPython's Python/formatter_unicode.c: parse the spec
 * (spec_t), render the number as ASCII parts -- sign, prefix ("0x"), the
 * integer digits and a remainder (".5e+10%") -- and lay the parts out with
 * grouping (',' or '_' every 3 digits, every 4 for b/o/x/X), zero padding
 * that grows through the grouping ('010,' gives '00,001,234') and the fill
 * and alignment.  Float digits come from C's printf, which rounds the exact
 * binary value correctly (ties to even) as CPython's dtoa does, and from
 * floatrepr.h for the repr-like form of an empty type.
 *
 * SPDX-License-Identifier: MIT
 */
#include "numformat.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "floatrepr.h"
#include "gc.h"
#include "obj_complex.h"
#include "obj_float.h"
#include "obj_int.h"
#include "obj_str.h"
#include "ops.h"
#include "strformat.h"

/* ==== the spec (runtime/strformat.h parses it) ==== */

typedef lp_format_spec_t spec_t;

/* Parses [spec] (a str) for a value of type [tname]. */
static void parse_spec(lp_value spec, const char *tname, spec_t *sp)
{
    lp_format_spec_parse(spec, sp, tname, '>', 0);
}

/* ==== layout ==== */

/* The parts of one rendered number (ASCII). */
typedef struct {
    const char *sign;   /* "", "-", "+", " " */
    const char *prefix; /* "", "0x", ... */
    const char *digits; /* the integer digits, grouped on output */
    const char *rest;   /* everything after the digits */
    int group;          /* digits per group: 3, or 4 for b/o/x/X */
} parts_t;

/* Appends [d][0..nd) grouped right to left with [sep] every [group] digits,
 * zero-padded to at least [min_width] characters (CPython's
 * InsertThousandsGrouping); [sep] 0 only pads. */
static void put_grouped(lp_strbuf_t *b, const char *d, int64_t nd, char sep, int group,
                        int64_t min_width)
{
    if (!sep) {
        for (int64_t i = nd; i < min_width; i++)
            lp_strbuf_putc(b, '0');
        for (int64_t i = 0; i < nd; i++)
            lp_strbuf_putc(b, (uint8_t)d[i]);
        return;
    }
    char *out = lp_alloc_atomic((size_t)(2 * (nd + min_width) + 8));
    int64_t at = 0, left = nd; /* written backwards into out */
    for (;;) {
        int64_t want = left > min_width ? left : min_width;
        int64_t l = want < 1 ? 1 : want > group ? group : want;
        for (int64_t k = 0; k < l; k++)
            out[at++] = left - k > 0 ? d[left - k - 1] : '0';
        left -= l;
        min_width -= l;
        if (left <= 0 && min_width <= 0) break;
        out[at++] = sep;
        min_width--;
    }
    while (at > 0)
        lp_strbuf_putc(b, (uint8_t)out[--at]);
}

static void put_fill(lp_strbuf_t *b, uint32_t fill, int64_t n)
{
    for (int64_t i = 0; i < n; i++)
        lp_strbuf_putc(b, fill);
}

/* The grouped and padded number of [p] into [b] (no alignment). */
static void put_number(lp_strbuf_t *b, const spec_t *sp, const parts_t *p, int64_t min_width)
{
    lp_strbuf_puts(b, p->sign);
    lp_strbuf_puts(b, p->prefix);
    int64_t nd = (int64_t)strlen(p->digits);
    put_grouped(b, p->digits, nd, nd ? sp->grouping : 0, p->group, min_width); /* inf: none */
    lp_strbuf_puts(b, p->rest);
}

/* [text] padded to the width with the fill per the alignment; for '='
 * the padding goes after the first [split] characters (sign and prefix). */
/* A padding of [n] characters: a MemoryError when it cannot be (CPython
 * allocates the whole result first; lemonpy's limit is the one of
 * str * n). */
static void check_padding(int64_t n)
{
    if (n > ((int64_t)1 << 40)) lp_raise(&lp_exc_MemoryError, "");
}

static lp_value align_text(const spec_t *sp, const lp_strbuf_t *text, int64_t split)
{
    uint32_t align = (uint32_t)sp->align;
    int64_t pad = sp->width > text->len ? sp->width - text->len : 0;
    check_padding(pad);
    lp_strbuf_t b;
    lp_strbuf_init(&b);
    if (align == '>' || (align == '=' && split < 0)) put_fill(&b, sp->fill, pad);
    if (align == '^') put_fill(&b, sp->fill, pad / 2);
    for (int64_t i = 0; i < text->len; i++) {
        if (i == split) put_fill(&b, sp->fill, pad);
        lp_strbuf_putc(&b, text->cps[i]);
    }
    if (split == text->len) put_fill(&b, sp->fill, pad);
    if (align == '<') put_fill(&b, sp->fill, pad);
    if (align == '^') put_fill(&b, sp->fill, pad - pad / 2);
    return lp_strbuf_finish(&b);
}

/* Lays out [p] per [sp]: grouping, zero padding, fill and alignment. */
static lp_value layout(const spec_t *sp, const parts_t *p)
{
    int64_t left = (int64_t)(strlen(p->sign) + strlen(p->prefix));
    int64_t min_width = 0;
    uint32_t align = (uint32_t)sp->align;
    if (sp->fill == '0' && align == '=') min_width = sp->width - left - (int64_t)strlen(p->rest);
    if (min_width < 0) min_width = 0;
    check_padding(min_width);
    lp_strbuf_t num;
    lp_strbuf_init(&num);
    put_number(&num, sp, p, min_width);
    return align_text(sp, &num, align == '=' ? left : -1);
}

/* Splits [text] (digits first) into p->digits and p->rest. */
static void split_digits(const char *text, parts_t *p)
{
    size_t n = strspn(text, "0123456789");
    char *d = lp_alloc_atomic(n + 1);
    memcpy(d, text, n);
    d[n] = 0;
    p->digits = d;
    p->rest = text + n;
}

static const char *sign_of(bool negative, char sign)
{
    if (negative) return "-";
    return sign == '+' ? "+" : sign == ' ' ? " " : "";
}

/* ==== floats ==== */

/* printf([fmt], [prec], [x]) as a collected string. */
static char *cfmt(const char *fmt, int64_t prec, double x)
{
    int p = (int)prec; /* <= INT_MAX: checked by the callers */
    int n = snprintf(NULL, 0, fmt, p, x);
    char *s = lp_alloc_atomic((size_t)n + 2);
    snprintf(s, (size_t)n + 1, fmt, p, x);
    return s;
}

/* Drops trailing zeros after a decimal point in the mantissa of [s] (and
 * the point itself when nothing is left after it), as %g does. */
static char *strip_zeros(char *s)
{
    char *e = strpbrk(s, "eE"), *end = e ? e : s + strlen(s);
    if (!memchr(s, '.', (size_t)(end - s))) return s;
    char *q = end;
    while (q[-1] == '0')
        q--;
    if (q[-1] == '.') q--;
    memmove(q, end, strlen(end) + 1);
    return s;
}

/* The text of [x] >= 0 (finite) with an empty type and a precision: %g
 * whose exponent form starts one digit earlier, with ".0" added to integers
 * (CPython's Py_DTSF_ADD_DOT_0). */
static char *render_g_dot0(double x, int64_t prec, bool alt)
{
    int64_t p = prec == 0 ? 1 : prec;
    char *e = cfmt(alt ? "%#.*e" : "%.*e", p - 1, x);
    int decpt = atoi(strchr(e, 'e') + 1) + 1;
    if (decpt <= -4 || decpt > p - 1) return alt ? e : strip_zeros(e);
    char *f = cfmt(alt ? "%#.*f" : "%.*f", p - decpt, x);
    if (!alt) strip_zeros(f);
    if (strchr(f, '.')) return f;
    size_t n = strlen(f);
    char *g = lp_alloc_atomic(n + 3);
    memcpy(g, f, n);
    memcpy(g + n, ".0", 3);
    return g;
}

/* repr-style text of [x] >= 0: with ".0" for integers only when [dot0] (a
 * complex's parts have none); '#' keeps a point. */
static char *render_repr(double x, bool alt, bool dot0)
{
    char *s = lp_alloc_atomic(LP_FLOAT_REPR_MAX + 2);
    size_t n = lp_float_repr(x, s);
    if (!dot0 && n > 2 && !strchr(s, 'e') && !strcmp(s + n - 2, ".0")) s[n -= 2] = 0;
    if (alt && !strchr(s, '.') && isfinite(x)) {
        char *e = strchr(s, 'e');
        size_t at = e ? (size_t)(e - s) : n;
        memmove(s + at + 1, s + at, n - at + 1);
        s[at] = '.';
    }
    return s;
}

/* The text of [x] >= 0 for the float presentation [type] (r e E f F g G). */
static const char *render_abs(double x, uint32_t type, int64_t prec, bool alt, bool dot0)
{
    bool upper = type == 'E' || type == 'F' || type == 'G';
    if (isinf(x)) return upper ? "INF" : "inf";
    if (isnan(x)) return upper ? "NAN" : "nan";
    switch (type) {
    case 'r': return render_repr(x, alt, dot0);
    case 'e': return cfmt(alt ? "%#.*e" : "%.*e", prec, x);
    case 'E': return cfmt(alt ? "%#.*E" : "%.*E", prec, x);
    case 'f': return cfmt(alt ? "%#.*f" : "%.*f", prec, x);
    case 'F': return cfmt(alt ? "%#.*F" : "%.*F", prec, x);
    case 'g':
        if (dot0) return render_g_dot0(x, prec, alt);
        return cfmt(alt ? "%#.*g" : "%.*g", prec, x);
    default: return cfmt(alt ? "%#.*G" : "%.*G", prec, x);
    }
}

/* True when the rendered [s] shows a zero (for 'z'): digits, all 0. */
static bool shows_zero(const char *s)
{
    if (*s != '0') return false; /* inf, nan */
    for (; *s && *s != 'e' && *s != 'E'; s++)
        if (*s >= '1' && *s <= '9') return false;
    return true;
}

static char *concat(const char *a, const char *b)
{
    size_t n = strlen(a), m = strlen(b);
    char *s = lp_alloc_atomic(n + m + 1);
    memcpy(s, a, n);
    memcpy(s + n, b, m + 1);
    return s;
}

/* ValueError unless C's printf can take [prec] (CPython: INT_MAX). */
static void check_precision(int64_t prec)
{
    if (prec > INT32_MAX) lp_raise(&lp_exc_ValueError, "precision too big");
}

/* The presentation type of a float spec (r for none), or 0 if unknown. */
static uint32_t float_type(uint32_t type, int64_t prec)
{
    switch (type) {
    case 0: return prec >= 0 ? 'g' : 'r';
    case 'n': return 'g';
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%': return type;
    default: return 0;
    }
}

/* format(x, spec) for the parsed float spec [sp]. */
static lp_value format_double(double x, const spec_t *sp, const char *tname)
{
    uint32_t type = float_type(sp->type, sp->precision);
    if (!type) lp_format_unknown_code(sp->type, tname);
    int64_t prec = sp->precision >= 0 ? sp->precision : type == 'r' ? 0 : 6;
    check_precision(prec);
    bool pct = type == '%';
    if (pct) {
        x *= 100.0;
        type = 'f';
    }
    bool neg = !isnan(x) && signbit(x);
    const char *text = render_abs(fabs(x), type, prec, sp->alternate, sp->type == 0);
    if (pct) text = concat(text, "%");
    if (sp->no_neg_zero && neg && shows_zero(text)) neg = false;
    parts_t p = {sign_of(neg, sp->sign), "", NULL, NULL, 3};
    split_digits(text, &p);
    return layout(sp, &p);
}

lp_value lp_numformat_float(lp_value v, lp_value spec)
{
    if (lp_str_len(spec) == 0) return lp_str(v);
    spec_t sp;
    const char *tname = lp_type_of(v)->name;
    parse_spec(spec, tname, &sp);
    return format_double(lp_float_value(v), &sp, tname);
}

/* ==== ints ==== */

/* format(x, spec) with type 'c': the character of code point [x]. */
static lp_value format_char(lp_value x, const spec_t *sp)
{
    if (sp->sign)
        lp_raise(&lp_exc_ValueError, "Sign not allowed with integer format specifier 'c'");
    if (sp->alternate)
        lp_raise(&lp_exc_ValueError,
                 "Alternate form (#) not allowed with integer format specifier 'c'");
    int64_t c;
    if (!lp_int_as_i64(x, &c))
        lp_raise(&lp_exc_OverflowError, "Python int too large to convert to C long");
    if (c < 0 || c > 0x10FFFF) lp_raise(&lp_exc_OverflowError, "%%c arg not in range(0x110000)");
    lp_strbuf_t b;
    lp_strbuf_init(&b);
    lp_strbuf_putc(&b, (uint32_t)c);
    return align_text(sp, &b, -1);
}

/* The digits of |x| in [base], lower case unless [upper]. */
static const char *int_digits(lp_value x, int base, bool upper)
{
    lp_value a;
    char *s;
    size_t n;
    lp_int_status_t st = lp_int_abs(x, &a);
    if (st == LP_INT_OK) st = lp_int_to_str(a, base, &s, &n);
    if (st != LP_INT_OK) lp_int_raise(st, 0);
    if (base != 10) s += 2; /* the 0x prefix */
    if (upper)
        for (char *q = s; *q; q++)
            if (*q >= 'a' && *q <= 'f') *q -= 32;
    return s;
}

lp_value lp_numformat_int(lp_value v, lp_value spec)
{
    if (lp_str_len(spec) == 0) return lp_str(v);
    spec_t sp;
    const char *tname = lp_type_of(v)->name;
    parse_spec(spec, tname, &sp);
    lp_value x = lp_int_unwrap(v);
    int base = 10;
    const char *prefix = "";
    switch (sp.type) {
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%': return format_double(lp_int_to_double_raise(x), &sp, tname);
    case 0:
    case 'd':
    case 'n':
    case 'c': break;
    case 'b': base = 2, prefix = "0b"; break;
    case 'o': base = 8, prefix = "0o"; break;
    case 'x': base = 16, prefix = "0x"; break;
    case 'X': base = 16, prefix = "0X"; break;
    default: lp_format_unknown_code(sp.type, tname);
    }
    if (sp.precision >= 0)
        lp_raise(&lp_exc_ValueError, "Precision not allowed in integer format specifier");
    if (sp.no_neg_zero)
        lp_raise(&lp_exc_ValueError,
                 "Negative zero coercion (z) not allowed in integer format specifier");
    if (sp.type == 'c') return format_char(x, &sp);
    parts_t p = {sign_of(lp_int_compare(x, lp_from_int(0)) < 0, sp.sign), sp.alternate ? prefix : "",
                 int_digits(x, base, sp.type == 'X'), "", base == 10 ? 3 : 4};
    return layout(&sp, &p);
}

/* ==== complex ==== */

/* Appends the sign, grouped digits and the rest of [text] to [b]. */
static void put_part(lp_strbuf_t *b, const spec_t *sp, const char *sign, const char *text)
{
    parts_t p = {sign, "", NULL, NULL, 3};
    split_digits(text, &p);
    put_number(b, sp, &p, 0);
}

lp_value lp_numformat_complex(lp_value v, lp_value spec)
{
    if (lp_str_len(spec) == 0) return lp_str(v);
    spec_t sp;
    parse_spec(spec, lp_type_of(v)->name, &sp);
    uint32_t type = sp.type == '%' ? 0 : float_type(sp.type, sp.precision);
    if (!type) lp_format_unknown_code(sp.type, lp_type_of(v)->name);
    if (sp.fill == '0')
        lp_raise(&lp_exc_ValueError, "Zero padding is not allowed in complex format specifier");
    if (sp.align == '=')
        lp_raise(&lp_exc_ValueError,
                 "'=' alignment flag is not allowed in complex format specifier");
    double re = lp_as_complex(v)->re, im = lp_as_complex(v)->im;
    bool bare = sp.type == 0, skip_re = bare && re == 0.0 && !signbit(re);
    int64_t prec = sp.precision >= 0 ? sp.precision : type == 'r' ? 0 : 6;
    check_precision(prec);
    const char *rt = render_abs(fabs(re), type, prec, sp.alternate, false);
    const char *it = render_abs(fabs(im), type, prec, sp.alternate, false);
    bool rneg = !isnan(re) && signbit(re), ineg = !isnan(im) && signbit(im);
    if (sp.no_neg_zero && rneg && shows_zero(rt)) rneg = false;
    if (sp.no_neg_zero && ineg && shows_zero(it)) ineg = false;
    lp_strbuf_t b;
    lp_strbuf_init(&b);
    if (bare && !skip_re) lp_strbuf_putc(&b, '(');
    if (!skip_re) put_part(&b, &sp, sign_of(rneg, sp.sign), rt);
    put_part(&b, &sp, skip_re ? sign_of(ineg, sp.sign) : ineg ? "-" : "+", it);
    lp_strbuf_putc(&b, 'j');
    if (bare && !skip_re) lp_strbuf_putc(&b, ')');
    return align_text(&sp, &b, -1);
}
