/* obj_dict.c -- the dict type: an insertion-ordered compact hash table.
 *
 * Layout: obj_dict_internal.h.  Keys are hashed with lp_hash and compared
 * with lp_eq, either of which may run Python code that mutates the dict;
 * a lookup that sees its entry or table change under it starts again, as
 * CPython's does.  Views and iterators are in runtime/obj_dictview.c.
 *
 * SPDX-License-Identifier: MIT
 */
#include "obj_dict_internal.h"

#include <string.h>

#include "container.h"
#include "error.h"
#include "gc.h"
#include "obj_genericalias.h"
#include "names.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_set.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"
#include "types.h"
#include "vm.h"

#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define MIN_SIZE 8
#define PERTURB_SHIFT 5

/* ==== the table ==== */

bool lp_dict_check(lp_value v)
{
    return lp_is_instance(v, &lp_type_dict);
}

static lp_dict_t *dict_alloc(const lp_type_t *type)
{
    size_t size = type->size > sizeof(lp_dict_t) ? type->size : sizeof(lp_dict_t);
    lp_dict_t *d = lp_alloc(size);
    d->head.type = type;
    return d;
}

lp_value lp_dict_new(void)
{
    return lp_from_ptr(dict_alloc(&lp_type_dict));
}

int64_t lp_dict_len(lp_value d)
{
    return lp_as_dict(d)->used;
}

/* The entries an index of [size] slots may hold (CPython's USABLE_FRACTION). */
static inline int64_t usable_fraction(int64_t size)
{
    return size * 2 / 3;
}

/* The index size for [minsize] slots: a power of 2, at least MIN_SIZE
 * (CPython's calculate_log2_keysize). */
static int64_t keysize_for(int64_t minsize)
{
    int64_t size = MIN_SIZE;
    while (size < minsize)
        size <<= 1;
    return size;
}

/* The index size with room for [n] entries (CPython's estimate_log2_keysize). */
static int64_t keysize_estimate(int64_t n)
{
    return keysize_for((n * 3 + 1) / 2);
}

/* Allocates the entries and the index of [size] slots of [d] as one block
 * (one cache line less per lookup on small dicts): the entries first, so
 * d->entries is the block's base pointer and keeps it alive; d->index
 * points after them. */
static void dict_alloc_tables(lp_dict_t *d, int64_t size)
{
    if (size > ((int64_t)1 << 30)) lp_raise(&lp_exc_MemoryError, "");
    int64_t cap = usable_fraction(size);
    char *block = lp_alloc((size_t)cap * sizeof(lp_dict_entry_t) + (size_t)size * sizeof(int32_t));
    d->entries = (lp_dict_entry_t *)block;
    d->index = (int32_t *)(block + (size_t)cap * sizeof(lp_dict_entry_t));
    d->mask = size - 1;
    d->keys_version = 0; /* every entry may move */
}

/* Fresh empty tables of [size] index slots (a power of 2). */
static void dict_new_tables(lp_dict_t *d, int64_t size)
{
    dict_alloc_tables(d, size);
    memset(d->index, 0xff, (size_t)size * sizeof(int32_t)); /* all IX_EMPTY */
    d->usable = usable_fraction(size);
    d->nentries = 0;
}

