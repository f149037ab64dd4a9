/* marshal.c -- lemonpy's marshal format (marshal.h, docs/marshal.md).
 *
 * Writing walks the value and appends fixed-width little-endian fields to a
 * growing buffer; strs seen before are written as back-references, so a
 * file names each identifier and its filename once.  Code units that are
 * inline caches are written as zero (the VM keeps slot numbers in them).
 * Every code object ends with a 64-bit checksum of its own bytes.
 *
 * Reading trusts nothing: every length and count is checked against the
 * bytes left before anything is allocated, nesting is limited, strs must be
 * well-formed UTF-8, and every code object is checked (marshal_check.c's
 * lp_marshal_check_code) before it is returned.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdlib.h>
#include <string.h>

#include "marshal.h"

#include "bytecode.h"

#include "error.h"
#include "gc.h"
#include "obj_bytes.h"
#include "obj_code.h"
#include "obj_complex.h"
#include "obj_dict.h"
#include "obj_float.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_set.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"
#include "types.h"

/* Type codes: one byte in front of every object. */
enum {
    TC_NONE = 'N',
    TC_ELLIPSIS = '.',
    TC_STOPITER = 'S',
    TC_TRUE = 'T',
    TC_FALSE = 'F',
    TC_INT = 'i',       /* int64 */
    TC_BIGINT = 'l',    /* uint32 n, n bytes of two's complement */
    TC_FLOAT = 'g',     /* IEEE binary64 bits */
    TC_COMPLEX = 'y',   /* two of those */
    TC_STR = 'u',       /* uint32 n, n bytes of UTF-8 */
    TC_INTERNED = 'I',  /* the same, interned */
    TC_STRREF = 'r',    /* uint32 index of a str read before */
    TC_BYTES = 'b',     /* uint32 n, n bytes */
    TC_TUPLE = '(',     /* uint32 n, n objects */
    TC_LIST = '[',
    TC_DICT = '{',      /* uint32 n, n key/value pairs */
    TC_SET = '<',
    TC_FROZENSET = '>',
    TC_CODE = 'c',
};

#define MAX_DEPTH 2000

/* ==== writing ==== */

typedef struct {
    uint8_t *p;
    size_t n, cap;
    lp_value strs[2]; /* str -> index (plain, interned) */
    uint32_t nstrs;
    int depth;
} writer_t;

static void w_bytes(writer_t *w, const void *src, size_t n)
{
    if (w->n + n > w->cap) {
        size_t cap = w->cap ? w->cap * 2 : 256;
        while (cap < w->n + n) cap *= 2;
        w->p = lp_realloc(w->p, cap);
        w->cap = cap;
    }
    memcpy(w->p + w->n, src, n);
    w->n += n;
}

static void w_le(writer_t *w, uint64_t v, int nbytes)
{
    uint8_t b[8];
    for (int i = 0; i < nbytes; i++) b[i] = (uint8_t)(v >> (8 * i));
    w_bytes(w, b, (size_t)nbytes);
}

static void w_u8(writer_t *w, unsigned v)
{
    w_le(w, v, 1);
}

static void w_u32(writer_t *w, uint64_t v)
{
    if (v > UINT32_MAX) lp_raise(&lp_exc_ValueError, "unmarshallable object (too large)");
    w_le(w, v, 4);
}

static void w_object(writer_t *w, lp_value v);

/* UTF-8 of [s], each code point on its own (lone surrogates as 3 bytes,
 * never paired), so that reading gives back the same code points. */
