/* obj_dictview.c -- dict views (dict_keys, dict_values, dict_items) and
 * the dict iterators, forward and reversed.
 *
 * A view holds its dict and reads it live.  Keys and items views are
 * set-like: they compare with sets and other set-like views, and &, |, ^,
 * - give sets, as CPython's dictobject.c does.  An iterator remembers the
 * dict's size when made and raises "dictionary changed size during
 * iteration" if it differs.
 *
 * SPDX-License-Identifier: MIT
 */
#include "obj_dict_internal.h"

#include <string.h>

#include "container.h"
#include "error.h"
#include "gc.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_mappingproxy.h"
#include "obj_set.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"
#include "types.h"

/* "dict_keys.isdisjoint": method [m] qualified by [self]'s type name. */
static const char *meth_qualname(lp_value self, const char *m)
{
    const char *t = lp_type_of(self)->name;
    char *s = lp_alloc_atomic(strlen(t) + strlen(m) + 2);
    strcpy(s, t);
    strcat(s, ".");
    strcat(s, m);
    return s;
}

/* ==== iterators ==== */

typedef struct {
    lp_object_t head;
    lp_value dict; /* LP_NULL once exhausted */
    int64_t used;  /* the dict's size when the iterator was made; -1: failed */
    int64_t pos;   /* next entry to look at (reversed: the one below) */
    int64_t left;  /* items still to produce */
} dict_iter_t;

static lp_type_t type_dict_reversekeyiterator, type_dict_reversevalueiterator,
    type_dict_reverseitemiterator;

/* The reversed counterpart of a forward iterator type. */
static lp_type_t *reversed_type(const lp_type_t *t)
{
    if (t == &lp_type_dict_keyiterator) return &type_dict_reversekeyiterator;
    if (t == &lp_type_dict_valueiterator) return &type_dict_reversevalueiterator;
    return &type_dict_reverseitemiterator;
}

lp_value lp_dict_iter_new(lp_value dv, lp_type_t *type, bool reversed)
{
    lp_dict_t *d = lp_as_dict(dv);
    if (reversed) {
        type = reversed_type(type);
        lp_type_ready(type);
    }
    dict_iter_t *it = lp_alloc(sizeof *it);
    it->head.type = type;
    it->dict = dv;
    it->used = d->used;
    it->left = d->used;
    it->pos = reversed ? d->nentries - 1 : 0;
    return lp_from_ptr(it);
}

/* The next live entry of [it], or NULL at the end (raises on mutation). */
static lp_dict_entry_t *dictiter_step(dict_iter_t *it, bool reversed)
{
    if (it->dict == LP_NULL) return NULL;
    lp_dict_t *d = lp_as_dict(it->dict);
    if (it->used != d->used) {
        it->used = -1; /* sticky */
        lp_raise(&lp_exc_RuntimeError, "dictionary changed size during iteration");
    }
    int64_t i = it->pos;
    if (reversed) {
        while (i >= 0 && (i >= d->nentries || d->entries[i].key == LP_NULL))
            i--;
        it->pos = i - 1;
    } else {
        while (i < d->nentries && d->entries[i].key == LP_NULL)
            i++;
        it->pos = i + 1;
    }
    if (i < 0 || i >= d->nentries) {
        it->dict = LP_NULL;
        return NULL;
    }
    if (it->left == 0) {
        it->dict = LP_NULL;
        lp_raise(&lp_exc_RuntimeError, "dictionary keys changed during iteration");
    }
    it->left--;
    return &d->entries[i];
}

static lp_value dictiter_self(lp_value self)
{
    return self;
}

static lp_value dictiter_key(lp_value self)
{
    dict_iter_t *it = lp_as_ptr(self);
    lp_dict_entry_t *e = dictiter_step(it, it->head.type != &lp_type_dict_keyiterator);
    return e ? e->key : LP_NULL;
}

static lp_value dictiter_value(lp_value self)
{
    dict_iter_t *it = lp_as_ptr(self);
    lp_dict_entry_t *e = dictiter_step(it, it->head.type != &lp_type_dict_valueiterator);
    return e ? e->value : LP_NULL;
}

static lp_value dictiter_item(lp_value self)
{
    dict_iter_t *it = lp_as_ptr(self);
    lp_dict_entry_t *e = dictiter_step(it, it->head.type != &lp_type_dict_itemiterator);
    return e ? lp_tuple_pack(2, e->key, e->value) : LP_NULL;
}

static lp_value dictiter_length_hint(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_none(meth_qualname(args[0], "__length_hint__"), nargs - 1, kwnames);
    dict_iter_t *it = lp_as_ptr(args[0]);
    bool live = it->dict != LP_NULL && it->used == lp_as_dict(it->dict)->used;
    return lp_int_from_i64(live ? it->left : 0);
}

static const lp_method_def_t dictiter_methods[] = {
    {"__length_hint__", dictiter_length_hint, 0,
     "Private method returning an estimate of len(list(it))."},
    {NULL},
};

