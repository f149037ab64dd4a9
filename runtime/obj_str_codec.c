/* obj_str_codec.c -- str.encode, bytes.decode and the str() constructor.
 *
 * The codecs: utf-8 (and utf-8-sig), utf-16 and utf-32 (with a byte order
 * mark, or -le / -be), ascii, latin-1, unicode_escape, raw_unicode_escape,
 * and every single-byte charmap codec that runtime/codecs.h knows (cp1252,
 * koi8-r, ...), whose 256-entry table is read off lp_codec_decode once.  Error handlers are
 * CPython's: strict, ignore, replace, backslashreplace, surrogateescape,
 * surrogatepass (utf-8), and xmlcharrefreplace when encoding.  Errors raise
 * UnicodeEncodeError / UnicodeDecodeError with the same start, end and
 * reason as CPython, which make the same messages ("'ascii' codec can't
 * encode character '\xe9' in position 0: ordinal not in range(128)").
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "codecs.h"
#include "error.h"
#include "gc.h"
#include "mod_builtins.h"
#include "obj_bytes.h"
#include "obj_exc.h"
#include "obj_str_internal.h"
#include "obj_tuple.h"
#include "ops.h"
#include "types.h"
#include "unicode.h"
#include "unicode_names.h"

/* ==== finding the codec ==== */

enum { C_UTF8, C_UTF8_SIG, C_ASCII, C_LATIN1, C_CHARMAP, C_UTF16, C_UTF32, C_ESCAPE, C_RAW_ESCAPE };

typedef struct {
    int kind;                 /* C_* */
    const char *name;         /* as error messages call it: 'utf-8', 'ascii', 'charmap' */
    const uint16_t *table;    /* C_CHARMAP: code point of each byte, 0xFFFE undefined */
    int order;                /* C_UTF16/32: 0 with a BOM (native order), 'l' or 'b' */
} codec_t;

static char lower_ascii(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
}

/* The UTF-16 and UTF-32 codecs, which runtime/codecs.h does not decode:
 * their names as Python's normalisation leaves them. */
static bool utf_wide_codec(const char *encoding, codec_t *c)
{
    static const struct {
        const char *key;
        int kind, order;
        const char *name;
    } names[] = {
        { "utf_16", C_UTF16, 0, "utf-16" }, { "utf16", C_UTF16, 0, "utf-16" },
        { "u16", C_UTF16, 0, "utf-16" }, { "utf_16_le", C_UTF16, 'l', "utf-16-le" },
        { "utf_16le", C_UTF16, 'l', "utf-16-le" }, { "unicodelittleunmarked", C_UTF16, 'l', "utf-16-le" },
        { "utf_16_be", C_UTF16, 'b', "utf-16-be" }, { "utf_16be", C_UTF16, 'b', "utf-16-be" },
        { "unicodebigunmarked", C_UTF16, 'b', "utf-16-be" }, { "utf_32", C_UTF32, 0, "utf-32" },
        { "utf32", C_UTF32, 0, "utf-32" }, { "u32", C_UTF32, 0, "utf-32" },
        { "utf_32_le", C_UTF32, 'l', "utf-32-le" }, { "utf_32le", C_UTF32, 'l', "utf-32-le" },
        { "utf_32_be", C_UTF32, 'b', "utf-32-be" }, { "utf_32be", C_UTF32, 'b', "utf-32-be" },
        { "unicode_escape", C_ESCAPE, 0, "unicodeescape" },
        { "raw_unicode_escape", C_RAW_ESCAPE, 0, "rawunicodeescape" },
        { NULL, 0, 0, NULL },
    };
    char norm[32];
    size_t i = 0;
    for (; encoding[i] && i < sizeof norm - 1; i++)
        norm[i] = encoding[i] == '-' || encoding[i] == ' ' ? '_' : lower_ascii(encoding[i]);
    if (encoding[i]) return false;
    norm[i] = 0;
    for (int k = 0; names[k].key; k++)
        if (!strcmp(norm, names[k].key)) {
            c->kind = names[k].kind;
            c->order = names[k].order;
            c->name = names[k].name;
            return true;
        }
    return false;
}

