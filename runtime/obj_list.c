/* obj_list.c -- the list type, its iterators and its sort.
 *
 * A list is a header plus a separately allocated, growable item array (so
 * that growing never moves the list object itself).  Any operation that
 * compares items may run Python code that mutates the list, so loops
 * re-read items and len on every step rather than caching them.
 *
 * The sort is in runtime/obj_list_sort.c.
 *
 * SPDX-License-Identifier: MIT
 */
#include "obj_list.h"

#include <string.h>

#include "container.h"
#include "error.h"
#include "gc.h"
#include "obj_genericalias.h"
#include "obj_int.h"
#include "obj_slice.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"
#include "types.h"
#include "vm.h"

/* ==== storage ==== */

bool lp_list_check(lp_value v)
{
    return lp_is_instance(v, &lp_type_list);
}

/* Makes room for at least [need] items (growth as CPython's: ~1/8 extra). */
static void list_reserve(lp_list_t *l, int64_t need)
{
    if (need <= l->cap) return;
    if (need > ((int64_t)1 << 56)) lp_raise(&lp_exc_MemoryError, "");
    int64_t cap = (need + (need >> 3) + 6) & ~(int64_t)3;
    if (need - l->len > (need >> 3) + 6) cap = (need + 3) & ~(int64_t)3;
    l->items = lp_realloc(l->items, (size_t)cap * sizeof(lp_value));
    l->cap = cap;
}

/* A new empty list of [type] with room for [cap] items. */
static lp_list_t *list_alloc(const lp_type_t *type, int64_t cap)
{
    size_t size = type->size > sizeof(lp_list_t) ? type->size : sizeof(lp_list_t);
    lp_list_t *l = lp_alloc(size);
    l->head.type = type;
    if (cap > 0) list_reserve(l, cap);
    return l;
}

lp_value lp_list_new(int64_t cap)
{
    return lp_from_ptr(list_alloc(&lp_type_list, cap));
}

lp_value lp_list_from_array(const lp_value *items, int64_t n)
{
    lp_list_t *l = list_alloc(&lp_type_list, n);
    if (n) memcpy(l->items, items, (size_t)n * sizeof(lp_value));
    l->len = n;
    return lp_from_ptr(l);
}

void lp_list_append(lp_value lv, lp_value v)
{
    lp_list_t *l = lp_as_list(lv);
    if (l->len == l->cap) list_reserve(l, l->len + 1);
    l->items[l->len++] = v;
}

/* Appends the [n] items [src] (which may be l's own array). */
static void list_append_array(lp_list_t *l, const lp_value *src, int64_t n)
{
    if (n == 0) return;
    if (src == l->items) { /* l.extend(l) */
        list_reserve(l, l->len + n);
        src = l->items;
    } else {
        list_reserve(l, l->len + n);
    }
    memmove(l->items + l->len, src, (size_t)n * sizeof(lp_value));
    l->len += n;
}

void lp_list_extend(lp_value lv, lp_value iterable)
{
    lp_list_t *l = lp_as_list(lv);
    const lp_type_t *t = lp_type_of(iterable);
    /* exact types only: a subclass may override __iter__ */
    if (t == &lp_type_list || iterable == lv) {
        lp_list_t *o = lp_as_list(iterable);
        list_append_array(l, o->items, o->len);
        return;
    }
    if (t == &lp_type_tuple) {
        list_append_array(l, lp_as_tuple(iterable)->items, lp_tuple_len(iterable));
        return;
    }
    lp_value it = lp_iter(iterable);
    lp_length_hint(iterable, 8); /* as CPython: a class's __len__ runs (and may raise) */
    for (lp_value v; (v = lp_iter_next(it)) != LP_NULL;)
        lp_list_append(lv, v);
}

lp_value lp_list_from_iterable(lp_value it)
{
    lp_value l = lp_list_new(0);
    lp_list_extend(l, it);
    return l;
}

/* ==== construction ==== */

static lp_value list_new(lp_type_t *type, lp_value *args, size_t nargs, lp_value kwnames)
{
    return lp_from_ptr(list_alloc(type, 0));
}

