/* obj_tuple.c -- the tuple type and its iterator.
 *
 * A tuple is one allocation: the header, the length and the items.  The
 * empty tuple is a static singleton.  The hash is CPython 3.11's
 * xxHash-based tuplehash, so hash((1, 2)) is the same number as CPython's.
 *
 * SPDX-License-Identifier: MIT
 */
#include "obj_tuple.h"

#include <stdarg.h>
#include <string.h>

#include "container.h"
#include "error.h"
#include "gc.h"
#include "obj_dict.h"
#include "obj_genericalias.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_slice.h"
#include "obj_str.h"
#include "ops.h"
#include "types.h"
#include "vm.h"

static lp_tuple_t empty_tuple = {{&lp_type_tuple}, 0};

/* ==== making ==== */

bool lp_tuple_check(lp_value v)
{
    return lp_is_instance(v, &lp_type_tuple);
}

/* A tuple of [n] LP_NULL items whose type is [type] (tuple or a subclass). */
static lp_tuple_t *tuple_alloc(const lp_type_t *type, int64_t n)
{
    if (n < 0 || (uint64_t)n > ((uint64_t)1 << 59)) lp_raise(&lp_exc_MemoryError, "");
    size_t extra = (type->flags & LP_TPF_HAS_DICT) ? sizeof(lp_value) : 0; /* lp_tuple_dict_slot */
    size_t base = type->size > sizeof(lp_tuple_t) ? type->size : sizeof(lp_tuple_t);
    lp_tuple_t *t = lp_alloc(base + extra + (size_t)n * sizeof(lp_value));
    t->head.type = type;
    t->len = n;
    return t;
}

lp_value lp_tuple_new(int64_t n)
{
    if (n == 0) return lp_from_ptr(&empty_tuple);
    return lp_from_ptr(tuple_alloc(&lp_type_tuple, n));
}

lp_value lp_tuple_from_array(const lp_value *items, int64_t n)
{
    lp_value t = lp_tuple_new(n);
    for (int64_t i = 0; i < n; i++)
        lp_as_tuple(t)->items[i] = items[i];
    return t;
}

lp_value lp_tuple_pack(int64_t n, ...)
{
    lp_value t = lp_tuple_new(n);
    va_list ap;
    va_start(ap, n);
    for (int64_t i = 0; i < n; i++)
        lp_as_tuple(t)->items[i] = va_arg(ap, lp_value);
    va_end(ap);
    return t;
}

/* tuple(iterable) as an exact tuple. */
static lp_value tuple_from_iterable(lp_value it)
{
    if (lp_type_of(it) == &lp_type_tuple) return it;
    if (lp_type_of(it) == &lp_type_list) {
        lp_list_t *l = lp_as_list(it);
        return lp_tuple_from_array(l->items, l->len);
    }
    lp_value l = lp_list_from_iterable(it);
    return lp_tuple_from_array(lp_as_list(l)->items, lp_as_list(l)->len);
}

static lp_value tuple_new(lp_type_t *type, lp_value *args, size_t nargs, lp_value kwnames)
{
    /* keywords are for a subclass's own __init__, as CPython's tuple_new */
    if (type == &lp_type_tuple || type->init == lp_type_tuple.init) lp_args_no_kw("tuple", kwnames);
    if (nargs > 1) lp_raise(&lp_exc_TypeError, "tuple expected at most 1 argument, got %zu", nargs);
    lp_value t = nargs ? tuple_from_iterable(args[0]) : lp_tuple_new(0);
    if (type == &lp_type_tuple) return t;
    lp_tuple_t *r = tuple_alloc(type, lp_tuple_len(t));
    for (int64_t i = 0; i < r->len; i++)
        r->items[i] = lp_tuple_get(t, i);
    return lp_from_ptr(r);
}

/* ==== text, hashing, comparison ==== */

static lp_value tuple_repr_body(lp_value self)
{
    lp_tuple_t *t = lp_as_tuple(self);
    lp_strbuf_t b;
    lp_strbuf_init(&b);
    lp_strbuf_putc(&b, '(');
    for (int64_t i = 0; i < t->len; i++) {
        if (i) lp_strbuf_puts(&b, ", ");
        lp_strbuf_put_str(&b, lp_repr(t->items[i]));
    }
    if (t->len == 1) lp_strbuf_putc(&b, ',');
    lp_strbuf_putc(&b, ')');
    return lp_strbuf_finish(&b);
}

static lp_value tuple_repr(lp_value self)
{
    if (lp_tuple_len(self) == 0) return lp_str_from_cstr("()");
    return lp_container_repr(self, tuple_repr_body, "(...)");
}