static void w_str(writer_t *w, lp_value s)
{
    lp_str_t *st = lp_as_str(s);
    int which = st->interned ? 1 : 0;
    if (!w->strs[which]) w->strs[which] = lp_dict_new();
    lp_value seen = lp_dict_get(w->strs[which], s);
    if (seen) {
        w_u8(w, TC_STRREF);
        w_u32(w, (uint64_t)lp_as_int(seen));
        return;
    }
    lp_dict_set(w->strs[which], s, lp_from_int(w->nstrs++));
    w_u8(w, which ? TC_INTERNED : TC_STR);
    if (st->ascii) {
        w_u32(w, (uint64_t)st->len);
        w_bytes(w, st->data, (size_t)st->len);
        return;
    }
    size_t n = 0;
    for (int64_t i = 0; i < st->len; i++) {
        uint32_t c = lp_str_at(st, i);
        n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    }
    w_u32(w, n);
    for (int64_t i = 0; i < st->len; i++) {
        uint32_t c = lp_str_at(st, i);
        uint8_t b[4];
        int k;
        if (c < 0x80) {
            b[0] = (uint8_t)c, k = 1;
        } else if (c < 0x800) {
            b[0] = (uint8_t)(0xC0 | c >> 6), b[1] = (uint8_t)(0x80 | (c & 0x3F)), k = 2;
        } else if (c < 0x10000) {
            b[0] = (uint8_t)(0xE0 | c >> 12), b[1] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
            b[2] = (uint8_t)(0x80 | (c & 0x3F)), k = 3;
        } else {
            b[0] = (uint8_t)(0xF0 | c >> 18), b[1] = (uint8_t)(0x80 | ((c >> 12) & 0x3F));
            b[2] = (uint8_t)(0x80 | ((c >> 6) & 0x3F)), b[3] = (uint8_t)(0x80 | (c & 0x3F));
            k = 4;
        }
        w_bytes(w, b, (size_t)k);
    }
}

static void w_int(writer_t *w, lp_value v)
{
    int64_t i;
    if (lp_int_as_i64(v, &i)) {
        w_u8(w, TC_INT);
        w_le(w, (uint64_t)i, 8);
        return;
    }
    size_t n = (size_t)(lp_int_bit_length(v) / 8 + 1);
    uint8_t *b = lp_alloc_atomic(n);
    if (lp_int_to_bytes(v, b, n, true, true) != LP_INT_OK)
        lp_raise(&lp_exc_ValueError, "unmarshallable object");
    w_u8(w, TC_BIGINT);
    w_u32(w, n);
    w_bytes(w, b, n);
}

static void w_items(writer_t *w, int tc, const lp_value *items, int64_t n)
{
    w_u8(w, (unsigned)tc);
    w_u32(w, (uint64_t)n);
    for (int64_t i = 0; i < n; i++) w_object(w, items[i]);
}

/* ==== the order of set items ====
 *
 * CPython 3.11 writes a set's items sorted by their own marshal.dumps
 * bytes (CPython's format), and reading inserts them in that order: the
 * order decides how a set constant loaded from a cache file iterates (and
 * prints) when hashes collide.  lemonpy writes them in the same order, so
 * that a module's set displays iterate as under CPython with a warm cache,
 * and the bytes do not depend on hashing (randomised per process).  The key
 * is CPython's encoding of the item, with the reference flag (0x80) as it
 * is for a compiled constant: set on the objects CPython shares (small
 * ints, empty and one-character strs and bytes, the empty tuple), not on
 * the others. */

static void key_byte(writer_t *k, int code, bool shared)
{
    w_u8(k, (unsigned)code | (shared ? 0x80u : 0));
}

static bool all_name_chars(const lp_str_t *st)
{
    if (!st->ascii) return false;
    for (int64_t i = 0; i < st->len; i++) {
        char ch = st->data[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
              ch == '_'))
            return false;
    }
    return true;
}

static void key_object(writer_t *k, lp_value v);

static void key_int(writer_t *k, lp_value v)
{
    int64_t i;
    if (lp_int_as_i64(v, &i) && i >= INT32_MIN && i <= INT32_MAX) {
        key_byte(k, 'i', i >= -5 && i <= 256);
        w_le(k, (uint32_t)(int32_t)i, 4);
        return;
    }
    /* 'l': the number of 15-bit digits (negative for a negative int), then
     * the digits of the magnitude, least significant first */
    bool neg = lp_int_compare(v, lp_int_from_i64(0)) < 0;
    lp_value mag = v;
    if (neg) lp_int_neg(v, &mag);
    size_t nbytes = (size_t)(lp_int_bit_length(mag) / 8 + 1);
    uint8_t *b = lp_alloc_atomic(nbytes);
    lp_int_to_bytes(mag, b, nbytes, true, false);
    uint64_t bits = lp_int_bit_length(mag), ndigits = (bits + 14) / 15;
    key_byte(k, 'l', false);
    w_le(k, (uint32_t)(neg ? -(int64_t)ndigits : (int64_t)ndigits), 4);
    for (uint64_t d = 0; d < ndigits; d++) {
        unsigned digit = 0;
        for (int j = 0; j < 15; j++) {
            uint64_t bit = d * 15 + (uint64_t)j;
            if (bit < bits && (b[bit / 8] >> (bit % 8) & 1)) digit |= 1u << j;
        }
        w_le(k, digit, 2);
    }
}

