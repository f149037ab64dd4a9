/* obj_str.h -- Python str: an immutable sequence of code points.
 *
 * Stored as CPython's PEP 393 does: one array of 1-, 2- or 4-byte units,
 * the narrowest that holds the largest code point, so len() and indexing
 * are O(1).  The hash is cached (-1: not yet computed), keyed and
 * randomised per process (PYTHONHASHSEED fixes it).  Read the code points
 * through lp_str_at (data is a pointer: usually to the object's own
 * inline_data, but `s += t` in a loop appends into a shared buffer, the way
 * CPython's in-place concatenation avoids quadratic time).  Exact ASCII str
 * objects with inline data are allocated atomic (the type pointer is
 * static); the others are scanned, as they may point to a cached UTF-8 copy
 * or a buffer; instances of str subclasses too (LP_TPF_STR_SUBCLASS).
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_OBJ_STR_H
#define LP_OBJ_STR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "object.h"

typedef struct lp_str {
    lp_object_t head;
    int64_t len;      /* code points */
    int64_t hash;     /* -1 until computed */
    uint8_t kind;     /* 1, 2 or 4 bytes per code point (the narrowest that fits) */
    uint8_t ascii;    /* every code point < 128 */
    uint8_t interned; /* the one object of its value in the intern table */
    uint8_t shared;   /* data is the prefix of an append buffer (obj_str.c), no NUL after */
    union {
        char *utf8;                /* !shared: the cached UTF-8 of a non-ASCII str, or NULL */
        struct lp_str_tail *tail;  /* shared: the append buffer's state */
    };
    char *data;         /* len * kind bytes: inline_data or another collected block */
    char inline_data[]; /* usually the data, then a NUL unit */
} lp_str_t;

static inline lp_str_t *lp_as_str(lp_value v)
{
    return (lp_str_t *)lp_as_ptr(v);
}

/* True when [v] is a str (or a str subclass instance): lp_type_str and
 * its subclasses carry LP_TPF_STR_SUBCLASS. */
static inline bool lp_str_check(lp_value v)
{
    return lp_is_ptr(v) && (lp_as_object(v)->type->flags & LP_TPF_STR_SUBCLASS);
}

/* The code point at [i] of [s] (0 <= i < len). */
static inline uint32_t lp_str_at(const lp_str_t *s, int64_t i)
{
    switch (s->kind) {
    case 1: return ((const uint8_t *)s->data)[i];
    case 2: return ((const uint16_t *)s->data)[i];
    default: return ((const uint32_t *)s->data)[i];
    }
}

/* ==== making ==== */

/* The str of the UTF-8 bytes [s][0..n); lone surrogates encoded as 3 bytes
 * (WTF-8, what the parser produces) are kept.  Malformed bytes (from the
 * OS, say) become U+DC80 + byte, as with errors='surrogateescape'. */
lp_value lp_str_from_utf8(const char *s, size_t n);
lp_value lp_str_from_cstr(const char *s);
/* The str of [n] code points [cps]. */
lp_value lp_str_from_codepoints(const uint32_t *cps, int64_t n);
/* The one-character str [cp] (cached for code points < 256). */
lp_value lp_str_from_char(uint32_t cp);
/* The decimal text of [i] as a str (str() of a small int, without GMP). */
lp_value lp_str_from_i64(int64_t i);
/* The empty string (a singleton). */
lp_value lp_str_empty(void);

/* The interned str equal to [s] (a str): `is`-identical for equal values. */
lp_value lp_str_intern(lp_value s);
lp_value lp_str_intern_cstr(const char *s);

/* ==== reading ==== */

/* [s] as UTF-8 (cached for non-ASCII), NUL-terminated; [*n] gets the byte
 * length when n is not NULL.  Lone surrogates come out as 3-byte sequences
 * (callers that print check lp_str_has_surrogates first). */
const char *lp_str_utf8(lp_value s, size_t *n);
bool lp_str_has_surrogates(lp_value s);
int64_t lp_str_len(lp_value s);

/* ==== operations (no raising unless stated) ==== */

int64_t lp_str_hash(lp_value s);
/* CPython's _Py_HashBytes: SipHash-1-3 of [n] bytes at [p] under the
 * process key (PYTHONHASHSEED), 0 for n == 0, never -1.  bytes hash with it. */
int64_t lp_hash_bytes(const void *p, size_t n);
/* SipHash-1-3 of [n] bytes at [p] under the key ([k0], [k1]), as a little
 * endian reading of the 64-bit result (the .pyc source hash uses it). */
uint64_t lp_siphash13(uint64_t k0, uint64_t k1, const void *p, size_t n);
bool lp_str_eq(lp_value a, lp_value b);
/* [a] < [b] etc. by code points: negative, zero or positive */
int lp_str_cmp(lp_value a, lp_value b);
bool lp_str_eq_cstr(lp_value s, const char *c);
lp_value lp_str_concat(lp_value a, lp_value b);
/* The [n] strs [items] concatenated ([sep] between them unless LP_NULL), in
 * one allocation: ''.join and f-strings (BUILD_STRING).  Raises TypeError
 * "sequence item 1: expected str instance, int found" for a non-str. */
lp_value lp_str_concat_array(const lp_value *items, int64_t n, lp_value sep);
/* s[start:stop] for 0 <= start <= stop <= len */
lp_value lp_str_substr(lp_value s, int64_t start, int64_t stop);
/* repr(s) as CPython writes it (quotes chosen, escapes) */
lp_value lp_str_repr(lp_value s);

/* ==== building strings piece by piece ==== */

typedef struct {
    uint32_t *cps; /* collected memory, atomic */
    int64_t len, cap;
} lp_strbuf_t;

void lp_strbuf_init(lp_strbuf_t *b);
void lp_strbuf_putc(lp_strbuf_t *b, uint32_t cp);
void lp_strbuf_puts(lp_strbuf_t *b, const char *utf8); /* NUL-terminated UTF-8 */
void lp_strbuf_put_str(lp_strbuf_t *b, lp_value s);
lp_value lp_strbuf_finish(lp_strbuf_t *b);

#endif
