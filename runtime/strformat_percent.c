/* strformat_percent.c -- printf-style `%` formatting of str and bytes, as
 * CPython 3.11's PyUnicode_Format and _PyBytes_FormatEx.
 *
 * One engine serves both: a bytes template is read as code points below
 * 256, and in bytes mode %s/%b take bytes-like arguments, %r/%a give ASCII,
 * %c makes one byte; the result's code points are all below 256 and become
 * the bytes.  Numbers: %d %i %u (any real number, truncated), %x %X %o
 * (integers only), %e %E %f %F %g %G (floats, through the C library, which
 * rounds correctly as CPython's dtoa does), with the flags - + space # 0,
 * a width and a precision (either may be *).
 *
 * SPDX-License-Identifier: MIT
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "error.h"
#include "obj_float.h"
#include "gc.h"
#include "obj_bytes.h"
#include "obj_bytes_internal.h"
#include "obj_int.h"
#include "obj_str_internal.h"
#include "obj_tuple.h"
#include "ops.h"
#include "strformat.h"
#include "types.h"

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

typedef struct {
    const lp_str_t *fmt; /* the template (a bytes template as a latin-1 str) */
    int64_t pos;
    lp_value args;       /* the right operand */
    int64_t arglen;      /* its length when a tuple, else -1 */
    int64_t argidx;      /* next item; -2 for a single value not yet used */
    lp_value dict;       /* args when it is a mapping, else LP_NULL */
    bool bytes;          /* formatting bytes */
    bool signed_char;    /* the conversion byte was read as a signed char (CPython) */
    lp_strbuf_t out;
} pctx_t;

/* One conversion's flags, width, precision and type. */
typedef struct {
    int flags;
    int64_t width, prec; /* -1: not given */
    uint32_t ch;
} conv_t;

/* isinstance([v], int): bool and int subclasses included. */
static bool is_int(lp_value v)
{
    return lp_is_int(v) || lp_is_instance(v, &lp_type_int);
}

static lp_value next_arg(pctx_t *c)
{
    if (c->argidx < c->arglen) {
        int64_t i = c->argidx++;
        return c->arglen < 0 ? c->args : lp_tuple_get(c->args, i);
    }
    lp_raise(&lp_exc_TypeError, "not enough arguments for format string");
}

/* ==== output with padding ==== */

/* Appends the ASCII number text [s] (sign and [prefix] characters first)
 * padded to the width: zeros go after the sign and prefix. */
static void put_number(pctx_t *c, const conv_t *cv, const char *s, int prefix)
{
    lp_str_check_size(cv->width);
    int64_t len = (int64_t)strlen(s), pad = cv->width > len ? cv->width - len : 0;
    if (cv->flags & F_LJUST) {
        lp_strbuf_puts(&c->out, s);
        for (int64_t i = 0; i < pad; i++) lp_strbuf_putc(&c->out, ' ');
        return;
    }
    if (cv->flags & F_ZERO) {
        for (int i = 0; i < prefix; i++) lp_strbuf_putc(&c->out, (unsigned char)s[i]);
        for (int64_t i = 0; i < pad; i++) lp_strbuf_putc(&c->out, '0');
        lp_strbuf_puts(&c->out, s + prefix);
        return;
    }
    for (int64_t i = 0; i < pad; i++) lp_strbuf_putc(&c->out, ' ');
    lp_strbuf_puts(&c->out, s);
}

/* Appends the str [s] cut to the precision and padded with spaces. */
static void put_text(pctx_t *c, const conv_t *cv, lp_value s)
{
    lp_str_check_size(cv->width);
    int64_t len = lp_str_len(s);
    if (cv->prec >= 0 && cv->prec < len) s = lp_str_substr(s, 0, len = cv->prec);
    int64_t pad = cv->width > len ? cv->width - len : 0;
    if (!(cv->flags & F_LJUST))
        for (int64_t i = 0; i < pad; i++) lp_strbuf_putc(&c->out, ' ');
    lp_strbuf_put_str(&c->out, s);
    if (cv->flags & F_LJUST)
        for (int64_t i = 0; i < pad; i++) lp_strbuf_putc(&c->out, ' ');
}

/* ==== numbers ==== */

/* [v] as an int for %d (any real number) or %x/%o ([index_only]). */
static lp_value int_arg(lp_value v, const conv_t *cv, bool index_only)
{
    if (lp_int_check(v)) return lp_is_int(v) ? v : lp_index(v);
    const lp_type_t *t = lp_type_of(v);
    if (t->index) return lp_index(v);
    if (index_only)
        lp_raise(&lp_exc_TypeError, "%%%c format: an integer is required, not %s", (int)cv->ch, t->name);
    if (t->to_int) return t->to_int(v); /* int(v); __float__ alone is not enough */
    lp_raise(&lp_exc_TypeError, "%%%c format: a real number is required, not %s", (int)cv->ch, t->name);
}