static void key_str(writer_t *k, lp_value s)
{
    lp_str_t *st = lp_as_str(s);
    bool shared = st->len == 0 || (st->len == 1 && lp_str_at(st, 0) < 256);
    if (st->ascii) {
        bool interned = all_name_chars(st), shrt = st->len < 256;
        key_byte(k, interned ? (shrt ? 'Z' : 'A') : (shrt ? 'z' : 'a'), shared);
        w_le(k, (uint64_t)st->len, shrt ? 1 : 4);
        w_bytes(k, st->data, (size_t)st->len);
        return;
    }
    writer_t utf8 = {0};
    w_str(&utf8, s); /* type byte, u32 length, the UTF-8 (surrogates as 3 bytes) */
    key_byte(k, 'u', shared);
    w_bytes(k, utf8.p + 1, utf8.n - 1);
}

typedef struct {
    lp_value item;
    const uint8_t *key;
    size_t n;
} set_item_t;

static int cmp_set_items(const void *a, const void *b)
{
    const set_item_t *x = a, *y = b;
    int c = memcmp(x->key, y->key, x->n < y->n ? x->n : y->n);
    return c ? c : (x->n > y->n) - (x->n < y->n);
}

/* The items of set [s] in CPython's order (their keys in *keys). */
static set_item_t *sorted_items(lp_value s, int depth, int64_t *n)
{
    int64_t len = lp_set_len(s), i = 0, pos = 0, hash;
    set_item_t *items = lp_alloc((size_t)(len + 1) * sizeof *items);
    lp_value v;
    while (i < len && lp_set_next(s, &pos, &v, &hash)) {
        writer_t k = {.depth = depth};
        key_object(&k, v);
        items[i++] = (set_item_t){v, k.p, k.n};
    }
    qsort(items, (size_t)i, sizeof *items, cmp_set_items);
    *n = i;
    return items;
}

static void key_object(writer_t *k, lp_value v)
{
    if (++k->depth > MAX_DEPTH) lp_raise(&lp_exc_ValueError, "object too deeply nested to marshal");
    const lp_type_t *t = lp_type_of(v);
    if (v == LP_NONE) key_byte(k, 'N', false);
    else if (v == LP_TRUE) key_byte(k, 'T', false);
    else if (v == LP_FALSE) key_byte(k, 'F', false);
    else if (v == LP_ELLIPSIS) key_byte(k, '.', false);
    else if (v == lp_from_ptr(&lp_exc_StopIteration)) key_byte(k, 'S', false);
    else if (t == &lp_type_int) key_int(k, v);
    else if (t == &lp_type_float) {
        key_byte(k, 'g', false);
        w_le(k, lp_double_bits(lp_float_value(v)), 8);
    } else if (t == &lp_type_complex) {
        key_byte(k, 'y', false);
        w_le(k, lp_double_bits(lp_as_complex(v)->re), 8);
        w_le(k, lp_double_bits(lp_as_complex(v)->im), 8);
    } else if (t == &lp_type_str) key_str(k, v);
    else if (t == &lp_type_bytes) {
        int64_t n = lp_as_bytes(v)->len;
        key_byte(k, 's', n <= 1);
        w_le(k, (uint64_t)n, 4);
        w_bytes(k, lp_as_bytes(v)->data, (size_t)n);
    } else if (t == &lp_type_tuple) {
        int64_t n = lp_tuple_len(v);
        key_byte(k, n < 256 ? ')' : '(', n == 0);
        w_le(k, (uint64_t)n, n < 256 ? 1 : 4);
        for (int64_t i = 0; i < n; i++) key_object(k, lp_tuple_get(v, i));
    } else if (t == &lp_type_frozenset || t == &lp_type_set) {
        int64_t n;
        set_item_t *items = sorted_items(v, k->depth, &n);
        key_byte(k, t == &lp_type_set ? '<' : '>', false);
        w_le(k, (uint64_t)n, 4);
        for (int64_t i = 0; i < n; i++) w_bytes(k, items[i].key, items[i].n);
    } else {
        /* lists, dicts, code: not hashable, never in a set; anything else
         * is refused by w_object */
        w_u8(k, 0);
    }
    k->depth--;
}

