/* obj_str.c -- Python str: storage, interning, hashing, repr and the type.
 *
 * Storage is PEP 393's: the code points in one array of 1-, 2- or 4-byte
 * units, always the narrowest kind that holds the largest one, so two equal
 * strings have equal kinds and equal bytes.  An ASCII string's data is also
 * its UTF-8; any other string converts once on demand and keeps the result
 * in its utf8 field (so such strings are allocated scanned, ASCII ones
 * atomic).  Long concatenation results share append buffers (see "append
 * buffers" below), which makes `s += t` in a loop linear.
 *
 * Hashing is CPython 3.11's exactly: SipHash-1-3 over the kind*len bytes of
 * the data, keyed from PYTHONHASHSEED (0: a zero key; n: CPython's linear
 * congruential expansion of n; unset or "random": the OS's random bytes).
 *
 * The methods live in obj_str_methods.c (searching, splitting, padding),
 * obj_str_case.c (case, classes, translate) and obj_str_codec.c (encode,
 * decode, str()); the format mini-language and str.format in strformat.c,
 * `%` in strformat_percent.c.
 *
 * SPDX-License-Identifier: MIT
 */
#include "obj_str.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

#include "error.h"
#include "container.h"
#include "gc.h"
#include "obj_str_internal.h"
#include "ops.h"
#include "types.h"
#include "unicode.h"

/* ==== allocation ==== */

lp_str_t *lp_str_alloc(int64_t len, int kind)
{
    size_t size = offsetof(lp_str_t, inline_data) + (size_t)(len + 1) * (size_t)kind;
    lp_str_t *s = lp_alloc(size); /* scanned: utf8 may point to a cached copy */
    s->head.type = &lp_type_str;
    s->len = len;
    s->hash = -1;
    s->kind = (uint8_t)kind;
    s->ascii = 0;
    s->interned = 0;
    s->shared = 0;
    s->utf8 = NULL;
    s->data = s->inline_data;
    memset(s->data + (size_t)len * kind, 0, (size_t)kind);
    return s;
}

lp_str_t *lp_str_alloc_ascii(int64_t len)
{
    lp_str_t *s = lp_alloc_atomic(offsetof(lp_str_t, inline_data) + (size_t)len + 1);
    s->head.type = &lp_type_str;
    s->len = len;
    s->hash = -1;
    s->kind = 1;
    s->ascii = 1;
    s->interned = 0;
    s->shared = 0;
    s->utf8 = NULL;
    s->data = s->inline_data;
    memset(s->inline_data + len, 0, 1);
    return s;
}

/* A str of [len] ASCII bytes at [p]. */
static lp_value str_from_ascii(const char *p, int64_t len)
{
    lp_str_t *s = lp_str_alloc_ascii(len);
    memcpy(s->data, p, (size_t)len);
    return lp_from_ptr(s);
}

int lp_str_kind_for(uint32_t maxc)
{
    return maxc < 256 ? 1 : maxc < 65536 ? 2 : 4;
}

static void str_detach(lp_str_t *s);

/* ==== making ==== */

static lp_value str_empty;
static lp_value str_chars[256];

lp_value lp_str_empty(void)
{
    if (!str_empty) str_empty = str_from_ascii("", 0);
    return str_empty;
}

lp_value lp_str_from_codepoints(const uint32_t *cps, int64_t n)
{
    if (n == 0) return lp_str_empty();
    if (n == 1 && cps[0] < 256) return lp_str_from_char(cps[0]);
    uint32_t maxc = 0;
    for (int64_t i = 0; i < n; i++)
        if (cps[i] > maxc) maxc = cps[i];
    if (maxc < 128) {
        lp_str_t *s = lp_str_alloc_ascii(n);
        for (int64_t i = 0; i < n; i++) s->data[i] = (char)cps[i];
        return lp_from_ptr(s);
    }
    lp_str_t *s = lp_str_alloc(n, lp_str_kind_for(maxc));
    for (int64_t i = 0; i < n; i++) lp_str_put(s, i, cps[i]);
    return lp_from_ptr(s);
}

lp_value lp_str_from_char(uint32_t cp)
{
    if (cp < 256) {
        if (!str_chars[cp]) {
            if (cp < 128) {
                char c = (char)cp;
                str_chars[cp] = str_from_ascii(&c, 1);
            } else {
                lp_str_t *s = lp_str_alloc(1, 1);
                lp_str_put(s, 0, cp);
                str_chars[cp] = lp_from_ptr(s);
            }
        }
        return str_chars[cp];
    }
    lp_str_t *s = lp_str_alloc(1, lp_str_kind_for(cp));
    lp_str_put(s, 0, cp);
    return lp_from_ptr(s);
}

