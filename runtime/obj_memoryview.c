/* obj_memoryview.c -- memoryview basics: one-dimensional views of bytes and
 * bytearray objects, format 'B' (unsigned bytes), itemsize 1.
 *
 * A view records its object and a window (start, step, length) on it, and
 * reads the object's data afresh on every access, so a bytearray that grows
 * or moves never leaves a view pointing at freed memory.  Slicing makes a
 * new window on the same object: no copy, and writes through a view of a
 * bytearray change the bytearray, as in CPython.
 *
 * SPDX-License-Identifier: MIT
 */
#include <string.h>

#include "error.h"
#include "gc.h"
#include "mod_builtins.h"
#include "obj_bytes.h"
#include "obj_func.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_slice.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"
#include "types.h"

typedef struct {
    lp_object_t head;
    lp_value obj;         /* the bytes or bytearray viewed */
    int64_t start, step;  /* byte offset of item 0, distance between items */
    int64_t len;          /* items */
    bool released;
    bool ro;              /* readonly: a bytes object, or toreadonly() */
    char fmt;             /* 'B', 'b' or 'c' (cast) */
} memview_t;

static memview_t *as_mv(lp_value v)
{
    memview_t *m = lp_as_ptr(v);
    if (m->released) lp_raise(&lp_exc_ValueError, "operation forbidden on released memoryview object");
    return m;
}

/* The viewed object's bytes, with the window checked against its size. */
static char *mv_data(memview_t *m)
{
    const char *data;
    int64_t n;
    lp_bytes_view(m->obj, &data, &n);
    int64_t last = m->len ? m->start + (m->len - 1) * m->step : m->start;
    if (m->start > n || last > n || (m->len && last >= n))
        lp_raise(&lp_exc_IndexError, "memoryview: underlying buffer has shrunk");
    return (char *)data;
}

static lp_value mv_make(lp_value obj, int64_t start, int64_t step, int64_t len)
{
    memview_t *m = lp_alloc(sizeof *m);
    m->head.type = &lp_type_memoryview;
    m->obj = obj;
    m->start = start;
    m->step = step;
    m->len = len;
    m->ro = !lp_bytearray_check(obj);
    m->fmt = 'B';
    return lp_from_ptr(m);
}

/* A view of the same items as [m] with its flags. */
static lp_value mv_like(const memview_t *m, int64_t start, int64_t step, int64_t len)
{
    lp_value v = mv_make(m->obj, start, step, len);
    ((memview_t *)lp_as_ptr(v))->ro = m->ro;
    ((memview_t *)lp_as_ptr(v))->fmt = m->fmt;
    return v;
}

/* The item at byte [off] as its format reads it. */
static lp_value mv_item(const memview_t *m, const char *data, int64_t off)
{
    if (m->fmt == 'b') return lp_from_int((signed char)data[off]);
    if (m->fmt == 'c') return lp_bytes_new(data + off, 1);
    return lp_from_int((unsigned char)data[off]);
}

static lp_value mv_new(lp_type_t *t, lp_value *args, size_t nargs, lp_value kwnames)
{
    /* memoryview(object): Argument Clinic's messages */
    size_t nkw = kwnames ? (size_t)lp_tuple_len(kwnames) : 0;
    if (nargs + nkw > 1)
        lp_raise(&lp_exc_TypeError, "memoryview() takes at most 1 argument (%zu given)",
                 nargs + nkw);
    if (nkw && !lp_str_eq_cstr(lp_tuple_get(kwnames, 0), "object"))
        lp_raise(&lp_exc_TypeError, "memoryview() missing required argument 'object' (pos 1)");
    if (nargs + nkw == 0)
        lp_raise(&lp_exc_TypeError, "memoryview() missing required argument 'object' (pos 1)");
    lp_value obj = args[0];
    if (lp_type_of(obj) == &lp_type_memoryview) {
        memview_t *src = as_mv(obj);
        return mv_like(src, src->start, src->step, src->len);
    }
    const char *data;
    int64_t n;
    if (!lp_bytes_view(obj, &data, &n))
        lp_raise(&lp_exc_TypeError, "memoryview: a bytes-like object is required, not '%T'", obj);
    return mv_make(obj, 0, 1, n);
}

static int64_t mv_len(lp_value self)
{
    return as_mv(self)->len;
}

/* The byte offset of item [key] (an index), with CPython's errors. */
static int64_t mv_offset(memview_t *m, lp_value key)
{
    int64_t i = lp_as_ssize(key, &lp_exc_IndexError);
    if (i < 0) i += m->len;
    if (i < 0 || i >= m->len) lp_raise(&lp_exc_IndexError, "index out of bounds on dimension 1");
    return m->start + i * m->step;
}