static void w_set(writer_t *w, int tc, lp_value s)
{
    int64_t n;
    set_item_t *items = sorted_items(s, w->depth, &n);
    w_u8(w, (unsigned)tc);
    w_u32(w, (uint64_t)n);
    for (int64_t i = 0; i < n; i++) w_object(w, items[i].item);
}

static void w_dict(writer_t *w, lp_value d)
{
    w_u8(w, TC_DICT);
    w_u32(w, (uint64_t)lp_dict_len(d));
    int64_t pos = 0;
    lp_value k, v;
    while (lp_dict_next(d, &pos, &k, &v)) {
        w_object(w, k);
        w_object(w, v);
    }
}

/* The checksum that ends a code object: 64-bit words (little endian, the
 * last one padded with zeros) folded with a multiply and a shift, then the
 * length; fast enough to be invisible next to reading the objects. */
static uint64_t checksum(const uint8_t *p, size_t n)
{
    uint64_t h = 0x9E3779B97F4A7C15u;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        memcpy(&w, p + i, 8);
#else
        w = 0;
        for (int k = 7; k >= 0; k--) w = (w << 8) | p[i + k];
#endif
        h = (h ^ w) * 0xFF51AFD7ED558CCDu;
        h ^= h >> 29;
    }
    uint64_t w = 0;
    for (size_t k = 0; i + k < n; k++) w |= (uint64_t)p[i + k] << (8 * k);
    h = (h ^ w ^ ((uint64_t)n << 56)) * 0xC4CEB9FE1A85EC53u;
    return h ^ (h >> 31);
}

/* The instruction units, cache units zeroed. */
static void w_units(writer_t *w, const lp_code_t *co)
{
    w_u32(w, co->ncode);
    for (uint32_t i = 0; i < co->ncode;) {
        uint16_t u = co->code[i];
        w_le(w, u, 2);
        unsigned cache = lp_opinfo[u & 0xFF].cache;
        i++;
        for (unsigned k = 0; k < cache && i < co->ncode; k++, i++) w_le(w, 0, 2);
    }
}

/* Positions as runs of equal entries. */
static void w_positions(writer_t *w, const lp_code_t *co)
{
    uint32_t nruns = 0;
    for (uint32_t i = 0; i < co->ncode; i++)
        if (i == 0 || memcmp(&co->positions[i], &co->positions[i - 1], sizeof(lp_position_t)))
            nruns++;
    w_u32(w, nruns);
    for (uint32_t i = 0; i < co->ncode;) {
        uint32_t j = i + 1;
        while (j < co->ncode && !memcmp(&co->positions[j], &co->positions[i], sizeof(lp_position_t)))
            j++;
        const lp_position_t *p = &co->positions[i];
        w_u32(w, j - i);
        w_le(w, (uint32_t)p->line, 4);
        w_le(w, (uint32_t)p->end_line, 4);
        w_le(w, (uint32_t)p->col, 4);
        w_le(w, (uint32_t)p->end_col, 4);
        i = j;
    }
}