/* The length of the well-formed (WTF-8: surrogates allowed) sequence at
 * [p] with [avail] bytes left, or 0 when it is malformed. */
static int wtf8_len(const unsigned char *p, size_t avail)
{
    unsigned c = p[0];
    int n = c < 0x80 ? 1 : c < 0xC2 ? 0 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 0;
    if (n == 0 || (size_t)n > avail) return 0;
    for (int i = 1; i < n; i++)
        if ((p[i] & 0xC0) != 0x80) return 0;
    if (n == 3 && c == 0xE0 && p[1] < 0xA0) return 0; /* overlong */
    if (n == 4 && ((c == 0xF0 && p[1] < 0x90) || (c == 0xF4 && p[1] > 0x8F))) return 0;
    return n;
}

/* The next code point of [*p] (before [end]), advancing it; a malformed
 * byte becomes U+DC80 + byte, as the surrogateescape handler does. */
static uint32_t next_cp(const char **p, const char *end)
{
    const unsigned char *u = (const unsigned char *)*p;
    int n = wtf8_len(u, (size_t)(end - *p));
    if (n == 0) {
        *p += 1;
        return 0xDC00 + u[0];
    }
    return lp_utf8_next(p);
}

lp_value lp_str_from_utf8(const char *p, size_t n)
{
    size_t i = 0;
    while (i < n && !(p[i] & 0x80)) i++;
    if (i == n) {
        if (n == 0) return lp_str_empty();
        if (n == 1) return lp_str_from_char((unsigned char)p[0]);
        return str_from_ascii(p, (int64_t)n);
    }
    /* count code points and find the widest */
    uint32_t maxc = 0;
    int64_t len = 0;
    const char *end = p + n;
    for (const char *q = p; q < end; len++) {
        uint32_t c = next_cp(&q, end);
        if (c > maxc) maxc = c;
    }
    lp_str_t *s = lp_str_alloc(len, lp_str_kind_for(maxc));
    const char *q = p;
    for (int64_t k = 0; k < len; k++) lp_str_put(s, k, next_cp(&q, end));
    return lp_from_ptr(s);
}

lp_value lp_str_from_i64(int64_t i)
{
    if (i >= 0 && i < 10) return lp_str_from_char('0' + (uint32_t)i);
    char buf[24], *p = buf + sizeof buf;
    uint64_t u = i < 0 ? 0 - (uint64_t)i : (uint64_t)i;
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (i < 0) *--p = '-';
    return str_from_ascii(p, buf + sizeof buf - p);
}

lp_value lp_str_from_cstr(const char *s)
{
    return lp_str_from_utf8(s, strlen(s));
}

/* ==== reading ==== */

const char *lp_str_utf8(lp_value v, size_t *n)
{
    lp_str_t *s = lp_as_str(v);
    if (s->shared) str_detach(s);
    if (s->ascii) {
        if (n) *n = (size_t)s->len;
        return s->data;
    }
    if (!s->utf8) {
        char *out = lp_alloc_atomic((size_t)s->len * 4 + 1), *o = out;
        for (int64_t i = 0; i < s->len; i++) o += lp_utf8_encode(lp_str_at(s, i), o);
        *o = 0;
        s->utf8 = out;
    }
    if (n) { /* the length, NULs inside and all */
        size_t len = 0;
        for (int64_t i = 0; i < s->len; i++) {
            uint32_t c = lp_str_at(s, i);
            len += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        }
        *n = len;
    }
    return s->utf8;
}

bool lp_str_has_surrogates(lp_value v)
{
    lp_str_t *s = lp_as_str(v);
    if (s->kind == 1) return false;
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = lp_str_at(s, i);
        if (c >= 0xD800 && c <= 0xDFFF) return true;
    }
    return false;
}

int64_t lp_str_len(lp_value s)
{
    return lp_as_str(s)->len;
}

/* ==== hashing: SipHash-1-3, as CPython 3.11's Python/pyhash.c ==== */

static uint64_t hash_k0, hash_k1;
static bool hash_ready;

/* CPython's key from a PYTHONHASHSEED integer: its 24-byte secret filled by
 * an LCG (x = x * 214013 + 2531011, byte = x >> 16), siphash keys first. */
static void hash_key_from_seed(uint32_t seed)
{
    unsigned char buf[24];
    uint32_t x = seed;
    for (int i = 0; i < 24; i++) {
        x = x * 214013u + 2531011u;
        buf[i] = (unsigned char)((x >> 16) & 0xff);
    }
    memcpy(&hash_k0, buf, 8);
    memcpy(&hash_k1, buf + 8, 8);
}