static void list_init(lp_value self, lp_value *args, size_t nargs, lp_value kwnames)
{
    /* keywords may be for a subclass's own __new__, as CPython's list___init__ */
    if (lp_type_of(self) == &lp_type_list || lp_type_of(self)->new == lp_type_list.new)
        lp_args_no_kw("list", kwnames);
    if (nargs > 1) lp_raise(&lp_exc_TypeError, "list expected at most 1 argument, got %zu", nargs);
    lp_list_t *l = lp_as_list(self);
    l->items = NULL; /* list.__init__ starts from empty, dropping old items */
    l->len = l->cap = 0;
    if (nargs) lp_list_extend(self, args[0]);
}

/* ==== text and comparison ==== */

static lp_value list_repr_body(lp_value self)
{
    lp_list_t *l = lp_as_list(self);
    lp_strbuf_t b;
    lp_strbuf_init(&b);
    lp_strbuf_putc(&b, '[');
    for (int64_t i = 0; i < l->len; i++) {
        if (i) lp_strbuf_puts(&b, ", ");
        lp_strbuf_put_str(&b, lp_repr(l->items[i]));
    }
    lp_strbuf_putc(&b, ']');
    return lp_strbuf_finish(&b);
}

static lp_value list_repr(lp_value self)
{
    if (lp_as_list(self)->len == 0) return lp_str_from_cstr("[]");
    return lp_container_repr(self, list_repr_body, "[...]");
}

/* list_compare for two lists, outside the recursion guard. */
static lp_value list_compare_items(lp_list_t *a, lp_list_t *b, lp_cmpop_t op)
{
    if ((op == LP_EQ || op == LP_NE) && a->len != b->len) return lp_bool(op == LP_NE);
    int64_t i;
    for (i = 0; i < a->len && i < b->len; i++) /* __eq__ may shrink either list */
        if (!lp_eq(a->items[i], b->items[i])) break;
    if (i >= a->len || i >= b->len)
        return lp_cmp_result(a->len < b->len ? -1 : a->len > b->len, op);
    if (op == LP_EQ) return LP_FALSE;
    if (op == LP_NE) return LP_TRUE;
    return lp_compare(a->items[i], b->items[i], op);
}

static lp_value list_compare(lp_value self, lp_value other, lp_cmpop_t op)
{
    if (!lp_list_check(other)) return LP_NOTIMPLEMENTED;
    lp_recursion_enter(" in comparison"); /* nested lists recurse in C */
    lp_value r = list_compare_items(lp_as_list(self), lp_as_list(other), op);
    lp_recursion_leave();
    return r;
}

/* ==== indexing ==== */

static int64_t list_len(lp_value self)
{
    return lp_as_list(self)->len;
}

/* A new list holding the items [key] (a slice) selects. */
static lp_value list_slice(lp_list_t *l, lp_value key)
{
    int64_t start, stop, step, n;
    lp_slice_indices(key, l->len, &start, &stop, &step, &n);
    lp_list_t *r = list_alloc(&lp_type_list, n);
    for (int64_t k = 0, i = start; k < n; k++, i += step)
        r->items[k] = l->items[i];
    r->len = n;
    return lp_from_ptr(r);
}

static lp_value list_getitem(lp_value self, lp_value key)
{
    lp_list_t *l = lp_as_list(self);
    if (lp_container_is_index(key)) {
        int64_t i = lp_container_index(key);
        if (i < 0) i += l->len;
        if (i < 0 || i >= l->len) lp_raise(&lp_exc_IndexError, "list index out of range");
        return l->items[i];
    }
    if (lp_slice_check(key)) return list_slice(l, key);
    lp_raise(&lp_exc_TypeError, "list indices must be integers or slices, not %T", key);
}

/* Replaces items [lo, hi) of [l] by the [n] values [src]. */
static void list_replace(lp_list_t *l, int64_t lo, int64_t hi, const lp_value *src, int64_t n)
{
    int64_t d = n - (hi - lo);
    if (d > 0) list_reserve(l, l->len + d);
    memmove(l->items + hi + d, l->items + hi, (size_t)(l->len - hi) * sizeof(lp_value));
    if (n) memcpy(l->items + lo, src, (size_t)n * sizeof(lp_value));
    l->len += d;
    if (d < 0) memset(l->items + l->len, 0, (size_t)(-d) * sizeof(lp_value));
}