#define XXPRIME_1 UINT64_C(11400714785074694791)
#define XXPRIME_2 UINT64_C(14029467366897019727)
#define XXPRIME_5 UINT64_C(2870177450012600261)

/* One step of CPython 3.11's tuplehash (xxHash's round) over an item hash. */
static uint64_t hash_round(uint64_t acc, uint64_t lane)
{
    acc += lane * XXPRIME_2;
    acc = (acc << 31) | (acc >> 33);
    return acc * XXPRIME_1;
}

static int64_t hash_finish(uint64_t acc, int64_t len)
{
    acc += (uint64_t)len ^ (XXPRIME_5 ^ UINT64_C(3527539));
    return acc == UINT64_MAX ? 1546275796 : (int64_t)acc;
}

/* A tuple being hashed: the explicit stack of tuple_hash. */
typedef struct {
    lp_tuple_t *t;
    int64_t i;
    uint64_t acc;
} hash_frame_t;

/* CPython 3.11's tuplehash.  Nested tuples are walked with an explicit
 * stack, so any depth hashes as in CPython, without C recursion. */
static int64_t tuple_hash(lp_value self)
{
    hash_frame_t small[16], *st = small;
    int64_t cap = 16, top = 0;
    st[0] = (hash_frame_t){ lp_as_tuple(self), 0, XXPRIME_5 };
    for (;;) {
        hash_frame_t *f = &st[top];
        if (f->i == f->t->len) {
            int64_t h = hash_finish(f->acc, f->t->len);
            if (top-- == 0) return h;
            st[top].acc = hash_round(st[top].acc, (uint64_t)h);
            continue;
        }
        lp_value item = f->t->items[f->i++];
        if (!lp_is_ptr(item) || lp_as_object(item)->type != &lp_type_tuple) {
            f->acc = hash_round(f->acc, (uint64_t)lp_hash(item));
            continue;
        }
        if (++top == cap) { /* the frames hold pointers: GC-scanned memory */
            hash_frame_t *bigger = lp_alloc((size_t)cap * 2 * sizeof *bigger);
            memcpy(bigger, st, (size_t)cap * sizeof *st);
            st = bigger;
            cap *= 2;
        }
        st[top] = (hash_frame_t){ lp_as_tuple(item), 0, XXPRIME_5 };
    }
}

/* Lexicographic comparison of [a] and [b] ([na], [nb] items), shared with
 * list: the first unequal pair decides, else the lengths. */
lp_value lp_seq_compare(const lp_value *a, int64_t na, const lp_value *b, int64_t nb, lp_cmpop_t op)
{
    if ((op == LP_EQ || op == LP_NE) && na != nb) return lp_bool(op == LP_NE);
    int64_t i;
    for (i = 0; i < na && i < nb; i++)
        if (!lp_eq(a[i], b[i])) break;
    if (i >= na || i >= nb) return lp_cmp_result(na < nb ? -1 : na > nb, op);
    if (op == LP_EQ) return LP_FALSE;
    if (op == LP_NE) return LP_TRUE;
    return lp_compare(a[i], b[i], op);
}

static lp_value tuple_compare(lp_value self, lp_value other, lp_cmpop_t op)
{
    if (!lp_tuple_check(other)) return LP_NOTIMPLEMENTED;
    lp_tuple_t *a = lp_as_tuple(self), *b = lp_as_tuple(other);
    lp_recursion_enter(" in comparison"); /* nested tuples recurse in C */
    lp_value r = lp_seq_compare(a->items, a->len, b->items, b->len, op);
    lp_recursion_leave();
    return r;
}

/* ==== sequence protocol ==== */

static int64_t tuple_len(lp_value self)
{
    return lp_tuple_len(self);
}

static lp_value tuple_slice(lp_value self, lp_value key)
{
    lp_tuple_t *t = lp_as_tuple(self);
    int64_t start, stop, step, n;
    lp_slice_indices(key, t->len, &start, &stop, &step, &n);
    if (n == t->len && step == 1 && lp_type_of(self) == &lp_type_tuple) return self;
    lp_value r = lp_tuple_new(n);
    for (int64_t k = 0, i = start; k < n; k++, i += step)
        lp_as_tuple(r)->items[k] = t->items[i];
    return r;
}