static void w_code(writer_t *w, const lp_code_t *co)
{
    size_t start = w->n;
    w_u8(w, TC_CODE);
    w_le(w, (uint32_t)co->argcount, 4);
    w_le(w, (uint32_t)co->posonlyargcount, 4);
    w_le(w, (uint32_t)co->kwonlyargcount, 4);
    w_le(w, (uint32_t)co->stacksize, 4);
    w_le(w, (uint32_t)co->flags, 4);
    w_le(w, (uint32_t)co->firstlineno, 4);
    w_units(w, co);
    w_positions(w, co);
    w_u32(w, co->nexc);
    for (uint32_t i = 0; i < co->nexc; i++) {
        const lp_exc_entry_t *e = &co->exctable[i];
        w_le(w, e->start, 4);
        w_le(w, e->end, 4);
        w_le(w, e->target, 4);
        w_le(w, e->depth, 2);
        w_u8(w, e->lasti);
    }
    w_object(w, co->consts);
    w_object(w, co->names);
    w_object(w, co->varnames);
    w_object(w, co->cellvars);
    w_object(w, co->freevars);
    w_u8(w, co->cell2arg != NULL);
    if (co->cell2arg)
        for (int32_t i = 0; i < co->ncellvars; i++) w_le(w, (uint32_t)co->cell2arg[i], 4);
    w_object(w, co->filename);
    w_object(w, co->name);
    w_object(w, co->qualname);
    w_le(w, checksum(w->p + start, w->n - start), 8);
}

static void w_object(writer_t *w, lp_value v)
{
    if (++w->depth > MAX_DEPTH) lp_raise(&lp_exc_ValueError, "object too deeply nested to marshal");
    const lp_type_t *t = lp_type_of(v);
    if (v == LP_NONE) w_u8(w, TC_NONE);
    else if (v == LP_ELLIPSIS) w_u8(w, TC_ELLIPSIS);
    else if (v == LP_TRUE) w_u8(w, TC_TRUE);
    else if (v == LP_FALSE) w_u8(w, TC_FALSE);
    else if (v == lp_from_ptr(&lp_exc_StopIteration)) w_u8(w, TC_STOPITER);
    else if (t == &lp_type_int) w_int(w, v);
    else if (t == &lp_type_float) {
        w_u8(w, TC_FLOAT);
        w_le(w, lp_double_bits(lp_float_value(v)), 8);
    } else if (t == &lp_type_complex) {
        w_u8(w, TC_COMPLEX);
        w_le(w, lp_double_bits(lp_as_complex(v)->re), 8);
        w_le(w, lp_double_bits(lp_as_complex(v)->im), 8);
    } else if (t == &lp_type_str) w_str(w, v);
    else if (t == &lp_type_bytes) {
        w_u8(w, TC_BYTES);
        w_u32(w, (uint64_t)lp_as_bytes(v)->len);
        w_bytes(w, lp_as_bytes(v)->data, (size_t)lp_as_bytes(v)->len);
    } else if (t == &lp_type_tuple) w_items(w, TC_TUPLE, lp_as_tuple(v)->items, lp_tuple_len(v));
    else if (t == &lp_type_list) w_items(w, TC_LIST, lp_as_list(v)->items, lp_as_list(v)->len);
    else if (t == &lp_type_dict) w_dict(w, v);
    else if (t == &lp_type_set) w_set(w, TC_SET, v);
    else if (t == &lp_type_frozenset) w_set(w, TC_FROZENSET, v);
    else if (t == &lp_type_code) w_code(w, (const lp_code_t *)lp_as_ptr(v));
    else if (t == &lp_type_bytearray) {
        /* written as bytes, as CPython writes any buffer */
        w_u8(w, TC_BYTES);
        w_u32(w, (uint64_t)lp_as_bytearray(v)->len);
        w_bytes(w, lp_as_bytearray(v)->data, (size_t)lp_as_bytearray(v)->len);
    } else if (t == &lp_type_memoryview) {
        w_object(w, lp_call_method(v, lp_str_from_cstr("tobytes"), NULL, 0));
    } else lp_raise(&lp_exc_ValueError, "unmarshallable object");
    w->depth--;
}

uint8_t *lp_marshal_dumps(lp_value v, size_t *n)
{
    writer_t w = {0};
    w_object(&w, v);
    *n = w.n;
    return w.p ? w.p : lp_alloc_atomic(1);
}

/* ==== reading ==== */

