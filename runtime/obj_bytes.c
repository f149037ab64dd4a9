/* obj_bytes.c -- bytes and bytearray: storage, constructors, repr,
 * comparison, hashing, indexing, concatenation and bytearray mutation.
 *
 * Both types share their read-only methods (obj_bytes_methods.c), which
 * work on a (data, len) view and build results of self's type.  bytes is
 * immutable and hashed like CPython (lp_hash_bytes); bytearray is unhashable
 * and grows in a separate collected buffer.
 *
 * SPDX-License-Identifier: MIT
 */
#include "obj_bytes.h"

#include <string.h>

#include "container.h"
#include "error.h"
#include "gc.h"
#include "mod_builtins.h"
#include "obj_bytes_internal.h"
#include "obj_int.h"
#include "obj_slice.h"
#include "obj_str.h"
#include "obj_str_internal.h"
#include "obj_tuple.h"
#include "ops.h"
#include "types.h"

/* ==== making ==== */

static lp_value bytes_empty;

lp_value lp_bytes_alloc(int64_t n)
{
    lp_bytes_t *b = lp_alloc_atomic(offsetof(lp_bytes_t, inline_data) + (size_t)n + 1);
    b->head.type = &lp_type_bytes;
    b->len = n;
    b->hash = -1;
    b->data = b->inline_data;
    b->data[n] = 0;
    return lp_from_ptr(b);
}

lp_value lp_bytes_new(const char *s, size_t n)
{
    if (n == 0) {
        if (!bytes_empty) bytes_empty = lp_bytes_alloc(0);
        return bytes_empty;
    }
    lp_value v = lp_bytes_alloc((int64_t)n);
    memcpy(lp_as_bytes(v)->data, s, n);
    return v;
}

lp_value lp_bytearray_new(const char *s, size_t n)
{
    lp_bytearray_t *b = lp_alloc(sizeof *b);
    b->head.type = &lp_type_bytearray;
    b->len = (int64_t)n;
    b->cap = (int64_t)n + 1;
    b->data = lp_alloc_atomic(n + 1);
    if (n) memcpy(b->data, s, n);
    b->data[n] = 0;
    return lp_from_ptr(b);
}

bool lp_bytes_check(lp_value v)
{
    return lp_is_ptr(v) && lp_is_instance(v, &lp_type_bytes);
}

bool lp_bytearray_check(lp_value v)
{
    return lp_is_ptr(v) && lp_is_instance(v, &lp_type_bytearray);
}

bool lp_bytes_view(lp_value v, const char **data, int64_t *len)
{
    if (!lp_is_ptr(v)) return false;
    if (lp_bytes_check(v)) {
        *data = lp_as_bytes(v)->data;
        *len = lp_as_bytes(v)->len;
        return true;
    }
    if (lp_bytearray_check(v)) {
        *data = lp_as_bytearray(v)->data;
        *len = lp_as_bytearray(v)->len;
        return true;
    }
    return false;
}

lp_value lp_bytes_like(lp_value self, const char *s, int64_t n)
{
    if (lp_bytearray_check(self)) return lp_bytearray_new(s, (size_t)n);
    return lp_bytes_new(s, (size_t)n);
}

void lp_bytes_need_view(lp_value v, const char **data, int64_t *len)
{
    if (!lp_bytes_view(v, data, len))
        lp_raise(&lp_exc_TypeError, "a bytes-like object is required, not '%s'", lp_type_of(v)->name);
}

/* ==== repr ==== */

/* Appends the b'...' form of [n] bytes at [s] to [b]; bytearray's repr
 * ([ba]) escapes a single quote even inside double quotes, as CPython. */
static void put_bytes_literal(lp_strbuf_t *b, const unsigned char *s, int64_t n, bool ba)
{
    static const char hex[] = "0123456789abcdef";
    bool sq = memchr(s, '\'', (size_t)n) != NULL, dq = memchr(s, '"', (size_t)n) != NULL;
    char quote = sq && !dq ? '"' : '\'';
    lp_strbuf_reserve(b, n + 3);
    lp_strbuf_putc(b, 'b');
    lp_strbuf_putc(b, (unsigned char)quote);
    for (int64_t i = 0; i < n; i++) {
        unsigned c = s[i];
        if (c == (unsigned char)quote || c == '\\' || (ba && c == '\'')) {
            lp_strbuf_putc(b, '\\');
            lp_strbuf_putc(b, c);
        } else if (c == '\t') lp_strbuf_puts(b, "\\t");
        else if (c == '\n') lp_strbuf_puts(b, "\\n");
        else if (c == '\r') lp_strbuf_puts(b, "\\r");
        else if (c < 0x20 || c >= 0x7f) {
            lp_strbuf_puts(b, "\\x");
            lp_strbuf_putc(b, (unsigned char)hex[c >> 4]);
            lp_strbuf_putc(b, (unsigned char)hex[c & 15]);
        } else lp_strbuf_putc(b, c);
    }
    lp_strbuf_putc(b, (unsigned char)quote);
}

