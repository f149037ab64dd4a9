/* literal.c -- NUMBER and STRING token text to values, as CPython 3.11's parser.
 *
 * A port of what CPython does after its tokenizer: parsenumber() in
 * Parser/pegen.c; _PyPegen_parsestr(), decode_unicode_with_escapes() and the
 * f-string scanner (fstring_find_literal, fstring_find_expr,
 * FstringParser_*) in Parser/string_parser.c; _PyPegen_concatenate_strings()
 * in Parser/action_helpers.c; the unicode-escape and bytes-escape decoders
 * of Objects/unicodeobject.c and Objects/bytesobject.c.  The code follows
 * CPython's order of checks closely, because that order decides which error
 * a bad literal reports.
 *
 * One CPython detail shapes the str decoder: before decoding escapes, CPython
 * rewrites every non-ASCII character of the literal as "\U%08x" (10 bytes)
 * and a backslash before a non-ASCII character or at the very end as
 * "\u005c" (6 bytes), and runs the unicode-escape codec on that.  The
 * "position a-b" of its error messages counts bytes of the rewritten text,
 * so this file rewrites the same way (only when the body has non-ASCII bytes
 * or ends in a backslash) and reports the same numbers.
 *
 * Values live in the arena; temporary buffers are malloc'd and freed here.
 *
 * SPDX-License-Identifier: MIT
 */
#define _GNU_SOURCE
#include "literal.h"

#include <gmp.h>
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "obj_int.h"
#include "unicode.h"
#include "unicode_names.h"

enum {
    FSTRING_MAXLEVEL = 200, /* CPython's MAXLEVEL: brackets inside one field */
};

/* ==== helpers ==== */

/* Fills [err] and returns -1. */
static int fail(lp_literal_error_t *err, lp_literr_where_t where, int offset, const char *fmt,
                ...) __attribute__((format(printf, 4, 5)));

static int fail(lp_literal_error_t *err, lp_literr_where_t where, int offset, const char *fmt,
                ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    err->where = where;
    err->offset = offset;
    return -1;
}

/* A growable byte string in the arena (old copies are simply left behind). */
typedef struct {
    lp_arena_t *a;
    char *p; /* NUL-terminated when not NULL */
    size_t n, cap;
} sbuf_t;

static void sb_add(sbuf_t *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 32;
        while (cap < b->n + n + 1) cap *= 2;
        char *p = lp_arena_alloc(b->a, cap);
        if (b->n) memcpy(p, b->p, b->n);
        b->p = p, b->cap = cap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = '\0';
}

static int is_hex(int c)
{
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}

static int hex_value(int c)
{
    return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

/* ==== numbers ==== */

/* strtod in the C locale, whatever the process locale is. */
static double c_strtod(const char *s)
{
    static locale_t c_locale;
    if (!c_locale) c_locale = newlocale(LC_ALL_MASK, "C", (locale_t)0);
    return strtod_l(s, NULL, c_locale);
}

/* The decimal digits of the [base] integer [digits] (no prefix, no '_'). */
static const char *int_to_decimal(lp_arena_t *a, const char *digits, int base)
{
    size_t n = strlen(digits);
    if (n * (base == 16 ? 4 : base == 8 ? 3 : 1) <= 63) {
        char tmp[32];
        int len = snprintf(tmp, sizeof tmp, "%llu", strtoull(digits, NULL, base));
        return lp_arena_strndup(a, tmp, (size_t)len);
    }
    mpz_t z;
    mpz_init(z);
    mpz_set_str(z, digits, base);
    char *out = lp_arena_alloc(a, mpz_sizeinbase(z, 10) + 2);
    mpz_get_str(out, 10, z);
    mpz_clear(z);
    return out;
}

/* A decimal int literal [t] (no '_'): its digits, leading zeros dropped; NULL
 * with [err] when it has more digits than the limit (CPython checks only
 * when the value overflows a C long, which such lengths always do). */
static const char *decimal_int(lp_arena_t *a, const char *t, lp_literal_error_t *err)
{
    while (t[0] == '0' && t[1]) t++;
    size_t digits = strlen(t);
    /* The limit is sys.get_int_max_str_digits(), kept by runtime/obj_int.c
     * (0 means none); CPython does not check below the threshold. */
    int64_t limit = lp_int_get_max_str_digits();
    if (t[0] != '0' && digits > LP_INT_MAX_STR_DIGITS_THRESHOLD && limit > 0 &&
        digits > (size_t)limit) {
        fail(err, LP_LITERR_LINE, 0,
             "Exceeds the limit (%lld digits) for integer string conversion: value has %zu "
             "digits; use sys.set_int_max_str_digits() to increase the limit - Consider "
             "hexadecimal for huge integer literals to avoid decimal conversion limits.",
             (long long)limit, digits);
        return NULL;
    }
    return t;
}

lp_ast_const_t *lp_literal_number(lp_arena_t *a, const char *s, size_t n,
                                  lp_literal_error_t *err)
{
    char *t = lp_arena_alloc(a, n + 1);
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] != '_') t[m++] = s[i];
    t[m] = '\0';
    lp_ast_const_t *k = lp_arena_alloc(a, sizeof *k);
    err->token = 0;
    if (m > 0 && (t[m - 1] | 0x20) == 'j') {
        t[m - 1] = '\0';
        k->kind = LP_CONST_COMPLEX, k->d = c_strtod(t);
        return k;
    }
    int base = 0;
    if (m > 2 && t[0] == '0') {
        int c = t[1] | 0x20;
        base = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
    }
    if (!base && strpbrk(t, ".eE")) {
        k->kind = LP_CONST_FLOAT, k->d = c_strtod(t);
        return k;
    }
    k->kind = LP_CONST_INT;
    k->s = base ? int_to_decimal(a, t + 2, base) : decimal_int(a, t, err);
    if (!k->s) return NULL;
    k->n = strlen(k->s);
    return k;
}

