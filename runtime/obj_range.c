/* obj_range.c -- the range type and its iterator.
 *
 * A range keeps start, stop, step and its length as int values, which may
 * be big: range(2**100) works, only len() of it overflows, as in CPython.
 * When all of them are small ints (at most 49 bits) the arithmetic is done
 * in int64 without any overflow; otherwise through the big-int API.  The
 * iterator walks int64 counters, or int values for ranges beyond int64
 * (CPython's longrange_iterator).
 *
 * SPDX-License-Identifier: MIT
 */
#include "obj_range.h"

#include "container.h"
#include "error.h"
#include "gc.h"
#include "obj_int.h"
#include "obj_slice.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"
#include "types.h"

bool lp_range_check(lp_value v)
{
    return lp_is_ptr(v) && lp_as_object(v)->type == &lp_type_range;
}

/* ==== int arithmetic that cannot fail here ==== */

static lp_value iadd(lp_value a, lp_value b)
{
    if (lp_is_int(a) && lp_is_int(b)) return lp_int_from_i64(lp_as_int(a) + lp_as_int(b));
    lp_value r;
    lp_int_add(a, b, &r);
    return r;
}

static lp_value isub(lp_value a, lp_value b)
{
    if (lp_is_int(a) && lp_is_int(b)) return lp_int_from_i64(lp_as_int(a) - lp_as_int(b));
    lp_value r;
    lp_int_sub(a, b, &r);
    return r;
}

static lp_value imul(lp_value a, lp_value b)
{
    lp_value r;
    if (lp_int_mul(a, b, &r) != LP_INT_OK) lp_raise(&lp_exc_MemoryError, "");
    return r;
}

static lp_value ifloordiv(lp_value a, lp_value b)
{
    lp_value r;
    lp_int_floordiv(a, b, &r);
    return r;
}

static int isign(lp_value a)
{
    return lp_int_compare(a, lp_from_int(0));
}

/* The number of items of range(start, stop, step). */
static lp_value range_length(lp_value start, lp_value stop, lp_value step)
{
    lp_value one = lp_from_int(1);
    if (isign(step) > 0) {
        if (lp_int_compare(start, stop) >= 0) return lp_from_int(0);
        return iadd(ifloordiv(isub(isub(stop, start), one), step), one);
    }
    if (lp_int_compare(start, stop) <= 0) return lp_from_int(0);
    lp_value nstep;
    lp_int_neg(step, &nstep);
    return iadd(ifloordiv(isub(isub(start, stop), one), nstep), one);
}

lp_value lp_range_new(lp_value start, lp_value stop, lp_value step)
{
    if (isign(step) == 0) lp_raise(&lp_exc_ValueError, "range() arg 3 must not be zero");
    lp_range_t *r = lp_alloc(sizeof *r);
    r->head.type = &lp_type_range;
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = range_length(start, stop, step);
    return lp_from_ptr(r);
}

/* ==== slots ==== */

/* An argument of range(): an int through __index__ (bool becomes int). */
static lp_value range_arg(lp_value v)
{
    return lp_is_int(v) ? v : lp_index(v);
}

static lp_value range_new(lp_type_t *type, lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_range("range", nargs, kwnames, 1, 3);
    if (nargs == 1) return lp_range_new(lp_from_int(0), range_arg(args[0]), lp_from_int(1));
    lp_value start = range_arg(args[0]), stop = range_arg(args[1]);
    return lp_range_new(start, stop, nargs > 2 ? range_arg(args[2]) : lp_from_int(1));
}

static lp_value range_repr(lp_value self)
{
    lp_range_t *r = lp_as_range(self);
    if (lp_is_int(r->step) && lp_as_int(r->step) == 1)
        return lp_str_format_c("range(%R, %R)", r->start, r->stop);
    return lp_str_format_c("range(%R, %R, %R)", r->start, r->stop, r->step);
}

static int64_t range_hash(lp_value self)
{
    lp_range_t *r = lp_as_range(self);
    lp_value t;
    if (isign(r->length) == 0)
        t = lp_tuple_pack(3, r->length, LP_NONE, LP_NONE);
    else if (lp_int_eq(r->length, lp_from_int(1)))
        t = lp_tuple_pack(3, r->length, r->start, LP_NONE);
    else
        t = lp_tuple_pack(3, r->length, r->start, r->step);
    return lp_hash(t);
}

/* Ranges are equal when they give the same items. */
static bool range_equal(lp_range_t *a, lp_range_t *b)
{
    if (a == b) return true;
    if (!lp_int_eq(a->length, b->length)) return false;
    if (isign(a->length) == 0) return true;
    if (!lp_int_eq(a->start, b->start)) return false;
    if (lp_int_eq(a->length, lp_from_int(1))) return true;
    return lp_int_eq(a->step, b->step);
}

