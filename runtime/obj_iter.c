/* obj_iter.c -- the iterator types of the builtins: enumerate, map,
 * filter, zip (with strict=True), reversed and iter(callable, sentinel)'s
 * callable_iterator.
 *
 * Each is an object holding its source iterators; next returns LP_NULL
 * when exhausted (object.h).  Messages are CPython 3.11's.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>

#include "error.h"
#include "gc.h"
#include "io.h"
#include "mod_builtins.h"
#include "names.h"
#include "obj_int.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"
#include "types.h"

static size_t nkw(lp_value kwnames)
{
    return kwnames ? (size_t)lp_tuple_len(kwnames) : 0;
}

/* "<map object at 0x7f...>" */
static lp_value iter_repr(lp_value self)
{
    char buf[160];
    snprintf(buf, sizeof buf, "<%s object at %#llx>", lp_type_of(self)->name,
             (unsigned long long)lp_value_id(self));
    return lp_str_from_cstr(buf);
}

static lp_value iter_self(lp_value self)
{
    return self;
}

static void *iter_alloc(lp_type_t *type, size_t size)
{
    lp_object_t *o = lp_alloc(type->size > size ? type->size : size);
    o->type = type;
    return o;
}

/* ==== enumerate ==== */

typedef struct {
    lp_object_t head;
    lp_value it;
    lp_value count; /* an int */
} enumerate_t;

static lp_value enumerate_new(lp_type_t *type, lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_value v[2] = {LP_NULL, LP_NULL};
    if (nargs + nkw(kwnames) > 2)
        lp_raise(&lp_exc_TypeError, "enumerate() takes at most 2 arguments (%zu given)",
                 nargs + nkw(kwnames));
    for (size_t i = 0; i < nargs; i++)
        v[i] = args[i];
    for (size_t k = 0; k < nkw(kwnames); k++) {
        lp_value key = lp_tuple_get(kwnames, (int64_t)k);
        int i = lp_str_eq_cstr(key, "iterable") ? 0 : lp_str_eq_cstr(key, "start") ? 1 : -1;
        if (i < 0)
            lp_raise(&lp_exc_TypeError, "'%U' is an invalid keyword argument for enumerate()", key);
        if ((size_t)i < nargs)
            lp_raise(&lp_exc_TypeError, "'%U' is an invalid keyword argument for enumerate()", key);
        v[i] = args[nargs + k];
    }
    if (!v[0]) lp_raise(&lp_exc_TypeError, "enumerate() missing required argument 'iterable'");
    enumerate_t *e = iter_alloc(type, sizeof *e);
    e->count = v[1] ? lp_index(v[1]) : lp_from_int(0);
    e->it = lp_iter(v[0]);
    return lp_from_ptr(e);
}

static lp_value enumerate_next(lp_value self)
{
    enumerate_t *e = lp_as_ptr(self);
    lp_value v = lp_iter_next(e->it);
    if (!v) return LP_NULL;
    lp_value i = e->count;
    e->count = lp_binary_op(i, lp_from_int(1), LP_NB_ADD);
    return lp_tuple_pack(2, i, v);
}

lp_type_t lp_type_enumerate = {
    .name = "enumerate",
    .size = sizeof(enumerate_t),
    .flags = LP_TPF_BASETYPE,
    .new = enumerate_new,
    .repr = iter_repr,
    .iter = iter_self,
    .next = enumerate_next,
    .doc = "Return an enumerate object.",
};

/* ==== map ==== */

typedef struct {
    lp_object_t head;
    lp_value func;
    lp_value iters; /* tuple of iterators */
} map_t;

static lp_value map_new(lp_type_t *type, lp_value *args, size_t nargs, lp_value kwnames)
{
    if (nkw(kwnames) && type == &lp_type_map)
        lp_raise(&lp_exc_TypeError, "map() takes no keyword arguments");
    if (nargs < 2) lp_raise(&lp_exc_TypeError, "map() must have at least two arguments.");
    map_t *m = iter_alloc(type, sizeof *m);
    m->func = args[0];
    lp_value its = lp_tuple_new((int64_t)nargs - 1);
    for (size_t i = 1; i < nargs; i++)
        lp_as_tuple(its)->items[i - 1] = lp_iter(args[i]);
    m->iters = its;
    return lp_from_ptr(m);
}