/* ==== the str decoder (unicode-escape) ==== */

/* CPython's decode_unicode_with_escapes() rewriting, see the file comment:
 * returns a malloc'd ASCII copy of [s][0..len) and its length in [*outlen],
 * or NULL when the rewriting would change nothing. */
static char *escape_rewrite(const char *s, size_t len, size_t *outlen)
{
    int needed = len > 0 && s[len - 1] == '\\';
    for (size_t i = 0; i < len && !needed; i++) needed = (unsigned char)s[i] >= 0x80;
    if (!needed) return NULL;
    char *buf = malloc(len * 10 + 6), *p = buf;
    const char *end = s + len;
    while (s < end) {
        if (*s == '\\') {
            *p++ = *s++;
            if (s >= end || (unsigned char)*s >= 0x80) {
                memcpy(p, "u005c", 5), p += 5;
                if (s >= end) break;
            }
        }
        if ((unsigned char)*s >= 0x80) {
            p += sprintf(p, "\\U%08x", (unsigned)lp_utf8_next(&s));
        } else {
            *p++ = *s++;
        }
    }
    *outlen = (size_t)(p - buf);
    return buf;
}

/* The codec's UnicodeDecodeError for [buf][start, end) as the parser words it. */
static int unicode_error(lp_literal_error_t *err, const char *buf, size_t start, size_t end,
                         const char *reason)
{
    if (end - start == 1)
        return fail(err, LP_LITERR_NEXT_TOKEN, 0,
                    "(unicode error) 'unicodeescape' codec can't decode byte 0x%02x in "
                    "position %zu: %s",
                    (unsigned char)buf[start], start, reason);
    return fail(err, LP_LITERR_NEXT_TOKEN, 0,
                "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                "%zu-%zu: %s",
                start, end - 1, reason);
}

/* \xXX, \uXXXX, \UXXXXXXXX after the letter: [count] hex digits at [*s].
 * Returns the code point, or -1 (s left at the offending place). */
static long hex_escape(const char **s, const char *end, int count)
{
    long ch = 0;
    for (; count; ++*s, --count) {
        if (*s >= end || !is_hex((unsigned char)**s)) return -1;
        ch = ch * 16 + hex_value((unsigned char)**s);
    }
    return ch;
}

/* \N{NAME} after the 'N': the code point, or -1 with [*reason] set. */
static long name_escape(const char **s, const char *end, const char **reason)
{
    *reason = "malformed \\N character escape";
    if (*s >= end || **s != '{') return -1;
    const char *start = ++*s;
    while (*s < end && **s != '}') ++*s;
    if (*s >= end || *s == start) return -1;
    size_t namelen = (size_t)(*s - start);
    ++*s;
    long cp = lp_unicode_lookup_name(start, namelen);
    if (cp < 0) *reason = "unknown Unicode character name";
    return cp;
}