static void hash_init(void)
{
    const char *seed = getenv("PYTHONHASHSEED");
    hash_ready = true;
    if (seed && *seed && strcmp(seed, "random") != 0) {
        char *end;
        unsigned long long v = strtoull(seed, &end, 10);
        if (*end || v > 4294967295ull) { /* CPython refuses to start */
            fputs("Fatal Python error: config_init_hash_seed: PYTHONHASHSEED must be \"random\" "
                  "or an integer in range [0; 4294967295]\nPython runtime state: preinitialized\n\n",
                  stderr);
            exit(1);
        }
        if (v == 0) hash_k0 = hash_k1 = 0;
        else hash_key_from_seed((uint32_t)v);
        return;
    }
    uint64_t k[2] = { 0, 0 };
    if (getrandom(k, sizeof k, 0) != (ssize_t)sizeof k) {
        FILE *f = fopen("/dev/urandom", "rb");
        if (!f || fread(k, sizeof k, 1, f) != 1) lp_fatal("cannot read random bytes for hashing");
        fclose(f);
    }
    hash_k0 = k[0];
    hash_k1 = k[1];
}

#define ROTL(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))
#define SIPROUND                                                                                   \
    do {                                                                                           \
        v0 += v1; v1 = ROTL(v1, 13); v1 ^= v0; v0 = ROTL(v0, 32);                                  \
        v2 += v3; v3 = ROTL(v3, 16); v3 ^= v2;                                                     \
        v0 += v3; v3 = ROTL(v3, 21); v3 ^= v0;                                                     \
        v2 += v1; v1 = ROTL(v1, 17); v1 ^= v2; v2 = ROTL(v2, 32);                                  \
    } while (0)

/* SipHash-1-3 of [n] bytes at [src] under the key (k0, k1). */
static uint64_t siphash13(uint64_t k0, uint64_t k1, const unsigned char *in, size_t n)
{
    uint64_t b = (uint64_t)n << 56;
    uint64_t v0 = k0 ^ 0x736f6d6570736575ULL, v1 = k1 ^ 0x646f72616e646f6dULL;
    uint64_t v2 = k0 ^ 0x6c7967656e657261ULL, v3 = k1 ^ 0x7465646279746573ULL;
    for (; n >= 8; n -= 8, in += 8) {
        uint64_t m;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        memcpy(&m, in, 8);
#else
        m = 0;
        for (int i = 7; i >= 0; i--) m = (m << 8) | in[i];
#endif
        v3 ^= m;
        SIPROUND;
        v0 ^= m;
    }
    uint64_t t = 0;
    for (size_t i = 0; i < n; i++) t |= (uint64_t)in[i] << (8 * i);
    b |= t;
    v3 ^= b;
    SIPROUND;
    v0 ^= b;
    v2 ^= 0xff;
    SIPROUND;
    SIPROUND;
    SIPROUND;
    return (v0 ^ v1) ^ (v2 ^ v3);
}

uint64_t lp_siphash13(uint64_t k0, uint64_t k1, const void *p, size_t n)
{
    return siphash13(k0, k1, p, n);
}

int64_t lp_hash_bytes(const void *p, size_t n)
{
    if (n == 0) return 0;
    if (!hash_ready) hash_init();
    int64_t h = (int64_t)siphash13(hash_k0, hash_k1, p, n);
    return h == -1 ? -2 : h;
}

int64_t lp_str_hash(lp_value v)
{
    lp_str_t *s = lp_as_str(v);
    if (s->hash == -1) s->hash = lp_hash_bytes(s->data, (size_t)s->len * s->kind);
    return s->hash;
}

/* ==== comparing ==== */

bool lp_str_eq(lp_value a, lp_value b)
{
    if (a == b) return true;
    lp_str_t *x = lp_as_str(a), *y = lp_as_str(b);
    if (x->len != y->len || x->kind != y->kind) return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) return false;
    return memcmp(x->data, y->data, (size_t)x->len * x->kind) == 0;
}

int lp_str_cmp(lp_value a, lp_value b)
{
    lp_str_t *x = lp_as_str(a), *y = lp_as_str(b);
    int64_t n = x->len < y->len ? x->len : y->len;
    if (x->kind == 1 && y->kind == 1) {
        int r = memcmp(x->data, y->data, (size_t)n);
        if (r) return r;
    } else {
        for (int64_t i = 0; i < n; i++) {
            uint32_t c = lp_str_at(x, i), d = lp_str_at(y, i);
            if (c != d) return c < d ? -1 : 1;
        }
    }
    return x->len < y->len ? -1 : x->len > y->len;
}

bool lp_str_eq_cstr(lp_value v, const char *c)
{
    lp_str_t *s = lp_as_str(v);
    size_t n = strlen(c);
    if (s->ascii) return (size_t)s->len == n && memcmp(s->data, c, n) == 0;
    size_t m;
    const char *u = lp_str_utf8(v, &m);
    return m == n && memcmp(u, c, n) == 0;
}

