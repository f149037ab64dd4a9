/* obj_set.c -- set, frozenset and their iterator.
 *
 * The hash table is CPython 3.11's (Objects/setobject.c, as published):
 * a power-of-two table of (key, hash) entries, at least 8, probed first
 * linearly over up to LINEAR_PROBES following slots, then by the
 * perturbation recurrence i = i*5 + 1 + (perturb >>= 5); deleted entries
 * become "dummy" with hash -1; the table grows when fill*5 >= mask*3.  The
 * set operations follow CPython's algorithms (which operand is iterated,
 * when a copy is made first), so the results iterate in CPython's order.
 *
 * SPDX-License-Identifier: MIT
 */
#include "obj_set.h"

#include <string.h>

#include "container.h"
#include "error.h"
#include "gc.h"
#include "obj_genericalias.h"
#include "obj_dict_internal.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"
#include "types.h"
#include "vm.h"

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5
#define MIN_SIZE 8

static lp_object_t dummy_object = {&lp_type_object};
#define DUMMY lp_from_ptr(&dummy_object)

bool lp_anyset_check(lp_value v)
{
    return lp_is_instance(v, &lp_type_set) || lp_is_instance(v, &lp_type_frozenset);
}

bool lp_set_check(lp_value v)
{
    return lp_is_instance(v, &lp_type_set);
}

bool lp_frozenset_check(lp_value v)
{
    return lp_is_instance(v, &lp_type_frozenset);
}

/* An empty set of [type] using its small table. */
static lp_set_t *set_alloc(const lp_type_t *type)
{
    size_t size = type->size > sizeof(lp_set_t) ? type->size : sizeof(lp_set_t);
    lp_set_t *s = lp_alloc(size);
    s->head.type = type;
    s->mask = MIN_SIZE - 1;
    s->table = s->small;
    s->hash = -1;
    return s;
}

/* ==== the table ==== */

/* The hash of [key] for a set lookup; an unhashable set stands for the
 * frozenset of its items (so `{1} in {frozenset({1})}` works). */
static int64_t set_key_hash(lp_value *key)
{
    if (lp_set_check(*key) && lp_type_of(*key)->hash == NULL) *key = lp_frozenset_new(*key);
    return lp_dict_hash(*key);
}

/* True when the entry's [start] key equals [key]; may run __eq__. */
static inline bool keys_equal(lp_value start, lp_value key)
{
    if (start == key) return true;
    if (lp_type_of(start) == &lp_type_str && lp_type_of(key) == &lp_type_str)
        return lp_str_eq(start, key);
    return lp_eq(start, key);
}

/* The entry holding [key], or NULL; restarts if __eq__ changes the table. */
static lp_set_entry_t *set_lookkey(lp_set_t *so, lp_value key, int64_t hash)
{
restart:;
    size_t mask = (size_t)so->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        lp_set_entry_t *e = &so->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && e->key == LP_NULL) return NULL;
            if (e->hash == hash && e->key != DUMMY) {
                lp_value start = e->key;
                if (start == key) return e;
                lp_set_entry_t *table = so->table;
                bool eq = keys_equal(start, key);
                if (table != so->table || e->key != start) goto restart;
                if (eq) return e;
                mask = (size_t)so->mask;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Puts [key] in a table known to hold no equal key and no dummies. */
static void set_insert_clean(lp_set_entry_t *table, size_t mask, lp_value key, int64_t hash)
{
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        lp_set_entry_t *e = &table[i];
        if (e->key == LP_NULL) goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (e->key == LP_NULL) goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        e->key = key;
        e->hash = hash;
        return;
    }
}

/* Moves the live entries into a table sized for [minused], dropping dummies. */
static void set_table_resize(lp_set_t *so, int64_t minused)
{
    size_t newsize = MIN_SIZE;
    while (newsize <= (size_t)minused)
        newsize <<= 1;
    lp_set_entry_t *old = so->table;
    size_t oldmask = (size_t)so->mask;
    lp_set_entry_t saved[MIN_SIZE];
    if (newsize == MIN_SIZE && old == so->small && so->fill == so->used) return;
    if (old == so->small) { /* the new table may be the small one too */
        memcpy(saved, old, sizeof saved);
        old = saved;
    }
    lp_set_entry_t *table;
    if (newsize == MIN_SIZE) {
        table = so->small;
        memset(table, 0, sizeof so->small);
    } else {
        if (newsize > ((size_t)1 << 40)) lp_raise(&lp_exc_MemoryError, "");
        table = lp_alloc(newsize * sizeof(lp_set_entry_t));
    }
    so->mask = (int64_t)newsize - 1;
    so->table = table;
    so->fill = so->used;
    for (size_t j = 0; j <= oldmask; j++)
        if (old[j].key != LP_NULL && old[j].key != DUMMY)
            set_insert_clean(table, newsize - 1, old[j].key, old[j].hash);
}