static bool is_index(lp_value v)
{
    return lp_is_int(v) || lp_type_of(v)->index || lp_is_instance(v, &lp_type_int);
}

/* The index of a key that is not a slice, with CPython's errors for the
 * rest: tuples are multi-dimensional keys ((i,) works on one dimension). */
static lp_value mv_index_key(lp_value key, bool store)
{
    if (is_index(key)) return key;
    if (!lp_tuple_check(key)) lp_raise(&lp_exc_TypeError, "memoryview: invalid slice key");
    int64_t n = lp_tuple_len(key), ints = 0, slices = 0;
    for (int64_t i = 0; i < n; i++) {
        ints += is_index(lp_tuple_get(key, i));
        slices += lp_slice_check(lp_tuple_get(key, i));
    }
    if (ints == n) {
        if (n > 1)
            lp_raise(&lp_exc_TypeError, "cannot index 1-dimension view with %lld-element tuple",
                     (long long)n);
        if (n == 1) return lp_tuple_get(key, 0);
        lp_raise(&lp_exc_NotImplementedError, "sub-views are not implemented");
    }
    if (slices == n)
        lp_raise(&lp_exc_NotImplementedError, store
                 ? "memoryview slice assignments are currently restricted to ndim = 1"
                 : "multi-dimensional slicing is not implemented");
    lp_raise(&lp_exc_TypeError, "memoryview: invalid slice key");
}

static lp_value mv_getitem(lp_value self, lp_value key)
{
    memview_t *m = as_mv(self);
    if (lp_slice_check(key)) {
        int64_t start, stop, step, n;
        lp_slice_indices(key, m->len, &start, &stop, &step, &n);
        return mv_like(m, m->start + start * m->step, m->step * step, n);
    }
    int64_t off = mv_offset(m, mv_index_key(key, false));
    return mv_item(m, mv_data(m), off);
}

static void mv_setitem(lp_value self, lp_value key, lp_value v)
{
    memview_t *m = as_mv(self);
    if (m->ro) lp_raise(&lp_exc_TypeError, "cannot modify read-only memory");
    if (!v) lp_raise(&lp_exc_TypeError, "cannot delete memory");
    if (lp_slice_check(key)) {
        const char *src;
        int64_t sn;
        if (!lp_bytes_view(v, &src, &sn) && lp_type_of(v) != &lp_type_memoryview)
            lp_raise(&lp_exc_TypeError, "a bytes-like object is required, not '%T'", v);
        if (lp_type_of(v) == &lp_type_memoryview) {
            v = lp_call1(lp_from_ptr(&lp_type_bytes), v);
            lp_bytes_view(v, &src, &sn);
        }
        int64_t start, stop, step, n; /* after the value's buffer, as CPython */
        lp_slice_indices(key, m->len, &start, &stop, &step, &n);
        if (sn != n)
            lp_raise(&lp_exc_ValueError,
                     "memoryview assignment: lvalue and rvalue have different structures");
        char *data = mv_data(m);
        for (int64_t i = 0; i < n; i++) data[m->start + (start + i * step) * m->step] = src[i];
        return;
    }
    int64_t off = mv_offset(m, mv_index_key(key, true));
    const char *s;
    int64_t x, sn;
    if (m->fmt == 'c') {
        if (!lp_bytes_check(v))
            lp_raise(&lp_exc_TypeError, "memoryview: invalid type for format 'c'");
        if (!lp_bytes_view(v, &s, &sn) || sn != 1)
            lp_raise(&lp_exc_ValueError, "memoryview: invalid value for format 'c'");
        x = (unsigned char)s[0];
    } else {
        if (!lp_is_instance(v, &lp_type_int))
            lp_raise(&lp_exc_TypeError, "memoryview: invalid type for format '%c'", m->fmt);
        int64_t lo = m->fmt == 'b' ? -128 : 0;
        if (!lp_int_as_i64(lp_index(v), &x) || x < lo || x > lo + 255)
            lp_raise(&lp_exc_ValueError, "memoryview: invalid value for format '%c'", m->fmt);
    }
    mv_data(m)[off] = (char)x;
}

/* The viewed bytes as one contiguous bytes object. */
static lp_value mv_tobytes_value(memview_t *m)
{
    const char *data = mv_data(m);
    char *out = lp_alloc_atomic((size_t)m->len + 1);
    for (int64_t i = 0; i < m->len; i++) out[i] = data[m->start + i * m->step];
    return lp_bytes_new(out, (size_t)m->len);
}