/* ==== append buffers: `s += t` in amortised linear time ==== */

/* CPython makes `s += t` cheap by resizing s in place when nothing else
 * refers to it.  Without reference counts lemonpy cannot know that, so it
 * shares instead: a long concatenation result is cut from an append buffer
 * with room to spare, and concatenating onto the string that ends at the
 * buffer's high-water mark writes the new code points in place and makes a
 * new small header over the longer prefix.  Older strings over the same
 * buffer keep their shorter lengths, so nobody sees a change.  A str is
 * "detached" (given its own NUL-terminated copy) when C code asks for its
 * UTF-8. */

struct lp_str_tail {
    char *buf;    /* base of the buffer (atomic), buf == data of its strings */
    int64_t used; /* code points written so far (the longest string's len) */
    int64_t cap;  /* code points that fit */
};

#define SHARE_MIN 64 /* shorter results are copied as usual */

void lp_str_copy_units(char *dst, int kind, const lp_str_t *src, int64_t start, int64_t n)
{
    if (src->kind == kind) {
        memcpy(dst, src->data + (size_t)start * kind, (size_t)n * kind);
        return;
    }
    for (int64_t i = 0; i < n; i++) {
        uint32_t c = lp_str_at(src, start + i);
        if (kind == 1) ((uint8_t *)dst)[i] = (uint8_t)c;
        else if (kind == 2) ((uint16_t *)dst)[i] = (uint16_t)c;
        else ((uint32_t *)dst)[i] = c;
    }
}

/* Copies all the code points of [src] into [dst] of [kind] bytes a unit. */
static void units_copy(char *dst, int kind, const lp_str_t *src)
{
    lp_str_copy_units(dst, kind, src, 0, src->len);
}

/* A new str header over the first [n] code points of [t]'s buffer. */
static lp_value shared_str(struct lp_str_tail *t, int64_t n, int kind, bool ascii)
{
    lp_str_t *s = lp_alloc(sizeof(lp_str_t));
    s->head.type = &lp_type_str;
    s->len = n;
    s->hash = -1;
    s->kind = (uint8_t)kind;
    s->ascii = ascii;
    s->interned = 0;
    s->shared = 1;
    s->tail = t;
    s->data = t->buf;
    return lp_from_ptr(s);
}

/* x + y when the result is long: append in place when x is a buffer's
 * tip, else start a new buffer with room to spare. */
static lp_value concat_shared(const lp_str_t *x, const lp_str_t *y, int64_t n)
{
    int kind = x->kind > y->kind ? x->kind : y->kind;
    bool ascii = x->ascii && y->ascii;
    struct lp_str_tail *t = x->shared ? x->tail : NULL;
    if (t && t->used == x->len && x->kind == kind && n <= t->cap) {
        units_copy(t->buf + (size_t)x->len * kind, kind, y);
        t->used = n;
        return shared_str(t, n, kind, ascii);
    }
    t = lp_alloc(sizeof *t);
    /* a tip that ran out of room doubles; a fresh buffer gets a quarter
     * more, in case this is the first of many appends */
    t->cap = x->shared && x->tail->used == x->len ? n * 2 : n + n / 4 + 8;
    t->buf = lp_alloc_atomic((size_t)t->cap * kind);
    units_copy(t->buf, kind, x);
    units_copy(t->buf + (size_t)x->len * kind, kind, y);
    t->used = n;
    return shared_str(t, n, kind, ascii);
}

/* Gives the shared [s] its own NUL-terminated copy of its code points. */
static void str_detach(lp_str_t *s)
{
    size_t bytes = (size_t)s->len * s->kind;
    char *d = lp_alloc_atomic(bytes + s->kind);
    memcpy(d, s->data, bytes);
    memset(d + bytes, 0, s->kind);
    s->data = d;
    s->shared = 0;
    s->utf8 = NULL;
}

/* ==== building from pieces ==== */