/* ==== views ==== */

typedef struct {
    lp_object_t head;
    lp_value dict;
} dict_view_t;

#define VIEW_DICT(v) (((dict_view_t *)lp_as_ptr(v))->dict)

lp_value lp_dict_view_new(lp_value d, lp_type_t *type)
{
    dict_view_t *v = lp_alloc(sizeof *v);
    v->head.type = type;
    v->dict = d;
    return lp_from_ptr(v);
}

static int64_t view_len(lp_value self)
{
    return lp_dict_len(VIEW_DICT(self));
}

static lp_value keys_iter(lp_value self)
{
    return lp_dict_iter_new(VIEW_DICT(self), &lp_type_dict_keyiterator, false);
}

static lp_value values_iter(lp_value self)
{
    return lp_dict_iter_new(VIEW_DICT(self), &lp_type_dict_valueiterator, false);
}

static lp_value items_iter(lp_value self)
{
    return lp_dict_iter_new(VIEW_DICT(self), &lp_type_dict_itemiterator, false);
}

static int keys_contains(lp_value self, lp_value x)
{
    return lp_dict_get(VIEW_DICT(self), x) != LP_NULL;
}

static int items_contains(lp_value self, lp_value x)
{
    if (!lp_tuple_check(x) || lp_tuple_len(x) != 2) return 0;
    lp_value v = lp_dict_get(VIEW_DICT(self), lp_tuple_get(x, 0));
    return v != LP_NULL && lp_eq(v, lp_tuple_get(x, 1));
}

/* repr: "dict_keys([1, 2])", the list of what iterating gives. */
static lp_value view_repr_body(lp_value self)
{
    lp_strbuf_t b;
    lp_strbuf_init(&b);
    lp_strbuf_puts(&b, lp_type_of(self)->name);
    lp_strbuf_putc(&b, '(');
    lp_value items = lp_list_from_iterable(self);
    lp_strbuf_put_str(&b, lp_repr(items));
    lp_strbuf_putc(&b, ')');
    return lp_strbuf_finish(&b);
}

static lp_value view_repr(lp_value self)
{
    return lp_container_repr(self, view_repr_body, "...");
}

/* ==== set-like behaviour of keys and items ==== */

static bool view_setlike(lp_value v)
{
    const lp_type_t *t = lp_type_of(v);
    return t == &lp_type_dict_keys || t == &lp_type_dict_items;
}

static int64_t any_len(lp_value v)
{
    return lp_len(v);
}

/* Every item of [a] is in [b]. */
static bool all_contained_in(lp_value a, lp_value b)
{
    lp_value it = lp_iter(a);
    for (lp_value x; (x = lp_iter_next(it)) != LP_NULL;)
        if (!lp_contains(b, x)) return false;
    return true;
}

static lp_value view_compare(lp_value self, lp_value other, lp_cmpop_t op)
{
    if (!lp_anyset_check(other) && !view_setlike(other)) return LP_NOTIMPLEMENTED;
    int64_t a = any_len(self), b = any_len(other);
    bool r;
    switch (op) {
    case LP_EQ: r = a == b && all_contained_in(self, other); break;
    case LP_NE: r = !(a == b && all_contained_in(self, other)); break;
    case LP_LT: r = a < b && all_contained_in(self, other); break;
    case LP_LE: r = a <= b && all_contained_in(self, other); break;
    case LP_GT: r = a > b && all_contained_in(other, self); break;
    default: r = a >= b && all_contained_in(other, self); break;
    }
    return lp_bool(r);
}

/* set(self), with a dict's keys taken directly. */
static lp_value view_to_set(lp_value v)
{
    if (lp_type_of(v) == &lp_type_dict_keys && lp_type_of(VIEW_DICT(v)) == &lp_type_dict)
        return lp_set_new(VIEW_DICT(v));
    return lp_set_new(v);
}

static lp_value view_sub(lp_value a, lp_value b)
{
    lp_value r = view_to_set(a);
    lp_set_difference_update(r, b);
    return r;
}

static lp_value view_or(lp_value a, lp_value b)
{
    lp_value r = view_to_set(a);
    lp_set_update(r, b);
    return r;
}

static lp_value view_xor(lp_value a, lp_value b)
{
    lp_value r = view_to_set(a);
    lp_set_symmetric_difference_update(r, b);
    return r;
}

static lp_value view_and(lp_value a, lp_value b)
{
    if (!view_setlike(a)) {
        lp_value t = a;
        a = b;
        b = t;
    }
    int64_t na = view_len(a);
    if (lp_type_of(b) == &lp_type_set && na <= lp_set_len(b)) {
        lp_value arg = a;
        return lp_call_method(b, lp_str_intern_cstr("intersection"), &arg, 1);
    }
    if (view_setlike(b) && view_len(b) > na) {
        lp_value t = a;
        a = b;
        b = t;
    }
    lp_value r = lp_set_new(LP_NULL);
    bool keys = lp_type_of(a) == &lp_type_dict_keys;
    lp_value it = lp_iter(b);
    for (lp_value x; (x = lp_iter_next(it)) != LP_NULL;)
        if (keys ? keys_contains(a, x) : items_contains(a, x)) lp_set_add(r, x);
    return r;
}