/* The byte-to-code-point tables of the charmap codecs met so far. */
static struct {
    const lp_codec_t *codec;
    uint16_t *table;
} charmaps[16];

static const uint16_t *charmap_table(const lp_codec_t *c)
{
    int i = 0;
    for (; i < 16 && charmaps[i].codec; i++)
        if (charmaps[i].codec == c) return charmaps[i].table;
    uint16_t *t = lp_alloc_atomic(256 * sizeof(uint16_t));
    for (int b = 0; b < 256; b++) {
        char in = (char)b;
        size_t n;
        char *out = lp_codec_decode(c, &in, 1, &n, NULL);
        const char *p = out;
        t[b] = out && n ? (uint16_t)lp_utf8_next(&p) : 0xFFFE;
    }
    if (i < 16) {
        charmaps[i].codec = c;
        charmaps[i].table = t;
    }
    return t;
}

/* True for the names of Python's bytes-to-bytes codecs. */
static bool is_binary_codec(const char *name)
{
    static const char *const names[] = { "rot13", "rot_13", "base64", "base_64", "base64_codec",
        "hex", "hex_codec", "zlib", "zip", "zlib_codec", "bz2", "bz2_codec", "quopri",
        "quotedprintable", "quoted_printable", "quopri_codec", "uu", "uu_codec", NULL };
    char norm[64];
    size_t i = 0;
    for (; name[i] && i < sizeof norm - 1; i++)
        norm[i] = name[i] == '-' || name[i] == ' ' ? '_' : lower_ascii(name[i]);
    norm[i] = 0;
    for (int k = 0; names[k]; k++)
        if (strcmp(norm, names[k]) == 0) return true;
    return false;
}

static codec_t find_codec(const char *encoding, bool decoding)
{
    codec_t c = { C_UTF8, "utf-8", NULL, 0 };
    if (!encoding || !strcmp(encoding, "utf-8") || !strcmp(encoding, "utf8")) return c;
    if (utf_wide_codec(encoding, &c)) return c;
    const lp_codec_t *lc = strlen(encoding) < 200 ? lp_codec_lookup(encoding) : NULL;
    if (!lc) {
        if (is_binary_codec(encoding))
            lp_raise(&lp_exc_LookupError,
                     "'%s' is not a text encoding; use codecs.%s() to handle arbitrary codecs",
                     encoding, decoding ? "decode" : "encode");
        if (strlen(encoding) < 200 && lp_codec_known(encoding))
            lp_raise(&lp_exc_LookupError, "lemonpy does not support the codec '%s'", encoding);
        lp_raise(&lp_exc_LookupError, "unknown encoding: %s", encoding);
    }
    const char *name = lp_codec_name(lc);
    if (!strcmp(name, "utf-8")) return c;
    if (!strcmp(name, "utf-8-sig")) c.kind = C_UTF8_SIG;
    else if (!strcmp(name, "ascii")) c.kind = C_ASCII, c.name = "ascii";
    else if (!strcmp(name, "iso8859-1")) c.kind = C_LATIN1, c.name = "latin-1";
    else c.kind = C_CHARMAP, c.name = "charmap", c.table = charmap_table(lc);
    return c;
}

/* ==== decoding ==== */

typedef struct {
    codec_t codec;
    const char *errors; /* handler name */
    const unsigned char *src;
    size_t n;
    lp_strbuf_t out;
} decoder_t;

_Noreturn static void decode_fail(decoder_t *d, size_t start, size_t end, const char *reason)
{
    lp_value obj = lp_bytes_new((const char *)d->src, d->n);
    lp_raise_value(lp_exc_unicode_new(&lp_exc_UnicodeDecodeError, d->codec.name, obj,
                                      (int64_t)start, (int64_t)end, reason));
}

