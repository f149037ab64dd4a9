/* unicode.c -- character classes, UTF-8, NFKC and str repr, as CPython 3.11.
 *
 * The data live in unicode_db.c, generated from python3's unicodedata by
 * scripts/gen_unicode.py; this file only searches it.  Every class is a
 * sorted table of code point ranges searched by binary search, after a
 * one-byte lookup for ASCII, which is what the tokenizer meets nearly always.
 *
 * NFKC follows UAX #15: decompose every code point fully (mappings applied
 * recursively, Hangul syllables by arithmetic), sort each run of non-starters
 * by canonical combining class, then compose canonically (primary composites
 * only, composition exclusions having been left out of the pair table by the
 * generator).  A quick-check table of the code points that might change
 * anything lets already-normalised text, the common case, through unread.
 *
 * SPDX-License-Identifier: MIT
 */
#include "unicode.h"

#include <string.h>

#include "gc.h"

/* ==== character classes ==== */

/* Is [c] inside one of the ranges of [t]? */
static bool in_table(const lp_unicode_table_t *t, uint32_t c)
{
    size_t lo = 0, hi = t->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (c < t->ranges[mid].lo)
            hi = mid;
        else if (c > t->ranges[mid].hi)
            lo = mid + 1;
        else
            return true;
    }
    return false;
}

bool lp_unicode_is_id_start(uint32_t c)
{
    if (c < 128) return lp_unicode_ascii_flags[c] & LP_UNICODE_ID_START;
    return in_table(&lp_unicode_id_start, c);
}

bool lp_unicode_is_id_continue(uint32_t c)
{
    if (c < 128) return lp_unicode_ascii_flags[c] & LP_UNICODE_ID_CONTINUE;
    return in_table(&lp_unicode_id_continue, c);
}

bool lp_unicode_is_word(uint32_t c)
{
    if (c < 128) return lp_unicode_ascii_flags[c] & LP_UNICODE_WORD;
    return in_table(&lp_unicode_word, c);
}

bool lp_unicode_is_printable(uint32_t c)
{
    if (c < 128) return lp_unicode_ascii_flags[c] & LP_UNICODE_PRINTABLE;
    return in_table(&lp_unicode_printable, c);
}

bool lp_unicode_is_space(uint32_t c)
{
    if (c < 128) return lp_unicode_ascii_flags[c] & LP_UNICODE_SPACE;
    return in_table(&lp_unicode_space, c);
}

/* ==== UTF-8 ==== */

uint32_t lp_utf8_next(const char **p)
{
    const unsigned char *s = (const unsigned char *)*p;
    if (s[0] < 0x80) {
        *p += 1;
        return s[0];
    }
    if (s[0] < 0xE0) {
        *p += 2;
        return (uint32_t)(s[0] & 0x1F) << 6 | (s[1] & 0x3F);
    }
    if (s[0] < 0xF0) {
        *p += 3;
        return (uint32_t)(s[0] & 0x0F) << 12 | (uint32_t)(s[1] & 0x3F) << 6 | (s[2] & 0x3F);
    }
    *p += 4;
    return (uint32_t)(s[0] & 0x07) << 18 | (uint32_t)(s[1] & 0x3F) << 12 |
           (uint32_t)(s[2] & 0x3F) << 6 | (s[3] & 0x3F);
}