static lp_value mv_tobytes(lp_value *args, size_t nargs, lp_value kwnames)
{
    return mv_tobytes_value(as_mv(args[0]));
}

static lp_value mv_tolist(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("tolist", nargs, kwnames, 1, 1);
    memview_t *m = as_mv(args[0]);
    const char *data = mv_data(m);
    lp_value l = lp_list_new(m->len);
    for (int64_t i = 0; i < m->len; i++)
        lp_list_append(l, mv_item(m, data, m->start + i * m->step));
    return l;
}

static lp_value mv_hex(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_value bytes = mv_tobytes_value(as_mv(args[0]));
    return lp_call(lp_getattr(bytes, lp_str_intern_cstr("hex")), args + 1, nargs - 1, kwnames);
}

static lp_value mv_release(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("release", nargs, kwnames, 1, 1);
    ((memview_t *)lp_as_ptr(args[0]))->released = true;
    return LP_NONE;
}

static lp_value mv_enter(lp_value *args, size_t nargs, lp_value kwnames)
{
    as_mv(args[0]);
    return args[0];
}

static lp_value mv_exit(lp_value *args, size_t nargs, lp_value kwnames)
{
    ((memview_t *)lp_as_ptr(args[0]))->released = true;
    return LP_FALSE;
}

static lp_value mv_get_obj(lp_value self) { return as_mv(self)->obj; }
static lp_value mv_get_nbytes(lp_value self) { return lp_from_int(as_mv(self)->len); }
static lp_value mv_get_readonly(lp_value self) { return lp_bool(as_mv(self)->ro); }
static lp_value mv_get_itemsize(lp_value self) { as_mv(self); return lp_from_int(1); }
static lp_value mv_get_ndim(lp_value self) { as_mv(self); return lp_from_int(1); }
static lp_value mv_get_format(lp_value self)
{
    return lp_str_from_char((uint32_t)as_mv(self)->fmt);
}
static lp_value mv_get_shape(lp_value self) { return lp_tuple_pack(1, lp_from_int(as_mv(self)->len)); }
static lp_value mv_get_strides(lp_value self) { return lp_tuple_pack(1, lp_from_int(as_mv(self)->step)); }
static lp_value mv_get_suboffsets(lp_value self) { as_mv(self); return lp_tuple_pack(0); }

/* One dimension: contiguous when the items are adjacent and ascending. */
static bool mv_contiguous(const memview_t *m)
{
    return m->step == 1 || m->len <= 1;
}

static lp_value mv_get_contiguous(lp_value self) { return lp_bool(mv_contiguous(as_mv(self))); }