/* A surrogate encoded in UTF-8 at [p] (3 bytes available), or 0. */
static uint32_t utf8_surrogate_at(const unsigned char *p, size_t avail)
{
    if (avail < 3 || p[0] != 0xED || p[1] < 0xA0 || p[1] > 0xBF || (p[2] & 0xC0) != 0x80) return 0;
    return 0xD000 | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
}

/* The [width]-byte unit at [p] in byte order [order] ('b' big, else little). */
static uint32_t read_unit(const unsigned char *p, int width, int order)
{
    uint32_t u = 0;
    for (int i = 0; i < width; i++) u |= (uint32_t)p[order == 'b' ? width - 1 - i : i] << (8 * i);
    return u;
}

/* Runs the error handler on the bad bytes [start, end); returns where to go on. */
static size_t decode_error(decoder_t *d, size_t start, size_t end, const char *reason)
{
    const char *h = d->errors;
    if (!strcmp(h, "strict")) decode_fail(d, start, end, reason);
    if (!strcmp(h, "ignore")) return end;
    if (!strcmp(h, "replace")) {
        lp_strbuf_putc(&d->out, 0xFFFD);
        return end;
    }
    if (!strcmp(h, "backslashreplace")) {
        char tmp[8];
        for (size_t i = start; i < end; i++) {
            snprintf(tmp, sizeof tmp, "\\x%02x", d->src[i]);
            lp_strbuf_puts(&d->out, tmp);
        }
        return end;
    }
    if (!strcmp(h, "surrogateescape")) { /* the bytes >= 128 at the start of the range */
        size_t i = start;
        while (i < end && d->src[i] >= 128) lp_strbuf_putc(&d->out, 0xDC00 + d->src[i++]);
        if (i == start) decode_fail(d, start, end, reason);
        return i;
    }
    if (!strcmp(h, "surrogatepass")) {
        int width = d->codec.kind == C_UTF16 ? 2 : d->codec.kind == C_UTF32 ? 4 : 3;
        uint32_t c = width == 3 ? utf8_surrogate_at(d->src + start, d->n - start)
                     : d->n - start >= (size_t)width ? read_unit(d->src + start, width, d->codec.order) : 0;
        if (c < 0xD800 || c > 0xDFFF) decode_fail(d, start, end, reason);
        lp_strbuf_putc(&d->out, c);
        return start + width;
    }
    if (!strcmp(h, "xmlcharrefreplace") || !strcmp(h, "namereplace"))
        lp_raise(&lp_exc_TypeError, "don't know how to handle UnicodeDecodeError in error callback");
    lp_raise(&lp_exc_LookupError, "unknown error handler name '%s'", h);
}

/* Appends [n] bytes of valid UTF-8 at [p]. */
static void put_utf8(lp_strbuf_t *b, const char *p, size_t n)
{
    const char *end = p + n;
    lp_strbuf_reserve(b, (int64_t)n);
    while (p < end) {
        if (!(*p & 0x80)) b->cps[b->len++] = (unsigned char)*p++;
        else b->cps[b->len++] = lp_utf8_next(&p);
    }
}

static void decode_utf8(decoder_t *d, size_t pos)
{
    while (pos < d->n) {
        lp_decode_error_t err;
        const char *p = (const char *)d->src + pos;
        if (lp_utf8_check(p, d->n - pos, &err)) {
            put_utf8(&d->out, p, d->n - pos);
            return;
        }
        put_utf8(&d->out, p, err.start);
        pos = decode_error(d, pos + err.start, pos + err.end, err.reason);
    }
}