lp_value lp_bytes_repr(lp_value v)
{
    const char *s;
    int64_t n;
    lp_bytes_need_view(v, &s, &n);
    lp_strbuf_t b;
    lp_strbuf_init(&b);
    bool ba = lp_bytearray_check(v);
    if (ba) {
        lp_strbuf_puts(&b, lp_type_of(v)->name);
        lp_strbuf_putc(&b, '(');
    }
    put_bytes_literal(&b, (const unsigned char *)s, n, ba);
    if (ba) lp_strbuf_putc(&b, ')');
    return lp_strbuf_finish(&b);
}

/* ==== constructors ==== */

/* The int [v] as a byte value, ValueError outside 0..255. */
int lp_bytes_byte_value(lp_value v, const char *msg)
{
    int64_t i = lp_is_int(v) ? lp_as_int(v) : -1;
    if (!lp_is_int(v)) {
        lp_value x = lp_index(v);
        if (!lp_is_int(x)) lp_raise(&lp_exc_ValueError, "%s", msg);
        i = lp_as_int(x);
    }
    if (i < 0 || i > 255) lp_raise(&lp_exc_ValueError, "%s", msg);
    return (int)i;
}

/* The bytes of any iterable of ints [x], into [out]. */
static void collect_iterable(lp_value x, lp_buf_t *out, const char *tname)
{
    const char *msg = strcmp(tname, "bytes") == 0 ? "bytes must be in range(0, 256)"
                                                   : "byte must be in range(0, 256)";
    lp_value it = lp_iter(x), v;
    /* as CPython's bytes() (not bytearray()): a class's __len__ runs first */
    if (strcmp(tname, "bytes") == 0) lp_length_hint(x, 64);
    while ((v = lp_iter_next(it))) lp_buf_putc(out, (char)lp_bytes_byte_value(v, msg));
}

/* The contents bytes(x) / bytearray(x) would hold, with CPython's errors. */
void lp_bytes_source(const char *tname, lp_value *a, lp_buf_t *out)
{
    lp_value x = a[0];
    const char *data;
    int64_t len;
    if (!x) {
        if (a[1] || a[2])
            lp_raise(&lp_exc_TypeError, a[1] ? "encoding without a string argument"
                                             : "errors without a string argument");
        return;
    }
    if (lp_str_check(x)) {
        if (!a[1]) lp_raise(&lp_exc_TypeError, "string argument without an encoding");
        if (!lp_str_check(a[1]))
            lp_raise(&lp_exc_TypeError, "%s() argument 'encoding' must be str, not %s",
                     tname, lp_arg_type_name(a[1]));
        if (a[2] && !lp_str_check(a[2]))
            lp_raise(&lp_exc_TypeError, "%s() argument 'errors' must be str, not %s",
                     tname, lp_arg_type_name(a[2]));
        lp_value b = lp_str_encode_bytes(x, lp_str_codec_arg(a[1]),
                                          a[2] ? lp_str_codec_arg(a[2]) : NULL);
        lp_buf_add(out, lp_as_bytes(b)->data, (size_t)lp_as_bytes(b)->len);
        return;
    }
    if (a[1]) lp_raise(&lp_exc_TypeError, "encoding without a string argument");
    if (a[2]) lp_raise(&lp_exc_TypeError, "errors without a string argument");
    /* bytes(x) asks x.__bytes__() first, a bytes subclass's too */
    lp_value conv = strcmp(tname, "bytes") == 0 && lp_type_of(x) != &lp_type_bytes
                        ? lp_type_lookup(lp_type_of(x), lp_str_intern_cstr("__bytes__")) : LP_NULL;
    if (conv) {
        lp_value b = lp_call1(conv, x);
        if (!lp_bytes_check(b))
            lp_raise(&lp_exc_TypeError, "__bytes__ returned non-bytes (type %s)", lp_type_of(b)->name);
        x = b;
    }
    if (lp_bytes_view(x, &data, &len)) {
        lp_buf_add(out, data, (size_t)len);
    } else if (lp_is_int(x) || lp_type_of(x)->index) {
        int64_t n = lp_is_int(x) ? lp_as_int(x) : lp_as_ssize(x, &lp_exc_OverflowError);
        if (n < 0) lp_raise(&lp_exc_ValueError, "negative count");
        if (n > INT64_MAX - 33 && strcmp(tname, "bytes") == 0) /* CPython's header size */
            lp_raise(&lp_exc_OverflowError, "byte string is too large");
        if (n > ((int64_t)1 << 40)) lp_raise(&lp_exc_MemoryError, "");
        memset(lp_buf_reserve(out, (size_t)n), 0, (size_t)n);
        out->len += (size_t)n;
        out->data[out->len] = 0;
    } else if (lp_type_of(x)->iter) {
        collect_iterable(x, out, tname);
    } else {
        lp_raise(&lp_exc_TypeError, "cannot convert '%s' object to %s", lp_type_of(x)->name, tname);
    }
}