static lp_value view_isdisjoint(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_one(meth_qualname(args[0], "isdisjoint"), nargs - 1, kwnames);
    lp_value self = args[0], other = args[1];
    if (self == other) return lp_bool(view_len(self) == 0);
    lp_value small = other, big = self;
    if ((lp_anyset_check(other) || view_setlike(other)) && any_len(other) > view_len(self)) {
        small = self;
        big = other;
    }
    lp_value it = lp_iter(small);
    for (lp_value x; (x = lp_iter_next(it)) != LP_NULL;)
        if (lp_contains(big, x)) return LP_FALSE;
    return LP_TRUE;
}

static lp_value keys_reversed(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_none("dict_keys.__reversed__", nargs - 1, kwnames);
    return lp_dict_iter_new(VIEW_DICT(args[0]), &lp_type_dict_keyiterator, true);
}

static lp_value values_reversed(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_none("dict_values.__reversed__", nargs - 1, kwnames);
    return lp_dict_iter_new(VIEW_DICT(args[0]), &lp_type_dict_valueiterator, true);
}

static lp_value items_reversed(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_none("dict_items.__reversed__", nargs - 1, kwnames);
    return lp_dict_iter_new(VIEW_DICT(args[0]), &lp_type_dict_itemiterator, true);
}

static const lp_method_def_t keys_methods[] = {
    {"isdisjoint", view_isdisjoint, 0,
     "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", keys_reversed, 0, "Return a reverse iterator over the dict keys."},
    {NULL},
};

static const lp_method_def_t items_methods[] = {
    {"isdisjoint", view_isdisjoint, 0,
     "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", items_reversed, 0, "Return a reverse iterator over the dict items."},
    {NULL},
};

static const lp_method_def_t values_methods[] = {
    {"__reversed__", values_reversed, 0, "Return a reverse iterator over the dict values."},
    {NULL},
};

static lp_value view_mapping(lp_value self)
{
    return lp_mappingproxy_new(VIEW_DICT(self));
}

static const lp_getset_def_t view_getsets[] = {
    {"mapping", view_mapping, NULL, "dictionary that this view refers to"},
    {NULL},
};

/* ==== the types ==== */

#define SETLIKE_BINOPS                                                                             \
    {                                                                                              \
        [LP_NB_SUBTRACT] = view_sub, [LP_NB_AND] = view_and, [LP_NB_OR] = view_or,                 \
        [LP_NB_XOR] = view_xor                                                                     \
    }

lp_type_t lp_type_dict_keys = {
    .name = "dict_keys",
    .base = &lp_type_object,
    .size = sizeof(dict_view_t),
    .repr = view_repr,
    .compare = view_compare,
    .iter = keys_iter,
    .len = view_len,
    .contains = keys_contains,
    .binop = SETLIKE_BINOPS,
    .methods = keys_methods,
    .getsets = view_getsets,
};

lp_type_t lp_type_dict_values = {
    .name = "dict_values",
    .base = &lp_type_object,
    .size = sizeof(dict_view_t),
    .repr = view_repr,
    .iter = values_iter,
    .len = view_len,
    .methods = values_methods,
    .getsets = view_getsets,
};

lp_type_t lp_type_dict_items = {
    .name = "dict_items",
    .base = &lp_type_object,
    .size = sizeof(dict_view_t),
    .repr = view_repr,
    .compare = view_compare,
    .iter = items_iter,
    .len = view_len,
    .contains = items_contains,
    .binop = SETLIKE_BINOPS,
    .methods = items_methods,
    .getsets = view_getsets,
};

#define DICT_ITER_TYPE(cname, pyname, nextfn)                                                      \
    lp_type_t cname = {                                                                            \
        .name = pyname,                                                                            \
        .base = &lp_type_object,                                                                   \
        .size = sizeof(dict_iter_t),                                                               \
        .iter = dictiter_self,                                                                     \
        .next = nextfn,                                                                            \
        .methods = dictiter_methods,                                                               \
    }

DICT_ITER_TYPE(lp_type_dict_keyiterator, "dict_keyiterator", dictiter_key);
DICT_ITER_TYPE(lp_type_dict_valueiterator, "dict_valueiterator", dictiter_value);
DICT_ITER_TYPE(lp_type_dict_itemiterator, "dict_itemiterator", dictiter_item);
static DICT_ITER_TYPE(type_dict_reversekeyiterator, "dict_reversekeyiterator", dictiter_key);
static DICT_ITER_TYPE(type_dict_reversevalueiterator, "dict_reversevalueiterator", dictiter_value);
static DICT_ITER_TYPE(type_dict_reverseitemiterator, "dict_reverseitemiterator", dictiter_item);