static lp_value range_compare(lp_value self, lp_value other, lp_cmpop_t op)
{
    if (!lp_range_check(other) || (op != LP_EQ && op != LP_NE)) return LP_NOTIMPLEMENTED;
    bool eq = range_equal(lp_as_range(self), lp_as_range(other));
    return lp_bool(op == LP_EQ ? eq : !eq);
}

static int range_truth(lp_value self)
{
    return isign(lp_as_range(self)->length) != 0;
}

static int64_t range_len(lp_value self)
{
    int64_t n;
    if (!lp_int_as_i64(lp_as_range(self)->length, &n))
        lp_raise(&lp_exc_OverflowError, "Python int too large to convert to C ssize_t");
    return n;
}

/* start + i * step */
static lp_value range_at(lp_range_t *r, lp_value i)
{
    return iadd(r->start, imul(i, r->step));
}

/* range(...)[slice]: the slice resolved with int values (ranges may be huge). */
static lp_value range_slice(lp_range_t *r, lp_value key)
{
    lp_value start, stop, step;
    lp_slice_indices_int(key, r->length, &start, &stop, &step);
    return lp_range_new(range_at(r, start), range_at(r, stop), imul(r->step, step));
}

static lp_value range_getitem(lp_value self, lp_value key)
{
    lp_range_t *r = lp_as_range(self);
    if (lp_container_is_index(key)) {
        lp_value i = lp_is_int(key) ? key : lp_index(key);
        if (isign(i) < 0) i = iadd(i, r->length);
        if (isign(i) < 0 || lp_int_compare(i, r->length) >= 0)
            lp_raise(&lp_exc_IndexError, "range object index out of range");
        return range_at(r, i);
    }
    if (lp_slice_check(key)) return range_slice(r, key);
    lp_raise(&lp_exc_TypeError, "range indices must be integers or slices, not %T", key);
}

/* For an int [x]: true when x is one of the range's items. */
static bool range_has_int(lp_range_t *r, lp_value x)
{
    if (isign(r->length) == 0) return false;
    lp_value last = range_at(r, isub(r->length, lp_from_int(1)));
    bool up = isign(r->step) > 0;
    lp_value lo = up ? r->start : last, hi = up ? last : r->start;
    if (lp_int_compare(x, lo) < 0 || lp_int_compare(x, hi) > 0) return false;
    lp_value rem;
    lp_int_mod(isub(x, r->start), r->step, &rem);
    return isign(rem) == 0;
}

static bool is_exact_int(lp_value x)
{
    return lp_is_int(x) || lp_type_of(x) == &lp_type_int || lp_type_of(x) == &lp_type_bool;
}

/* An int (or bool) as the int value of the same number. */
static lp_value as_plain_int(lp_value x)
{
    return lp_type_of(x) == &lp_type_bool ? lp_from_int(x == LP_TRUE) : x;
}

static int range_contains(lp_value self, lp_value x)
{
    lp_range_t *r = lp_as_range(self);
    if (is_exact_int(x)) return range_has_int(r, as_plain_int(x));
    lp_value it = lp_iter(self);
    for (lp_value v; (v = lp_iter_next(it)) != LP_NULL;)
        if (lp_eq(v, x)) return 1;
    return 0;
}

/* ==== methods and attributes ==== */

static lp_value range_count(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_one("range.count", nargs - 1, kwnames);
    lp_range_t *r = lp_as_range(args[0]);
    lp_value x = args[1];
    if (is_exact_int(x)) return lp_from_int(range_has_int(r, as_plain_int(x)));
    int64_t n = 0;
    lp_value it = lp_iter(args[0]);
    for (lp_value v; (v = lp_iter_next(it)) != LP_NULL;)
        n += lp_eq(v, x);
    return lp_int_from_i64(n);
}

static lp_value range_index(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_one("range.index", nargs - 1, kwnames);
    lp_range_t *r = lp_as_range(args[0]);
    lp_value x = args[1];
    if (is_exact_int(x)) {
        lp_value i = as_plain_int(x);
        if (range_has_int(r, i)) return ifloordiv(isub(i, r->start), r->step);
        lp_raise(&lp_exc_ValueError, "%R is not in range", x);
    }
    int64_t i = 0;
    lp_value it = lp_iter(args[0]);
    for (lp_value v; (v = lp_iter_next(it)) != LP_NULL; i++)
        if (lp_eq(v, x)) return lp_int_from_i64(i);
    lp_raise(&lp_exc_ValueError, "sequence.index(x): x not in sequence");
}

static lp_value range_reversed(lp_value *args, size_t nargs, lp_value kwnames);

static lp_value range_reduce(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_range_t *r = lp_as_range(args[0]);
    return lp_tuple_pack(2, lp_from_ptr(&lp_type_range),
                         lp_tuple_pack(3, r->start, r->stop, r->step));
}

static const lp_method_def_t range_methods[] = {
    {"count", range_count, 0,
     "rangeobject.count(value) -> integer -- return number of occurrences of value"},
    {"index", range_index, 0, "rangeobject.index(value) -> integer -- return index of value."},
    {"__reversed__", range_reversed, 0, "Return a reverse iterator."},
    {"__reduce__", range_reduce, 0, NULL},
    {NULL},
};