static lp_value bytes_new(lp_type_t *type, lp_value *args, size_t nargs, lp_value kwnames)
{
    static const char *const kw[] = { "source", "encoding", "errors", NULL };
    lp_value a[3];
    lp_str_bind_args("bytes", kw, args - 1, nargs + 1, kwnames, a);
    if (a[0] && !a[1] && !a[2] && lp_type_of(a[0]) == &lp_type_bytes && type == &lp_type_bytes)
        return a[0];
    lp_buf_t out = { 0 };
    lp_bytes_source("bytes", a, &out);
    lp_value r = lp_bytes_new(out.data, out.len);
    if (type != &lp_type_bytes) { /* the subclass's __dict__ slot follows the header */
        lp_bytes_t *b = lp_alloc(type->size > sizeof(lp_bytes_t) ? type->size : sizeof(lp_bytes_t));
        b->head.type = type;
        b->len = (int64_t)out.len;
        b->hash = -1;
        b->data = lp_alloc_atomic(out.len + 1);
        memcpy(b->data, lp_as_bytes(r)->data, out.len + 1);
        r = lp_from_ptr(b);
    }
    return r;
}

static lp_value bytearray_new(lp_type_t *type, lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_value v = lp_bytearray_new("", 0);
    if (type != &lp_type_bytearray) {
        lp_bytearray_t *b = lp_alloc(type->size > sizeof *b ? type->size : sizeof *b);
        *b = *lp_as_bytearray(v);
        b->head.type = type;
        v = lp_from_ptr(b);
    }
    return v;
}

static void bytearray_init(lp_value self, lp_value *args, size_t nargs, lp_value kwnames)
{
    static const char *const kw[] = { "source", "encoding", "errors", NULL };
    lp_value a[3];
    lp_str_bind_args("bytearray", kw, args - 1, nargs + 1, kwnames, a);
    lp_buf_t out = { 0 };
    lp_bytes_source("bytearray", a, &out);
    lp_bytearray_t *b = lp_as_bytearray(self);
    b->data = out.data ? out.data : lp_alloc_atomic(1);
    b->len = (int64_t)out.len;
    b->cap = out.data ? (int64_t)out.cap : 1;
    b->data[b->len] = 0;
}

/* ==== slots shared by both types ==== */

static lp_value bytes_repr_slot(lp_value self)
{
    return lp_bytes_repr(self);
}

static int64_t bytes_hash(lp_value self)
{
    lp_bytes_t *b = lp_as_bytes(self);
    if (b->hash == -1) b->hash = lp_hash_bytes(b->data, (size_t)b->len);
    return b->hash;
}

/* memcmp order of two byte strings: negative, zero, positive. */
static int bytes_cmp(const char *a, int64_t na, const char *b, int64_t nb)
{
    int r = memcmp(a, b, (size_t)(na < nb ? na : nb));
    if (r) return r;
    return na < nb ? -1 : na > nb;
}