typedef struct {
    const uint8_t *p, *end;
    int depth;
    unsigned flags;
    lp_value *strs; /* the strs read so far, for TC_STRREF */
    uint32_t nstrs, capstrs;
} reader_t;

/* Input that ends where an object should start, or inside one (CPython's
 * two messages). */
static _Noreturn void r_eof(void)
{
    lp_raise(&lp_exc_EOFError, "EOF read where object expected");
}

static _Noreturn void r_short(void)
{
    lp_raise(&lp_exc_EOFError, "marshal data too short");
}

_Noreturn void lp_marshal_bad(const char *why)
{
    lp_raise(&lp_exc_ValueError, "bad marshal data (%s)", why);
}

static const uint8_t *r_take(reader_t *r, size_t n)
{
    if ((size_t)(r->end - r->p) < n) r_short();
    const uint8_t *p = r->p;
    r->p += n;
    return p;
}

static uint64_t r_le(reader_t *r, int nbytes)
{
    const uint8_t *p = r_take(r, (size_t)nbytes);
    uint64_t v = 0;
    for (int i = nbytes - 1; i >= 0; i--) v = (v << 8) | p[i];
    return v;
}

static uint32_t r_u32(reader_t *r)
{
    return (uint32_t)r_le(r, 4);
}

/* A count of things each at least [min] bytes long: more than the bytes
 * left is a short input (objects, [items]: the first missing one is where
 * an object was expected). */
static uint32_t r_count_of(reader_t *r, size_t min, bool items)
{
    uint32_t n = r_u32(r);
    if ((uint64_t)n * min > (uint64_t)(r->end - r->p)) {
        if (items) r_eof();
        r_short();
    }
    return n;
}

static uint32_t r_count(reader_t *r, size_t min)
{
    return r_count_of(r, min, false);
}

static uint32_t r_items(reader_t *r, size_t min)
{
    return r_count_of(r, min, true);
}

static lp_value r_object(reader_t *r);

/* Decodes well-formed UTF-8 (surrogates allowed, each on its own). */
static lp_value decode_utf8(const uint8_t *p, size_t n)
{
    bool ascii = true;
    for (size_t i = 0; i < n; i++)
        if (p[i] >= 0x80) {
            ascii = false;
            break;
        }
    if (ascii) return lp_str_from_utf8((const char *)p, n);
    uint32_t *cps = lp_alloc_atomic((n + 1) * sizeof *cps);
    int64_t k = 0;
    for (size_t i = 0; i < n;) {
        uint8_t b = p[i];
        uint32_t c, min;
        size_t len;
        if (b < 0x80) c = b, len = 1, min = 0;
        else if ((b & 0xE0) == 0xC0) c = b & 0x1F, len = 2, min = 0x80;
        else if ((b & 0xF0) == 0xE0) c = b & 0x0F, len = 3, min = 0x800;
        else if ((b & 0xF8) == 0xF0) c = b & 0x07, len = 4, min = 0x10000;
        else lp_marshal_bad("invalid UTF-8 in str");
        if (len > n - i) lp_marshal_bad("invalid UTF-8 in str");
        for (size_t j = 1; j < len; j++) {
            if ((p[i + j] & 0xC0) != 0x80) lp_marshal_bad("invalid UTF-8 in str");
            c = (c << 6) | (p[i + j] & 0x3F);
        }
        if (c < min || c > 0x10FFFF) lp_marshal_bad("invalid UTF-8 in str");
        cps[k++] = c;
        i += len;
    }
    return lp_str_from_codepoints(cps, k);
}

static lp_value r_str(reader_t *r, bool interned)
{
    uint32_t n = r_count(r, 1);
    lp_value s = decode_utf8(r_take(r, n), n);
    if (interned) s = lp_str_intern(s);
    if (r->nstrs == r->capstrs) {
        r->capstrs = r->capstrs ? 2 * r->capstrs : 64;
        r->strs = lp_realloc(r->strs, r->capstrs * sizeof *r->strs);
    }
    r->strs[r->nstrs++] = s;
    return s;
}