static lp_value map_next(lp_value self)
{
    map_t *m = lp_as_ptr(self);
    int64_t n = lp_tuple_len(m->iters);
    lp_value small[8], *vals = n <= 8 ? small : lp_alloc((size_t)n * sizeof *vals);
    for (int64_t i = 0; i < n; i++) {
        vals[i] = lp_iter_next(lp_tuple_get(m->iters, i));
        if (!vals[i]) return LP_NULL;
    }
    return lp_call(m->func, vals, (size_t)n, LP_NULL);
}

lp_type_t lp_type_map = {
    .name = "map",
    .size = sizeof(map_t),
    .flags = LP_TPF_BASETYPE,
    .new = map_new,
    .repr = iter_repr,
    .iter = iter_self,
    .next = map_next,
};

/* ==== filter ==== */

typedef struct {
    lp_object_t head;
    lp_value func; /* None: truth */
    lp_value it;
} filter_t;

static lp_value filter_new(lp_type_t *type, lp_value *args, size_t nargs, lp_value kwnames)
{
    if (nkw(kwnames) && type == &lp_type_filter)
        lp_raise(&lp_exc_TypeError, "filter() takes no keyword arguments");
    if (nargs != 2) lp_raise(&lp_exc_TypeError, "filter expected 2 arguments, got %zu", nargs);
    filter_t *f = iter_alloc(type, sizeof *f);
    f->func = args[0];
    f->it = lp_iter(args[1]);
    return lp_from_ptr(f);
}

static lp_value filter_next(lp_value self)
{
    filter_t *f = lp_as_ptr(self);
    lp_value v;
    while ((v = lp_iter_next(f->it))) {
        bool ok = f->func == LP_NONE || f->func == lp_from_ptr(&lp_type_bool)
                      ? lp_truth(v)
                      : lp_truth(lp_call1(f->func, v));
        if (ok) return v;
    }
    return LP_NULL;
}

lp_type_t lp_type_filter = {
    .name = "filter",
    .size = sizeof(filter_t),
    .flags = LP_TPF_BASETYPE,
    .new = filter_new,
    .repr = iter_repr,
    .iter = iter_self,
    .next = filter_next,
};

/* ==== zip ==== */

typedef struct {
    lp_object_t head;
    lp_value iters; /* tuple of iterators */
    bool strict;
} zip_t;

static lp_value zip_new(lp_type_t *type, lp_value *args, size_t nargs, lp_value kwnames)
{
    bool strict = false;
    for (size_t k = 0; k < nkw(kwnames); k++) {
        lp_value key = lp_tuple_get(kwnames, (int64_t)k);
        if (!lp_str_eq_cstr(key, "strict"))
            lp_raise(&lp_exc_TypeError, "'%U' is an invalid keyword argument for zip()", key);
        strict = lp_truth(args[nargs + k]);
    }
    zip_t *z = iter_alloc(type, sizeof *z);
    lp_value its = lp_tuple_new((int64_t)nargs);
    for (size_t i = 0; i < nargs; i++)
        lp_as_tuple(its)->items[i] = lp_iter(args[i]);
    z->iters = its;
    z->strict = strict;
    return lp_from_ptr(z);
}

/* zip(strict=True) found iterator [i] exhausted: raises unless every
 * iterator is exhausted at the same point. */
static void zip_check_strict(zip_t *z, int64_t i)
{
    int64_t n = lp_tuple_len(z->iters);
    if (i > 0)
        lp_raise(&lp_exc_ValueError, "zip() argument %lld is shorter than argument%s%lld",
                 (long long)i + 1, i == 1 ? " " : "s 1-", (long long)i);
    for (int64_t j = 1; j < n; j++) {
        if (lp_iter_next(lp_tuple_get(z->iters, j)))
            lp_raise(&lp_exc_ValueError, "zip() argument %lld is longer than argument%s%lld",
                     (long long)j + 1, j == 1 ? " " : "s 1-", (long long)j);
    }
}

static lp_value zip_next(lp_value self)
{
    zip_t *z = lp_as_ptr(self);
    int64_t n = lp_tuple_len(z->iters);
    if (n == 0) return LP_NULL;
    lp_value t = lp_tuple_new(n);
    for (int64_t i = 0; i < n; i++) {
        lp_value v = lp_iter_next(lp_tuple_get(z->iters, i));
        if (!v) {
            if (z->strict) zip_check_strict(z, i);
            return LP_NULL;
        }
        lp_as_tuple(t)->items[i] = v;
    }
    return t;
}