/* Adds [key] (hash [hash]) unless an equal key is present. */
static void set_add_entry(lp_set_t *so, lp_value key, int64_t hash)
{
restart:;
    size_t mask = (size_t)so->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    lp_set_entry_t *freeslot = NULL, *e;
    for (;;) {
        e = &so->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && e->key == LP_NULL) goto found_unused;
            if (e->hash == hash && e->key != DUMMY) {
                lp_value start = e->key;
                if (start == key) return;
                lp_set_entry_t *table = so->table;
                bool eq = keys_equal(start, key);
                if (eq) return;
                if (table != so->table || e->key != start) goto restart;
                mask = (size_t)so->mask;
            } else if (e->hash == -1) {
                freeslot = e; /* the last dummy seen, as CPython 3.11 */
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused:
    if (freeslot) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return;
    }
    so->fill++;
    so->used++;
    e->key = key;
    e->hash = hash;
    if ((size_t)so->fill * 5 < mask * 3) return;
    set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

/* Removes [key]: true when it was present. */
static bool set_discard_entry(lp_set_t *so, lp_value key, int64_t hash)
{
    lp_set_entry_t *e = set_lookkey(so, key, hash);
    if (e == NULL) return false;
    e->key = DUMMY;
    e->hash = -1;
    so->used--;
    return true;
}

static void set_clear_internal(lp_set_t *so)
{
    memset(so->small, 0, sizeof so->small);
    so->table = so->small;
    so->mask = MIN_SIZE - 1;
    so->fill = so->used = 0;
    so->hash = -1;
}

bool lp_set_next(lp_value s, int64_t *pos, lp_value *key, int64_t *hash)
{
    lp_set_t *so = lp_as_set(s);
    int64_t i = *pos;
    while (i <= so->mask && (so->table[i].key == LP_NULL || so->table[i].key == DUMMY))
        i++;
    *pos = i + 1;
    if (i > so->mask) return false;
    if (key) *key = so->table[i].key;
    if (hash) *hash = so->table[i].hash;
    return true;
}

/* ==== bulk operations ==== */

/* so |= other, for another set or frozenset [other]. */
static void set_merge(lp_set_t *so, lp_set_t *other)
{
    if (other == so || other->used == 0) return;
    if ((so->fill + other->used) * 5 >= so->mask * 3)
        set_table_resize(so, (so->used + other->used) * 2);
    lp_set_entry_t *oe = other->table;
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (int64_t i = 0; i <= other->mask; i++)
            if (oe[i].key != LP_NULL) so->table[i] = oe[i];
        so->fill = other->fill;
        so->used = other->used;
        return;
    }
    if (so->fill == 0) {
        so->fill = so->used = other->used;
        for (int64_t i = 0; i <= other->mask; i++)
            if (oe[i].key != LP_NULL && oe[i].key != DUMMY)
                set_insert_clean(so->table, (size_t)so->mask, oe[i].key, oe[i].hash);
        return;
    }
    for (int64_t i = 0; i <= other->mask; i++) {
        lp_set_entry_t e = other->table[i];
        if (e.key != LP_NULL && e.key != DUMMY) set_add_entry(so, e.key, e.hash);
    }
}

/* so |= iterable */
static void set_update_internal(lp_set_t *so, lp_value other)
{
    if (lp_anyset_check(other)) {
        set_merge(so, lp_as_set(other));
        return;
    }
    if (lp_type_of(other) == &lp_type_dict) {
        lp_dict_t *d = lp_as_dict(other);
        if ((so->fill + d->used) * 5 >= so->mask * 3)
            set_table_resize(so, (so->used + d->used) * 2);
        for (int64_t i = 0; i < d->nentries; i++) {
            lp_dict_entry_t e = d->entries[i];
            if (e.key != LP_NULL) set_add_entry(so, e.key, e.hash);
        }
        return;
    }
    const lp_type_t *t = lp_type_of(other);
    if (t == &lp_type_list || t == &lp_type_tuple) { /* no iterator needed */
        for (int64_t i = 0;; i++) {
            bool list = t == &lp_type_list;
            if (i >= (list ? lp_as_list(other)->len : lp_tuple_len(other))) break;
            lp_value k = list ? lp_as_list(other)->items[i] : lp_tuple_get(other, i);
            set_add_entry(so, k, lp_dict_hash(k));
        }
        return;
    }
    lp_value it = lp_iter(other);
    for (lp_value k; (k = lp_iter_next(it)) != LP_NULL;)
        set_add_entry(so, k, lp_dict_hash(k));
}

