/* codecs.c -- codec lookup and strict decoders from source bytes to UTF-8.
 *
 * Lookup follows CPython 3.11 step by step.  Python/codecs.c first
 * normalises the name (_Py_normalize_encoding: ASCII letters and digits are
 * lowered, '.' is kept, every run of other bytes becomes one '_', dropped at
 * either end).  encodings.search_function then tries the alias table, first
 * with the name as is and then with '.' replaced by '_', and imports
 * encodings.<alias> or else encodings.<name> (never a name containing '.').
 * scripts/gen_codecs.py has already played those imports for every name that
 * can succeed, so here one binary search in lp_codec_db_names settles it.
 *
 * Decoders mirror the ones bytes.decode reaches: the UTF-8 decoder of
 * Objects/unicodeobject.c (whose error ranges are the "maximal subparts" of
 * Unicode's chapter 3), ascii, latin-1, and charmap_decode with a 256-entry
 * table.  Errors are reported with the codec name CPython writes into the
 * exception: "utf-8" (also for utf-8-sig), "ascii", "charmap".
 *
 * SPDX-License-Identifier: MIT
 */
#define LP_CODECS_INTERNAL
#include "codecs.h"

#include "gc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ==== lookup ==== */

/* Normalises [name] into [out] as Python/codecs.c does; false when the
 * result cannot be a known name because it is too long. */
static bool normalize(const char *name, char out[LP_CODEC_MAXKEY])
{
    size_t len = 0;
    bool punct = false;
    for (const unsigned char *p = (const unsigned char *)name; *p; p++) {
        unsigned char c = *p;
        bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (!alnum && c != '.') {
            punct = true;
            continue;
        }
        if (punct && len > 0) out[len++] = '_'; /* in bounds: len < MAXKEY here */
        if (len + 1 >= LP_CODEC_MAXKEY) return false;
        punct = false;
        out[len++] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : (char)c;
    }
    out[len] = '\0';
    return true;
}

static int compare_name(const void *key, const void *entry)
{
    return strcmp(key, ((const lp_codec_name_t *)entry)->key);
}

/* The table entry for the normalised name [key], or NULL. */
static const lp_codec_name_t *find_name(const char *key)
{
    return bsearch(key, lp_codec_db_names, lp_codec_db_names_count, sizeof(lp_codec_db_names[0]),
                   compare_name);
}

/* The lp_codec_db entry codecs.lookup([name]) returns, or NULL. */
static const struct lp_codec *lookup_any(const char *name)
{
    char key[LP_CODEC_MAXKEY];
    if (!normalize(name, key)) return NULL;
    const lp_codec_name_t *e = find_name(key);
    int index = -1;
    if (!strchr(key, '.')) {
        index = e ? e->plain : -1; /* alias, else the module of that name */
    } else if (e && e->alias != -2) {
        index = e->alias; /* a dotted alias key (ansi_x3.4_1968) */
    } else {
        for (char *p = key; *p; p++)
            if (*p == '.') *p = '_';
        e = find_name(key);
        index = e && e->alias >= 0 ? e->alias : -1; /* aliases only */
    }
    return index >= 0 ? &lp_codec_db[index] : NULL;
}

const lp_codec_t *lp_codec_lookup(const char *name)
{
    const struct lp_codec *c = lookup_any(name);
    return c && c->kind != LP_CODEC_UNSUPPORTED ? c : NULL;
}

bool lp_codec_known(const char *name)
{
    return lookup_any(name) != NULL;
}

const char *lp_codec_name(const lp_codec_t *c)
{
    return c->name;
}

/* ==== errors ==== */

/* Fills *[err] (when not NULL) with what str(UnicodeDecodeError) says for
 * bytes [start, end) of [src] failing with [reason] in codec [codec]. */
static void set_error(lp_decode_error_t *err, const char *codec, const unsigned char *src, size_t n,
                      size_t start, size_t end, const char *reason)
{
    if (!err) return;
    err->start = start;
    err->end = end;
    err->reason = reason;
    if (start < n && end == start + 1)
        snprintf(err->message, sizeof err->message,
                 "'%s' codec can't decode byte 0x%02x in position %zu: %s", codec, src[start],
                 start, reason);
    else
        snprintf(err->message, sizeof err->message,
                 "'%s' codec can't decode bytes in position %zu-%zu: %s", codec, start, end - 1,
                 reason);
}

/* ==== UTF-8 ==== */

/* False when byte [c] cannot start a sequence; else the sequence length and
 * the bounds of its second byte (later bytes: 0x80-0xbf), bounds that shut
 * out overlong forms, surrogates and values above U+10FFFF. */
static bool utf8_lead(unsigned char c, size_t *need, unsigned char *lo, unsigned char *hi)
{
    *lo = 0x80, *hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf)
        *need = 2;
    else if (c >= 0xe0 && c <= 0xef)
        *need = 3;
    else if (c >= 0xf0 && c <= 0xf4)
        *need = 4;
    else
        return false;
    if (c == 0xe0) *lo = 0xa0;
    if (c == 0xed) *hi = 0x9f;
    if (c == 0xf0) *lo = 0x90;
    if (c == 0xf4) *hi = 0x8f;
    return true;
}