static lp_value bytes_compare(lp_value self, lp_value other, lp_cmpop_t op)
{
    const char *a, *b;
    int64_t na, nb;
    if (!lp_bytes_view(self, &a, &na) || !lp_bytes_view(other, &b, &nb)) return LP_NOTIMPLEMENTED;
    if ((op == LP_EQ || op == LP_NE) && na != nb) return lp_bool(op == LP_NE);
    return lp_cmp_result(bytes_cmp(a, na, b, nb), op);
}

/* bytes compares only with bytes (bytearray and memoryview compare with
 * anything bytes-like, so b'a' == bytearray(b'a') is answered by them). */
static lp_value bytes_only_compare(lp_value self, lp_value other, lp_cmpop_t op)
{
    if (!lp_bytes_check(other)) return LP_NOTIMPLEMENTED;
    return bytes_compare(self, other, op);
}

static int64_t bytes_len(lp_value self)
{
    const char *s;
    int64_t n;
    lp_bytes_view(self, &s, &n);
    return n;
}

static lp_value bytes_getitem(lp_value self, lp_value key)
{
    const char *s;
    int64_t n;
    lp_bytes_view(self, &s, &n);
    if (lp_is_int(key) || lp_type_of(key)->index) {
        int64_t i = lp_is_int(key) ? lp_as_int(key) : lp_as_ssize(key, &lp_exc_IndexError);
        if (i < 0) i += n;
        if (i < 0 || i >= n)
            lp_raise(&lp_exc_IndexError, lp_bytearray_check(self) ? "bytearray index out of range"
                                                                   : "index out of range");
        return lp_from_int((unsigned char)s[i]);
    }
    if (lp_slice_check(key)) {
        int64_t start, stop, step, len;
        lp_slice_indices(key, n, &start, &stop, &step, &len);
        if (step == 1) return lp_bytes_like(self, s + start, len);
        char *tmp = lp_alloc_atomic((size_t)len + 1);
        for (int64_t k = 0, i = start; k < len; k++, i += step) tmp[k] = s[i];
        return lp_bytes_like(self, tmp, len);
    }
    lp_raise(&lp_exc_TypeError, "%s indices must be integers or slices, not %T",
             lp_bytearray_check(self) ? "bytearray" : "byte", key);
}

static int bytes_contains(lp_value self, lp_value x)
{
    const char *s, *sub;
    int64_t n, m;
    lp_bytes_view(self, &s, &n);
    if (lp_is_int(x) || lp_type_of(x)->index) {
        int c = lp_bytes_byte_value(x, "byte must be in range(0, 256)");
        return memchr(s, c, (size_t)n) != NULL;
    }
    lp_bytes_need_view(x, &sub, &m);
    return lp_bytes_find(s, n, sub, m, 0, n) >= 0;
}

static lp_value bytes_add(lp_value a, lp_value b)
{
    const char *x, *y;
    int64_t nx, ny;
    if (!lp_bytes_view(a, &x, &nx)) return LP_NOTIMPLEMENTED;
    if (!lp_bytes_view(b, &y, &ny)) {
        lp_value r = lp_seq_try_reflected(a, b, LP_NB_ADD);
        if (r != LP_NOTIMPLEMENTED) return r;
        lp_raise(&lp_exc_TypeError, "can't concat %s to %s", lp_type_of(b)->name, lp_type_of(a)->name);
    }
    if (ny == 0 && lp_type_of(a) == &lp_type_bytes) return a;
    char *tmp = lp_alloc_atomic((size_t)(nx + ny) + 1);
    memcpy(tmp, x, (size_t)nx);
    memcpy(tmp + nx, y, (size_t)ny);
    return lp_bytes_like(a, tmp, nx + ny);
}

/* [n] copies of the [len] bytes at [s], of [self]'s type. */
static lp_value bytes_repeat(lp_value self, const char *s, int64_t len, int64_t n)
{
    if (n < 0) n = 0;
    if (len && n > INT64_MAX / len && !lp_bytearray_check(self))
        lp_raise(&lp_exc_OverflowError, "repeated bytes are too long");
    if (len && n > ((int64_t)1 << 40) / len) lp_raise(&lp_exc_MemoryError, "");
    char *tmp = lp_alloc_atomic((size_t)(len * n) + 1);
    for (int64_t i = 0; i < n; i++) memcpy(tmp + i * len, s, (size_t)len);
    return lp_bytes_like(self, tmp, len * n);
}