/* A new set of [type]'s base kind (set or frozenset) holding [iterable]. */
static lp_value make_new_set(const lp_type_t *type, lp_value iterable)
{
    lp_set_t *so = set_alloc(type);
    if (iterable != LP_NULL) set_update_internal(so, iterable);
    return lp_from_ptr(so);
}

static const lp_type_t *base_type(lp_value v)
{
    return lp_set_check(v) ? &lp_type_set : &lp_type_frozenset;
}

static lp_value set_copy_of(lp_value so)
{
    return make_new_set(base_type(so), so);
}

lp_value lp_set_new(lp_value iterable)
{
    return make_new_set(&lp_type_set, iterable);
}

lp_value lp_frozenset_new(lp_value iterable)
{
    return make_new_set(&lp_type_frozenset, iterable);
}

lp_value lp_frozenset_const(lp_value tuple)
{
    lp_value first = lp_frozenset_new(tuple);
    lp_value items = lp_tuple_new(lp_set_len(first));
    lp_value k;
    int64_t i = 0;
    for (int64_t pos = 0; lp_set_next(first, &pos, &k, NULL);)
        lp_as_tuple(items)->items[i++] = k;
    return lp_frozenset_new(items);
}

int64_t lp_set_len(lp_value s)
{
    return lp_as_set(s)->used;
}

void lp_set_add(lp_value s, lp_value key)
{
    set_add_entry(lp_as_set(s), key, lp_dict_hash(key));
}

bool lp_set_contains(lp_value s, lp_value key)
{
    int64_t hash = set_key_hash(&key);
    return set_lookkey(lp_as_set(s), key, hash) != NULL;
}

bool lp_set_discard(lp_value s, lp_value key)
{
    int64_t hash = set_key_hash(&key);
    return set_discard_entry(lp_as_set(s), key, hash);
}

void lp_set_update(lp_value s, lp_value iterable)
{
    set_update_internal(lp_as_set(s), iterable);
}