int lp_utf8_encode(uint32_t c, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (c < 0x80) {
        o[0] = (unsigned char)c;
        return 1;
    }
    if (c < 0x800) {
        o[0] = (unsigned char)(0xC0 | c >> 6);
        o[1] = (unsigned char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        o[0] = (unsigned char)(0xE0 | c >> 12);
        o[1] = (unsigned char)(0x80 | (c >> 6 & 0x3F));
        o[2] = (unsigned char)(0x80 | (c & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | c >> 18);
    o[1] = (unsigned char)(0x80 | (c >> 12 & 0x3F));
    o[2] = (unsigned char)(0x80 | (c >> 6 & 0x3F));
    o[3] = (unsigned char)(0x80 | (c & 0x3F));
    return 4;
}

size_t lp_utf8_length(const char *s, size_t n)
{
    size_t count = 0;
    for (size_t i = 0; i < n; i++)
        count += ((unsigned char)s[i] & 0xC0) != 0x80; /* skip continuation bytes */
    return count;
}

/* ==== NFKC: looking things up ==== */

/* Hangul syllables are decomposed and composed by arithmetic (Unicode standard, section 3.12). */
enum {
    S_BASE = 0xAC00, /* the first syllable, GA */
    L_BASE = 0x1100, /* leading consonants (choseong) */
    V_BASE = 0x1161, /* vowels (jungseong) */
    T_BASE = 0x11A7, /* one before the trailing consonants (jongseong) */
    L_COUNT = 19,
    V_COUNT = 21,
    T_COUNT = 28,                /* including "no trailing consonant" */
    N_COUNT = V_COUNT * T_COUNT, /* syllables per leading consonant */
    S_COUNT = L_COUNT * N_COUNT,
};

/* While normalising, a code point travels with its combining class in the top
 * byte, so that ordering and composition look the class up only once. */
#define CP_MASK 0x1FFFFFu
static inline uint32_t cp_of(uint32_t e)
{
    return e & CP_MASK;
}

static inline unsigned ccc_of(uint32_t e)
{
    return e >> 24;
}

/* The canonical combining class of [c]. */
static unsigned combining_class(uint32_t c)
{
    size_t lo = 0, hi = lp_unicode_ccc_count;
    if (c < 0x300) return 0; /* the first non-starter is U+0300 */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (c < lp_unicode_ccc[mid].lo)
            hi = mid;
        else if (c > lp_unicode_ccc[mid].hi)
            lo = mid + 1;
        else
            return lp_unicode_ccc[mid].ccc;
    }
    return 0;
}

/* Index of the entry whose key (its leading uint32_t cp) is [c] in the
 * [count] entries of [size] bytes at [base], sorted by key, or -1. */
static ptrdiff_t find_key(const void *base, size_t count, size_t size, uint32_t c)
{
    size_t lo = 0, hi = count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        uint32_t key = *(const uint32_t *)((const char *)base + mid * size);
        if (c < key)
            hi = mid;
        else if (c > key)
            lo = mid + 1;
        else
            return (ptrdiff_t)mid;
    }
    return -1;
}

/* The primary composite of [a] followed by [b], or 0 if there is none. */
static uint32_t compose_pair(uint32_t a, uint32_t b)
{
    if (a - L_BASE < L_COUNT && b - V_BASE < V_COUNT)
        return S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT;
    if (a - S_BASE < S_COUNT && (a - S_BASE) % T_COUNT == 0 && b - T_BASE - 1 < T_COUNT - 1)
        return a + (b - T_BASE);
    size_t lo = 0, hi = lp_unicode_comp_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const lp_unicode_comp_t *p = &lp_unicode_comp[mid];
        if (a < p->first || (a == p->first && b < p->second))
            hi = mid;
        else if (a > p->first || b > p->second)
            lo = mid + 1;
        else
            return p->composite;
    }
    return 0;
}

/* ==== NFKC: the three steps ==== */

/* A growable array of code points, each tagged with its class (see cp_of). */
typedef struct {
    uint32_t *v;
    size_t len, cap;
} cpbuf;

static void push(cpbuf *b, uint32_t c)
{
    if (b->len == b->cap) {
        b->cap = 2 * b->cap + 16;
        b->v = lp_realloc(b->v, b->cap * sizeof *b->v);
    }
    b->v[b->len++] = c | (uint32_t)combining_class(c) << 24;
}

/* Appends the full compatibility decomposition of [c] to [b], unordered. */
static void decompose(cpbuf *b, uint32_t c)
{
    if (c - S_BASE < S_COUNT) {
        uint32_t s = c - S_BASE;
        push(b, L_BASE + s / N_COUNT);
        push(b, V_BASE + s % N_COUNT / T_COUNT);
        if (s % T_COUNT) push(b, T_BASE + s % T_COUNT);
        return;
    }
    if (c >= 0xA0) { /* the first code point with a mapping is U+00A0 */
        ptrdiff_t i =
            find_key(lp_unicode_decomp1, lp_unicode_decomp1_count, sizeof lp_unicode_decomp1[0], c);
        if (i >= 0) {
            decompose(b, lp_unicode_decomp1[i].to);
            return;
        }
        i = find_key(lp_unicode_decomp, lp_unicode_decomp_count, sizeof lp_unicode_decomp[0], c);
        if (i >= 0) {
            const lp_unicode_decomp_t *d = &lp_unicode_decomp[i];
            for (unsigned k = 0; k < d->len; k++)
                decompose(b, lp_unicode_decomp_pool[d->start + k]);
            return;
        }
    }
    push(b, c);
}

/* Sorts the [n] non-starters at [run] by class, keeping equal classes in
 * order: insertion sort for the usual short runs, counting sort for long ones. */
static void sort_run(uint32_t *run, size_t n)
{
    if (n <= 16) {
        for (size_t i = 1; i < n; i++) {
            uint32_t e = run[i];
            size_t j = i;
            for (; j > 0 && ccc_of(run[j - 1]) > ccc_of(e); j--)
                run[j] = run[j - 1];
            run[j] = e;
        }
        return;
    }
    size_t start[257] = {0};
    uint32_t *tmp = lp_alloc_atomic(n * sizeof *tmp);
    for (size_t i = 0; i < n; i++)
        start[ccc_of(run[i]) + 1]++;
    for (int k = 1; k <= 256; k++)
        start[k] += start[k - 1];
    for (size_t i = 0; i < n; i++)
        tmp[start[ccc_of(run[i])]++] = run[i];
    memcpy(run, tmp, n * sizeof *tmp);
}