static lp_value r_bigint(reader_t *r)
{
    uint32_t n = r_count(r, 1);
    if (n == 0) lp_marshal_bad("empty int");
    return lp_int_from_bytes(r_take(r, n), n, true, true);
}

static lp_value r_tuple(reader_t *r)
{
    uint32_t n = r_items(r, 1);
    lp_value t = lp_tuple_new(n);
    for (uint32_t i = 0; i < n; i++) lp_as_tuple(t)->items[i] = r_object(r);
    return t;
}

static lp_value r_list(reader_t *r)
{
    uint32_t n = r_items(r, 1);
    lp_value l = lp_list_new(n);
    for (uint32_t i = 0; i < n; i++) lp_list_append(l, r_object(r));
    return l;
}

static lp_value r_dict(reader_t *r)
{
    uint32_t n = r_items(r, 2);
    lp_value d = lp_dict_new();
    for (uint32_t i = 0; i < n; i++) {
        lp_value k = r_object(r);
        lp_value v = r_object(r);
        lp_dict_set(d, k, v);
    }
    return d;
}

static lp_value r_set(reader_t *r, bool frozen)
{
    lp_value items = r_tuple(r);
    return frozen ? lp_frozenset_new(items) : lp_set_new(items);
}

/* A tuple of strs (names of a code object). */
static lp_value r_names(reader_t *r)
{
    lp_value t = r_object(r);
    if (lp_type_of(t) != &lp_type_tuple) lp_marshal_bad("code object names are not a tuple");
    for (int64_t i = 0; i < lp_tuple_len(t); i++)
        if (lp_type_of(lp_tuple_get(t, i)) != &lp_type_str)
            lp_marshal_bad("code object name is not a str");
    return t;
}

static lp_value r_strfield(reader_t *r)
{
    lp_value s = r_object(r);
    if (lp_type_of(s) != &lp_type_str) lp_marshal_bad("code object field is not a str");
    return s;
}

static void r_units(reader_t *r, lp_code_t *co)
{
    co->ncode = r_count(r, 2);
    uint16_t *units = lp_alloc_atomic(((size_t)co->ncode + 1) * sizeof *units);
    const uint8_t *p = r_take(r, 2 * (size_t)co->ncode);
    for (uint32_t i = 0; i < co->ncode; i++) units[i] = (uint16_t)(p[2 * i] | p[2 * i + 1] << 8);
    co->code = units;
}

static void r_positions(reader_t *r, lp_code_t *co)
{
    uint32_t nruns = r_count(r, 20);
    lp_position_t *pos = lp_alloc_atomic(((size_t)co->ncode + 1) * sizeof *pos);
    uint32_t i = 0;
    for (uint32_t k = 0; k < nruns; k++) {
        uint32_t len = r_u32(r);
        lp_position_t p;
        p.line = (int32_t)r_u32(r);
        p.end_line = (int32_t)r_u32(r);
        p.col = (int32_t)r_u32(r);
        p.end_col = (int32_t)r_u32(r);
        if (len == 0 || len > co->ncode - i) lp_marshal_bad("bad position table");
        for (uint32_t j = 0; j < len; j++) pos[i++] = p;
    }
    if (i != co->ncode) lp_marshal_bad("bad position table");
    co->positions = pos;
}

static void r_exctable(reader_t *r, lp_code_t *co)
{
    co->nexc = r_count(r, 15);
    lp_exc_entry_t *t = lp_alloc_atomic(((size_t)co->nexc + 1) * sizeof *t);
    for (uint32_t i = 0; i < co->nexc; i++) {
        t[i].start = r_u32(r);
        t[i].end = r_u32(r);
        t[i].target = r_u32(r);
        t[i].depth = (uint16_t)r_le(r, 2);
        t[i].lasti = (uint8_t)r_le(r, 1);
    }
    co->exctable = t;
}