static int64_t mv_hash(lp_value self)
{
    memview_t *m = as_mv(self);
    if (!m->ro) lp_raise(&lp_exc_ValueError, "cannot hash writable memoryview object");
    if (m->fmt != 'B' && m->fmt != 'b' && m->fmt != 'c')
        lp_raise(&lp_exc_ValueError,
                 "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
    return lp_hash(mv_tobytes_value(m));
}

static lp_value mv_toreadonly(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("toreadonly", nargs, kwnames, 1, 1);
    memview_t *m = as_mv(args[0]);
    lp_value v = mv_like(m, m->start, m->step, m->len);
    ((memview_t *)lp_as_ptr(v))->ro = true;
    return v;
}

/* cast(format, shape=None) for the one-byte formats 'B', 'b' and 'c'. */
static lp_value mv_cast(lp_value *args, size_t nargs, lp_value kwnames)
{
    static const char *const names[] = {"format", "shape", NULL};
    lp_value a[2];
    lp_int_parse_args("cast", args + 1, nargs - 1, kwnames, names, 2, 1, a);
    memview_t *m = as_mv(args[0]);
    if (!lp_str_check(a[0]))
        lp_raise(&lp_exc_TypeError, "cast() argument 'format' must be str, not %s",
                 lp_arg_type_name(a[0]));
    if (!mv_contiguous(m))
        lp_raise(&lp_exc_TypeError, "memoryview: casts are restricted to C-contiguous views");
    const char *f = lp_str_utf8(a[0], NULL);
    if (f[0] == '@') f++;
    if (!f[0] || f[1] || !strchr("cbB?hHiIlLqQnNfdeP", f[0]))
        lp_raise(&lp_exc_ValueError, "memoryview: destination format must be a native single "
                                     "character format prefixed with an optional '@'");
    if (f[0] != 'B' && f[0] != 'b' && f[0] != 'c')
        lp_raise(&lp_exc_NotImplementedError,
                 "memoryview: lemonpy casts only to 'B', 'b' or 'c'");
    if (a[1] && !(lp_tuple_check(a[1]) || lp_list_check(a[1])))
        lp_raise(&lp_exc_TypeError, "shape must be a list or a tuple");
    if (a[1] && (lp_len(a[1]) != 1 ||
                 !lp_eq(lp_getitem(a[1], lp_from_int(0)), lp_from_int(m->len))))
        lp_raise(&lp_exc_NotImplementedError,
                 "memoryview: lemonpy casts only to one dimension");
    lp_value v = mv_like(m, m->start, m->step, m->len);
    ((memview_t *)lp_as_ptr(v))->fmt = f[0];
    return v;
}

static lp_value mv_compare(lp_value self, lp_value other, lp_cmpop_t op)
{
    if (op != LP_EQ && op != LP_NE) return LP_NOTIMPLEMENTED;
    memview_t *m = lp_as_ptr(self);
    if (m->released) return lp_bool((self == other) == (op == LP_EQ));
    lp_value a = mv_tobytes_value(m), b = other;
    const char *d;
    int64_t n;
    if (lp_type_of(other) == &lp_type_memoryview) {
        if (((memview_t *)lp_as_ptr(other))->released) return lp_bool(op == LP_NE);
        b = mv_tobytes_value(lp_as_ptr(other));
    } else if (!lp_bytes_view(other, &d, &n)) {
        return LP_NOTIMPLEMENTED;
    } else {
        b = lp_bytes_new(d, (size_t)n);
    }
    bool eq = lp_eq(a, b);
    return lp_bool(op == LP_EQ ? eq : !eq);
}

static lp_value mv_repr(lp_value self)
{
    memview_t *m = lp_as_ptr(self);
    return lp_str_format_c(m->released ? "<released memory at %p>" : "<memory at %p>", (void *)m);
}

typedef struct {
    lp_object_t head;
    lp_value view;
    int64_t index;
} mviter_t;

static lp_value mviter_next(lp_value self)
{
    mviter_t *it = lp_as_ptr(self);
    memview_t *m = as_mv(it->view);
    if (it->index >= m->len) return LP_NULL;
    return mv_item(m, mv_data(m), m->start + it->index++ * m->step);
}

static lp_value mviter_iter(lp_value self)
{
    return self;
}

lp_type_t lp_type_memory_iterator = {
    .name = "memory_iterator",
    .size = sizeof(mviter_t),
    .iter = mviter_iter,
    .next = mviter_next,
};

static lp_value mv_iter(lp_value self)
{
    mviter_t *it = lp_alloc(sizeof *it);
    it->head.type = &lp_type_memory_iterator;
    it->view = self;
    as_mv(self);
    return lp_from_ptr(it);
}

static const lp_method_def_t mv_methods[] = {
    {"tobytes", mv_tobytes, 0, "Return the data in the buffer as a byte string."},
    {"tolist", mv_tolist, 0, "Return the data in the buffer as a list of elements."},
    {"hex", mv_hex, 0, "Return the data in the buffer as a str of hexadecimal numbers."},
    {"toreadonly", mv_toreadonly, 0, "Return a readonly version of the memoryview."},
    {"cast", mv_cast, 0, "Cast a memoryview to a new format or shape."},
    {"release", mv_release, 0, "Release the underlying buffer exposed by the memoryview object."},
    {"__enter__", mv_enter, 0, NULL},
    {"__exit__", mv_exit, 0, NULL},
    {NULL},
};

static const lp_getset_def_t mv_getsets[] = {
    {"obj", mv_get_obj, NULL, NULL},
    {"nbytes", mv_get_nbytes, NULL, NULL},
    {"readonly", mv_get_readonly, NULL, NULL},
    {"itemsize", mv_get_itemsize, NULL, NULL},
    {"ndim", mv_get_ndim, NULL, NULL},
    {"format", mv_get_format, NULL, NULL},
    {"shape", mv_get_shape, NULL, NULL},
    {"strides", mv_get_strides, NULL, NULL},
    {"suboffsets", mv_get_suboffsets, NULL, NULL},
    {"contiguous", mv_get_contiguous, NULL, NULL},
    {"c_contiguous", mv_get_contiguous, NULL, NULL},
    {"f_contiguous", mv_get_contiguous, NULL, NULL},
    {NULL},
};

lp_type_t lp_type_memoryview = {
    .name = "memoryview",
    .size = sizeof(memview_t),
    .doc = "Create a new memoryview object which references the given object.",
    .new = mv_new,
    .repr = mv_repr,
    .compare = mv_compare,
    .hash = mv_hash,
    .len = mv_len,
    .getitem = mv_getitem,
    .setitem = mv_setitem,
    .iter = mv_iter,
    .methods = mv_methods,
    .getsets = mv_getsets,
};