/* The one-letter escapes of str and bytes, as pairs (letter, value). */
static const char simple_escapes[] = "\\\\''\"\"b\bf\ft\tn\nr\rv\va\a";

/* One escape; [*s] is just past the backslash at [esc].  Appends the result
 * at [*o]; returns 0, or -1 with [err]. */
static int unicode_escape_one(const char *buf, const char *esc, const char **s,
                              const char *end, char **o, lp_literal_error_t *err)
{
    if (*s >= end) return unicode_error(err, buf, esc - buf, *s - buf, "\\ at end of string");
    int c = (unsigned char)*(*s)++;
    const char *reason = NULL;
    long ch = -1;
    if (c == '\n') return 0;
    for (const char *p = simple_escapes; *p; p += 2)
        if (*p == c) return *(*o)++ = p[1], 0;
    if (c >= '0' && c <= '7') {
        ch = c - '0';
        for (int i = 0; i < 2 && *s < end && **s >= '0' && **s <= '7'; i++)
            ch = ch * 8 + (*(*s)++ - '0');
    } else if (c == 'x' || c == 'u' || c == 'U') {
        ch = hex_escape(s, end, c == 'x' ? 2 : c == 'u' ? 4 : 8);
        reason = c == 'x'   ? "truncated \\xXX escape"
                 : c == 'u' ? "truncated \\uXXXX escape"
                            : "truncated \\UXXXXXXXX escape";
        if (ch > 0x10FFFF) ch = -1, reason = "illegal Unicode character";
    } else if (c == 'N') {
        ch = name_escape(s, end, &reason);
    } else {
        *(*o)++ = '\\', *(*o)++ = (char)c; /* unknown escape: kept (a warning in CPython) */
        return 0;
    }
    if (ch < 0) return unicode_error(err, buf, esc - buf, *s - buf, reason);
    *o += lp_utf8_encode((uint32_t)ch, *o);
    return 0;
}

/* Decodes the str literal text [s][0..len) with escapes into the arena:
 * [*out], [*outlen].  Returns 0, or -1 with [err] (offset not set). */
static int decode_unicode(lp_arena_t *a, const char *s, size_t len, const char **out,
                          size_t *outlen, lp_literal_error_t *err)
{
    size_t blen = len;
    char *tmp = escape_rewrite(s, len, &blen);
    const char *buf = tmp ? tmp : s, *p = buf, *end = buf + blen;
    char *res = lp_arena_alloc(a, blen + 1), *o = res;
    int rc = 0;
    while (p < end && rc == 0) {
        if (*p != '\\') {
            *o++ = *p++;
            continue;
        }
        const char *esc = p++;
        rc = unicode_escape_one(buf, esc, &p, end, &o, err);
    }
    free(tmp);
    *o = '\0';
    *out = res, *outlen = (size_t)(o - res);
    return rc;
}

/* ==== the bytes decoder ==== */

/* Decodes the bytes literal text [s][0..len) (ASCII) into the arena, as
 * _PyBytes_DecodeEscape. Returns 0, or -1 with [err] (offset not set). */
static int decode_bytes(lp_arena_t *a, const char *s, size_t len, const char **out,
                        size_t *outlen, lp_literal_error_t *err)
{
    const char *start = s, *end = s + len;
    char *res = lp_arena_alloc(a, len + 1), *o = res;
    while (s < end) {
        if (*s != '\\') {
            *o++ = *s++;
            continue;
        }
        if (++s == end)
            return fail(err, LP_LITERR_NEXT_TOKEN, 0, "(value error) Trailing \\ in string");
        int c = (unsigned char)*s++;
        const char *p = simple_escapes;
        while (*p && *p != c) p += 2;
        if (c == '\n') {
            continue;
        } else if (*p) {
            *o++ = p[1];
        } else if (c >= '0' && c <= '7') {
            int v = c - '0';
            for (int i = 0; i < 2 && s < end && *s >= '0' && *s <= '7'; i++)
                v = v * 8 + (*s++ - '0');
            *o++ = (char)v; /* above 0o377: the low 8 bits, as CPython 3.11 */
        } else if (c == 'x') {
            if (!(s + 1 < end && is_hex((unsigned char)s[0]) && is_hex((unsigned char)s[1])))
                return fail(err, LP_LITERR_NEXT_TOKEN, 0,
                            "(value error) invalid \\x escape at position %zu",
                            (size_t)(s - 2 - start));
            *o++ = (char)(hex_value((unsigned char)s[0]) * 16 + hex_value((unsigned char)s[1]));
            s += 2;
        } else {
            *o++ = '\\', s--; /* unknown escape: kept (a warning in CPython) */
        }
    }
    *o = '\0';
    *out = res, *outlen = (size_t)(o - res);
    return 0;
}