lp_value lp_str_concat(lp_value a, lp_value b)
{
    lp_str_t *x = lp_as_str(a), *y = lp_as_str(b);
    if (y->len == 0 && lp_type_of(a) == &lp_type_str) return a;
    if (x->len == 0 && lp_type_of(b) == &lp_type_str) return b;
    int64_t n = x->len + y->len;
    if (n < x->len) lp_raise(&lp_exc_OverflowError, "strings are too large to concat");
    if (n >= SHARE_MIN) return concat_shared(x, y, n);
    if (x->ascii && y->ascii) {
        char *tmp = lp_alloc_atomic((size_t)n);
        memcpy(tmp, x->data, (size_t)x->len);
        memcpy(tmp + x->len, y->data, (size_t)y->len);
        return str_from_ascii(tmp, n);
    }
    int kind = x->kind > y->kind ? x->kind : y->kind;
    lp_str_t *s = lp_str_alloc(n, kind);
    if (x->kind == kind && y->kind == kind) {
        memcpy(s->data, x->data, (size_t)x->len * kind);
        memcpy(s->data + (size_t)x->len * kind, y->data, (size_t)y->len * kind);
    } else {
        for (int64_t i = 0; i < x->len; i++) lp_str_put(s, i, lp_str_at(x, i));
        for (int64_t i = 0; i < y->len; i++) lp_str_put(s, x->len + i, lp_str_at(y, i));
    }
    return lp_from_ptr(s);
}

lp_value lp_str_exact(lp_value v)
{
    if (lp_type_of(v) == &lp_type_str) return v;
    lp_str_t *s = lp_as_str(v);
    if (s->len <= 1) return lp_str_substr(v, 0, s->len);
    lp_str_t *r = s->ascii ? lp_as_str(str_from_ascii(s->data, s->len)) : lp_str_alloc(s->len, s->kind);
    if (!s->ascii) memcpy(r->data, s->data, (size_t)s->len * s->kind);
    return lp_from_ptr(r);
}

lp_value lp_str_substr(lp_value v, int64_t start, int64_t stop)
{
    lp_str_t *s = lp_as_str(v);
    if (start == 0 && stop == s->len && lp_type_of(v) == &lp_type_str) return v;
    int64_t n = stop - start;
    if (n <= 0) return lp_str_empty();
    if (n == 1) return lp_str_from_char(lp_str_at(s, start));
    if (s->ascii) return str_from_ascii(s->data + start, n);
    uint32_t maxc = 0;
    for (int64_t i = start; i < stop; i++) {
        uint32_t c = lp_str_at(s, i);
        if (c > maxc) maxc = c;
    }
    int kind = lp_str_kind_for(maxc);
    if (maxc < 128) {
        char *tmp = lp_alloc_atomic((size_t)n);
        for (int64_t i = 0; i < n; i++) tmp[i] = (char)lp_str_at(s, start + i);
        return str_from_ascii(tmp, n);
    }
    lp_str_t *r = lp_str_alloc(n, kind);
    if (kind == s->kind) memcpy(r->data, s->data + (size_t)start * kind, (size_t)n * kind);
    else for (int64_t i = 0; i < n; i++) lp_str_put(r, i, lp_str_at(s, start + i));
    return lp_from_ptr(r);
}

/* ==== the string builder ==== */

void lp_strbuf_init(lp_strbuf_t *b)
{
    b->cps = NULL;
    b->len = b->cap = 0;
}

/* Makes room for [extra] more code points in [b]. */
void lp_strbuf_reserve(lp_strbuf_t *b, int64_t extra)
{
    if (b->len + extra <= b->cap) return;
    int64_t cap = b->cap ? b->cap * 2 : 32;
    while (cap < b->len + extra) cap *= 2;
    uint32_t *n = lp_alloc_atomic((size_t)cap * sizeof(uint32_t));
    if (b->len) memcpy(n, b->cps, (size_t)b->len * sizeof(uint32_t));
    b->cps = n;
    b->cap = cap;
}

void lp_strbuf_putc(lp_strbuf_t *b, uint32_t cp)
{
    if (b->len == b->cap) lp_strbuf_reserve(b, 1);
    b->cps[b->len++] = cp;
}

void lp_strbuf_puts(lp_strbuf_t *b, const char *utf8)
{
    const char *end = utf8 + strlen(utf8);
    while (utf8 < end) {
        if (!(*utf8 & 0x80)) lp_strbuf_putc(b, (unsigned char)*utf8++);
        else lp_strbuf_putc(b, next_cp(&utf8, end));
    }
}

void lp_strbuf_put_str(lp_strbuf_t *b, lp_value v)
{
    lp_str_t *s = lp_as_str(v);
    lp_strbuf_reserve(b, s->len);
    uint32_t *o = b->cps + b->len;
    if (s->kind == 1)
        for (int64_t i = 0; i < s->len; i++) o[i] = ((const uint8_t *)s->data)[i];
    else
        for (int64_t i = 0; i < s->len; i++) o[i] = lp_str_at(s, i);
    b->len += s->len;
}

lp_value lp_strbuf_finish(lp_strbuf_t *b)
{
    lp_value s = lp_str_from_codepoints(b->cps, b->len);
    lp_strbuf_init(b);
    return s;
}

/* ==== interning: an open-addressing set of str values ==== */

static lp_value *intern_tab; /* collected memory; the static pointer keeps it alive */
static int64_t intern_cap, intern_count;

