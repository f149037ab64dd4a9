/* obj_slice.c -- the slice type and lp_slice_indices.
 *
 * A slice holds three arbitrary values; only when it is applied to a
 * sequence are they converted (CPython's PySlice_Unpack and
 * PySlice_AdjustIndices, whose clamping rules lp_slice_indices follows).
 * Slices compare as (start, stop, step) tuples and, in 3.11, are unhashable.
 *
 * SPDX-License-Identifier: MIT
 */
#include "obj_slice.h"

#include "container.h"
#include "error.h"
#include "gc.h"
#include "obj_int.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"
#include "types.h"

bool lp_slice_check(lp_value v)
{
    return lp_is_ptr(v) && lp_as_object(v)->type == &lp_type_slice;
}

lp_value lp_slice_new(lp_value start, lp_value stop, lp_value step)
{
    lp_slice_t *s = lp_alloc(sizeof *s);
    s->head.type = &lp_type_slice;
    s->start = start == LP_NULL ? LP_NONE : start;
    s->stop = stop == LP_NULL ? LP_NONE : stop;
    s->step = step == LP_NULL ? LP_NONE : step;
    return lp_from_ptr(s);
}

/* ==== resolving ==== */

/* A slice bound as an int64, clamped (CPython's _PyEval_SliceIndex). */
static int64_t slice_index(lp_value v)
{
    if (lp_is_int(v)) return lp_as_int(v);
    if (!lp_container_is_index(v))
        lp_raise(&lp_exc_TypeError,
                 "slice indices must be integers or None or have an __index__ method");
    return lp_as_ssize(v, NULL);
}

/* Clamps [*i] into the sequence as PySlice_AdjustIndices does. */
static void slice_adjust(int64_t *i, int64_t len, int64_t step)
{
    if (*i < 0) {
        *i += len;
        if (*i < 0) *i = step < 0 ? -1 : 0;
    } else if (*i >= len) {
        *i = step < 0 ? len - 1 : len;
    }
}

bool lp_slice_indices(lp_value slice, int64_t len, int64_t *start, int64_t *stop, int64_t *step,
                      int64_t *slicelen)
{
    lp_slice_t *s = lp_as_slice(slice);
    int64_t st = 1;
    if (s->step != LP_NONE) {
        st = slice_index(s->step);
        if (st == 0) lp_raise(&lp_exc_ValueError, "slice step cannot be zero");
        if (st < -INT64_MAX) st = -INT64_MAX; /* so that -step cannot overflow */
    }
    int64_t a = s->start == LP_NONE ? (st < 0 ? INT64_MAX : 0) : slice_index(s->start);
    int64_t b = s->stop == LP_NONE ? (st < 0 ? INT64_MIN : INT64_MAX) : slice_index(s->stop);
    slice_adjust(&a, len, st);
    slice_adjust(&b, len, st);
    int64_t n = 0;
    if (st < 0) {
        if (b < a) n = (a - b - 1) / (-st) + 1;
    } else if (a < b) {
        n = (b - a - 1) / st + 1;
    }
    *start = a;
    *stop = b;
    *step = st;
    *slicelen = n;
    return true;
}

/* ==== resolving with ints of any size ==== */

/* A slice bound as an int, through __index__. */
static lp_value slice_bound_int(lp_value v)
{
    if (!lp_container_is_index(v))
        lp_raise(&lp_exc_TypeError,
                 "slice indices must be integers or None or have an __index__ method");
    return lp_is_int(v) ? v : lp_index(v);
}

static int int_sign(lp_value v)
{
    return lp_int_compare(v, lp_from_int(0));
}

static lp_value int_add(lp_value a, lp_value b)
{
    lp_value r;
    lp_int_add(a, b, &r);
    return r;
}

/* [v] (a start or stop) counted from [len] when negative, clamped into
 * [lower, upper]; [dflt] for None. */