static void format_int(pctx_t *c, const conv_t *cv, lp_value v)
{
    conv_t d_cv;
    if (c->bytes && cv->ch == 'i') { /* bytes formatting reads %i as %d, errors included */
        d_cv = *cv;
        d_cv.ch = 'd';
        cv = &d_cv;
    }
    uint32_t ch = cv->ch;
    int base = ch == 'x' || ch == 'X' ? 16 : ch == 'o' ? 8 : 10;
    v = int_arg(v, cv, base != 10);
    char *s;
    size_t n;
    lp_int_status_t st = lp_int_to_str(v, base, &s, &n);
    if (st != LP_INT_OK) {
        char msg[300];
        lp_raise(&lp_exc_ValueError, "%s", lp_int_message(st, 0, msg, sizeof msg));
    }
    bool neg = s[0] == '-';
    const char *digits = s + neg + (base != 10 ? 2 : 0);
    int64_t nd = (int64_t)strlen(digits), zeros = cv->prec > nd ? cv->prec - nd : 0;
    char *buf = lp_alloc_atomic((size_t)(nd + zeros) + 8), *o = buf;
    if (neg) *o++ = '-';
    else if (cv->flags & F_SIGN) *o++ = '+';
    else if (cv->flags & F_BLANK) *o++ = ' ';
    if ((cv->flags & F_ALT) && base != 10) {
        *o++ = '0';
        *o++ = (char)(ch == 'X' ? 'X' : ch);
    }
    int prefix = (int)(o - buf);
    memset(o, '0', (size_t)zeros);
    o += zeros;
    for (int64_t i = 0; i < nd; i++) *o++ = ch == 'X' && digits[i] >= 'a' ? digits[i] - 32 : digits[i];
    *o = 0;
    put_number(c, cv, buf, prefix);
}

/* The double of a %f argument (TypeError "must be real number, not str";
 * bytes formatting words it "float argument required, not str"). */
static double float_arg(lp_value v, bool bytes)
{
    if (lp_is_float(v)) return lp_as_float(v);
    const lp_type_t *t = lp_type_of(v);
    /* PyFloat_AsDouble: a float subclass's value, else __float__ (checked), else __index__ */
    if (t->to_float || t->index || lp_float_check(v)) return lp_float_as_double(v);
    if (bytes) lp_raise(&lp_exc_TypeError, "float argument required, not %s", t->name);
    lp_raise(&lp_exc_TypeError, "must be real number, not %s", t->name);
}

static void format_float(pctx_t *c, const conv_t *cv, lp_value v)
{
    double d = float_arg(v, c->bytes);
    int64_t prec = cv->prec < 0 ? 6 : cv->prec;
    uint32_t ch = cv->ch;
    char sign = d < 0 || (d == 0 && signbit(d)) ? '-' : cv->flags & F_SIGN ? '+' : cv->flags & F_BLANK ? ' ' : 0;
    char *buf;
    if (!isfinite(d)) {
        bool up = ch == 'E' || ch == 'F' || ch == 'G';
        const char *w = isnan(d) ? (up ? "NAN" : "nan") : (up ? "INF" : "inf");
        buf = lp_alloc_atomic(8);
        snprintf(buf, 8, "%s%s", sign ? (char[]){ sign, 0 } : "", w);
    } else {
        char fmt[16];
        snprintf(fmt, sizeof fmt, "%%%s%s.*%c", cv->flags & F_ALT ? "#" : "",
                 sign == '+' ? "+" : sign == ' ' ? " " : "", (int)ch);
        int n = snprintf(NULL, 0, fmt, (int)prec, d);
        buf = lp_alloc_atomic((size_t)n + 1);
        snprintf(buf, (size_t)n + 1, fmt, (int)prec, d);
    }
    put_number(c, cv, buf, sign ? 1 : 0);
}

/* ==== text conversions ==== */