/* Inserts [s] into the table [tab] of [cap] slots (there is room). */
static void intern_insert(lp_value *tab, int64_t cap, lp_value s)
{
    uint64_t i = (uint64_t)lp_str_hash(s) & (uint64_t)(cap - 1);
    while (tab[i]) i = (i + 1) & (uint64_t)(cap - 1);
    tab[i] = s;
}

static void intern_grow(void)
{
    int64_t cap = intern_cap ? intern_cap * 2 : 1024;
    lp_value *tab = lp_alloc((size_t)cap * sizeof(lp_value));
    for (int64_t i = 0; i < intern_cap; i++)
        if (intern_tab[i]) intern_insert(tab, cap, intern_tab[i]);
    intern_tab = tab;
    intern_cap = cap;
}

lp_value lp_str_intern(lp_value v)
{
    if (lp_as_str(v)->interned) return v;
    if ((intern_count + 1) * 2 > intern_cap) intern_grow();
    uint64_t mask = (uint64_t)(intern_cap - 1);
    for (uint64_t i = (uint64_t)lp_str_hash(v) & mask;; i = (i + 1) & mask) {
        lp_value t = intern_tab[i];
        if (!t) break;
        if (lp_str_eq(t, v)) return t;
    }
    v = lp_str_exact(v);
    lp_as_str(v)->interned = 1;
    intern_insert(intern_tab, intern_cap, v);
    intern_count++;
    return v;
}

lp_value lp_str_intern_cstr(const char *s)
{
    return lp_str_intern(lp_str_from_cstr(s));
}

/* ==== repr ==== */

/* Appends \<c> and [digits] lowercase hex digits of [v] to [b]. */
static void put_hex_escape(lp_strbuf_t *b, char c, uint32_t v, int digits)
{
    static const char hex[] = "0123456789abcdef";
    lp_strbuf_putc(b, '\\');
    lp_strbuf_putc(b, (unsigned char)c);
    for (int i = digits - 1; i >= 0; i--) lp_strbuf_putc(b, (unsigned char)hex[(v >> (4 * i)) & 15]);
}

/* repr() of an ASCII str: two passes over the bytes, one allocation. */
static lp_value ascii_repr(const lp_str_t *s, char quote)
{
    static const char hex[] = "0123456789abcdef";
    int64_t n = 2;
    for (int64_t i = 0; i < s->len; i++) {
        unsigned char c = (unsigned char)s->data[i];
        n += c == quote || c == '\\' || c == '\t' || c == '\n' || c == '\r' ? 2
             : c < ' ' || c == 0x7f ? 4 : 1;
    }
    lp_str_t *r = lp_str_alloc_ascii(n);
    char *d = r->data;
    *d++ = quote;
    for (int64_t i = 0; i < s->len; i++) {
        unsigned char c = (unsigned char)s->data[i];
        if (c == quote || c == '\\') *d++ = '\\', *d++ = (char)c;
        else if (c == '\t') *d++ = '\\', *d++ = 't';
        else if (c == '\n') *d++ = '\\', *d++ = 'n';
        else if (c == '\r') *d++ = '\\', *d++ = 'r';
        else if (c < ' ' || c == 0x7f) *d++ = '\\', *d++ = 'x', *d++ = hex[c >> 4], *d++ = hex[c & 15];
        else *d++ = (char)c;
    }
    *d = quote;
    return lp_from_ptr(r);
}

lp_value lp_str_repr(lp_value v)
{
    lp_str_t *s = lp_as_str(v);
    bool sq = false, dq = false;
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = lp_str_at(s, i);
        if (c == '\'') sq = true;
        else if (c == '"') dq = true;
    }
    uint32_t quote = sq && !dq ? '"' : '\'';
    if (s->ascii) return ascii_repr(s, (char)quote);
    lp_strbuf_t b;
    lp_strbuf_init(&b);
    lp_strbuf_reserve(&b, s->len + 2);
    lp_strbuf_putc(&b, quote);
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = lp_str_at(s, i);
        if (c == quote || c == '\\') {
            lp_strbuf_putc(&b, '\\');
            lp_strbuf_putc(&b, c);
        } else if (c == '\t') lp_strbuf_puts(&b, "\\t");
        else if (c == '\n') lp_strbuf_puts(&b, "\\n");
        else if (c == '\r') lp_strbuf_puts(&b, "\\r");
        else if (c < ' ' || c == 0x7f) put_hex_escape(&b, 'x', c, 2);
        else if (c < 0x7f || lp_unicode_is_printable(c)) lp_strbuf_putc(&b, c);
        else if (c <= 0xff) put_hex_escape(&b, 'x', c, 2);
        else if (c <= 0xffff) put_hex_escape(&b, 'u', c, 4);
        else put_hex_escape(&b, 'U', c, 8);
    }
    lp_strbuf_putc(&b, quote);
    return lp_strbuf_finish(&b);
}