/* ==== one string token ==== */

/* Reads the prefix and quotes of [tok][0..n) into [out]. */
static void read_prefix(const char *tok, size_t n, lp_strlit_t *out)
{
    memset(out, 0, sizeof *out);
    size_t i = 0;
    out->kind_u = n > 0 && tok[0] == 'u';
    for (; i < n && tok[i] != '\'' && tok[i] != '"'; i++) {
        int c = tok[i] | 0x20;
        if (c == 'b') out->bytes = 1;
        if (c == 'r') out->raw = 1;
        if (c == 'u') out->u = 1;
        if (c == 'f') out->fstring = 1;
    }
    char q = i < n ? tok[i] : '\'';
    out->quote_len = n - i >= 6 && tok[i + 1] == q && tok[i + 2] == q ? 3 : 1;
    out->body_start = i + (size_t)out->quote_len;
    out->body_end = n >= out->body_start + (size_t)out->quote_len
                        ? n - (size_t)out->quote_len
                        : out->body_start;
}

bool lp_literal_utf8_check(const char *tok, size_t n, lp_decode_error_t *err)
{
    lp_strlit_t lit;
    read_prefix(tok, n, &lit);
    if (lit.bytes) return true; /* non-ASCII there is lp_literal_string's error */
    const char *s = tok + lit.body_start, *end = tok + lit.body_end;
    if (lit.raw || !memchr(s, '\\', (size_t)(end - s))) return lp_utf8_check(s, (size_t)(end - s), err);
    while (s < end) { /* with escapes: each run of non-ASCII bytes on its own */
        if (!(*s & 0x80)) { s++; continue; }
        const char *run = s;
        while (s < end && (*s & 0x80)) s++;
        if (!lp_utf8_check(run, (size_t)(s - run), err)) return false;
    }
    return true;
}

int lp_literal_string(lp_arena_t *a, const char *tok, size_t n, lp_strlit_t *out,
                      lp_literal_error_t *err)
{
    read_prefix(tok, n, out);
    err->token = 0;
    if (out->fstring) return 0;
    const char *s = tok + out->body_start;
    size_t len = out->body_end - out->body_start;
    int raw = out->raw || !memchr(s, '\\', len);
    int rc = 0;
    if (out->bytes) {
        for (size_t i = 0; i < len; i++)
            if ((unsigned char)s[i] >= 0x80)
                return fail(err, LP_LITERR_TOKEN, (int)(out->body_start + i),
                            "bytes can only contain ASCII literal characters");
    }
    if (raw) {
        out->s = lp_arena_strndup(a, s, len), out->n = len;
    } else if (out->bytes) {
        rc = decode_bytes(a, s, len, &out->s, &out->n, err);
    } else {
        rc = decode_unicode(a, s, len, &out->s, &out->n, err);
    }
    if (rc) err->offset = (int)out->body_start;
    return rc;
}

/* ==== f-strings: state ==== */

/* Everything the f-string scanner needs about the run being concatenated. */
typedef struct {
    lp_arena_t *a;
    int ti;           /* index of the current token */
    const char *tok;  /* its text */
    size_t tok_len;
    int first_u;      /* the run's first token starts with a lower-case 'u' */
    lp_fexpr_fn fn;   /* may be NULL */
    void *ud;
    lp_literal_error_t *err;
} fctx_t;

/* CPython's FstringParser: pending text, and the values so far. */
typedef struct {
    sbuf_t last;      /* pending text (last_str); last.n == 0: none */
    lp_fvalue_t *v;   /* the values */
    int n, cap;
    int fmode;        /* an f-string was seen: the result is a JoinedStr */
} fstate_t;