/* The items of [v] for a slice assignment, or a TypeError [msg]. */
static lp_value slice_source(lp_value v, const char *msg)
{
    if (lp_type_of(v) == &lp_type_list)
        return lp_list_from_array(lp_as_list(v)->items, lp_as_list(v)->len);
    const lp_type_t *t = lp_type_of(v);
    if (!t->iter && !t->getitem) lp_raise(&lp_exc_TypeError, "%s", msg);
    return lp_list_from_iterable(v);
}

/* del l[slice] */
static void list_del_slice(lp_list_t *l, lp_value key)
{
    int64_t start, stop, step, n;
    lp_slice_indices(key, l->len, &start, &stop, &step, &n);
    if (step < 0) { /* the same items, walked upwards */
        start = start + step * (n - 1);
        step = -step;
    }
    if (n == 0) return;
    if (step == 1 || n == 1) { /* n == 1: step may be huge, start + step * n overflow */
        list_replace(l, start, start + n, NULL, 0);
        return;
    }
    int64_t w = start;
    for (int64_t r = start; r < l->len; r++)
        if (r < start + step * n && (r - start) % step == 0)
            continue;
        else
            l->items[w++] = l->items[r];
    memset(l->items + w, 0, (size_t)(l->len - w) * sizeof(lp_value));
    l->len = w;
}

/* l[slice] = v */
static void list_set_slice(lp_list_t *l, lp_value key, lp_value v)
{
    int64_t start, stop, step, n;
    lp_slice_indices(key, l->len, &start, &stop, &step, &n); /* its errors come first */
    lp_value src = slice_source(v, step == 1 ? "can only assign an iterable"
                                             : "must assign iterable to extended slice");
    lp_slice_indices(key, l->len, &start, &stop, &step, &n); /* iterating may resize l */
    lp_list_t *s = lp_as_list(src);
    if (step == 1) {
        list_replace(l, start, start + n, s->items, s->len);
        return;
    }
    if (s->len != n)
        lp_raise(&lp_exc_ValueError,
                 "attempt to assign sequence of size %lld to extended slice of size %lld",
                 (long long)s->len, (long long)n);
    for (int64_t k = 0, i = start; k < n; k++, i += step)
        l->items[i] = s->items[k];
}

static void list_setitem(lp_value self, lp_value key, lp_value v)
{
    lp_list_t *l = lp_as_list(self);
    if (lp_container_is_index(key)) {
        int64_t i = lp_container_index(key);
        if (i < 0) i += l->len;
        if (i < 0 || i >= l->len)
            lp_raise(&lp_exc_IndexError, "list assignment index out of range");
        if (v == LP_NULL)
            list_replace(l, i, i + 1, NULL, 0);
        else
            l->items[i] = v;
        return;
    }
    if (!lp_slice_check(key))
        lp_raise(&lp_exc_TypeError, "list indices must be integers or slices, not %T", key);
    if (v == LP_NULL)
        list_del_slice(l, key);
    else
        list_set_slice(l, key, v);
}

static int list_contains(lp_value self, lp_value x)
{
    lp_list_t *l = lp_as_list(self);
    for (int64_t i = 0; i < l->len; i++)
        if (lp_eq(l->items[i], x)) return 1;
    return 0;
}

/* ==== operators ==== */

static lp_value list_add(lp_value a, lp_value b)
{
    if (!lp_list_check(a)) return LP_NOTIMPLEMENTED;
    if (!lp_list_check(b)) {
        if (lp_seq_defers_to(b, "__radd__")) { /* b's __radd__ first, then the error */
            lp_binary_fn f = lp_type_of(b)->binop[LP_NB_ADD];
            lp_value r = f ? f(a, b) : LP_NOTIMPLEMENTED;
            if (r != LP_NOTIMPLEMENTED) return r;
        }
        lp_raise(&lp_exc_TypeError, "can only concatenate list (not \"%T\") to list", b);
    }
    lp_list_t *x = lp_as_list(a), *y = lp_as_list(b);
    lp_list_t *r = list_alloc(&lp_type_list, x->len + y->len);
    list_append_array(r, x->items, x->len);
    list_append_array(r, y->items, y->len);
    return lp_from_ptr(r);
}