static lp_value slice_clamp_int(lp_value v, lp_value len, lp_value lower, lp_value upper,
                                lp_value dflt)
{
    if (v == LP_NONE) return dflt;
    v = slice_bound_int(v);
    if (int_sign(v) < 0) {
        v = int_add(v, len);
        if (lp_int_compare(v, lower) < 0) v = lower;
    } else if (lp_int_compare(v, upper) > 0) {
        v = upper;
    }
    return v;
}

void lp_slice_indices_int(lp_value slice, lp_value len, lp_value *start, lp_value *stop,
                          lp_value *step)
{
    lp_slice_t *s = lp_as_slice(slice);
    lp_value st = s->step == LP_NONE ? lp_from_int(1) : slice_bound_int(s->step);
    if (int_sign(st) == 0) lp_raise(&lp_exc_ValueError, "slice step cannot be zero");
    bool neg = int_sign(st) < 0;
    lp_value lower = lp_from_int(neg ? -1 : 0);
    lp_value upper = neg ? int_add(len, lower) : len;
    *start = slice_clamp_int(s->start, len, lower, upper, neg ? upper : lower);
    *stop = slice_clamp_int(s->stop, len, lower, upper, neg ? lower : upper);
    *step = st;
}

/* ==== slots ==== */

static lp_value slice_new(lp_type_t *type, lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_range("slice", nargs, kwnames, 1, 3);
    if (nargs == 1) return lp_slice_new(LP_NONE, args[0], LP_NONE);
    return lp_slice_new(args[0], args[1], nargs > 2 ? args[2] : LP_NONE);
}

static lp_value slice_repr(lp_value self)
{
    lp_slice_t *s = lp_as_slice(self);
    return lp_str_format_c("slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static lp_value slice_as_tuple(lp_value v)
{
    lp_slice_t *s = lp_as_slice(v);
    return lp_tuple_pack(3, s->start, s->stop, s->step);
}

static lp_value slice_compare(lp_value self, lp_value other, lp_cmpop_t op)
{
    if (!lp_slice_check(other)) return LP_NOTIMPLEMENTED;
    if (self == other && (op == LP_EQ || op == LP_NE)) return lp_bool(op == LP_EQ);
    return lp_compare(slice_as_tuple(self), slice_as_tuple(other), op);
}

/* ==== methods and attributes ==== */

static lp_value slice_indices_m(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_one("slice.indices", nargs - 1, kwnames);
    lp_value len = lp_is_int(args[1]) ? args[1] : lp_index(args[1]);
    if (int_sign(len) < 0) lp_raise(&lp_exc_ValueError, "length should not be negative");
    lp_value start, stop, step;
    lp_slice_indices_int(args[0], len, &start, &stop, &step);
    return lp_tuple_pack(3, start, stop, step);
}

static lp_value slice_reduce(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_none("slice.__reduce__", nargs - 1, kwnames);
    return lp_tuple_pack(2, lp_from_ptr(&lp_type_slice), slice_as_tuple(args[0]));
}

static const lp_method_def_t slice_methods[] = {
    {"indices", slice_indices_m, 0, "S.indices(len) -> (start, stop, stride)"},
    {"__reduce__", slice_reduce, 0, "Return state information for pickling."},
    {NULL},
};

static lp_value slice_start(lp_value self)
{
    return lp_as_slice(self)->start;
}

static lp_value slice_stop(lp_value self)
{
    return lp_as_slice(self)->stop;
}

static lp_value slice_step(lp_value self)
{
    return lp_as_slice(self)->step;
}

static const lp_getset_def_t slice_getsets[] = {
    {"start", slice_start, NULL, NULL},
    {"stop", slice_stop, NULL, NULL},
    {"step", slice_step, NULL, NULL},
    {NULL},
};

lp_type_t lp_type_slice = {
    .name = "slice",
    .base = &lp_type_object,
    .size = sizeof(lp_slice_t),
    .doc = "slice(stop)\n"
           "slice(start, stop[, step])\n"
           "\n"
           "Create a slice object.  This is used for extended slicing (e.g. a[0:10:2]).",
    .new = slice_new,
    .repr = slice_repr,
    .compare = slice_compare,
    .methods = slice_methods,
    .getsets = slice_getsets,
};