/* ==== the type's slots ==== */

static lp_value str_repr(lp_value self)
{
    return lp_str_repr(self);
}

static lp_value str_str(lp_value self)
{
    return lp_str_exact(self);
}

static int64_t str_hash(lp_value self)
{
    return lp_str_hash(self);
}

static lp_value str_compare(lp_value a, lp_value b, lp_cmpop_t op)
{
    if (!lp_str_check(a) || !lp_str_check(b)) return LP_NOTIMPLEMENTED;
    if (op == LP_EQ) return lp_bool(lp_str_eq(a, b));
    if (op == LP_NE) return lp_bool(!lp_str_eq(a, b));
    int c = lp_str_cmp(a, b);
    switch (op) {
    case LP_LT: return lp_bool(c < 0);
    case LP_LE: return lp_bool(c <= 0);
    case LP_GT: return lp_bool(c > 0);
    default: return lp_bool(c >= 0);
    }
}

static int64_t str_len(lp_value self)
{
    return lp_as_str(self)->len;
}

static lp_value str_getitem(lp_value self, lp_value key)
{
    lp_str_t *s = lp_as_str(self);
    if (lp_is_int(key) || lp_type_of(key)->index) {
        int64_t i = lp_is_int(key) ? lp_as_int(key) : lp_as_ssize(key, &lp_exc_IndexError);
        if (i < 0) i += s->len;
        if (i < 0 || i >= s->len) lp_raise(&lp_exc_IndexError, "string index out of range");
        return lp_str_from_char(lp_str_at(s, i));
    }
    if (lp_type_of(key) == &lp_type_slice) return lp_str_slice(self, key);
    lp_raise(&lp_exc_TypeError, "string indices must be integers, not '%T'", key);
}

static int str_contains(lp_value self, lp_value x)
{
    if (!lp_str_check(x))
        lp_raise(&lp_exc_TypeError, "'in <string>' requires string as left operand, not %T", x);
    return lp_str_find(self, x, 0, lp_as_str(self)->len) >= 0;
}

/* True when [t] is, or derives from, a built-in sequence whose `+` and `*`
 * are concatenation and repetition (CPython's sq_concat / sq_repeat). */
static bool is_builtin_sequence(const lp_type_t *t)
{
    while (t->flags & LP_TPF_HEAPTYPE) t = t->base;
    return t == &lp_type_str || t == &lp_type_bytes || t == &lp_type_bytearray ||
           t == &lp_type_list || t == &lp_type_tuple;
}

lp_value lp_seq_try_reflected(lp_value a, lp_value b, int op)
{
    const lp_type_t *ta = lp_type_of(a), *tb = lp_type_of(b);
    lp_binary_fn f = tb->binop[op];
    if (!f || f == ta->binop[op] || lp_type_is_subtype(tb, ta)) return LP_NOTIMPLEMENTED;
    /* another sequence has no numeric operator of its own (unless a class
     * adds __radd__ / __rmul__): the left operand's error stands */
    if (is_builtin_sequence(tb) &&
        !lp_seq_defers_to(b, op == LP_NB_ADD ? "__radd__" : "__rmul__"))
        return LP_NOTIMPLEMENTED;
    return f(a, b);
}

/* `a + b`: CPython tries b's __radd__ before str's own concatenation error. */
static lp_value str_add(lp_value a, lp_value b)
{
    if (!lp_str_check(a)) return LP_NOTIMPLEMENTED;
    if (!lp_str_check(b)) {
        lp_value r = lp_seq_try_reflected(a, b, LP_NB_ADD);
        if (r != LP_NOTIMPLEMENTED) return r;
        lp_raise(&lp_exc_TypeError, "can only concatenate str (not \"%s\") to str",
                 lp_type_of(b)->name);
    }
    return lp_str_concat(a, b);
}

lp_value lp_str_repeat(lp_value v, int64_t n)
{
    lp_str_t *s = lp_as_str(v);
    if (n <= 0 || s->len == 0) return lp_str_empty();
    if (n == 1) return lp_str_exact(v);
    if (s->len > INT64_MAX / n) lp_raise(&lp_exc_OverflowError, "repeated string is too long");
    if (s->len > ((int64_t)1 << 40) / n) lp_raise(&lp_exc_MemoryError, "");
    int64_t len = s->len * n;
    size_t unit = (size_t)s->len * s->kind;
    lp_str_t *r = s->ascii ? lp_str_alloc_ascii(len) : lp_str_alloc(len, s->kind);
    for (int64_t i = 0; i < n; i++) memcpy(r->data + i * unit, s->data, unit);
    return lp_from_ptr(r);
}