/* Puts [b] in canonical order: each maximal run of non-starters sorted. */
static void canonical_order(cpbuf *b)
{
    size_t i = 0;
    while (i < b->len) {
        if (ccc_of(b->v[i]) == 0) {
            i++;
            continue;
        }
        size_t j = i;
        while (j < b->len && ccc_of(b->v[j]) != 0)
            j++;
        if (j - i > 1) sort_run(b->v + i, j - i);
        i = j;
    }
}

/* Canonical composition of [b], in place.  Each code point combines with the
 * last starter unless blocked: something left between them has class 0 or a
 * class at least its own. */
static void canonical_compose(cpbuf *b)
{
    size_t out = 0, starter = SIZE_MAX;
    unsigned last_ccc = 0; /* class of b->v[out - 1] */
    for (size_t i = 0; i < b->len; i++) {
        uint32_t e = b->v[i];
        unsigned ccc = ccc_of(e);
        bool adjacent = starter != SIZE_MAX && starter == out - 1;
        if (starter != SIZE_MAX && (adjacent || (last_ccc != 0 && last_ccc < ccc))) {
            uint32_t composite = compose_pair(cp_of(b->v[starter]), cp_of(e));
            if (composite) {
                b->v[starter] = composite; /* a starter: class 0 */
                continue;
            }
        }
        if (ccc == 0) starter = out;
        last_ccc = ccc;
        b->v[out++] = e;
    }
    b->len = out;
}

/* ==== NFKC: the entry point ==== */

/* Could NFKC change the [n] bytes at [s]?  False means they are surely NFKC. */
static bool may_change(const char *s, size_t n)
{
    const char *p = s, *end = s + n;
    while (p < end) {
        if ((unsigned char)*p < 0x80) {
            p++;
            continue;
        }
        if (in_table(&lp_unicode_nfkc_unsafe, lp_utf8_next(&p))) return true;
    }
    return false;
}

const char *lp_unicode_nfkc(const char *s, size_t n, size_t *outlen)
{
    *outlen = n;
    if (!may_change(s, n)) return s;
    cpbuf b = {lp_alloc_atomic((n + 16) * sizeof(uint32_t)), 0, n + 16};
    for (const char *p = s; p < s + n;)
        decompose(&b, lp_utf8_next(&p));
    canonical_order(&b);
    canonical_compose(&b);
    size_t len = 0;
    char tmp[4];
    for (size_t i = 0; i < b.len; i++)
        len += lp_utf8_encode(cp_of(b.v[i]), tmp);
    char *out = lp_alloc_atomic(len + 1), *o = out;
    for (size_t i = 0; i < b.len; i++)
        o += lp_utf8_encode(cp_of(b.v[i]), o);
    *o = '\0';
    if (len == n && memcmp(out, s, n) == 0) return s;
    *outlen = len;
    return out;
}

/* ==== repr ==== */

static const char hexdigits[] = "0123456789abcdef";

/* Writes a backslash, [kind] and the low [digits] hex digits of [c] at [o]. */
static char *hex_escape(char *o, char kind, uint32_t c, int digits)
{
    *o++ = '\\';
    *o++ = kind;
    for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4)
        *o++ = hexdigits[c >> shift & 0xF];
    return o;
}

/* Writes the repr of the one character [c], whose UTF-8 is [src][0..len), at [o]. */
static char *repr_char(char *o, uint32_t c, char quote, const char *src, size_t len)
{
    if (c == (uint32_t)quote || c == '\\') {
        *o++ = '\\';
        *o++ = (char)c;
    } else if (c == '\t' || c == '\n' || c == '\r') {
        *o++ = '\\';
        *o++ = c == '\t' ? 't' : c == '\n' ? 'n' : 'r';
    } else if (c < 0x20 || c == 0x7F) {
        o = hex_escape(o, 'x', c, 2);
    } else if (c < 0x7F || lp_unicode_is_printable(c)) {
        memcpy(o, src, len);
        o += len;
    } else if (c <= 0xFF) {
        o = hex_escape(o, 'x', c, 2);
    } else if (c <= 0xFFFF) {
        o = hex_escape(o, 'u', c, 4);
    } else {
        o = hex_escape(o, 'U', c, 8);
    }
    return o;
}

size_t lp_unicode_repr(const char *s, size_t n, char *out)
{
    /* CPython's choice: single quotes unless the text has ' and no ". */
    char quote = memchr(s, '\'', n) && !memchr(s, '"', n) ? '"' : '\'';
    char *o = out;
    *o++ = quote;
    for (const char *p = s; p < s + n;) {
        const char *start = p;
        uint32_t c = lp_utf8_next(&p);
        o = repr_char(o, c, quote, start, (size_t)(p - start));
    }
    *o++ = quote;
    return (size_t)(o - out);
}