static lp_value bytes_mul(lp_value a, lp_value b)
{
    lp_value seq = a, n = b;
    const char *s;
    int64_t len;
    if (!lp_bytes_view(seq, &s, &len)) {
        seq = b;
        n = a;
        if (!lp_bytes_view(seq, &s, &len)) return LP_NOTIMPLEMENTED;
    } else if (lp_seq_defers_to(b, "__rmul__")) { /* b's __rmul__ before the repetition */
        lp_value r = lp_seq_try_reflected(a, b, LP_NB_MULTIPLY);
        if (r != LP_NOTIMPLEMENTED) return r;
    }
    if (!lp_is_int(n) && !lp_type_of(n)->index) {
        if (seq == a) {
            lp_value r = lp_seq_try_reflected(a, b, LP_NB_MULTIPLY);
            if (r != LP_NOTIMPLEMENTED) return r;
        }
        lp_raise(&lp_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                 lp_type_of(n)->name);
    }
    return bytes_repeat(seq, s, len, lp_is_int(n) ? lp_as_int(n) : lp_as_ssize(n, &lp_exc_OverflowError));
}

/* Each type formats only its own templates (bytearray.__rmod__(x, b'%s')
 * is NotImplemented). */
static lp_value bytes_mod(lp_value a, lp_value b)
{
    if (!lp_bytes_check(a)) return LP_NOTIMPLEMENTED;
    return lp_bytes_percent(a, b);
}

static lp_value bytearray_mod(lp_value a, lp_value b)
{
    if (!lp_bytearray_check(a)) return LP_NOTIMPLEMENTED;
    return lp_bytes_percent(a, b);
}

/* ==== iteration ==== */

typedef struct {
    lp_object_t head;
    lp_value seq;  /* LP_NULL once exhausted */
    int64_t index;
} bytes_iter_t;

static lp_type_t bytes_iterator_type, bytearray_iterator_type;

static lp_value bytes_iter(lp_value self)
{
    lp_type_t *t = lp_bytearray_check(self) ? &bytearray_iterator_type : &bytes_iterator_type;
    if (!(t->flags & LP_TPF_READY)) lp_type_ready(t);
    bytes_iter_t *it = lp_alloc(sizeof *it);
    it->head.type = t;
    it->seq = self;
    return lp_from_ptr(it);
}

static lp_value bytes_iter_self(lp_value self)
{
    return self;
}

static lp_value bytes_iter_next(lp_value self)
{
    bytes_iter_t *it = lp_as_ptr(self);
    const char *s;
    int64_t n;
    if (!it->seq) return LP_NULL;
    lp_bytes_view(it->seq, &s, &n);
    if (it->index >= n) {
        it->seq = LP_NULL;
        return LP_NULL;
    }
    return lp_from_int((unsigned char)s[it->index++]);
}

static lp_type_t bytes_iterator_type = {
    .name = "bytes_iterator",
    .base = &lp_type_object,
    .size = sizeof(bytes_iter_t),
    .iter = bytes_iter_self,
    .next = bytes_iter_next,
};

static lp_type_t bytearray_iterator_type = {
    .name = "bytearray_iterator",
    .base = &lp_type_object,
    .size = sizeof(bytes_iter_t),
    .iter = bytes_iter_self,
    .next = bytes_iter_next,
};

/* ==== bytearray mutation ==== */

void lp_bytearray_resize(lp_value self, int64_t n)
{
    lp_bytearray_t *b = lp_as_bytearray(self);
    if (n + 1 > b->cap) {
        int64_t cap = b->cap * 2 > n + 1 ? b->cap * 2 : n + 1;
        char *d = lp_alloc_atomic((size_t)cap);
        memcpy(d, b->data, (size_t)b->len);
        b->data = d;
        b->cap = cap;
    }
    b->len = n;
    b->data[n] = 0;
}

/* Replaces [start, stop) of the bytearray with [n] bytes at [src]. */
void lp_bytearray_splice(lp_value self, int64_t start, int64_t stop, const char *src, int64_t n)
{
    lp_bytearray_t *b = lp_as_bytearray(self);
    int64_t old = b->len, tail = old - stop;
    char *copy = lp_alloc_atomic((size_t)n + 1);
    memcpy(copy, src, (size_t)n); /* src may be inside the buffer */
    if (n > stop - start) lp_bytearray_resize(self, old + n - (stop - start));
    memmove(b->data + start + n, b->data + stop, (size_t)tail);
    memcpy(b->data + start, copy, (size_t)n);
    if (n < stop - start) lp_bytearray_resize(self, old + n - (stop - start));
}