static void fstate_init(fstate_t *st, lp_arena_t *a)
{
    memset(st, 0, sizeof *st);
    st->last.a = a;
}

static lp_fvalue_t *fstate_push(fstate_t *st)
{
    if (st->n == st->cap) {
        int cap = st->cap ? st->cap * 2 : 8;
        lp_fvalue_t *v = lp_arena_alloc(st->last.a, sizeof *v * (size_t)cap);
        if (st->n) memcpy(v, st->v, sizeof *v * (size_t)st->n);
        st->v = v, st->cap = cap;
    }
    lp_fvalue_t *v = &st->v[st->n++];
    memset(v, 0, sizeof *v);
    return v;
}

/* Turns the pending text, if any, into a text value. */
static void fstate_flush(fstate_t *st, int kind_u, int span_token)
{
    if (st->last.n == 0) return;
    lp_fvalue_t *v = fstate_push(st);
    v->s = st->last.p, v->n = st->last.n;
    v->kind_u = kind_u, v->span_token = span_token;
    lp_arena_t *a = st->last.a;
    memset(&st->last, 0, sizeof st->last);
    st->last.a = a;
}

/* The finished value list of [st]. */
static void fstate_finish(fstate_t *st, int kind_u, int span_token, lp_fstring_t *out)
{
    fstate_flush(st, kind_u, span_token);
    out->n = st->n, out->v = st->v;
}

/* ==== f-strings: the literal parts ==== */

/* Decodes the literal text [s][0..n) of an f-string and adds it to [st]. */
static int add_literal(fctx_t *c, fstate_t *st, const char *s, size_t n, int raw)
{
    if (n == 0) return 0;
    if (raw) {
        sb_add(&st->last, s, n);
        return 0;
    }
    const char *out;
    size_t outlen;
    if (decode_unicode(c->a, s, n, &out, &outlen, c->err)) {
        c->err->offset = (int)(s - c->tok);
        return -1;
    }
    sb_add(&st->last, out, outlen);
    return 0;
}

/* CPython's fstring_find_literal: scans literal text from [*str] up to an
 * undoubled '{' or '}' (or the end), adding it to [st].  Returns 1 when it
 * stopped after a doubled brace (one brace kept, scan again), 0 when at
 * '{', '}' or the end, -1 on error. */
static int find_literal(fctx_t *c, fstate_t *st, const char **str, const char *end, int raw,
                        int lvl)
{
    const char *s = *str, *start = s;
    while (s < end) {
        char ch = *s++;
        if (!raw && ch == '\\' && s < end) {
            ch = *s++;
            if (ch == 'N') { /* skip "\N{...}": its braces are no field */
                if (s < end && *s++ == '{')
                    while (s < end && *s++ != '}') {
                    }
                continue;
            }
        }
        if (ch != '{' && ch != '}') continue;
        if (lvl == 0 && s < end && *s == ch) { /* doubled: keep one */
            *str = s + 1;
            return add_literal(c, st, start, (size_t)(s - start), raw) ? -1 : 1;
        }
        if (lvl == 0 && ch == '}') {
            *str = s - 1;
            return fail(c->err, LP_LITERR_NEXT_TOKEN, (int)(s - 1 - c->tok),
                        "f-string: single '}' is not allowed");
        }
        s--;
        break;
    }
    *str = s;
    return add_literal(c, st, start, (size_t)(s - start), raw);
}

/* ==== f-strings: replacement fields ==== */

/* Scanner state for one expression (fstring_find_expr's locals). */
typedef struct {
    char quote;                     /* inside a string: its quote, else 0 */
    int string_type;                /* 1 or 3 inside a string */
    int depth;                      /* open brackets */
    char stack[FSTRING_MAXLEVEL];   /* their kinds */
} escan_t;

/* One character [*p] of an expression while inside a nested string. */
static void expr_in_string(escan_t *e, const char **p, const char *end)
{
    char ch = **p;
    if (ch != e->quote) return;
    if (e->string_type == 3) {
        if (*p + 2 < end && (*p)[1] == ch && (*p)[2] == ch) *p += 2, e->quote = 0;
        return;
    }
    e->quote = 0;
}