/* ascii, latin-1 and the charmaps: one byte, one code point. */
static void decode_bytewise(decoder_t *d)
{
    lp_strbuf_reserve(&d->out, (int64_t)d->n);
    for (size_t i = 0; i < d->n;) {
        unsigned b = d->src[i];
        uint32_t c = d->codec.kind == C_ASCII ? (b < 128 ? b : 0xFFFE)
                     : d->codec.kind == C_LATIN1 ? b : d->codec.table[b];
        if (c != 0xFFFE) {
            lp_strbuf_putc(&d->out, c);
            i++;
        } else {
            i = decode_error(d, i, i + 1, d->codec.kind == C_ASCII ? "ordinal not in range(128)"
                                                                  : "character maps to <undefined>");
        }
    }
}

/* Reads a byte order mark for utf-16/32 without one fixed: sets the order
 * (little endian when there is none) and the name errors will use. */
static size_t read_bom(decoder_t *d, int width)
{
    static const char *const names[2][2] = { { "utf-16-le", "utf-16-be" }, { "utf-32-le", "utf-32-be" } };
    size_t skip = 0;
    if (!d->codec.order) {
        d->codec.order = 'l';
        if (d->n >= (size_t)width) {
            uint32_t u = read_unit(d->src, width, 'l');
            if (u == 0xFEFF) skip = (size_t)width;
            else if (u == (width == 2 ? 0xFFFEu : 0xFFFE0000u)) skip = (size_t)width, d->codec.order = 'b';
        }
    }
    d->codec.name = names[width == 4][d->codec.order == 'b'];
    return skip;
}

static void decode_utf16(decoder_t *d)
{
    size_t pos = read_bom(d, 2), n = d->n;
    while (pos < n) {
        if (n - pos < 2) {
            pos = decode_error(d, pos, n, "truncated data");
            continue;
        }
        uint32_t u = read_unit(d->src + pos, 2, d->codec.order);
        if (u < 0xD800 || u > 0xDFFF) {
            lp_strbuf_putc(&d->out, u);
            pos += 2;
        } else if (u >= 0xDC00) {
            pos = decode_error(d, pos, pos + 2, "illegal encoding");
        } else if (n - pos < 4) {
            pos = decode_error(d, pos, n, "unexpected end of data");
        } else {
            uint32_t v = read_unit(d->src + pos + 2, 2, d->codec.order);
            if (v < 0xDC00 || v > 0xDFFF) {
                pos = decode_error(d, pos, pos + 2, "illegal UTF-16 surrogate");
                continue;
            }
            lp_strbuf_putc(&d->out, 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00));
            pos += 4;
        }
    }
}

static void decode_utf32(decoder_t *d)
{
    size_t pos = read_bom(d, 4), n = d->n;
    while (pos < n) {
        if (n - pos < 4) {
            pos = decode_error(d, pos, n, "truncated data");
            continue;
        }
        uint32_t u = read_unit(d->src + pos, 4, d->codec.order);
        if (u > 0x10FFFF)
            pos = decode_error(d, pos, pos + 4, "code point not in range(0x110000)");
        else if (u >= 0xD800 && u <= 0xDFFF)
            pos = decode_error(d, pos, pos + 4, "code point in surrogate code point range(0xd800, 0xe000)");
        else {
            lp_strbuf_putc(&d->out, u);
            pos += 4;
        }
    }
}

/* ==== unicode_escape and raw_unicode_escape ==== */

/* The value of the hex digit [c], or -1. */
static int hex_digit(unsigned c)
{
    return c >= '0' && c <= '9' ? (int)(c - '0') : c >= 'a' && c <= 'f' ? (int)(c - 'a' + 10)
           : c >= 'A' && c <= 'F' ? (int)(c - 'A' + 10) : -1;
}

/* \xXX, \uXXXX or \UXXXXXXXX with [ndig] digits, the backslash at [start];
 * returns the position after it. */