static lp_value tuple_getitem(lp_value self, lp_value key)
{
    lp_tuple_t *t = lp_as_tuple(self);
    if (lp_container_is_index(key)) {
        int64_t i = lp_container_index(key);
        if (i < 0) i += t->len;
        if (i < 0 || i >= t->len) lp_raise(&lp_exc_IndexError, "tuple index out of range");
        return t->items[i];
    }
    if (lp_slice_check(key)) return tuple_slice(self, key);
    lp_raise(&lp_exc_TypeError, "tuple indices must be integers or slices, not %T", key);
}

static int tuple_contains(lp_value self, lp_value x)
{
    lp_tuple_t *t = lp_as_tuple(self);
    for (int64_t i = 0; i < t->len; i++)
        if (lp_eq(t->items[i], x)) return 1;
    return 0;
}

/* ==== operators ==== */

/* True when [v]'s type is a class statement's with [name] defined: it then
 * gets its turn at a reflected operator before the sequence's TypeError. */
bool lp_seq_defers_to(lp_value v, const char *name)
{
    const lp_type_t *t = lp_type_of(v);
    if (!(t->flags & LP_TPF_HEAPTYPE) || t->mro == LP_NULL) return false;
    lp_value key = lp_str_intern_cstr(name);
    for (int64_t i = 0; i < lp_tuple_len(t->mro); i++) { /* classes before the built-in base */
        const lp_type_t *c = lp_as_ptr(lp_tuple_get(t->mro, i));
        if (!(c->flags & LP_TPF_HEAPTYPE)) return false;
        if (c->dict != LP_NULL && lp_dict_get(c->dict, key) != LP_NULL) return true;
    }
    return false;
}

static lp_value tuple_add(lp_value a, lp_value b)
{
    if (!lp_tuple_check(a)) return LP_NOTIMPLEMENTED;
    if (!lp_tuple_check(b)) {
        if (lp_seq_defers_to(b, "__radd__")) { /* b's __radd__ first, then the error */
            lp_binary_fn f = lp_type_of(b)->binop[LP_NB_ADD];
            lp_value r = f ? f(a, b) : LP_NOTIMPLEMENTED;
            if (r != LP_NOTIMPLEMENTED) return r;
        }
        lp_raise(&lp_exc_TypeError, "can only concatenate tuple (not \"%T\") to tuple", b);
    }
    lp_tuple_t *x = lp_as_tuple(a), *y = lp_as_tuple(b);
    if (y->len == 0 && lp_type_of(a) == &lp_type_tuple) return a;
    if (x->len == 0 && lp_type_of(b) == &lp_type_tuple) return b;
    lp_value r = lp_tuple_new(x->len + y->len);
    for (int64_t i = 0; i < x->len; i++)
        lp_as_tuple(r)->items[i] = x->items[i];
    for (int64_t i = 0; i < y->len; i++)
        lp_as_tuple(r)->items[x->len + i] = y->items[i];
    return r;
}

/* The repeat count of `seq * n` / `n * seq` where [seq] has [type]: the
 * other operand as an int64 (clamped: huge counts become a MemoryError
 * later), or false when the operator should return NotImplemented. */
bool lp_seq_repeat_count(lp_value a, lp_value b, const lp_type_t *type, lp_value *seq, int64_t *n)
{
    bool left = lp_is_instance(a, type);
    lp_value other = left ? b : a;
    *seq = left ? a : b;
    if (lp_container_is_index(other)) {
        *n = lp_is_int(other) ? lp_as_int(other) : lp_as_ssize(other, &lp_exc_OverflowError);
        if (*n < 0) *n = 0;
        return true;
    }
    lp_raise(&lp_exc_TypeError, "can't multiply sequence by non-int of type '%T'", other);
}

lp_value lp_seq_rmul_first(lp_value a, lp_value b, const lp_type_t *type)
{
    if (!lp_is_instance(a, type) || !lp_seq_defers_to(b, "__rmul__")) return LP_NOTIMPLEMENTED;
    lp_binary_fn f = lp_type_of(b)->binop[LP_NB_MULTIPLY];
    return f ? f(a, b) : LP_NOTIMPLEMENTED;
}

static lp_value tuple_mul(lp_value a, lp_value b)
{
    lp_value seq = lp_seq_rmul_first(a, b, &lp_type_tuple);
    if (seq != LP_NOTIMPLEMENTED) return seq;
    int64_t n;
    if (!lp_seq_repeat_count(a, b, &lp_type_tuple, &seq, &n)) return LP_NOTIMPLEMENTED;
    lp_tuple_t *t = lp_as_tuple(seq);
    if (n == 1 && lp_type_of(seq) == &lp_type_tuple) return seq;
    if (t->len == 0 || n == 0) return lp_tuple_new(0);
    if (t->len > INT64_MAX / 8 / n) lp_raise(&lp_exc_MemoryError, "");
    lp_value r = lp_tuple_new(t->len * n);
    lp_value *out = lp_as_tuple(r)->items;
    for (int64_t k = 0; k < n; k++, out += t->len)
        for (int64_t i = 0; i < t->len; i++)
            out[i] = t->items[i];
    return r;
}