/* A bracket [ch] at [p]; returns 0 or -1 with the error. */
static int expr_bracket(fctx_t *c, escan_t *e, const char *p, char ch)
{
    int off = (int)(p - c->tok);
    if (ch == '(' || ch == '[' || ch == '{') {
        if (e->depth >= FSTRING_MAXLEVEL)
            return fail(c->err, LP_LITERR_NEXT_TOKEN, off,
                        "f-string: too many nested parenthesis");
        e->stack[e->depth++] = ch;
        return 0;
    }
    if (!e->depth)
        return fail(c->err, LP_LITERR_NEXT_TOKEN, off, "f-string: unmatched '%c'", ch);
    char open = e->stack[--e->depth];
    if ((open == '(' && ch == ')') || (open == '[' && ch == ']') || (open == '{' && ch == '}'))
        return 0;
    return fail(c->err, LP_LITERR_NEXT_TOKEN, off,
                "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'",
                ch, open);
}

/* Is [ch] at [p] the end of the expression (at bracket depth 0)?  Two-character
 * operators != == <= >= are skipped over ([*p] advanced), lone < > are not ends. */
static int expr_end_char(const char **p, const char *end, char ch)
{
    if (!strchr("!:}=<>", ch)) return 0;
    if (*p + 1 < end && (*p)[1] == '=' && strchr("!=<>", ch)) {
        *p += 1;
        return 0;
    }
    return ch != '<' && ch != '>';
}

/* The scanning loop of fstring_find_expr: advances [*str] to the character
 * that ends the expression; 0, or -1 with the error. */
static int scan_expr(fctx_t *c, escan_t *e, const char **str, const char *end)
{
    for (; *str < end; (*str)++) {
        char ch = **str;
        int off = (int)(*str - c->tok);
        if (ch == '\\')
            return fail(c->err, LP_LITERR_NEXT_TOKEN, off,
                        "f-string expression part cannot include a backslash");
        if (e->quote) {
            expr_in_string(e, str, end);
        } else if (ch == '\'' || ch == '"') {
            e->string_type = 1;
            if (*str + 2 < end && (*str)[1] == ch && (*str)[2] == ch)
                e->string_type = 3, *str += 2;
            e->quote = ch;
        } else if (ch == '[' || ch == '{' || ch == '(' || ch == ']' || ch == '}' || ch == ')') {
            if (e->depth == 0 && ch == '}') break;
            if (expr_bracket(c, e, *str, ch)) return -1;
        } else if (ch == '#') {
            return fail(c->err, LP_LITERR_NEXT_TOKEN, off,
                        "f-string expression part cannot include '#'");
        } else if (e->depth == 0 && expr_end_char(str, end, ch)) {
            break;
        }
    }
    if (e->quote)
        return fail(c->err, LP_LITERR_NEXT_TOKEN, (int)(*str - c->tok),
                    "f-string: unterminated string");
    if (e->depth)
        return fail(c->err, LP_LITERR_NEXT_TOKEN, (int)(*str - c->tok),
                    "f-string: unmatched '%c'", e->stack[e->depth - 1]);
    return 0;
}

/* CPython's fstring_find_expr_location for the field whose '{' is at [brace]. */
static void expr_location(const char *tok, const char *brace, const char *end, int *lines,
                          int *cols)
{
    int newline_after_brace = 1;
    for (const char *p = brace + 1; p < end && *p != '}' && *p != '\n'; p++) {
        if (*p != ' ' && *p != '\t' && *p != '\f') {
            newline_after_brace = 0;
            break;
        }
    }
    *lines = 0, *cols = 0;
    if (!newline_after_brace) {
        const char *p = brace;
        while (p > tok && *p != '\n') p--;
        *cols = (int)(brace - p) - (*p == '\n');
    }
    for (const char *p = tok; p < brace; p++) *lines += *p == '\n';
}

/* fstring_compile_expr up to the parse: rejects a blank expression, fills in
 * the location and hands the field to the callback. */