/* The bytes %s / %b of [v] in bytes mode, as a latin-1 str. */
static lp_value bytes_text(lp_value v)
{
    const char *s;
    int64_t n;
    if (!lp_bytes_view(v, &s, &n)) {
        lp_value m = lp_getattr_opt(v, lp_str_intern_cstr("__bytes__"));
        if (!m || lp_str_check(v) || !lp_bytes_view(lp_call0(m), &s, &n))
            lp_raise(&lp_exc_TypeError,
                     "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                     lp_type_of(v)->name);
    }
    lp_strbuf_t b;
    lp_strbuf_init(&b);
    for (int64_t i = 0; i < n; i++) lp_strbuf_putc(&b, (unsigned char)s[i]);
    return lp_strbuf_finish(&b);
}

static lp_value char_arg(pctx_t *c, lp_value v)
{
    if (c->bytes) {
        const char *s;
        int64_t n;
        if (lp_bytes_view(v, &s, &n) && n == 1) return lp_str_from_char((unsigned char)s[0]);
        if (!is_int(v) && (lp_str_check(v) || !lp_type_of(v)->index))
            lp_raise(&lp_exc_TypeError, "%%c requires an integer in range(256) or a single byte");
        int64_t i;
        if (!lp_int_as_i64(lp_index(v), &i) || i < 0 || i > 255)
            lp_raise(&lp_exc_OverflowError, "%%c arg not in range(256)");
        return lp_str_from_char((uint32_t)i);
    }
    if (lp_str_check(v)) {
        if (lp_str_len(v) != 1) lp_raise(&lp_exc_TypeError, "%%c requires int or char");
        return v;
    }
    if (!is_int(v) && !lp_type_of(v)->index) lp_raise(&lp_exc_TypeError, "%%c requires int or char");
    int64_t i;
    if (!lp_int_as_i64(lp_index(v), &i) || i < 0 || i > 0x10FFFF)
        lp_raise(&lp_exc_OverflowError, "%%c arg not in range(0x110000)");
    return lp_str_from_char((uint32_t)i);
}

static void format_one(pctx_t *c, const conv_t *cv, lp_value v)
{
    switch (cv->ch) {
    case 's': put_text(c, cv, c->bytes ? bytes_text(v) : lp_str(v)); break;
    case 'b':
        if (!c->bytes) goto bad;
        put_text(c, cv, bytes_text(v));
        break;
    case 'r': case 'a': put_text(c, cv, cv->ch == 'a' || c->bytes ? lp_ascii(v) : lp_repr(v)); break;
    case 'c': put_text(c, &(conv_t){ cv->flags, cv->width, -1, 'c' }, char_arg(c, v)); break;
    case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': format_int(c, cv, v); break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': format_float(c, cv, v); break;
    default:
    bad:
        if (c->bytes && cv->ch > 127 && c->signed_char) /* CPython's %c of a negative char */
            lp_raise(&lp_exc_OverflowError, "character argument not in range(0x110000)");
        lp_raise(&lp_exc_ValueError, "unsupported format character '%U' (0x%x) at index %lld",
                 lp_str_from_char(c->bytes || (cv->ch >= 31 && cv->ch <= 126) ? cv->ch : '?'),
                 cv->ch, (long long)c->pos - 1);
    }
}

/* ==== the template ==== */

/* Reads a number for a width or precision ("* wants int" for *); a
 * precision is a C int, a width a ssize_t, as in CPython. */
static int64_t read_count(pctx_t *c, const char *what, bool *star)
{
    int64_t max = what[0] == 'p' ? INT32_MAX : INT64_MAX;
    const lp_str_t *f = c->fmt;
    *star = false;
    if (c->pos < f->len && lp_str_at(f, c->pos) == '*') {
        c->pos++;
        *star = true;
        lp_value v = next_arg(c);
        if (!is_int(v)) lp_raise(&lp_exc_TypeError, "* wants int");
        int64_t n;
        if (!lp_int_as_i64(lp_index(v), &n) || (max == INT32_MAX && (n > INT32_MAX || n < INT32_MIN)))
            lp_raise(&lp_exc_OverflowError, "Python int too large to convert to C %s",
                     max == INT32_MAX ? "int" : "ssize_t");
        return n;
    }
    int64_t n = 0;
    while (c->pos < f->len && lp_str_at(f, c->pos) >= '0' && lp_str_at(f, c->pos) <= '9') {
        int d = (int)(lp_str_at(f, c->pos++) - '0');
        if (n > (max - d) / 10) lp_raise(&lp_exc_ValueError, "%s too big", what);
        n = n * 10 + d;
    }
    return n;
}

/* %(key): the argument is dict[key]. */
static void read_key(pctx_t *c)
{
    if (!c->dict) lp_raise(&lp_exc_TypeError, "format requires a mapping");
    const lp_str_t *f = c->fmt;
    int64_t start = ++c->pos, depth = 1;
    while (depth > 0 && c->pos < f->len) {
        uint32_t ch = lp_str_at(f, c->pos++);
        if (ch == ')') depth--;
        else if (ch == '(') depth++;
    }
    if (depth > 0) lp_raise(&lp_exc_ValueError, "incomplete format key");
    lp_value key = lp_str_substr(lp_from_ptr(f), start, c->pos - 1);
    if (c->bytes) key = lp_str_encode_bytes(key, "latin-1", NULL);
    c->args = lp_getitem(c->dict, key);
    c->arglen = -1;
    c->argidx = -2;
}

/* Parses and formats one conversion; c->pos is just after its '%'. */
static void do_conversion(pctx_t *c)
{
    const lp_str_t *f = c->fmt;
    if (c->pos < f->len && lp_str_at(f, c->pos) == '%') {
        c->pos++;
        lp_strbuf_putc(&c->out, '%');
        return;
    }
    if (c->pos < f->len && lp_str_at(f, c->pos) == '(') read_key(c);
    conv_t cv = { 0, -1, -1, 0 };
    for (; c->pos < f->len; c->pos++) {
        uint32_t ch = lp_str_at(f, c->pos);
        int bit = ch == '-' ? F_LJUST : ch == '+' ? F_SIGN : ch == ' ' ? F_BLANK : ch == '#' ? F_ALT : ch == '0' ? F_ZERO : 0;
        if (!bit) break;
        cv.flags |= bit;
    }
    bool star;
    int64_t at = c->pos;
    cv.width = read_count(c, "width", &star);
    bool after_digits = !star && c->pos > at; /* CPython reads bytes unsigned there */
    if (cv.width < 0) { /* from a negative * */
        cv.flags |= F_LJUST;
        cv.width = -cv.width;
    }
    if (c->pos < f->len && lp_str_at(f, c->pos) == '.') {
        at = ++c->pos;
        cv.prec = read_count(c, "precision", &star);
        after_digits = !star && c->pos > at;
        if (cv.prec < 0) cv.prec = 0;
    }
    if (c->pos < f->len) {
        uint32_t ch = lp_str_at(f, c->pos);
        if (ch == 'h' || ch == 'l' || ch == 'L') c->pos++, after_digits = false;
    }
    c->signed_char = !after_digits;
    if (c->pos >= f->len) lp_raise(&lp_exc_ValueError, "incomplete format");
    cv.ch = lp_str_at(f, c->pos++);
    if (cv.flags & F_LJUST) cv.flags &= ~F_ZERO;
    format_one(c, &cv, next_arg(c));
}

/* The engine: [fmt] is a str (bytes already read as latin-1). */
static lp_value percent(lp_value fmt, lp_value args, bool bytes)
{
    pctx_t c = { .fmt = lp_as_str(fmt), .args = args, .bytes = bytes };
    lp_strbuf_init(&c.out);
    bool tuple = lp_tuple_check(args);
    c.arglen = tuple ? lp_tuple_len(args) : -1;
    c.argidx = tuple ? 0 : -2;
    const lp_type_t *t = lp_type_of(args);
    if (t->getitem && !tuple && !lp_str_check(args) && !(bytes && (lp_bytes_check(args) || lp_bytearray_check(args))))
        c.dict = args;
    bool converted = false;
    while (c.pos < c.fmt->len) {
        uint32_t ch = lp_str_at(c.fmt, c.pos++);
        if (ch != '%') lp_strbuf_putc(&c.out, ch);
        else do_conversion(&c), converted = true;
    }
    if (c.argidx < c.arglen && !c.dict)
        lp_raise(&lp_exc_TypeError, "not all arguments converted during %s formatting",
                 bytes ? "bytes" : "string");
    /* as CPython: a template without '%' is the result itself (a str subclass stays one) */
    if (!converted && !bytes && c.fmt->len) return fmt;
    return lp_strbuf_finish(&c.out);
}

lp_value lp_str_percent(lp_value fmt, lp_value args)
{
    return percent(fmt, args, false);
}

lp_value lp_bytes_percent(lp_value fmt, lp_value args)
{
    const char *s;
    int64_t n;
    lp_bytes_view(fmt, &s, &n);
    lp_value r = percent(lp_bytes_decode(s, (size_t)n, "latin-1", NULL), args, true);
    lp_value b = lp_str_encode_bytes(r, "latin-1", NULL);
    if (lp_bytearray_check(fmt)) return lp_bytearray_new(lp_as_bytes(b)->data, (size_t)lp_as_bytes(b)->len);
    return b;
}