static lp_value range_start(lp_value self)
{
    return lp_as_range(self)->start;
}

static lp_value range_stop(lp_value self)
{
    return lp_as_range(self)->stop;
}

static lp_value range_step(lp_value self)
{
    return lp_as_range(self)->step;
}

static const lp_getset_def_t range_getsets[] = {
    {"start", range_start, NULL, NULL},
    {"stop", range_stop, NULL, NULL},
    {"step", range_step, NULL, NULL},
    {NULL},
};

/* ==== iterator ==== */

typedef struct {
    lp_object_t head;
    int64_t cur, step, left;     /* the int64 walk */
    lp_value bcur, bstep, bleft; /* the big walk (LP_NULL when int64 is used) */
} range_iter_t;

static lp_type_t type_longrange_iterator;

static lp_value range_iter_make(lp_value start, lp_value step, lp_value len)
{
    range_iter_t *it = lp_alloc(sizeof *it);
    it->head.type = &lp_type_range_iterator;
    lp_value last = iadd(start, imul(isub(len, lp_from_int(1)), step));
    if (lp_int_as_i64(start, &it->cur) && lp_int_as_i64(step, &it->step) &&
        lp_int_as_i64(len, &it->left) && lp_int_as_i64(last, &(int64_t){0}))
        return lp_from_ptr(it);
    it->bcur = start;
    it->bstep = step;
    it->bleft = len;
    lp_type_ready(&type_longrange_iterator);
    it->head.type = &type_longrange_iterator; /* CPython's name for the big walk */
    return lp_from_ptr(it);
}

static lp_value range_iter(lp_value self)
{
    lp_range_t *r = lp_as_range(self);
    return range_iter_make(r->start, r->step, r->length);
}

static lp_value range_reversed(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_none("range.__reversed__", nargs - 1, kwnames);
    lp_range_t *r = lp_as_range(args[0]);
    lp_value nstep;
    lp_int_neg(r->step, &nstep);
    lp_value last = iadd(r->start, imul(isub(r->length, lp_from_int(1)), r->step));
    return range_iter_make(last, nstep, r->length);
}

static lp_value rangeiter_self(lp_value self)
{
    return self;
}

static lp_value rangeiter_next(lp_value self)
{
    range_iter_t *it = lp_as_ptr(self);
    if (it->bleft == LP_NULL) {
        if (it->left <= 0) return LP_NULL;
        it->left--;
        int64_t v = it->cur;
        it->cur += it->left ? it->step : 0;
        return lp_int_from_i64(v);
    }
    if (isign(it->bleft) <= 0) return LP_NULL;
    lp_value v = it->bcur;
    it->bleft = isub(it->bleft, lp_from_int(1));
    it->bcur = iadd(it->bcur, it->bstep);
    return v;
}

static lp_value rangeiter_length_hint(lp_value *args, size_t nargs, lp_value kwnames)
{
    range_iter_t *it = lp_as_ptr(args[0]);
    lp_args_none(it->bleft == LP_NULL ? "range_iterator.__length_hint__"
                                      : "longrange_iterator.__length_hint__",
                 nargs - 1, kwnames);
    return it->bleft == LP_NULL ? lp_int_from_i64(it->left) : it->bleft;
}

static const lp_method_def_t rangeiter_methods[] = {
    {"__length_hint__", rangeiter_length_hint, 0,
     "Private method returning an estimate of len(list(it))."},
    {NULL},
};

/* ==== the types ==== */

lp_type_t lp_type_range = {
    .name = "range",
    .base = &lp_type_object,
    .size = sizeof(lp_range_t),
    .doc = "range(stop) -> range object\n"
           "range(start, stop[, step]) -> range object\n"
           "\n"
           "Return an object that produces a sequence of integers from start (inclusive)\n"
           "to stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\n"
           "start defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\n"
           "These are exactly the valid indices for a list of 4 elements.\n"
           "When step is given, it specifies the increment (or decrement).",
    .new = range_new,
    .repr = range_repr,
    .hash = range_hash,
    .compare = range_compare,
    .iter = range_iter,
    .truth = range_truth,
    .len = range_len,
    .getitem = range_getitem,
    .contains = range_contains,
    .methods = range_methods,
    .getsets = range_getsets,
};

lp_type_t lp_type_range_iterator = {
    .name = "range_iterator",
    .base = &lp_type_object,
    .size = sizeof(range_iter_t),
    .iter = rangeiter_self,
    .next = rangeiter_next,
    .methods = rangeiter_methods,
};

static lp_type_t type_longrange_iterator = {
    .name = "longrange_iterator",
    .base = &lp_type_object,
    .size = sizeof(range_iter_t),
    .iter = rangeiter_self,
    .next = rangeiter_next,
    .methods = rangeiter_methods,
};