/* Checks the sequence starting with the non-ASCII byte p[0], [avail] bytes
 * being left: returns its length, or 0 after filling the error fields
 * relative to p (end offset and reason) as CPython's decoder does. */
static size_t utf8_sequence(const unsigned char *p, size_t avail, size_t *bad_end,
                            const char **reason)
{
    size_t need;
    unsigned char lo, hi;
    if (!utf8_lead(p[0], &need, &lo, &hi)) {
        *bad_end = 1, *reason = "invalid start byte";
        return 0;
    }
    for (size_t k = 1; k < need; k++) {
        if (k >= avail) {
            *bad_end = avail, *reason = "unexpected end of data";
            return 0;
        }
        if (p[k] < lo || p[k] > hi) {
            *bad_end = k, *reason = "invalid continuation byte";
            return 0;
        }
        lo = 0x80, hi = 0xbf;
    }
    return need;
}

/* Length of the ASCII run at [p] (at most [n]), 8 bytes at a time. */
static size_t ascii_run(const unsigned char *p, size_t n)
{
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        if (w & 0x8080808080808080ULL) break;
    }
    while (i < n && p[i] < 0x80)
        i++;
    return i;
}

bool lp_utf8_check(const char *s, size_t n, lp_decode_error_t *err)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        i += ascii_run(p + i, n - i);
        while (i < n && p[i] >= 0x80) {
            size_t bad_end;
            const char *reason;
            size_t len = utf8_sequence(p + i, n - i, &bad_end, &reason);
            if (len == 0) {
                set_error(err, "utf-8", p, n, i, i + bad_end, reason);
                return false;
            }
            i += len;
        }
    }
    return true;
}

/* ==== decoders ==== */

/* A copy of [n] bytes at [src], NUL-terminated, from lp_alloc_atomic. */
static char *copy_bytes(const unsigned char *src, size_t n, size_t *outlen)
{
    char *out = lp_alloc_atomic(n + 1);
    memcpy(out, src, n);
    out[n] = '\0';
    if (outlen) *outlen = n;
    return out;
}

/* utf-8 and utf-8-sig: validate, then the bytes are already the result. */
static char *decode_utf8(const unsigned char *src, size_t n, bool sig, size_t *outlen,
                         lp_decode_error_t *err)
{
    if (sig && n >= 3 && src[0] == 0xef && src[1] == 0xbb && src[2] == 0xbf) src += 3, n -= 3;
    if (!lp_utf8_check((const char *)src, n, err)) return NULL;
    return copy_bytes(src, n, outlen);
}

static char *decode_ascii(const unsigned char *src, size_t n, size_t *outlen,
                          lp_decode_error_t *err)
{
    size_t i = ascii_run(src, n);
    if (i < n) {
        set_error(err, "ascii", src, n, i, i + 1, "ordinal not in range(128)");
        return NULL;
    }
    return copy_bytes(src, n, outlen);
}

/* The code point of byte [b] in single-byte codec [c] (latin-1 or charmap). */
static inline unsigned byte_code_point(const struct lp_codec *c, unsigned char b)
{
    if (c->kind == LP_CODEC_LATIN1) return b;
    if (b >= 0x80) return c->hi[b - 0x80];
    return c->lo ? c->lo[b] : b;
}

/* latin-1 and charmap: one pass to size the result (and find an undefined
 * byte), one to write it; every code point is in the BMP. */
static char *decode_single_byte(const struct lp_codec *c, const unsigned char *src, size_t n,
                                size_t *outlen, lp_decode_error_t *err)
{
    size_t len = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned cp = byte_code_point(c, src[i]);
        if (cp == LP_CODEC_UNDEFINED) {
            set_error(err, "charmap", src, n, i, i + 1, "character maps to <undefined>");
            return NULL;
        }
        len += cp < 0x80 ? 1 : cp < 0x800 ? 2 : 3;
    }
    unsigned char *out = lp_alloc_atomic(len + 1), *q = out;
    for (size_t i = 0; i < n; i++) {
        unsigned cp = byte_code_point(c, src[i]);
        if (cp < 0x80) {
            *q++ = (unsigned char)cp;
        } else if (cp < 0x800) {
            *q++ = (unsigned char)(0xc0 | cp >> 6);
            *q++ = (unsigned char)(0x80 | (cp & 0x3f));
        } else {
            *q++ = (unsigned char)(0xe0 | cp >> 12);
            *q++ = (unsigned char)(0x80 | (cp >> 6 & 0x3f));
            *q++ = (unsigned char)(0x80 | (cp & 0x3f));
        }
    }
    *q = '\0';
    if (outlen) *outlen = len;
    return (char *)out;
}

char *lp_codec_decode(const lp_codec_t *c, const char *src, size_t n, size_t *outlen,
                      lp_decode_error_t *err)
{
    const unsigned char *s = (const unsigned char *)src;
    switch (c->kind) {
    case LP_CODEC_UTF8: return decode_utf8(s, n, false, outlen, err);
    case LP_CODEC_UTF8_SIG: return decode_utf8(s, n, true, outlen, err);
    case LP_CODEC_ASCII: return decode_ascii(s, n, outlen, err);
    case LP_CODEC_LATIN1:
    case LP_CODEC_CHARMAP: return decode_single_byte(c, s, n, outlen, err);
    default: return NULL; /* unsupported codecs are never handed out */
    }
}