/* The first free index slot for [hash] (no key comparison). */
static size_t dict_free_slot(const lp_dict_t *d, int64_t hash)
{
    size_t mask = (size_t)d->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    while (d->index[i] >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* Rebuilds the tables with an index of [size] slots, compacting the
 * entries in their order (CPython's dictresize). */
static void dict_resize(lp_dict_t *d, int64_t size)
{
    lp_dict_entry_t *old = d->entries;
    int64_t n = d->nentries;
    dict_new_tables(d, size);
    for (int64_t j = 0; j < n; j++) {
        if (old[j].key == LP_NULL) continue;
        d->index[dict_free_slot(d, old[j].hash)] = (int32_t)d->nentries;
        d->entries[d->nentries++] = old[j];
    }
    d->usable -= d->nentries;
}

/* Makes [d] a copy of [o]'s tables, layout included (CPython's
 * clone_combined_dict_keys). */
static void dict_clone(lp_dict_t *d, const lp_dict_t *o)
{
    int64_t size = o->mask + 1;
    dict_alloc_tables(d, size);
    memcpy(d->index, o->index, (size_t)size * sizeof(int32_t));
    memcpy(d->entries, o->entries, (size_t)o->nentries * sizeof(lp_dict_entry_t));
    d->usable = o->usable;
    d->nentries = o->nentries;
    d->used = o->used;
    d->keys_version = 0;
    if (d->owner) lp_type_modified(d->owner);
}

int64_t lp_dict_lookup(lp_dict_t *d, lp_value key, int64_t hash)
{
restart:
    if (d->used == 0) return -1;
    size_t mask = (size_t)d->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        int32_t ix = d->index[i];
        if (ix == IX_EMPTY) return -1;
        if (ix >= 0) {
            lp_dict_entry_t *e = &d->entries[ix];
            if (e->key == key) return ix;
            if (e->hash == hash) {
                lp_value start = e->key;
                if (lp_is_int(start) && lp_is_int(key)) goto next; /* distinct small ints */
                if (lp_type_of(start) == &lp_type_str && lp_type_of(key) == &lp_type_str) {
                    if (lp_str_eq(start, key)) return ix;
                    goto next;
                }
                lp_dict_entry_t *entries = d->entries;
                bool eq = lp_eq(start, key);
                if (d->entries != entries || entries[ix].key != start) goto restart;
                if (eq) return ix;
            }
        }
    next:
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* The index slot holding entry [ix] (which must be live). */
static size_t dict_slot_of(const lp_dict_t *d, int64_t ix)
{
    int64_t hash = d->entries[ix].hash;
    size_t mask = (size_t)d->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    while (d->index[i] != ix) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

void lp_dict_set_hash(lp_value dv, lp_value key, int64_t hash, lp_value v)
{
    lp_dict_t *d = lp_as_dict(dv);
    int64_t ix = lp_dict_lookup(d, key, hash);
    if (d->owner) lp_type_modified(d->owner);
    if (ix >= 0) {
        d->entries[ix].value = v;
        return;
    }
    if (d->index == NULL)
        dict_new_tables(d, MIN_SIZE);
    else if (d->usable <= 0)
        dict_resize(d, keysize_for(d->used * 3)); /* CPython's GROWTH_RATE */
    d->index[dict_free_slot(d, hash)] = (int32_t)d->nentries;
    d->entries[d->nentries++] = (lp_dict_entry_t){hash, key, v};
    d->usable--;
    d->used++;
    d->keys_version = 0;
}

/* Deletes live entry [ix]. */
static void dict_del_entry(lp_dict_t *d, int64_t ix)
{
    d->index[dict_slot_of(d, ix)] = IX_DUMMY;
    d->entries[ix].key = LP_NULL;
    d->entries[ix].value = LP_NULL;
    d->used--;
    d->keys_version = 0;
    if (d->owner) lp_type_modified(d->owner);
}

static void dict_clear(lp_dict_t *d)
{
    d->used = d->nentries = d->usable = d->mask = 0;
    d->index = NULL;
    d->entries = NULL;
    d->keys_version = 0;
    if (d->owner) lp_type_modified(d->owner);
}

static uint64_t next_keys_version = 1;

uint64_t lp_dict_keys_version(lp_value dv)
{
    lp_dict_t *d = lp_as_dict(dv);
    if (d->keys_version == 0) d->keys_version = next_keys_version++;
    return d->keys_version;
}

void lp_dict_set_owner(lp_value dv, lp_type_t *owner)
{
    lp_as_dict(dv)->owner = owner;
}

int64_t lp_dict_index_of(lp_value dv, lp_value key)
{
    return lp_dict_lookup(lp_as_dict(dv), key, lp_dict_hash(key));
}

lp_value lp_dict_value_at(lp_value dv, int64_t ix)
{
    return lp_as_dict(dv)->entries[ix].value;
}

/* ==== the C API ==== */

lp_value lp_dict_get(lp_value dv, lp_value key)
{
    lp_dict_t *d = lp_as_dict(dv);
    int64_t hash = lp_dict_hash(key);
    int64_t ix = lp_dict_lookup(d, key, hash);
    return ix < 0 ? LP_NULL : d->entries[ix].value;
}

lp_value lp_dict_get_cstr(lp_value d, const char *key)
{
    return lp_dict_get(d, lp_str_from_cstr(key));
}

void lp_dict_set(lp_value d, lp_value key, lp_value v)
{
    lp_dict_set_hash(d, key, lp_dict_hash(key), v);
}

void lp_dict_set_cstr(lp_value d, const char *key, lp_value v)
{
    lp_dict_set(d, lp_str_intern_cstr(key), v);
}

bool lp_dict_del(lp_value dv, lp_value key)
{
    lp_dict_t *d = lp_as_dict(dv);
    int64_t ix = lp_dict_lookup(d, key, lp_dict_hash(key));
    if (ix < 0) return false;
    dict_del_entry(d, ix);
    return true;
}

bool lp_dict_next(lp_value dv, int64_t *pos, lp_value *k, lp_value *v)
{
    lp_dict_t *d = lp_as_dict(dv);
    int64_t i = *pos;
    while (i < d->nentries && d->entries[i].key == LP_NULL)
        i++;
    if (i >= d->nentries) return false;
    if (k) *k = d->entries[i].key;
    if (v) *v = d->entries[i].value;
    *pos = i + 1;
    return true;
}

/* d |= o for two dicts as CPython's dict_merge: an empty [d] takes a
 * copy of a compact [o]'s tables; otherwise one resize up front, then the
 * entries one by one.  With [override] false, stops at the first key
 * already in [d] and returns it. */
static lp_value dict_merge_dicts(lp_dict_t *d, lp_dict_t *o, bool override)
{
    if (d == o || o->used == 0) return LP_NULL;
    if (d->used == 0) {
        override = true;
        if (o->used == o->nentries &&
            (o->mask + 1 == MIN_SIZE || usable_fraction((o->mask + 1) / 2) < o->used)) {
            dict_clone(d, o);
            return LP_NULL;
        }
    }
    if ((d->index ? usable_fraction(d->mask + 1) : 0) < o->used)
        dict_resize(d, keysize_estimate(d->used + o->used));
    int64_t orig = o->nentries;
    for (int64_t i = 0; i < o->nentries; i++) {
        lp_dict_entry_t e = o->entries[i];
        if (e.key == LP_NULL) continue;
        if (!override && lp_dict_lookup(d, e.key, e.hash) >= 0) return e.key;
        lp_dict_set_hash(lp_from_ptr(d), e.key, e.hash, e.value);
        if (o->nentries != orig) lp_raise(&lp_exc_RuntimeError, "dict mutated during update");
    }
    return LP_NULL;
}

void lp_dict_update(lp_value dv, lp_value other)
{
    dict_merge_dicts(lp_as_dict(dv), lp_as_dict(other), true);
}

lp_value lp_dict_copy(lp_value dv)
{
    lp_dict_t *o = lp_as_dict(dv);
    lp_value r = lp_dict_new();
    if (o->used == 0) return r;
    if (lp_type_of(dv)->iter == lp_type_dict.iter && o->used >= o->nentries * 2 / 3)
        dict_clone(lp_as_dict(r), o); /* CPython's fast copy: the same layout */
    else
        lp_dict_update(r, dv);
    return r;
}

lp_value lp_dict_new_presized(int64_t n)
{
    lp_value d = lp_dict_new();
    if (n > usable_fraction(MIN_SIZE)) dict_new_tables(lp_as_dict(d), keysize_estimate(n));
    return d;
}

/* ==== update from any argument (dict.update, dict(), |=) ==== */

lp_value lp_mapping_keys_iter(lp_value m, lp_value keys)
{
    /* CPython's PyMapping_Keys: a TypeError of iter() names the method */
    return lp_iter_or_type_error(keys, &lp_exc_TypeError,
                                 "%T.keys() returned a non-iterable (type %T)", m, keys);
}

/* d.update(seq) for an iterable of pairs. */
static void dict_update_pairs(lp_value d, lp_value seq)
{
    lp_value it = lp_iter(seq);
    int64_t n = 0;
    for (lp_value item; (item = lp_iter_next(it)) != LP_NULL; n++) {
        const lp_type_t *t = lp_type_of(item);
        if (!t->iter && !t->getitem)
            lp_raise(&lp_exc_TypeError,
                     "cannot convert dictionary update sequence element #%lld to a sequence",
                     (long long)n);
        bool tuple = lp_type_of(item) == &lp_type_tuple;
        lp_value pair = tuple ? item : lp_list_from_iterable(item);
        int64_t len = tuple ? lp_tuple_len(pair) : lp_as_list(pair)->len;
        if (len != 2)
            lp_raise(&lp_exc_ValueError,
                     "dictionary update sequence element #%lld has length %lld; 2 is required",
                     (long long)n, (long long)len);
        const lp_value *kv = tuple ? lp_as_tuple(pair)->items : lp_as_list(pair)->items;
        lp_value k = kv[0], v = kv[1];
        lp_dict_set(d, k, v);
    }
}

void lp_dict_update_arg(lp_value d, lp_value other)
{
    if (lp_dict_check(other) && lp_type_of(other)->iter == lp_type_dict.iter) {
        lp_dict_update(d, other);
        return;
    }
    lp_value keys = lp_getattr_opt(other, LP_NAME(keys));
    if (keys == LP_NULL) {
        dict_update_pairs(d, other);
        return;
    }
    lp_value it = lp_mapping_keys_iter(other, lp_call0(keys));
    for (lp_value k; (k = lp_iter_next(it)) != LP_NULL;)
        lp_dict_set(d, k, lp_getitem(other, k));
}

lp_value lp_dict_merge(lp_value d, lp_value other, bool override)
{
    if (lp_dict_check(other) && lp_type_of(other)->iter == lp_type_dict.iter)
        return dict_merge_dicts(lp_as_dict(d), lp_as_dict(other), override);
    lp_value keys = lp_getattr_opt(other, LP_NAME(keys));
    if (keys == LP_NULL)
        lp_raise(&lp_exc_TypeError, "'%s' object is not a mapping", lp_type_of(other)->name);
    lp_value it = lp_mapping_keys_iter(other, lp_call0(keys));
    for (lp_value k; (k = lp_iter_next(it)) != LP_NULL;) {
        if (!override && lp_dict_get(d, k) != LP_NULL) return k;
        lp_dict_set(d, k, lp_getitem(other, k));
    }
    return LP_NULL;
}

lp_value lp_dict_pop(lp_value dv, lp_value key)
{
    lp_dict_t *d = lp_as_dict(dv);
    int64_t ix = lp_dict_lookup(d, key, lp_dict_hash(key));
    if (ix < 0) return LP_NULL;
    lp_value v = d->entries[ix].value;
    dict_del_entry(d, ix);
    return v;
}

void lp_dict_clear(lp_value d)
{
    dict_clear(lp_as_dict(d));
}

/* The keyword arguments args[nargs...] named by [kwnames] into [d]. */
static void dict_update_kw(lp_value d, lp_value *args, size_t nargs, lp_value kwnames)
{
    int64_t n = kwnames == LP_NULL ? 0 : lp_tuple_len(kwnames);
    for (int64_t i = 0; i < n; i++)
        lp_dict_set(d, lp_tuple_get(kwnames, i), args[nargs + i]);
}

/* ==== slots ==== */

static lp_value dict_new(lp_type_t *type, lp_value *args, size_t nargs, lp_value kwnames)
{
    return lp_from_ptr(dict_alloc(type));
}

static void dict_init(lp_value self, lp_value *args, size_t nargs, lp_value kwnames)
{
    if (nargs > 1) lp_raise(&lp_exc_TypeError, "dict expected at most 1 argument, got %zu", nargs);
    if (nargs) lp_dict_update_arg(self, args[0]);
    dict_update_kw(self, args, nargs, kwnames);
}

static lp_value dict_repr_body(lp_value self)
{
    lp_dict_t *d = lp_as_dict(self);
    lp_strbuf_t b;
    lp_strbuf_init(&b);
    lp_strbuf_putc(&b, '{');
    bool first = true;
    for (int64_t i = 0; i < d->nentries; i++) {
        lp_dict_entry_t e = d->entries[i];
        if (e.key == LP_NULL) continue;
        if (!first) lp_strbuf_puts(&b, ", ");
        first = false;
        lp_strbuf_put_str(&b, lp_repr(e.key));
        lp_strbuf_puts(&b, ": ");
        lp_strbuf_put_str(&b, lp_repr(e.value));
    }
    lp_strbuf_putc(&b, '}');
    return lp_strbuf_finish(&b);
}

static lp_value dict_repr(lp_value self)
{
    if (lp_as_dict(self)->used == 0) return lp_str_from_cstr("{}");
    return lp_container_repr(self, dict_repr_body, "{...}");
}

/* a == b for two dicts: same length, every key of a in b with an equal value. */
static bool dict_equal(lp_dict_t *a, lp_dict_t *b)
{
    if (a->used != b->used) return false;
    for (int64_t i = 0; i < a->nentries; i++) {
        lp_dict_entry_t e = a->entries[i];
        if (e.key == LP_NULL) continue;
        int64_t ix = lp_dict_lookup(b, e.key, e.hash);
        if (ix < 0) return false;
        if (!lp_eq(e.value, b->entries[ix].value)) return false;
    }
    return true;
}

static lp_value dict_compare(lp_value self, lp_value other, lp_cmpop_t op)
{
    if (!lp_dict_check(other) || (op != LP_EQ && op != LP_NE)) return LP_NOTIMPLEMENTED;
    lp_recursion_enter(" in comparison");
    bool eq = dict_equal(lp_as_dict(self), lp_as_dict(other));
    lp_recursion_leave();
    return lp_bool(op == LP_EQ ? eq : !eq);
}

static int64_t dict_len(lp_value self)
{
    return lp_as_dict(self)->used;
}

static lp_value dict_getitem(lp_value self, lp_value key)
{
    lp_value v = lp_dict_get(self, key);
    if (v != LP_NULL) return v;
    if (lp_type_of(self) != &lp_type_dict) {
        lp_value missing = lp_type_lookup(lp_type_of(self), LP_NAME(__missing__));
        if (missing != LP_NULL) return lp_call2(missing, self, key);
    }
    lp_raise_key_error(key);
}

static void dict_setitem(lp_value self, lp_value key, lp_value v)
{
    if (v != LP_NULL)
        lp_dict_set(self, key, v);
    else if (!lp_dict_del(self, key))
        lp_raise_key_error(key);
}

static int dict_contains(lp_value self, lp_value key)
{
    return lp_dict_get(self, key) != LP_NULL;
}

static lp_value dict_iter(lp_value self)
{
    return lp_dict_iter_new(self, &lp_type_dict_keyiterator, false);
}

static lp_value dict_or(lp_value a, lp_value b)
{
    if (!lp_dict_check(a) || !lp_dict_check(b)) return LP_NOTIMPLEMENTED;
    lp_value r = lp_dict_copy(a);
    lp_dict_update(r, b);
    return r;
}

static lp_value dict_ior(lp_value a, lp_value b)
{
    if (!lp_dict_check(a)) return LP_NOTIMPLEMENTED;
    lp_dict_update_arg(a, b);
    return a;
}

/* ==== methods ==== */

#define SELF args[0]

static lp_value dict_get_m(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_range("dict.get", nargs - 1, kwnames, 1, 2);
    lp_value v = lp_dict_get(SELF, args[1]);
    return v != LP_NULL ? v : nargs > 2 ? args[2] : LP_NONE;
}

static lp_value dict_setdefault(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_range("dict.setdefault", nargs - 1, kwnames, 1, 2);
    lp_dict_t *d = lp_as_dict(SELF);
    int64_t hash = lp_dict_hash(args[1]);
    int64_t ix = lp_dict_lookup(d, args[1], hash);
    if (ix >= 0) return d->entries[ix].value;
    lp_value v = nargs > 2 ? args[2] : LP_NONE;
    lp_dict_set_hash(SELF, args[1], hash, v);
    return v;
}

static lp_value dict_pop(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_range("dict.pop", nargs - 1, kwnames, 1, 2);
    lp_dict_t *d = lp_as_dict(SELF);
    int64_t ix = d->used ? lp_dict_lookup(d, args[1], lp_dict_hash(args[1])) : -1;
    if (ix < 0) {
        if (nargs > 2) return args[2];
        lp_raise_key_error(args[1]);
    }
    lp_value v = d->entries[ix].value;
    dict_del_entry(d, ix);
    return v;
}

static lp_value dict_popitem(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_none("dict.popitem", nargs - 1, kwnames);
    lp_dict_t *d = lp_as_dict(SELF);
    if (d->used == 0) {
        lp_value msg = lp_str_from_cstr("popitem(): dictionary is empty");
        lp_raise_key_error(msg);
    }
    int64_t i = d->nentries - 1;
    while (d->entries[i].key == LP_NULL)
        i--;
    lp_value r = lp_tuple_pack(2, d->entries[i].key, d->entries[i].value);
    dict_del_entry(d, i);
    d->nentries = i;
    return r;
}

static lp_value dict_keys(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_none("dict.keys", nargs - 1, kwnames);
    return lp_dict_view_new(SELF, &lp_type_dict_keys);
}

static lp_value dict_values(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_none("dict.values", nargs - 1, kwnames);
    return lp_dict_view_new(SELF, &lp_type_dict_values);
}

static lp_value dict_items(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_none("dict.items", nargs - 1, kwnames);
    return lp_dict_view_new(SELF, &lp_type_dict_items);
}

static lp_value dict_update_m(lp_value *args, size_t nargs, lp_value kwnames)
{
    if (nargs > 2)
        lp_raise(&lp_exc_TypeError, "update expected at most 1 argument, got %zu", nargs - 1);
    if (nargs > 1) lp_dict_update_arg(SELF, args[1]);
    dict_update_kw(SELF, args, nargs, kwnames);
    return LP_NONE;
}

static lp_value dict_clear_m(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_none("dict.clear", nargs - 1, kwnames);
    dict_clear(lp_as_dict(SELF));
    return LP_NONE;
}

static lp_value dict_copy_m(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_none("dict.copy", nargs - 1, kwnames);
    return lp_dict_copy(SELF);
}

/* dict.fromkeys(src, value) for an exact dict, set or frozenset [src]:
 * one resize for its size, then its keys with their known hashes. */
static void dict_fromkeys_sized(lp_dict_t *d, lp_value src, lp_value value)
{
    bool is_dict = lp_type_of(src) == &lp_type_dict;
    dict_resize(d, keysize_estimate(is_dict ? lp_dict_len(src) : lp_set_len(src)));
    lp_value k;
    int64_t h;
    if (is_dict) {
        for (int64_t i = 0; i < lp_as_dict(src)->nentries; i++) {
            lp_dict_entry_t e = lp_as_dict(src)->entries[i];
            if (e.key != LP_NULL) lp_dict_set_hash(lp_from_ptr(d), e.key, e.hash, value);
        }
        return;
    }
    for (int64_t pos = 0; lp_set_next(src, &pos, &k, &h);)
        lp_dict_set_hash(lp_from_ptr(d), k, h, value);
}

static lp_value dict_fromkeys(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_range("dict.fromkeys", nargs - 1, kwnames, 1, 2);
    lp_value value = nargs > 2 ? args[2] : LP_NONE;
    lp_value d = lp_call0(args[0]);
    bool plain = lp_type_of(d) == &lp_type_dict;
    const lp_type_t *t = lp_type_of(args[1]);
    if (plain && (t == &lp_type_dict || t == &lp_type_set || t == &lp_type_frozenset)) {
        dict_fromkeys_sized(lp_as_dict(d), args[1], value); /* CPython's presized paths */
        return d;
    }
    lp_value it = lp_iter(args[1]);
    for (lp_value k; (k = lp_iter_next(it)) != LP_NULL;) {
        if (plain)
            lp_dict_set(d, k, value);
        else
            lp_setitem(d, k, value);
    }
    return d;
}

static lp_value dict_contains_m(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_one("dict.__contains__", nargs - 1, kwnames);
    return lp_bool(dict_contains(SELF, args[1]));
}

static lp_value dict_getitem_m(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_one("dict.__getitem__", nargs - 1, kwnames);
    return dict_getitem(SELF, args[1]);
}

static lp_value dict_reversed(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_none("dict.__reversed__", nargs - 1, kwnames);
    return lp_dict_iter_new(SELF, &lp_type_dict_keyiterator, true);
}

static lp_value dict_sizeof(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_none("dict.__sizeof__", nargs - 1, kwnames);
    lp_dict_t *d = lp_as_dict(SELF);
    int64_t size = d->index ? d->mask + 1 : 0;
    return lp_int_from_i64(48 + (size ? size * 4 + usable_fraction(size) * 24 : 0));
}

static const lp_method_def_t dict_methods[] = {
    {"__class_getitem__", lp_class_getitem, LP_METH_CLASS, "See PEP 585"},
    {"get", dict_get_m, 0, "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", dict_setdefault, 0,
     "Insert key with a value of default if key is not in the dictionary."},
    {"pop", dict_pop, 0,
     "D.pop(k[,d]) -> v, remove specified key and return the corresponding value."},
    {"popitem", dict_popitem, 0, "Remove and return a (key, value) pair as a 2-tuple."},
    {"keys", dict_keys, 0, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values", dict_values, 0, "D.values() -> an object providing a view on D's values"},
    {"items", dict_items, 0, "D.items() -> a set-like object providing a view on D's items"},
    {"update", dict_update_m, 0,
     "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F."},
    {"clear", dict_clear_m, 0, "D.clear() -> None.  Remove all items from D."},
    {"copy", dict_copy_m, 0, "D.copy() -> a shallow copy of D"},
    {"fromkeys", dict_fromkeys, LP_METH_CLASS,
     "Create a new dictionary with keys from iterable and values set to value."},
    {"__contains__", dict_contains_m, 0,
     "True if the dictionary has the specified key, else False."},
    {"__getitem__", dict_getitem_m, 0, "x.__getitem__(y) <==> x[y]"},
    {"__reversed__", dict_reversed, 0, "Return a reverse iterator over the dict keys."},
    {"__sizeof__", dict_sizeof, 0, "D.__sizeof__() -> size of D in memory, in bytes"},
    {NULL},
};

lp_type_t lp_type_dict = {
    .name = "dict",
    .base = &lp_type_object,
    .size = sizeof(lp_dict_t),
    .flags = LP_TPF_BASETYPE | LP_TPF_DICT_SUBCLASS,
    .doc = "dict() -> new empty dictionary\n"
           "dict(mapping) -> new dictionary initialized from a mapping object's\n"
           "    (key, value) pairs\n"
           "dict(iterable) -> new dictionary initialized as if via:\n"
           "    d = {}\n"
           "    for k, v in iterable:\n"
           "        d[k] = v\n"
           "dict(**kwargs) -> new dictionary initialized with the name=value pairs\n"
           "    in the keyword argument list.  For example:  dict(one=1, two=2)",
    .new = dict_new,
    .init = dict_init,
    .repr = dict_repr,
    .compare = dict_compare,
    .iter = dict_iter,
    .len = dict_len,
    .getitem = dict_getitem,
    .setitem = dict_setitem,
    .contains = dict_contains,
    .binop = {[LP_NB_OR] = dict_or},
    .inplace = {[LP_NB_OR] = dict_ior},
    .methods = dict_methods,
};