/* ==== methods ==== */

static lp_value tuple_index(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_range("tuple.index", nargs - 1, kwnames, 1, 3);
    lp_tuple_t *t = lp_as_tuple(args[0]);
    int64_t start = nargs > 2 ? lp_container_bound(args[2], t->len, 0) : 0;
    int64_t stop = nargs > 3 ? lp_container_bound(args[3], t->len, t->len) : t->len;
    for (int64_t i = start; i < stop && i < t->len; i++)
        if (lp_eq(t->items[i], args[1])) return lp_int_from_i64(i);
    lp_raise(&lp_exc_ValueError, "tuple.index(x): x not in tuple");
}

static lp_value tuple_count(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_one("tuple.count", nargs - 1, kwnames);
    lp_tuple_t *t = lp_as_tuple(args[0]);
    int64_t n = 0;
    for (int64_t i = 0; i < t->len; i++)
        n += lp_eq(t->items[i], args[1]);
    return lp_int_from_i64(n);
}

static lp_value tuple_getnewargs(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_none("tuple.__getnewargs__", nargs - 1, kwnames);
    lp_tuple_t *t = lp_as_tuple(args[0]);
    return lp_tuple_pack(1, lp_tuple_from_array(t->items, t->len));
}

static const lp_method_def_t tuple_methods[] = {
    {"__class_getitem__", lp_class_getitem, LP_METH_CLASS, "See PEP 585"},
    {"index", tuple_index, 0, "Return first index of value."},
    {"count", tuple_count, 0, "Return number of occurrences of value."},
    {"__getnewargs__", tuple_getnewargs, 0, NULL},
    {NULL},
};

/* ==== iterator ==== */

typedef struct {
    lp_object_t head;
    lp_value seq; /* the tuple, or LP_NULL once exhausted */
    int64_t index;
} tuple_iter_t;

static lp_value tuple_iter(lp_value self)
{
    tuple_iter_t *it = lp_alloc(sizeof *it);
    it->head.type = &lp_type_tuple_iterator;
    it->seq = self;
    return lp_from_ptr(it);
}

static lp_value tupleiter_self(lp_value self)
{
    return self;
}

static lp_value tupleiter_next(lp_value self)
{
    tuple_iter_t *it = lp_as_ptr(self);
    if (it->seq == LP_NULL) return LP_NULL;
    if (it->index < lp_tuple_len(it->seq)) return lp_tuple_get(it->seq, it->index++);
    it->seq = LP_NULL;
    return LP_NULL;
}

static lp_value tupleiter_length_hint(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_none("tuple_iterator.__length_hint__", nargs - 1, kwnames);
    tuple_iter_t *it = lp_as_ptr(args[0]);
    return lp_int_from_i64(it->seq == LP_NULL ? 0 : lp_tuple_len(it->seq) - it->index);
}

static const lp_method_def_t tupleiter_methods[] = {
    {"__length_hint__", tupleiter_length_hint, 0, NULL},
    {NULL},
};

/* ==== the types ==== */

lp_type_t lp_type_tuple = {
    .name = "tuple",
    .base = &lp_type_object,
    .size = sizeof(lp_tuple_t),
    .flags = LP_TPF_BASETYPE | LP_TPF_TUPLE_SUBCLASS,
    .doc = "Built-in immutable sequence.\n"
           "\n"
           "If no argument is given, the constructor returns an empty tuple.\n"
           "If iterable is specified the tuple is initialized from iterable's items.\n"
           "\n"
           "If the argument is a tuple, the return value is the same object.",
    .new = tuple_new,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .compare = tuple_compare,
    .iter = tuple_iter,
    .len = tuple_len,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .binop = {[LP_NB_ADD] = tuple_add, [LP_NB_MULTIPLY] = tuple_mul},
    .methods = tuple_methods,
};

lp_type_t lp_type_tuple_iterator = {
    .name = "tuple_iterator",
    .base = &lp_type_object,
    .size = sizeof(tuple_iter_t),
    .iter = tupleiter_self,
    .next = tupleiter_next,
    .methods = tupleiter_methods,
};