static int compile_expr(fctx_t *c, lp_ffield_t *f, const char *brace)
{
    const char *s = f->tok + f->expr_start, *e = f->tok + f->expr_end;
    while (s < e && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\f')) s++;
    if (s == e) {
        int off = (int)f->expr_end;
        if (*e == '!' || *e == ':' || *e == '=')
            return fail(c->err, LP_LITERR_NEXT_TOKEN, off,
                        "f-string: expression required before '%c'", *e);
        return fail(c->err, LP_LITERR_NEXT_TOKEN, off, "f-string: empty expression not allowed");
    }
    expr_location(f->tok, brace, f->tok + c->tok_len, &f->lines, &f->cols);
    if (c->fn && c->fn(c->ud, f)) {
        c->err->msg[0] = '\0';
        c->err->where = LP_LITERR_CALLBACK, c->err->offset = (int)f->expr_start;
        return -1;
    }
    return 0;
}

static int concat_fstring(fctx_t *c, fstate_t *st, const char **str, const char *end, int raw,
                          int lvl);

/* The "expecting '}'" error at [p]. */
static int expecting_brace(fctx_t *c, const char *p)
{
    return fail(c->err, LP_LITERR_NEXT_TOKEN, (int)(p - c->tok), "f-string: expecting '}'");
}

/* After the expression: `=` and the white space after it (Py_ISSPACE). */
static int field_debug(fctx_t *c, lp_ffield_t *f, const char **str, const char *end)
{
    if (**str != '=') return 0;
    for (*str += 1; *str < end && strchr(" \t\n\r\f\v", **str) && **str; *str += 1) {
    }
    if (*str >= end) return expecting_brace(c, *str);
    f->debug = f->tok + f->expr_start;
    f->debug_len = (size_t)(*str - f->debug);
    return 0;
}

/* After the expression and `=`: the conversion `!c`. */
static int field_conversion(fctx_t *c, lp_ffield_t *f, const char **str, const char *end)
{
    f->conversion = -1;
    if (**str != '!') return 0;
    if (++*str >= end) return expecting_brace(c, *str);
    char conv = *(*str)++;
    if (conv != 's' && conv != 'r' && conv != 'a')
        return fail(c->err, LP_LITERR_NEXT_TOKEN, (int)(*str - 1 - c->tok),
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'");
    f->conversion = conv;
    return 0;
}

/* The format spec after ':' (fstring_parse at the next level). */
static int field_spec(fctx_t *c, lp_ffield_t *f, const char **str, const char *end, int raw,
                      int lvl)
{
    if (*str >= end || **str != ':') return 0;
    if (++*str >= end) return expecting_brace(c, *str);
    fstate_t st;
    fstate_init(&st, c->a);
    st.fmode = 1;
    if (concat_fstring(c, &st, str, end, raw, lvl + 1)) return -1;
    f->spec = lp_arena_alloc(c->a, sizeof *f->spec);
    fstate_finish(&st, c->tok[0] == 'u', c->ti, f->spec);
    f->spec->token = c->ti;
    return 0;
}

/* CPython's fstring_find_expr: the field at '{' [*str]; on success [*out] is
 * the field and [*str] is past its '}'. */
static int find_expr(fctx_t *c, const char **str, const char *end, int raw, int lvl,
                     lp_ffield_t **out)
{
    if (lvl >= 2)
        return fail(c->err, LP_LITERR_NEXT_TOKEN, (int)(*str - c->tok),
                    "f-string: expressions nested too deeply");
    const char *brace = (*str)++;
    lp_ffield_t *f = lp_arena_alloc(c->a, sizeof *f);
    f->token = c->ti, f->tok = c->tok;
    f->expr_start = (size_t)(*str - c->tok);
    escan_t e = {0};
    if (scan_expr(c, &e, str, end)) return -1;
    if (*str >= end) return expecting_brace(c, *str);
    f->expr_end = (size_t)(*str - c->tok);
    if (compile_expr(c, f, brace) || field_debug(c, f, str, end) ||
        field_conversion(c, f, str, end) || field_spec(c, f, str, end, raw, lvl))
        return -1;
    if (*str >= end || **str != '}') return expecting_brace(c, *str);
    *str += 1;
    if (f->debug && !f->spec && f->conversion == -1) f->conversion = 'r';
    *out = f;
    return 0;
}

/* CPython's FstringParser_ConcatFstring: the body [*str, end) of one
 * f-string, or a format spec (lvl > 0, ends at its '}'), into [st]. */
static int concat_fstring(fctx_t *c, fstate_t *st, const char **str, const char *end, int raw,
                          int lvl)
{
    st->fmode = 1;
    for (;;) {
        lp_ffield_t *f = NULL;
        int r = find_literal(c, st, str, end, raw, lvl);
        if (r < 0) return -1;
        if (r == 1) continue;
        if (*str >= end || **str == '}') break;
        if (find_expr(c, str, end, raw, lvl, &f)) return -1;
        if (f->debug) sb_add(&st->last, f->debug, f->debug_len);
        fstate_flush(st, c->first_u, -1);
        fstate_push(st)->field = f;
    }
    if (lvl == 0 && *str < end - 1)
        return fail(c->err, LP_LITERR_NEXT_TOKEN, (int)(*str - c->tok),
                    "f-string: unexpected end of string");
    if (lvl != 0 && (*str >= end || **str != '}')) return expecting_brace(c, *str);
    return 0;
}

/* ==== concatenation ==== */

/* Adds STRING token [c->ti] to the run's state: [st] for str and f-strings,
 * [bytes] for bytes; [*bytesmode] is the run's kind so far. */
static int concat_one(fctx_t *c, fstate_t *st, sbuf_t *bytes, int *bytesmode)
{
    lp_strlit_t lit;
    int rc = lp_literal_string(c->a, c->tok, c->tok_len, &lit, c->err);
    c->err->token = c->ti;
    if (rc) return -1;
    if (c->ti != 0 && *bytesmode != lit.bytes)
        return fail(c->err, LP_LITERR_NEXT_TOKEN, 0, "cannot mix bytes and nonbytes literals");
    *bytesmode = lit.bytes;
    if (lit.fstring) {
        const char *s = c->tok + lit.body_start;
        return concat_fstring(c, st, &s, c->tok + lit.body_end, lit.raw, 0);
    }
    sb_add(lit.bytes ? bytes : &st->last, lit.s, lit.n);
    return 0;
}

int lp_literal_concat(lp_arena_t *a, const lp_token_t *toks, int ntoks, lp_fexpr_fn fn,
                      void *ud, lp_strings_t *out, lp_literal_error_t *err)
{
    fctx_t c = {.a = a, .fn = fn, .ud = ud, .err = err};
    c.first_u = ntoks > 0 && toks[0].end > toks[0].start && toks[0].start[0] == 'u';
    fstate_t st;
    fstate_init(&st, a);
    sbuf_t bytes = {.a = a};
    int bytesmode = 0;
    memset(out, 0, sizeof *out);
    for (c.ti = 0; c.ti < ntoks; c.ti++) {
        c.tok = toks[c.ti].start, c.tok_len = (size_t)(toks[c.ti].end - toks[c.ti].start);
        err->token = c.ti;
        if (concat_one(&c, &st, &bytes, &bytesmode)) return -1;
    }
    out->kind_u = c.first_u;
    if (bytesmode) {
        out->kind = LP_STRINGS_BYTES;
        out->s = bytes.p ? bytes.p : "", out->n = bytes.n;
    } else if (!st.fmode) {
        out->kind = LP_STRINGS_STR;
        out->s = st.last.p ? st.last.p : "", out->n = st.last.n;
    } else {
        out->kind = LP_STRINGS_JOINED;
        fstate_finish(&st, c.first_u, -1, &out->values);
        out->values.token = -1;
    }
    return 0;
}

int lp_fstring_parse(lp_arena_t *a, const char *tok, size_t n, lp_fstring_t *out,
                     lp_literal_error_t *err)
{
    lp_token_t t = {.kind = LP_TOK_STRING, .start = tok, .end = tok + n};
    lp_strings_t res;
    if (lp_literal_concat(a, &t, 1, NULL, NULL, &res, err)) return -1;
    if (res.kind == LP_STRINGS_JOINED) {
        *out = res.values;
        return 0;
    }
    out->token = -1, out->n = 0, out->v = NULL;
    if (res.n) { /* not an f-string: its text as the only value */
        out->v = lp_arena_alloc(a, sizeof *out->v);
        out->v->s = res.s, out->v->n = res.n, out->v->kind_u = res.kind_u;
        out->v->span_token = -1, out->n = 1;
    }
    return 0;
}