lp_type_t lp_type_zip = {
    .name = "zip",
    .size = sizeof(zip_t),
    .flags = LP_TPF_BASETYPE,
    .new = zip_new,
    .repr = iter_repr,
    .iter = iter_self,
    .next = zip_next,
};

/* ==== reversed ==== */

typedef struct {
    lp_object_t head;
    lp_value seq;  /* LP_NULL once exhausted */
    int64_t index; /* the next index to yield, counting down */
} reversed_t;

static lp_value reversed_new(lp_type_t *type, lp_value *args, size_t nargs, lp_value kwnames)
{
    if (nkw(kwnames) && type == &lp_type_reversed)
        lp_raise(&lp_exc_TypeError, "reversed() takes no keyword arguments");
    if (nargs != 1) lp_raise(&lp_exc_TypeError, "reversed expected 1 argument, got %zu", nargs);
    lp_value seq = args[0];
    const lp_type_t *t = lp_type_of(seq);
    lp_value rev = lp_type_lookup(t, LP_NAME(__reversed__));
    if (rev == LP_NONE) lp_raise(&lp_exc_TypeError, "'%s' object is not reversible", t->name);
    if (rev && type == &lp_type_reversed)
        return lp_call_method(seq, LP_NAME(__reversed__), NULL, 0);
    /* CPython's PySequence_Check (then len() may still fail) */
    bool seqlike = t->getitem && !lp_is_instance(seq, &lp_type_dict);
    if (!seqlike) lp_raise(&lp_exc_TypeError, "'%s' object is not reversible", t->name);
    reversed_t *r = iter_alloc(type, sizeof *r);
    r->seq = seq;
    r->index = lp_len(seq) - 1;
    return lp_from_ptr(r);
}

static lp_value reversed_next(lp_value self)
{
    reversed_t *r = lp_as_ptr(self);
    if (!r->seq || r->index < 0) {
        r->seq = LP_NULL;
        return LP_NULL;
    }
    lp_value v = lp_getitem(r->seq, lp_int_from_i64(r->index));
    r->index--;
    return v;
}

static lp_value reversed_length_hint(lp_value *args, size_t nargs, lp_value kwnames)
{
    reversed_t *r = lp_as_ptr(args[0]);
    return lp_from_int(r->seq && r->index >= 0 ? r->index + 1 : 0);
}

static const lp_method_def_t reversed_methods[] = {
    {"__length_hint__", reversed_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

lp_type_t lp_type_reversed = {
    .name = "reversed",
    .size = sizeof(reversed_t),
    .flags = LP_TPF_BASETYPE,
    .new = reversed_new,
    .repr = iter_repr,
    .iter = iter_self,
    .next = reversed_next,
    .methods = reversed_methods,
};

/* ==== iter(callable, sentinel) ==== */

typedef struct {
    lp_object_t head;
    lp_value callable; /* LP_NULL once exhausted */
    lp_value sentinel;
} calliter_t;

lp_value lp_callable_iter_new(lp_value callable, lp_value sentinel)
{
    calliter_t *c = iter_alloc(&lp_type_callable_iterator, sizeof *c);
    c->callable = callable;
    c->sentinel = sentinel;
    return lp_from_ptr(c);
}

static lp_value calliter_next(lp_value self)
{
    calliter_t *c = lp_as_ptr(self);
    if (!c->callable) return LP_NULL;
    lp_value v = lp_call0(c->callable);
    if (lp_eq(v, c->sentinel)) {
        c->callable = LP_NULL;
        return LP_NULL;
    }
    return v;
}

lp_type_t lp_type_callable_iterator = {
    .name = "callable_iterator",
    .size = sizeof(calliter_t),
    .repr = iter_repr,
    .iter = iter_self,
    .next = calliter_next,
};

void lp_builtins_types_init(void)
{
    lp_type_ready(&lp_type_enumerate);
    lp_type_ready(&lp_type_map);
    lp_type_ready(&lp_type_filter);
    lp_type_ready(&lp_type_zip);
    lp_type_ready(&lp_type_reversed);
    lp_type_ready(&lp_type_callable_iterator);
    lp_type_ready(&lp_type_textio);
}