static void bytearray_setitem(lp_value self, lp_value key, lp_value v)
{
    lp_bytearray_t *b = lp_as_bytearray(self);
    if (lp_is_int(key) || lp_type_of(key)->index) {
        int64_t i = lp_is_int(key) ? lp_as_int(key) : lp_as_ssize(key, &lp_exc_IndexError);
        int c = v ? lp_bytes_byte_value(v, "byte must be in range(0, 256)") : 0; /* value first */
        if (i < 0) i += b->len;
        if (i < 0 || i >= b->len) lp_raise(&lp_exc_IndexError, "bytearray index out of range");
        if (!v) lp_bytearray_splice(self, i, i + 1, "", 0);
        else b->data[i] = (char)c;
        return;
    }
    if (!lp_slice_check(key))
        lp_raise(&lp_exc_TypeError, "bytearray indices must be integers or slices, not %T", key);
    lp_bytearray_set_slice(self, key, v);
}

static lp_value bytearray_iadd(lp_value a, lp_value b)
{
    const char *s;
    int64_t n;
    if (lp_seq_defers_to(b, "__radd__")) { /* b's __radd__ before the concatenation */
        lp_value r = lp_seq_try_reflected(a, b, LP_NB_ADD);
        if (r != LP_NOTIMPLEMENTED) return r;
    }
    if (!lp_bytes_view(b, &s, &n))
        lp_raise(&lp_exc_TypeError, "can't concat %s to %s", lp_type_of(b)->name, lp_type_of(a)->name);
    int64_t len = lp_as_bytearray(a)->len;
    lp_bytearray_splice(a, len, len, s, n);
    return a;
}

static lp_value bytearray_imul(lp_value a, lp_value b)
{
    if (lp_seq_defers_to(b, "__rmul__")) { /* b's __rmul__ before the repetition */
        lp_value r = lp_seq_try_reflected(a, b, LP_NB_MULTIPLY);
        if (r != LP_NOTIMPLEMENTED) return r;
    }
    if (!lp_is_int(b) && !lp_type_of(b)->index) return LP_NOTIMPLEMENTED;
    lp_bytearray_t *ba = lp_as_bytearray(a);
    lp_value r = bytes_repeat(a, ba->data, ba->len, lp_is_int(b) ? lp_as_int(b) : lp_as_ssize(b, &lp_exc_OverflowError));
    lp_bytearray_t *rb = lp_as_bytearray(r);
    ba->data = rb->data;
    ba->len = rb->len;
    ba->cap = rb->cap;
    return a;
}

/* ==== the types ==== */

lp_type_t lp_type_bytes = {
    .name = "bytes",
    .base = &lp_type_object,
    .size = sizeof(lp_bytes_t),
    .flags = LP_TPF_BASETYPE,
    .new = bytes_new,
    .repr = bytes_repr_slot,
    .hash = bytes_hash,
    .compare = bytes_only_compare,
    .iter = bytes_iter,
    .len = bytes_len,
    .getitem = bytes_getitem,
    .contains = bytes_contains,
    .binop = { [LP_NB_ADD] = bytes_add, [LP_NB_MULTIPLY] = bytes_mul, [LP_NB_REMAINDER] = bytes_mod },
    .methods = lp_bytes_methods,
};

lp_type_t lp_type_bytearray = {
    .name = "bytearray",
    .base = &lp_type_object,
    .size = sizeof(lp_bytearray_t),
    .flags = LP_TPF_BASETYPE,
    .new = bytearray_new,
    .init = bytearray_init,
    .repr = bytes_repr_slot,
    .compare = bytes_compare,
    .iter = bytes_iter,
    .len = bytes_len,
    .getitem = bytes_getitem,
    .setitem = bytearray_setitem,
    .contains = bytes_contains,
    .binop = { [LP_NB_ADD] = bytes_add, [LP_NB_MULTIPLY] = bytes_mul, [LP_NB_REMAINDER] = bytearray_mod },
    .inplace = { [LP_NB_ADD] = bytearray_iadd, [LP_NB_MULTIPLY] = bytearray_imul },
    .methods = lp_bytearray_methods,
};