/* Appends [l]'s first [len] items to itself until there are len * n. */
static void list_repeat_into(lp_list_t *l, int64_t len, int64_t n)
{
    if (len == 0 || n <= 1) {
        if (n <= 0) l->len = 0;
        return;
    }
    if (len > INT64_MAX / 8 / n) lp_raise(&lp_exc_MemoryError, "");
    list_reserve(l, len * n);
    for (int64_t k = 1; k < n; k++)
        memcpy(l->items + k * len, l->items, (size_t)len * sizeof(lp_value));
    l->len = len * n;
}

static lp_value list_mul(lp_value a, lp_value b)
{
    lp_value seq = lp_seq_rmul_first(a, b, &lp_type_list);
    if (seq != LP_NOTIMPLEMENTED) return seq;
    int64_t n;
    if (!lp_seq_repeat_count(a, b, &lp_type_list, &seq, &n)) return LP_NOTIMPLEMENTED;
    lp_list_t *s = lp_as_list(seq);
    lp_list_t *r = list_alloc(&lp_type_list, 0);
    if (n > 0 && s->len > 0) {
        list_append_array(r, s->items, s->len);
        list_repeat_into(r, s->len, n);
    }
    return lp_from_ptr(r);
}

static lp_value list_iadd(lp_value a, lp_value b)
{
    if (!lp_list_check(a)) return LP_NOTIMPLEMENTED;
    /* a class's __radd__ comes before list's in-place concatenation, as in
     * CPython (nb_add is tried before sq_inplace_concat) */
    if (lp_seq_defers_to(b, "__radd__")) {
        lp_value r = lp_type_of(b)->binop[LP_NB_ADD](a, b);
        if (r != LP_NOTIMPLEMENTED) return r;
    }
    lp_list_extend(a, b);
    return a;
}

static lp_value list_imul(lp_value a, lp_value b)
{
    if (!lp_list_check(a)) return LP_NOTIMPLEMENTED;
    lp_value seq = lp_seq_rmul_first(a, b, &lp_type_list);
    if (seq != LP_NOTIMPLEMENTED) return seq;
    int64_t n;
    if (!lp_seq_repeat_count(a, b, &lp_type_list, &seq, &n)) return LP_NOTIMPLEMENTED;
    lp_list_t *l = lp_as_list(a);
    if (n <= 0) {
        l->len = 0;
        l->items = NULL;
        l->cap = 0;
    } else {
        list_repeat_into(l, l->len, n);
    }
    return a;
}

/* ==== methods ==== */

#define SELF lp_as_list(args[0])

static lp_value list_append_m(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_one("list.append", nargs - 1, kwnames);
    lp_list_append(args[0], args[1]);
    return LP_NONE;
}

static lp_value list_extend_m(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_one("list.extend", nargs - 1, kwnames);
    lp_list_extend(args[0], args[1]);
    return LP_NONE;
}

static lp_value list_insert(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_range("list.insert", nargs - 1, kwnames, 2, 2);
    lp_list_t *l = SELF;
    int64_t i = lp_container_ssize(args[1]);
    if (i < 0) {
        i += l->len;
        if (i < 0) i = 0;
    }
    if (i > l->len) i = l->len;
    list_replace(l, i, i, &args[2], 1);
    return LP_NONE;
}

static lp_value list_remove(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_one("list.remove", nargs - 1, kwnames);
    lp_list_t *l = SELF;
    for (int64_t i = 0; i < l->len; i++) {
        if (lp_eq(l->items[i], args[1])) {
            if (i < l->len) list_replace(l, i, i + 1, NULL, 0);
            return LP_NONE;
        }
    }
    lp_raise(&lp_exc_ValueError, "list.remove(x): x not in list");
}

static lp_value list_pop(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_range("list.pop", nargs - 1, kwnames, 0, 1);
    lp_list_t *l = SELF;
    int64_t i = nargs > 1 ? lp_container_ssize(args[1]) : -1;
    if (l->len == 0) lp_raise(&lp_exc_IndexError, "pop from empty list");
    if (i < 0) i += l->len;
    if (i < 0 || i >= l->len) lp_raise(&lp_exc_IndexError, "pop index out of range");
    lp_value v = l->items[i];
    list_replace(l, i, i + 1, NULL, 0);
    return v;
}