void lp_set_difference_update(lp_value s, lp_value other)
{
    lp_set_t *so = lp_as_set(s);
    if (s == other) {
        set_clear_internal(so);
        return;
    }
    if (lp_anyset_check(other)) {
        lp_value k;
        int64_t h;
        for (int64_t pos = 0; lp_set_next(other, &pos, &k, &h);)
            set_discard_entry(so, k, h);
    } else {
        lp_value it = lp_iter(other);
        for (lp_value k; (k = lp_iter_next(it)) != LP_NULL;)
            lp_set_discard(s, k);
    }
    if (so->fill - so->used > so->mask / 4)
        set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

void lp_set_symmetric_difference_update(lp_value s, lp_value other)
{
    lp_set_t *so = lp_as_set(s);
    if (s == other) {
        set_clear_internal(so);
        return;
    }
    if (lp_type_of(other) == &lp_type_dict) {
        lp_dict_t *d = lp_as_dict(other);
        for (int64_t i = 0; i < d->nentries; i++) {
            lp_dict_entry_t e = d->entries[i];
            if (e.key != LP_NULL && !set_discard_entry(so, e.key, e.hash))
                set_add_entry(so, e.key, e.hash);
        }
        return;
    }
    lp_value o = lp_anyset_check(other) ? other : make_new_set(base_type(s), other);
    lp_value k;
    int64_t h;
    for (int64_t pos = 0; lp_set_next(o, &pos, &k, &h);)
        if (!set_discard_entry(so, k, h)) set_add_entry(so, k, h);
}

/* ==== the set algebra (which side is iterated follows CPython) ==== */

/* so & other, as a new set of so's base kind. */
static lp_value set_intersection(lp_value so, lp_value other)
{
    if (so == other) return set_copy_of(so);
    lp_value result = make_new_set(base_type(so), LP_NULL);
    lp_set_t *r = lp_as_set(result);
    if (lp_anyset_check(other)) {
        if (lp_set_len(other) > lp_set_len(so)) {
            lp_value t = so;
            so = other;
            other = t;
        }
        lp_value k;
        int64_t h;
        for (int64_t pos = 0; lp_set_next(other, &pos, &k, &h);)
            if (set_lookkey(lp_as_set(so), k, h)) set_add_entry(r, k, h);
        return result;
    }
    lp_value it = lp_iter(other);
    for (lp_value k; (k = lp_iter_next(it)) != LP_NULL;) {
        int64_t h = lp_dict_hash(k);
        if (set_lookkey(lp_as_set(so), k, h)) {
            set_add_entry(r, k, h);
            if (r->used >= lp_set_len(so)) break;
        }
    }
    return result;
}

/* so - other, as a new set of so's base kind. */
static lp_value set_difference(lp_value so, lp_value other)
{
    int64_t other_size;
    bool is_dict = lp_type_of(other) == &lp_type_dict;
    if (lp_anyset_check(other))
        other_size = lp_set_len(other);
    else if (is_dict)
        other_size = lp_dict_len(other);
    else
        other_size = -1;
    if (other_size < 0 || (lp_set_len(so) >> 2) > other_size) {
        lp_value r = set_copy_of(so);
        lp_set_difference_update(r, other);
        return r;
    }
    lp_value result = make_new_set(base_type(so), LP_NULL);
    lp_value k;
    int64_t h;
    for (int64_t pos = 0; lp_set_next(so, &pos, &k, &h);) {
        bool in = is_dict ? lp_dict_lookup(lp_as_dict(other), k, h) >= 0
                          : set_lookkey(lp_as_set(other), k, h) != NULL;
        if (!in) set_add_entry(lp_as_set(result), k, h);
    }
    return result;
}

static lp_value set_symmetric_difference(lp_value so, lp_value other)
{
    lp_value r = make_new_set(base_type(so), other);
    lp_set_symmetric_difference_update(r, so);
    return r;
}

/* Exchanges the contents of [a] and [b] (intersection_update). */
static void set_swap_bodies(lp_set_t *a, lp_set_t *b)
{
    lp_set_t t = *a;
    bool a_small = a->table == a->small, b_small = b->table == b->small;
    a->fill = b->fill;
    a->used = b->used;
    a->mask = b->mask;
    a->table = b_small ? a->small : b->table;
    b->fill = t.fill;
    b->used = t.used;
    b->mask = t.mask;
    b->table = a_small ? b->small : t.table;
    memcpy(a->small, b->small, sizeof a->small);
    memcpy(b->small, t.small, sizeof b->small);
    a->hash = b->hash = -1;
}

static bool set_issubset(lp_value so, lp_value other)
{
    if (!lp_anyset_check(other)) other = lp_set_new(other);
    if (lp_set_len(so) > lp_set_len(other)) return false;
    lp_value k;
    int64_t h;
    for (int64_t pos = 0; lp_set_next(so, &pos, &k, &h);)
        if (!set_lookkey(lp_as_set(other), k, h)) return false;
    return true;
}

static bool set_issuperset(lp_value so, lp_value other)
{
    if (lp_anyset_check(other)) return set_issubset(other, so);
    lp_value it = lp_iter(other);
    for (lp_value k; (k = lp_iter_next(it)) != LP_NULL;)
        if (!lp_set_contains(so, k)) return false;
    return true;
}

static bool set_isdisjoint(lp_value so, lp_value other)
{
    if (so == other) return lp_set_len(so) == 0;
    if (lp_anyset_check(other)) {
        if (lp_set_len(other) > lp_set_len(so)) {
            lp_value t = so;
            so = other;
            other = t;
        }
        lp_value k;
        int64_t h;
        for (int64_t pos = 0; lp_set_next(other, &pos, &k, &h);)
            if (set_lookkey(lp_as_set(so), k, h)) return false;
        return true;
    }
    lp_value it = lp_iter(other);
    for (lp_value k; (k = lp_iter_next(it)) != LP_NULL;)
        if (lp_set_contains(so, k)) return false;
    return true;
}

/* ==== slots ==== */

static lp_value set_new_slot(lp_type_t *type, lp_value *args, size_t nargs, lp_value kwnames)
{
    if (type == &lp_type_set || type->init == lp_type_set.init) lp_args_no_kw("set", kwnames);
    return lp_from_ptr(set_alloc(type));
}

static void set_init(lp_value self, lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_no_kw("set", kwnames);
    if (nargs > 1)
        lp_raise(&lp_exc_TypeError, "%s expected at most 1 argument, got %zu",
                 lp_type_of(self)->name, nargs);
    lp_set_t *so = lp_as_set(self);
    if (so->fill) set_clear_internal(so);
    so->hash = -1;
    if (nargs) set_update_internal(so, args[0]);
}

static lp_value frozenset_new_slot(lp_type_t *type, lp_value *args, size_t nargs, lp_value kwnames)
{
    if (type == &lp_type_frozenset || type->init == lp_type_frozenset.init)
        lp_args_no_kw("frozenset", kwnames); /* else they are for the subclass's __init__ */
    if (nargs > 1)
        lp_raise(&lp_exc_TypeError, "%s expected at most 1 argument, got %zu", type->name, nargs);
    lp_value it = nargs ? args[0] : LP_NULL;
    if (type == &lp_type_frozenset && it != LP_NULL && lp_type_of(it) == &lp_type_frozenset)
        return it;
    return make_new_set(type, it);
}

static lp_value set_repr_body(lp_value self)
{
    lp_strbuf_t b;
    lp_strbuf_init(&b);
    bool exact = lp_type_of(self) == &lp_type_set;
    if (!exact) {
        lp_strbuf_puts(&b, lp_type_of(self)->name);
        lp_strbuf_putc(&b, '(');
    }
    lp_strbuf_putc(&b, '{');
    lp_value k;
    bool first = true;
    lp_value keys = lp_list_new(lp_set_len(self));
    for (int64_t pos = 0; lp_set_next(self, &pos, &k, NULL);)
        lp_list_append(keys, k);
    for (int64_t i = 0; i < lp_as_list(keys)->len; i++) {
        if (!first) lp_strbuf_puts(&b, ", ");
        first = false;
        lp_strbuf_put_str(&b, lp_repr(lp_as_list(keys)->items[i]));
    }
    lp_strbuf_putc(&b, '}');
    if (!exact) lp_strbuf_putc(&b, ')');
    return lp_strbuf_finish(&b);
}

static lp_value set_repr(lp_value self)
{
    const char *name = lp_type_of(self)->name;
    if (lp_set_len(self) == 0) return lp_str_format_c("%s()", name);
    char *cycle = lp_alloc_atomic(strlen(name) + 8);
    strcpy(cycle, name);
    strcat(cycle, "(...)");
    return lp_container_repr(self, set_repr_body, cycle);
}

static uint64_t shuffle_bits(uint64_t h)
{
    return ((h ^ UINT64_C(89869747)) ^ (h << 16)) * UINT64_C(3644798167);
}

/* CPython's frozenset hash: order-independent xor of shuffled entry hashes. */
static int64_t frozenset_hash(lp_value self)
{
    lp_set_t *so = lp_as_set(self);
    if (so->hash != -1) return so->hash;
    uint64_t hash = 0;
    for (int64_t i = 0; i <= so->mask; i++) {
        lp_value k = so->table[i].key;
        if (k != LP_NULL && k != DUMMY) hash ^= shuffle_bits((uint64_t)so->table[i].hash);
    }
    hash ^= ((uint64_t)so->used + 1) * UINT64_C(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + UINT64_C(907133923);
    if (hash == UINT64_MAX) hash = 590923713;
    so->hash = (int64_t)hash;
    return so->hash;
}

static lp_value set_compare_sets(lp_value self, lp_value other, lp_cmpop_t op)
{
    lp_set_t *a = lp_as_set(self), *b = lp_as_set(other);
    bool r;
    switch (op) {
    case LP_EQ:
    case LP_NE:
        r = a->used == b->used && !(a->hash != -1 && b->hash != -1 && a->hash != b->hash) &&
            set_issubset(self, other);
        if (op == LP_NE) r = !r;
        break;
    case LP_LE: r = set_issubset(self, other); break;
    case LP_GE: r = set_issuperset(self, other); break;
    case LP_LT: r = a->used < b->used && set_issubset(self, other); break;
    default: r = a->used > b->used && set_issuperset(self, other); break;
    }
    return lp_bool(r);
}

static lp_value set_compare(lp_value self, lp_value other, lp_cmpop_t op)
{
    if (!lp_anyset_check(other)) return LP_NOTIMPLEMENTED;
    lp_recursion_enter(" in comparison"); /* nested frozensets recurse in C */
    lp_value r = set_compare_sets(self, other, op);
    lp_recursion_leave();
    return r;
}

static int64_t set_len_slot(lp_value self)
{
    return lp_as_set(self)->used;
}

static int set_contains_slot(lp_value self, lp_value x)
{
    return lp_set_contains(self, x);
}

static lp_value set_or(lp_value a, lp_value b)
{
    if (!lp_anyset_check(a) || !lp_anyset_check(b)) return LP_NOTIMPLEMENTED;
    lp_value r = set_copy_of(a);
    if (a != b) set_update_internal(lp_as_set(r), b);
    return r;
}

static lp_value set_and(lp_value a, lp_value b)
{
    if (!lp_anyset_check(a) || !lp_anyset_check(b)) return LP_NOTIMPLEMENTED;
    return set_intersection(a, b);
}

static lp_value set_sub(lp_value a, lp_value b)
{
    if (!lp_anyset_check(a) || !lp_anyset_check(b)) return LP_NOTIMPLEMENTED;
    return set_difference(a, b);
}

static lp_value set_xor(lp_value a, lp_value b)
{
    if (!lp_anyset_check(a) || !lp_anyset_check(b)) return LP_NOTIMPLEMENTED;
    return set_symmetric_difference(a, b);
}

static lp_value set_ior(lp_value a, lp_value b)
{
    if (!lp_set_check(a) || !lp_anyset_check(b)) return LP_NOTIMPLEMENTED;
    set_update_internal(lp_as_set(a), b);
    return a;
}

static lp_value set_iand(lp_value a, lp_value b)
{
    if (!lp_set_check(a) || !lp_anyset_check(b)) return LP_NOTIMPLEMENTED;
    set_swap_bodies(lp_as_set(a), lp_as_set(set_intersection(a, b)));
    return a;
}

static lp_value set_isub(lp_value a, lp_value b)
{
    if (!lp_set_check(a) || !lp_anyset_check(b)) return LP_NOTIMPLEMENTED;
    lp_set_difference_update(a, b);
    return a;
}

static lp_value set_ixor(lp_value a, lp_value b)
{
    if (!lp_set_check(a) || !lp_anyset_check(b)) return LP_NOTIMPLEMENTED;
    lp_set_symmetric_difference_update(a, b);
    return a;
}

/* ==== methods ==== */

#define SELF args[0]
#define NOTHING(name) lp_args_none(name, nargs - 1, kwnames)

static lp_value set_add_m(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_one("set.add", nargs - 1, kwnames);
    lp_set_add(SELF, args[1]);
    return LP_NONE;
}

static lp_value set_clear_m(lp_value *args, size_t nargs, lp_value kwnames)
{
    NOTHING("set.clear");
    set_clear_internal(lp_as_set(SELF));
    return LP_NONE;
}

static lp_value set_copy_m(lp_value *args, size_t nargs, lp_value kwnames)
{
    NOTHING(lp_set_check(SELF) ? "set.copy" : "frozenset.copy");
    if (lp_type_of(SELF) == &lp_type_frozenset) return SELF;
    return set_copy_of(SELF);
}

static lp_value set_discard_m(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_one("set.discard", nargs - 1, kwnames);
    lp_set_discard(SELF, args[1]);
    return LP_NONE;
}

static lp_value set_remove_m(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_one("set.remove", nargs - 1, kwnames);
    if (!lp_set_discard(SELF, args[1])) lp_raise_key_error(args[1]);
    return LP_NONE;
}

static lp_value set_pop_m(lp_value *args, size_t nargs, lp_value kwnames)
{
    NOTHING("set.pop");
    lp_set_t *so = lp_as_set(SELF);
    if (so->used == 0) lp_raise_key_error(lp_str_from_cstr("pop from an empty set"));
    int64_t i = so->finger & so->mask;
    while (so->table[i].key == LP_NULL || so->table[i].key == DUMMY)
        i = (i + 1) & so->mask;
    lp_value key = so->table[i].key;
    so->table[i].key = DUMMY;
    so->table[i].hash = -1;
    so->used--;
    so->finger = i + 1;
    return key;
}

/* The "set.union" style name of method [m] for [self]'s kind. */
static const char *meth_name(lp_value self, const char *m)
{
    const char *kind = lp_set_check(self) ? "set." : "frozenset.";
    char *s = lp_alloc_atomic(strlen(kind) + strlen(m) + 1);
    strcpy(s, kind);
    strcat(s, m);
    return s;
}

static lp_value set_union_m(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_no_kw(meth_name(SELF, "union"), kwnames);
    lp_value r = set_copy_of(SELF);
    for (size_t i = 1; i < nargs; i++)
        if (args[i] != SELF) set_update_internal(lp_as_set(r), args[i]);
    return r;
}

static lp_value set_update_m(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_no_kw("set.update", kwnames);
    for (size_t i = 1; i < nargs; i++)
        set_update_internal(lp_as_set(SELF), args[i]);
    return LP_NONE;
}

static lp_value set_intersection_m(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_no_kw(meth_name(SELF, "intersection"), kwnames);
    if (nargs == 1) return set_copy_of(SELF);
    lp_value r = SELF;
    for (size_t i = 1; i < nargs; i++)
        r = set_intersection(r, args[i]);
    return r;
}

static lp_value set_intersection_update_m(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_no_kw("set.intersection_update", kwnames);
    lp_value r = set_intersection_m(args, nargs, kwnames);
    set_swap_bodies(lp_as_set(SELF), lp_as_set(r));
    return LP_NONE;
}

static lp_value set_difference_m(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_no_kw(meth_name(SELF, "difference"), kwnames);
    if (nargs == 1) return set_copy_of(SELF);
    lp_value r = set_difference(SELF, args[1]);
    for (size_t i = 2; i < nargs; i++)
        lp_set_difference_update(r, args[i]);
    return r;
}

static lp_value set_difference_update_m(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_no_kw("set.difference_update", kwnames);
    for (size_t i = 1; i < nargs; i++)
        lp_set_difference_update(SELF, args[i]);
    return LP_NONE;
}

static lp_value set_symdiff_m(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_one(meth_name(SELF, "symmetric_difference"), nargs - 1, kwnames);
    return set_symmetric_difference(SELF, args[1]);
}

static lp_value set_symdiff_update_m(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_one("set.symmetric_difference_update", nargs - 1, kwnames);
    lp_set_symmetric_difference_update(SELF, args[1]);
    return LP_NONE;
}

static lp_value set_issubset_m(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_one(meth_name(SELF, "issubset"), nargs - 1, kwnames);
    return lp_bool(set_issubset(SELF, args[1]));
}

static lp_value set_issuperset_m(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_one(meth_name(SELF, "issuperset"), nargs - 1, kwnames);
    return lp_bool(set_issuperset(SELF, args[1]));
}

static lp_value set_isdisjoint_m(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_one(meth_name(SELF, "isdisjoint"), nargs - 1, kwnames);
    return lp_bool(set_isdisjoint(SELF, args[1]));
}

static lp_value set_contains_m(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_one(meth_name(SELF, "__contains__"), nargs - 1, kwnames);
    return lp_bool(lp_set_contains(SELF, args[1]));
}

static lp_value set_reduce_m(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_value keys = lp_list_from_iterable(SELF);
    lp_value state = lp_getattr_opt(SELF, lp_str_intern_cstr("__dict__"));
    return lp_tuple_pack(3, lp_from_ptr(lp_type_of(SELF)), lp_tuple_pack(1, keys),
                         state == LP_NULL ? LP_NONE : state);
}

static lp_value set_sizeof_m(lp_value *args, size_t nargs, lp_value kwnames)
{
    NOTHING(lp_set_check(SELF) ? "set.__sizeof__" : "frozenset.__sizeof__");
    lp_set_t *so = lp_as_set(SELF);
    return lp_int_from_i64(200 + (so->table != so->small ? (so->mask + 1) * 16 : 0));
}

static const lp_method_def_t set_methods[] = {
    {"__class_getitem__", lp_class_getitem, LP_METH_CLASS, "See PEP 585"},
    {"add", set_add_m, 0, "Add an element to a set."},
    {"clear", set_clear_m, 0, "Remove all elements from this set."},
    {"__contains__", set_contains_m, 0, "x.__contains__(y) <==> y in x."},
    {"copy", set_copy_m, 0, "Return a shallow copy of a set."},
    {"discard", set_discard_m, 0, "Remove an element from a set if it is a member."},
    {"difference", set_difference_m, 0, "Return the difference of two or more sets as a new set."},
    {"difference_update", set_difference_update_m, 0,
     "Remove all elements of another set from this set."},
    {"intersection", set_intersection_m, 0, "Return the intersection of two sets as a new set."},
    {"intersection_update", set_intersection_update_m, 0,
     "Update a set with the intersection of itself and another."},
    {"isdisjoint", set_isdisjoint_m, 0, "Return True if two sets have a null intersection."},
    {"issubset", set_issubset_m, 0, "Report whether another set contains this set."},
    {"issuperset", set_issuperset_m, 0, "Report whether this set contains another set."},
    {"pop", set_pop_m, 0, "Remove and return an arbitrary set element."},
    {"__reduce__", set_reduce_m, 0, "Return state information for pickling."},
    {"remove", set_remove_m, 0, "Remove an element from a set; it must be a member."},
    {"__sizeof__", set_sizeof_m, 0, "S.__sizeof__() -> size of S in memory, in bytes"},
    {"symmetric_difference", set_symdiff_m, 0,
     "Return the symmetric difference of two sets as a new set."},
    {"symmetric_difference_update", set_symdiff_update_m, 0,
     "Update a set with the symmetric difference of itself and another."},
    {"union", set_union_m, 0, "Return the union of sets as a new set."},
    {"update", set_update_m, 0, "Update a set with the union of itself and others."},
    {NULL},
};

static const lp_method_def_t frozenset_methods[] = {
    {"__class_getitem__", lp_class_getitem, LP_METH_CLASS, "See PEP 585"},
    {"__contains__", set_contains_m, 0, "x.__contains__(y) <==> y in x."},
    {"copy", set_copy_m, 0, "Return a shallow copy of a set."},
    {"difference", set_difference_m, 0, "Return the difference of two or more sets as a new set."},
    {"intersection", set_intersection_m, 0, "Return the intersection of two sets as a new set."},
    {"isdisjoint", set_isdisjoint_m, 0, "Return True if two sets have a null intersection."},
    {"issubset", set_issubset_m, 0, "Report whether another set contains this set."},
    {"issuperset", set_issuperset_m, 0, "Report whether this set contains another set."},
    {"__reduce__", set_reduce_m, 0, "Return state information for pickling."},
    {"__sizeof__", set_sizeof_m, 0, "S.__sizeof__() -> size of S in memory, in bytes"},
    {"symmetric_difference", set_symdiff_m, 0,
     "Return the symmetric difference of two sets as a new set."},
    {"union", set_union_m, 0, "Return the union of sets as a new set."},
    {NULL},
};

/* ==== iterator ==== */

typedef struct {
    lp_object_t head;
    lp_value set; /* LP_NULL once exhausted */
    int64_t used; /* the set's size when made; -1 after a change was seen */
    int64_t pos;
    int64_t left;
} set_iter_t;

static lp_value set_iter(lp_value self)
{
    set_iter_t *it = lp_alloc(sizeof *it);
    it->head.type = &lp_type_set_iterator;
    it->set = self;
    it->used = it->left = lp_set_len(self);
    return lp_from_ptr(it);
}

static lp_value setiter_self(lp_value self)
{
    return self;
}

static lp_value setiter_next(lp_value self)
{
    set_iter_t *it = lp_as_ptr(self);
    if (it->set == LP_NULL) return LP_NULL;
    if (it->used != lp_set_len(it->set)) {
        it->used = -1;
        lp_raise(&lp_exc_RuntimeError, "Set changed size during iteration");
    }
    lp_value k;
    if (!lp_set_next(it->set, &it->pos, &k, NULL)) {
        it->set = LP_NULL;
        return LP_NULL;
    }
    it->left--;
    return k;
}

static lp_value setiter_length_hint(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_none("set_iterator.__length_hint__", nargs - 1, kwnames);
    set_iter_t *it = lp_as_ptr(args[0]);
    bool live = it->set != LP_NULL && it->used == lp_set_len(it->set);
    return lp_int_from_i64(live ? it->left : 0);
}

static const lp_method_def_t setiter_methods[] = {
    {"__length_hint__", setiter_length_hint, 0,
     "Private method returning an estimate of len(list(it))."},
    {NULL},
};

/* ==== the types ==== */

lp_type_t lp_type_set = {
    .name = "set",
    .base = &lp_type_object,
    .size = sizeof(lp_set_t),
    .flags = LP_TPF_BASETYPE,
    .doc = "set() -> new empty set object\n"
           "set(iterable) -> new set object\n"
           "\n"
           "Build an unordered collection of unique elements.",
    .new = set_new_slot,
    .init = set_init,
    .repr = set_repr,
    .compare = set_compare,
    .iter = set_iter,
    .len = set_len_slot,
    .contains = set_contains_slot,
    .binop = {[LP_NB_OR] = set_or,
              [LP_NB_AND] = set_and,
              [LP_NB_SUBTRACT] = set_sub,
              [LP_NB_XOR] = set_xor},
    .inplace = {[LP_NB_OR] = set_ior,
                [LP_NB_AND] = set_iand,
                [LP_NB_SUBTRACT] = set_isub,
                [LP_NB_XOR] = set_ixor},
    .methods = set_methods,
};

lp_type_t lp_type_frozenset = {
    .name = "frozenset",
    .base = &lp_type_object,
    .size = sizeof(lp_set_t),
    .flags = LP_TPF_BASETYPE,
    .doc = "frozenset() -> empty frozenset object\n"
           "frozenset(iterable) -> frozenset object\n"
           "\n"
           "Build an immutable unordered collection of unique elements.",
    .new = frozenset_new_slot,
    .repr = set_repr,
    .hash = frozenset_hash,
    .compare = set_compare,
    .iter = set_iter,
    .len = set_len_slot,
    .contains = set_contains_slot,
    .binop = {[LP_NB_OR] = set_or,
              [LP_NB_AND] = set_and,
              [LP_NB_SUBTRACT] = set_sub,
              [LP_NB_XOR] = set_xor},
    .methods = frozenset_methods,
};

lp_type_t lp_type_set_iterator = {
    .name = "set_iterator",
    .base = &lp_type_object,
    .size = sizeof(set_iter_t),
    .iter = setiter_self,
    .next = setiter_next,
    .methods = setiter_methods,
};