static lp_value str_mul(lp_value a, lp_value b)
{
    lp_value s = a, n = b;
    if (!lp_str_check(s)) {
        s = b;
        n = a;
    } else if (lp_seq_defers_to(b, "__rmul__")) { /* b's __rmul__ before the repetition */
        lp_value r = lp_seq_try_reflected(a, b, LP_NB_MULTIPLY);
        if (r != LP_NOTIMPLEMENTED) return r;
    }
    if (!lp_is_int(n) && !lp_type_of(n)->index) {
        if (s == a) {
            lp_value r = lp_seq_try_reflected(a, b, LP_NB_MULTIPLY);
            if (r != LP_NOTIMPLEMENTED) return r;
        }
        lp_raise(&lp_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                 lp_type_of(n)->name);
    }
    return lp_str_repeat(s, lp_is_int(n) ? lp_as_int(n) : lp_as_ssize(n, &lp_exc_OverflowError));
}

static lp_value str_mod(lp_value a, lp_value b)
{
    if (!lp_str_check(a)) return LP_NOTIMPLEMENTED;
    return lp_str_percent(a, b);
}

/* ==== iteration ==== */

typedef struct {
    lp_object_t head;
    lp_value str;  /* the str being walked, LP_NULL once exhausted */
    int64_t index; /* next code point */
} str_iter_t;

/* CPython 3.11 walks an ASCII str with a type of its own. */
static lp_type_t str_ascii_iterator_type;

static lp_value str_iter(lp_value self)
{
    str_iter_t *it = lp_alloc(sizeof *it);
    it->head.type = &lp_type_str_iterator;
    if (lp_as_str(self)->ascii) {
        if (!(str_ascii_iterator_type.flags & LP_TPF_READY)) lp_type_ready(&str_ascii_iterator_type);
        it->head.type = &str_ascii_iterator_type;
    }
    it->str = self;
    it->index = 0;
    return lp_from_ptr(it);
}

static lp_value str_iter_self(lp_value self)
{
    return self;
}

static lp_value str_iter_next(lp_value self)
{
    str_iter_t *it = lp_as_ptr(self);
    if (!it->str) return LP_NULL;
    lp_str_t *s = lp_as_str(it->str);
    if (it->index >= s->len) {
        it->str = LP_NULL;
        return LP_NULL;
    }
    return lp_str_from_char(lp_str_at(s, it->index++));
}

static int64_t str_iter_len_hint(lp_value self)
{
    str_iter_t *it = lp_as_ptr(self);
    return it->str ? lp_as_str(it->str)->len - it->index : 0;
}

static lp_value str_iter_length_hint(lp_value *args, size_t nargs, lp_value kwnames)
{
    return lp_from_int(str_iter_len_hint(args[0]));
}

static const lp_method_def_t str_iter_methods[] = {
    { "__length_hint__", str_iter_length_hint, 0, "Private method returning an estimate of len(list(it))." },
    { NULL, NULL, 0, NULL },
};

lp_type_t lp_type_str = {
    .head = { &lp_type_type },
    .name = "str",
    .base = &lp_type_object,
    .size = sizeof(lp_str_t),
    .flags = LP_TPF_BASETYPE | LP_TPF_STR_SUBCLASS,
    .doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
           "Create a new string object from the given object. If encoding or\n"
           "errors is specified, then the object must expose a data buffer\n"
           "that will be decoded using the given encoding and error handler.\n"
           "Otherwise, returns the result of object.__str__() (if defined)\n"
           "or repr(object).\nencoding defaults to sys.getdefaultencoding().\n"
           "errors defaults to 'strict'.",
    .new = lp_str_new,
    .repr = str_repr,
    .str = str_str,
    .hash = str_hash,
    .compare = str_compare,
    .iter = str_iter,
    .len = str_len,
    .getitem = str_getitem,
    .contains = str_contains,
    .binop = { [LP_NB_ADD] = str_add, [LP_NB_MULTIPLY] = str_mul, [LP_NB_REMAINDER] = str_mod },
    .methods = lp_str_methods,
};

lp_type_t lp_type_str_iterator = {
    .head = { &lp_type_type },
    .name = "str_iterator",
    .base = &lp_type_object,
    .size = sizeof(str_iter_t),
    .iter = str_iter_self,
    .next = str_iter_next,
    .methods = str_iter_methods,
};

static lp_type_t str_ascii_iterator_type = {
    .head = { &lp_type_type },
    .name = "str_ascii_iterator",
    .base = &lp_type_object,
    .size = sizeof(str_iter_t),
    .iter = str_iter_self,
    .next = str_iter_next,
    .methods = str_iter_methods,
};