static size_t decode_hex_escape(decoder_t *d, size_t start, int ndig)
{
    static const char *const truncated[] = { "truncated \\xXX escape", "truncated \\uXXXX escape",
                                             "truncated \\UXXXXXXXX escape" };
    size_t pos = start + 2;
    uint32_t v = 0;
    for (int i = 0; i < ndig; i++, pos++) {
        int h = pos < d->n ? hex_digit(d->src[pos]) : -1;
        if (h < 0) return decode_error(d, start, pos, truncated[ndig == 2 ? 0 : ndig == 4 ? 1 : 2]);
        v = v * 16 + (uint32_t)h;
    }
    if (v > 0x10FFFF) return decode_error(d, start, pos, "illegal Unicode character");
    lp_strbuf_putc(&d->out, v);
    return pos;
}

/* \N{NAME} with the backslash at [start]. */
static size_t decode_named_escape(decoder_t *d, size_t start)
{
    size_t pos = start + 2;
    if (pos >= d->n || d->src[pos] != '{')
        return decode_error(d, start, pos, "malformed \\N character escape");
    size_t close = pos + 1;
    while (close < d->n && d->src[close] != '}') close++;
    if (close >= d->n || close == pos + 1)
        return decode_error(d, start, close < d->n ? close : d->n, "malformed \\N character escape");
    int32_t cp = lp_unicode_lookup_name((const char *)d->src + pos + 1, close - pos - 1);
    if (cp < 0) return decode_error(d, start, close + 1, "unknown Unicode character name");
    lp_strbuf_putc(&d->out, (uint32_t)cp);
    return close + 1;
}

/* One escape of unicode_escape, the backslash at [pos]. */
static size_t decode_one_escape(decoder_t *d, size_t pos)
{
    static const char simple[] = "\\\\''\"\"a\ab\bf\fn\nr\rt\tv\v";
    if (pos + 1 >= d->n) return decode_error(d, pos, d->n, "\\ at end of string");
    unsigned c = d->src[pos + 1];
    for (const char *p = simple; *p; p += 2)
        if ((unsigned char)p[0] == c) {
            lp_strbuf_putc(&d->out, (unsigned char)p[1]);
            return pos + 2;
        }
    if (c == '\n') return pos + 2; /* a line continuation */
    if (c >= '0' && c <= '7') {
        uint32_t v = 0;
        size_t q = pos + 1;
        for (int i = 0; i < 3 && q < d->n && d->src[q] >= '0' && d->src[q] <= '7'; i++, q++)
            v = v * 8 + (d->src[q] - '0');
        lp_strbuf_putc(&d->out, v);
        return q;
    }
    if (c == 'x') return decode_hex_escape(d, pos, 2);
    if (c == 'u') return decode_hex_escape(d, pos, 4);
    if (c == 'U') return decode_hex_escape(d, pos, 8);
    if (c == 'N') return decode_named_escape(d, pos);
    lp_strbuf_putc(&d->out, '\\'); /* an unknown escape stays as it is */
    lp_strbuf_putc(&d->out, c);
    return pos + 2;
}

static void decode_escapes(decoder_t *d, bool raw)
{
    for (size_t pos = 0; pos < d->n;) {
        unsigned c = d->src[pos];
        if (c != '\\') {
            lp_strbuf_putc(&d->out, c);
            pos++;
        } else if (!raw) {
            pos = decode_one_escape(d, pos);
        } else { /* raw: only an odd run of backslashes before u or U escapes */
            size_t run = pos;
            while (run < d->n && d->src[run] == '\\') run++;
            size_t last = run - 1;
            for (size_t i = pos; i < last; i++) lp_strbuf_putc(&d->out, '\\');
            bool esc = (run - pos) % 2 == 1 && run < d->n && (d->src[run] == 'u' || d->src[run] == 'U');
            if (esc) {
                pos = decode_hex_escape(d, last, d->src[run] == 'u' ? 4 : 8);
            } else {
                lp_strbuf_putc(&d->out, '\\');
                pos = run;
            }
        }
    }
}

/* Appends the unicode_escape ([raw] false) or raw_unicode_escape form of
 * the code point [c]. */