static lp_value list_clear_m(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_none("list.clear", nargs - 1, kwnames);
    lp_list_t *l = SELF;
    l->items = NULL;
    l->len = l->cap = 0;
    return LP_NONE;
}

static lp_value list_index(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_range("list.index", nargs - 1, kwnames, 1, 3);
    lp_list_t *l = SELF;
    int64_t start = nargs > 2 ? lp_container_bound(args[2], l->len, 0) : 0;
    int64_t stop = nargs > 3 ? lp_container_bound(args[3], l->len, INT64_MAX) : INT64_MAX;
    for (int64_t i = start; i < stop && i < l->len; i++)
        if (lp_eq(l->items[i], args[1])) return lp_int_from_i64(i);
    lp_raise(&lp_exc_ValueError, "%R is not in list", args[1]);
}

static lp_value list_count(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_one("list.count", nargs - 1, kwnames);
    lp_list_t *l = SELF;
    int64_t n = 0;
    for (int64_t i = 0; i < l->len; i++)
        n += lp_eq(l->items[i], args[1]);
    return lp_int_from_i64(n);
}

static void reverse_items(lp_value *items, int64_t n)
{
    for (int64_t i = 0, j = n - 1; i < j; i++, j--) {
        lp_value t = items[i];
        items[i] = items[j];
        items[j] = t;
    }
}

static lp_value list_reverse(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_none("list.reverse", nargs - 1, kwnames);
    reverse_items(SELF->items, SELF->len);
    return LP_NONE;
}

static lp_value list_copy(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_none("list.copy", nargs - 1, kwnames);
    return lp_list_from_array(SELF->items, SELF->len);
}

static lp_value list_sort_m(lp_value *args, size_t nargs, lp_value kwnames)
{
    int64_t nkw = kwnames == LP_NULL ? 0 : lp_tuple_len(kwnames);
    if ((int64_t)nargs - 1 + nkw > 2)
        lp_raise(&lp_exc_TypeError, "sort() takes at most 2 %sarguments (%lld given)",
                 nargs == 1 ? "keyword " : "", (long long)(nargs - 1 + nkw));
    if (nargs > 1) lp_raise(&lp_exc_TypeError, "sort() takes no positional arguments");
    lp_value key = LP_NULL;
    bool reverse = false;
    for (int64_t i = 0; i < nkw; i++) {
        lp_value name = lp_tuple_get(kwnames, i), v = args[nargs + i];
        if (lp_str_eq_cstr(name, "key"))
            key = v;
        else if (lp_str_eq_cstr(name, "reverse"))
            reverse = lp_truth(lp_index(v)); /* an int, as CPython's clinic wants */
        else
            lp_raise(&lp_exc_TypeError, "%R is an invalid keyword argument for sort()", name);
    }
    lp_list_sort(args[0], key, reverse);
    return LP_NONE;
}

static lp_value list_reversed_m(lp_value *args, size_t nargs, lp_value kwnames);

static lp_value list_getitem_m(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_one("list.__getitem__", nargs - 1, kwnames);
    return list_getitem(args[0], args[1]);
}

static lp_value list_sizeof(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_none("list.__sizeof__", nargs - 1, kwnames);
    return lp_int_from_i64(40 + 8 * SELF->cap);
}

static const lp_method_def_t list_methods[] = {
    {"__class_getitem__", lp_class_getitem, LP_METH_CLASS, "See PEP 585"},
    {"append", list_append_m, 0, "Append object to the end of the list."},
    {"extend", list_extend_m, 0, "Extend list by appending elements from the iterable."},
    {"insert", list_insert, 0, "Insert object before index."},
    {"remove", list_remove, 0, "Remove first occurrence of value."},
    {"pop", list_pop, 0, "Remove and return item at index (default last)."},
    {"clear", list_clear_m, 0, "Remove all items from list."},
    {"index", list_index, 0, "Return first index of value."},
    {"count", list_count, 0, "Return number of occurrences of value."},
    {"reverse", list_reverse, 0, "Reverse *IN PLACE*."},
    {"copy", list_copy, 0, "Return a shallow copy of the list."},
    {"sort", list_sort_m, 0, "Sort the list in ascending order and return None."},
    {"__reversed__", list_reversed_m, 0, "Return a reverse iterator over the list."},
    {"__getitem__", list_getitem_m, 0, "x.__getitem__(y) <==> x[y]"},
    {"__sizeof__", list_sizeof, 0, NULL},
    {NULL},
};