static lp_value r_code(reader_t *r)
{
    const uint8_t *start = r->p - 1;
    lp_code_t co;
    memset(&co, 0, sizeof co);
    co.argcount = (int32_t)r_u32(r);
    co.posonlyargcount = (int32_t)r_u32(r);
    co.kwonlyargcount = (int32_t)r_u32(r);
    co.stacksize = (int32_t)r_u32(r);
    co.flags = (int32_t)r_u32(r);
    co.firstlineno = (int32_t)r_u32(r);
    r_units(r, &co);
    r_positions(r, &co);
    r_exctable(r, &co);
    co.consts = r_object(r);
    if (lp_type_of(co.consts) != &lp_type_tuple) lp_marshal_bad("code object consts are not a tuple");
    co.names = r_names(r);
    co.varnames = r_names(r);
    co.cellvars = r_names(r);
    co.freevars = r_names(r);
    co.nlocals = (int32_t)lp_tuple_len(co.varnames);
    co.ncellvars = (int32_t)lp_tuple_len(co.cellvars);
    co.nfreevars = (int32_t)lp_tuple_len(co.freevars);
    uint64_t has_c2a = r_le(r, 1);
    if (has_c2a > 1) lp_marshal_bad("bad cell2arg flag");
    if (has_c2a) {
        int32_t *c2a = lp_alloc_atomic(((size_t)co.ncellvars + 1) * sizeof *c2a);
        for (int32_t i = 0; i < co.ncellvars; i++) c2a[i] = (int32_t)r_u32(r);
        co.cell2arg = c2a;
    }
    co.filename = r_strfield(r);
    co.name = r_strfield(r);
    co.qualname = r_strfield(r);
    uint64_t sum = checksum(start, (size_t)(r->p - start));
    if (r_le(r, 8) != sum && !(r->flags & LP_MARSHAL_NO_CHECKSUM))
        lp_marshal_bad("code object checksum mismatch");
    lp_marshal_check_code(&co);
    return lp_code_new(&co);
}

static lp_value r_object(reader_t *r)
{
    if (++r->depth > MAX_DEPTH) lp_raise(&lp_exc_ValueError, "recursion limit exceeded");
    if (r->p == r->end) r_eof();
    int tc = (int)r_le(r, 1);
    lp_value v;
    switch (tc) {
    case TC_NONE: v = LP_NONE; break;
    case TC_ELLIPSIS: v = LP_ELLIPSIS; break;
    case TC_STOPITER: v = lp_from_ptr(&lp_exc_StopIteration); break;
    case TC_TRUE: v = LP_TRUE; break;
    case TC_FALSE: v = LP_FALSE; break;
    case TC_INT: v = lp_int_from_i64((int64_t)r_le(r, 8)); break;
    case TC_BIGINT: v = r_bigint(r); break;
    case TC_FLOAT: v = lp_float_new(lp_bits_double(r_le(r, 8))); break;
    case TC_COMPLEX: {
        double re = lp_bits_double(r_le(r, 8));
        v = lp_complex_new(re, lp_bits_double(r_le(r, 8)));
        break;
    }
    case TC_STR: v = r_str(r, false); break;
    case TC_INTERNED: v = r_str(r, true); break;
    case TC_STRREF: {
        uint32_t i = r_u32(r);
        if (i >= r->nstrs) lp_marshal_bad("invalid reference");
        v = r->strs[i];
        break;
    }
    case TC_BYTES: {
        uint32_t n = r_count(r, 1);
        v = lp_bytes_new((const char *)r_take(r, n), n);
        break;
    }
    case TC_TUPLE: v = r_tuple(r); break;
    case TC_LIST: v = r_list(r); break;
    case TC_DICT: v = r_dict(r); break;
    case TC_SET: v = r_set(r, false); break;
    case TC_FROZENSET: v = r_set(r, true); break;
    case TC_CODE: v = r_code(r); break;
    default: lp_marshal_bad("unknown type code");
    }
    r->depth--;
    return v;
}

lp_value lp_marshal_loads_flags(const uint8_t *p, size_t n, unsigned flags, size_t *used)
{
    reader_t r = {.p = p, .end = p + n, .flags = flags};
    lp_value v = r_object(&r);
    if (used) *used = (size_t)(r.p - p);
    return v;
}

lp_value lp_marshal_loads(const uint8_t *p, size_t n)
{
    return lp_marshal_loads_flags(p, n, 0, NULL);
}