static void encode_escaped(lp_buf_t *out, uint32_t c, bool raw)
{
    if (raw ? c < 256 : (c >= ' ' && c < 0x7f && c != '\\')) lp_buf_putc(out, (char)c);
    else if (c == '\\') lp_buf_puts(out, "\\\\");
    else if (c == '\t') lp_buf_puts(out, "\\t");
    else if (c == '\n') lp_buf_puts(out, "\\n");
    else if (c == '\r') lp_buf_puts(out, "\\r");
    else if (c < 256) lp_buf_printf(out, "\\x%02x", c);
    else if (c < 65536) lp_buf_printf(out, "\\u%04x", c);
    else lp_buf_printf(out, "\\U%08x", c);
}

lp_value lp_bytes_decode(const char *s, size_t n, const char *encoding, const char *errors)
{
    if (n == 0) return lp_str_empty(); /* as CPython: the codec is not even looked up */
    decoder_t d = { .codec = find_codec(encoding, true), .errors = errors ? errors : "strict",
                    .src = (const unsigned char *)s, .n = n };
    lp_strbuf_init(&d.out);
    if (d.codec.kind == C_UTF8) {
        lp_decode_error_t err;
        if (lp_utf8_check(s, n, &err)) return lp_str_from_utf8(s, n);
        decode_utf8(&d, 0);
    } else if (d.codec.kind == C_UTF8_SIG) {
        size_t skip = n >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3) ? 3 : 0;
        d.src += skip;
        d.n -= skip;
        decode_utf8(&d, 0);
    } else if (d.codec.kind == C_UTF16) {
        decode_utf16(&d);
    } else if (d.codec.kind == C_ESCAPE || d.codec.kind == C_RAW_ESCAPE) {
        decode_escapes(&d, d.codec.kind == C_RAW_ESCAPE);
    } else if (d.codec.kind == C_UTF32) {
        decode_utf32(&d);
    } else {
        decode_bytewise(&d);
    }
    return lp_strbuf_finish(&d.out);
}

/* ==== encoding ==== */

typedef struct {
    codec_t codec;
    const char *errors;
    lp_value str;
    lp_buf_t out;
} encoder_t;

/* The byte of [c] under the charmap [table], or -1. */
static int charmap_byte(const uint16_t *table, uint32_t c)
{
    for (int b = 0; b < 256; b++)
        if (table[b] == c && c != 0xFFFE) return b;
    return -1;
}

/* True when [c] has no encoding under [e]'s codec. */
static bool unencodable(const encoder_t *e, uint32_t c)
{
    switch (e->codec.kind) {
    case C_ASCII: return c >= 128;
    case C_LATIN1: return c >= 256;
    case C_CHARMAP: return charmap_byte(e->codec.table, c) < 0;
    default: return c >= 0xD800 && c <= 0xDFFF; /* the UTFs */
    }
}

/* Appends the [width]-byte unit [u] in [e]'s byte order. */
static void put_unit(encoder_t *e, uint32_t u, int width)
{
    for (int i = 0; i < width; i++)
        lp_buf_putc(&e->out, (char)(u >> (8 * (e->codec.order == 'b' ? width - 1 - i : i))));
}

static void put_encoded(encoder_t *e, uint32_t c)
{
    if (e->codec.kind == C_UTF16) {
        if (c < 0x10000) {
            put_unit(e, c, 2);
        } else {
            put_unit(e, 0xD800 + ((c - 0x10000) >> 10), 2);
            put_unit(e, 0xDC00 + ((c - 0x10000) & 0x3FF), 2);
        }
    } else if (e->codec.kind == C_UTF32) {
        put_unit(e, c, 4);
    } else if (e->codec.kind == C_UTF8 || e->codec.kind == C_UTF8_SIG) {
        char tmp[4];
        lp_buf_add(&e->out, tmp, (size_t)lp_utf8_encode(c, tmp));
    } else {
        lp_buf_putc(&e->out, (char)(e->codec.kind == C_CHARMAP ? charmap_byte(e->codec.table, c) : (int)c));
    }
}