/* ==== iterators ==== */

typedef struct {
    lp_object_t head;
    lp_value list; /* LP_NULL once exhausted */
    int64_t index;
} list_iter_t;

static lp_value list_iter(lp_value self)
{
    list_iter_t *it = lp_alloc(sizeof *it);
    it->head.type = &lp_type_list_iterator;
    it->list = self;
    return lp_from_ptr(it);
}

static lp_value list_reversed_m(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_none("list.__reversed__", nargs - 1, kwnames);
    list_iter_t *it = lp_alloc(sizeof *it);
    it->head.type = &lp_type_list_reverseiterator;
    it->list = args[0];
    it->index = SELF->len - 1;
    return lp_from_ptr(it);
}

static lp_value listiter_self(lp_value self)
{
    return self;
}

static lp_value listiter_next(lp_value self)
{
    list_iter_t *it = lp_as_ptr(self);
    if (it->list == LP_NULL) return LP_NULL;
    lp_list_t *l = lp_as_list(it->list);
    if (it->index < l->len) return l->items[it->index++];
    it->list = LP_NULL;
    return LP_NULL;
}

static lp_value listreviter_next(lp_value self)
{
    list_iter_t *it = lp_as_ptr(self);
    if (it->list == LP_NULL) return LP_NULL;
    lp_list_t *l = lp_as_list(it->list);
    if (it->index >= 0 && it->index < l->len) return l->items[it->index--];
    it->list = LP_NULL;
    it->index = -1;
    return LP_NULL;
}

static lp_value listiter_length_hint(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_none("list_iterator.__length_hint__", nargs - 1, kwnames);
    list_iter_t *it = lp_as_ptr(args[0]);
    if (it->list == LP_NULL) return lp_from_int(0);
    int64_t n = lp_as_list(it->list)->len - it->index;
    return lp_int_from_i64(n < 0 ? 0 : n);
}

static lp_value listreviter_length_hint(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_none("list_reverseiterator.__length_hint__", nargs - 1, kwnames);
    list_iter_t *it = lp_as_ptr(args[0]);
    if (it->list == LP_NULL || it->index >= lp_as_list(it->list)->len) return lp_from_int(0);
    return lp_int_from_i64(it->index + 1);
}

static const lp_method_def_t listiter_methods[] = {
    {"__length_hint__", listiter_length_hint, 0, NULL},
    {NULL},
};

static const lp_method_def_t listreviter_methods[] = {
    {"__length_hint__", listreviter_length_hint, 0, NULL},
    {NULL},
};

/* ==== the types ==== */

lp_type_t lp_type_list = {
    .name = "list",
    .base = &lp_type_object,
    .size = sizeof(lp_list_t),
    .flags = LP_TPF_BASETYPE | LP_TPF_LIST_SUBCLASS,
    .doc = "Built-in mutable sequence.\n"
           "\n"
           "If no argument is given, the constructor creates a new empty list.\n"
           "The argument must be an iterable if specified.",
    .new = list_new,
    .init = list_init,
    .repr = list_repr,
    .compare = list_compare,
    .iter = list_iter,
    .len = list_len,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .binop = {[LP_NB_ADD] = list_add, [LP_NB_MULTIPLY] = list_mul},
    .inplace = {[LP_NB_ADD] = list_iadd, [LP_NB_MULTIPLY] = list_imul},
    .methods = list_methods,
};

lp_type_t lp_type_list_iterator = {
    .name = "list_iterator",
    .base = &lp_type_object,
    .size = sizeof(list_iter_t),
    .iter = listiter_self,
    .next = listiter_next,
    .methods = listiter_methods,
};

lp_type_t lp_type_list_reverseiterator = {
    .name = "list_reverseiterator",
    .base = &lp_type_object,
    .size = sizeof(list_iter_t),
    .iter = listiter_self,
    .next = listreviter_next,
    .methods = listreviter_methods,
};