_Noreturn static void encode_fail(encoder_t *e, int64_t start, int64_t end)
{
    const char *reason = e->codec.kind == C_ASCII    ? "ordinal not in range(128)"
                         : e->codec.kind == C_LATIN1 ? "ordinal not in range(256)"
                         : e->codec.kind == C_CHARMAP ? "character maps to <undefined>"
                                                     : "surrogates not allowed";
    lp_raise_value(lp_exc_unicode_new(&lp_exc_UnicodeEncodeError, e->codec.name, e->str, start, end,
                                      reason));
}

/* Handles the unencodable code points [start, end) of the str. */
static void encode_error(encoder_t *e, int64_t start, int64_t end)
{
    const lp_str_t *s = lp_as_str(e->str);
    const char *h = e->errors;
    bool utf8 = e->codec.kind <= C_UTF8_SIG, wide = e->codec.kind >= C_UTF16;
    if (!strcmp(h, "strict")) encode_fail(e, start, end);
    if (!strcmp(h, "ignore")) return;
    for (int64_t i = start; i < end; i++) {
        uint32_t c = lp_str_at(s, i);
        char text[16] = "";
        if (!strcmp(h, "replace")) strcpy(text, "?");
        else if (!strcmp(h, "backslashreplace"))
            snprintf(text, sizeof text, c < 256 ? "\\x%02x" : c < 65536 ? "\\u%04x" : "\\U%08x", c);
        else if (!strcmp(h, "xmlcharrefreplace")) snprintf(text, sizeof text, "&#%u;", c);
        else if (!strcmp(h, "surrogateescape")) {
            if (c < 0xDC80 || c > 0xDCFF || wide) encode_fail(e, start, end);
            lp_buf_putc(&e->out, (char)(c - 0xDC00));
        } else if (!strcmp(h, "surrogatepass")) {
            if (!(utf8 || wide) || c < 0xD800 || c > 0xDFFF) encode_fail(e, start, end);
            if (wide) {
                put_unit(e, c, e->codec.kind == C_UTF16 ? 2 : 4);
            } else {
                char tmp[4];
                lp_buf_add(&e->out, tmp, (size_t)lp_utf8_encode(c, tmp));
            }
        } else {
            lp_raise(&lp_exc_LookupError, "unknown error handler name '%s'", h);
        }
        for (const char *t = text; *t; t++) put_encoded(e, (unsigned char)*t);
    }
}

lp_value lp_str_encode_bytes(lp_value v, const char *encoding, const char *errors)
{
    encoder_t e = { .codec = find_codec(encoding, false), .errors = errors ? errors : "strict", .str = v };
    const lp_str_t *s = lp_as_str(v);
    if (e.codec.kind >= C_ESCAPE) { /* every code point has an escaped form */
        for (int64_t i = 0; i < s->len; i++)
            encode_escaped(&e.out, lp_str_at(s, i), e.codec.kind == C_RAW_ESCAPE);
        return lp_bytes_new(e.out.data ? e.out.data : "", e.out.len);
    }
    if (e.codec.kind == C_UTF8 && !lp_str_has_surrogates(v)) {
        size_t n;
        const char *p = lp_str_utf8(v, &n);
        return lp_bytes_new(p, n);
    }
    if (e.codec.kind == C_UTF8_SIG) lp_buf_add(&e.out, "\xEF\xBB\xBF", 3);
    if (e.codec.kind >= C_UTF16 && !e.codec.order) { /* a BOM, then little endian */
        e.codec.order = 'l';
        put_encoded(&e, 0xFEFF);
    }
    lp_buf_reserve(&e.out, (size_t)s->len);
    for (int64_t i = 0; i < s->len;) {
        uint32_t c = lp_str_at(s, i);
        if (!unencodable(&e, c)) {
            put_encoded(&e, c);
            i++;
            continue;
        }
        int64_t j = i + 1; /* the UTF-16/32 encoders report one character at a time */
        while (e.codec.kind < C_UTF16 && j < s->len && unencodable(&e, lp_str_at(s, j))) j++;
        encode_error(&e, i, j);
        i = j;
    }
    return lp_bytes_new(e.out.data, e.out.len);
}

/* ==== str.encode and str() ==== */

const char *lp_str_codec_arg(lp_value v)
{
    const lp_str_t *o = lp_as_str(v);
    for (int64_t i = 0; o->kind > 1 && i < o->len; i++)
        if ((lp_str_at(o, i) & 0xFFFFF800) == 0xD800)
            lp_str_encode_bytes(v, "utf-8", NULL); /* raises UnicodeEncodeError */
    size_t n;
    const char *p = lp_str_utf8(v, &n);
    if (strlen(p) != n) lp_raise(&lp_exc_ValueError, "embedded null character");
    return p;
}

/* The C string of the str argument [v] named [arg] of [fn]. */
static const char *str_arg(const char *fn, const char *arg, lp_value v)
{
    if (!v) return NULL;
    if (!lp_str_check(v))
        lp_raise(&lp_exc_TypeError, "%s argument '%s' must be str, not %s",
                 fn, arg, lp_arg_type_name(v));
    return lp_str_codec_arg(v);
}

lp_value lp_str_encode(lp_value *args, size_t nargs, lp_value kwnames)
{
    static const char *const kw[] = { "encoding", "errors", NULL };
    lp_value a[2];
    lp_str_bind_args("encode", kw, args, nargs, kwnames, a);
    const char *enc = str_arg("encode()", "encoding", a[0]);
    const char *err = str_arg("encode()", "errors", a[1]);
    return lp_str_encode_bytes(args[0], enc, err);
}

/* A [type] instance (a str subclass) holding the value of the str [v]:
 * the type's size covers the header and the instance __dict__ slot after
 * it, so the code points live in a block of their own. */
static lp_value str_subclass_instance(lp_type_t *type, lp_value v)
{
    const lp_str_t *s = lp_as_str(v);
    size_t size = type->size > sizeof(lp_str_t) ? type->size : sizeof(lp_str_t);
    lp_str_t *r = lp_alloc(size);
    memcpy(r, s, offsetof(lp_str_t, inline_data));
    r->head.type = type;
    r->hash = -1;
    r->interned = 0;
    r->shared = 0;
    r->utf8 = NULL;
    size_t bytes = (size_t)s->len * s->kind;
    r->data = lp_alloc_atomic(bytes + s->kind);
    memcpy(r->data, s->data, bytes);
    memset(r->data + bytes, 0, s->kind);
    return lp_from_ptr(r);
}

lp_value lp_str_new(lp_type_t *type, lp_value *args, size_t nargs, lp_value kwnames)
{
    static const char *const kw[] = { "object", "encoding", "errors", NULL };
    lp_value a[3];
    /* lp_str_bind_args counts args[0] as self: shift by one */
    lp_str_bind_args("str", kw, args - 1, nargs + 1, kwnames, a);
    lp_value r;
    if (!a[1] && !a[2]) {
        r = a[0] ? lp_str(a[0]) : lp_str_empty();
    } else {
        const char *enc = str_arg("str()", "encoding", a[1]);
        const char *err = str_arg("str()", "errors", a[2]);
        const char *data = "";
        int64_t len = 0;
        if (a[0] && !lp_bytes_view(a[0], &data, &len)) {
            if (lp_str_check(a[0])) lp_raise(&lp_exc_TypeError, "decoding str is not supported");
            lp_raise(&lp_exc_TypeError, "decoding to str: need a bytes-like object, %T found", a[0]);
        }
        r = lp_bytes_decode(data, (size_t)len, enc, err);
    }
    if (type != &lp_type_str) return str_subclass_instance(type, r);
    return r;
}
