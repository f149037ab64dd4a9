/* vm_attr.c -- attribute access for LOAD_ATTR, LOAD_METHOD and STORE_ATTR
 * with a per-site cache of the type lookup.
 *
 * For objects whose type uses the generic attribute protocol (object's
 * getattr/setattr slots), these do what lp_generic_getattr, lp_get_method
 * and lp_generic_setattr do (runtime/ops.c), except that the walk of the
 * type's MRO dicts is remembered per instruction site.  The site's two
 * cache units hold the number of a cache slot (0: none).  A slot records,
 * for each dict of the MRO up to the one that had the name, its entry
 * array and its `usable` count: while the arrays are the same and the
 * counts have not gone down, no key was added to them (a resize or clear
 * replaces the array; an insertion lowers the count), so the name is still
 * absent from the dicts before, and the entry that held it is checked by
 * identity of its key.  Values are always read from the dict, never kept.
 * Everything else takes the generic path.
 *
 * SPDX-License-Identifier: MIT
 */
#include "vm_attr.h"

#include "error.h"
#include "gc.h"
#include "obj_dict.h"
#include "obj_dict_internal.h"
#include "obj_func.h"
#include "obj_tuple.h"
#include "ops.h"
#include "types.h"

#define MAX_MRO 8

typedef struct {
    const lp_type_t *type;  /* the type looked in */
    lp_value name;          /* the name looked up (slots are reused round robin) */
    lp_value mro;           /* its MRO then */
    int32_t n;              /* dicts recorded: up to the finding one, or all */
    int32_t found;          /* 1: found in dict n-1 at entry ix */
    int64_t ix;
    int64_t inst_ix;        /* where the name was last found in an instance dict */
    struct {
        const lp_dict_t *dict; /* a type's dict is fixed once the type exists */
        const lp_dict_entry_t *entries;
        int64_t usable;
    } d[MAX_MRO];
} slot_t;

#define MAX_SLOTS (1u << 16)

static slot_t *slots;
static uint32_t nslots = 1, capslots, next_reuse = 1;

static lp_dict_t *type_dict(lp_value mro, int64_t i)
{
    return lp_as_dict(((lp_type_t *)lp_as_ptr(lp_tuple_get(mro, i)))->dict);
}

/* The cached lookup of [name] in [t]'s MRO; *hit says whether the slot
 * answered (the result may be LP_NULL: absent). */
static lp_value cached(const uint16_t *cu, const lp_type_t *t, lp_value name, bool *hit)
{
    uint32_t ci = cu[0] | (uint32_t)cu[1] << 16;
    *hit = false;
    if (ci == 0 || ci >= nslots) return LP_NULL;
    const slot_t *s = &slots[ci];
    if (s->type != t || s->name != name || t->mro != s->mro) return LP_NULL;
    for (int32_t i = 0; i < s->n; i++) {
        const lp_dict_t *d = s->d[i].dict;
        if (d->entries != s->d[i].entries || d->usable != s->d[i].usable) return LP_NULL;
    }
    if (!s->found) {
        *hit = true;
        return LP_NULL;
    }
    const lp_dict_entry_t *e = &s->d[s->n - 1].entries[s->ix];
    if (e->key != name) return LP_NULL;
    *hit = true;
    return e->value;
}

/* Looks [name] up in [t]'s MRO and records the walk in the site's slot. */
static lp_value lookup(uint16_t *cu, const lp_type_t *t, lp_value name)
{
    lp_value mro = t->mro;
    int64_t n = mro ? lp_tuple_len(mro) : 0;
    if (!mro || n > MAX_MRO || !lp_str_check(name)) return lp_type_lookup(t, name);
    slot_t s = {.type = t, .name = name, .mro = mro, .inst_ix = INT64_MAX};
    int64_t hash = lp_dict_hash(name);
    lp_value result = LP_NULL;
    for (int64_t i = 0; i < n; i++) {
        lp_dict_t *d = type_dict(mro, i);
        s.d[i].dict = d;
        s.d[i].entries = d->entries;
        s.d[i].usable = d->usable;
        s.n = (int32_t)i + 1;
        int64_t ix = lp_dict_lookup(d, name, hash);
        if (ix >= 0) {
            s.found = 1;
            s.ix = ix;
            result = d->entries[ix].value;
            if (d->entries[ix].key != name) return result; /* not interned: no cache */
            break;
        }
    }
    for (int32_t i = 0; i < s.n; i++)
        if (!s.d[i].entries) return result; /* an empty dict: nothing to check against */
    uint32_t ci = cu[0] | (uint32_t)cu[1] << 16;
    if (ci == 0 || ci >= nslots) {
        if (nslots >= MAX_SLOTS) {
            /* full (code made at run time, exec in a loop): reuse slots in
             * turn; a site that lost its slot misses and takes one again */
            ci = next_reuse++;
            if (next_reuse >= MAX_SLOTS) next_reuse = 1;
        } else {
            if (nslots >= capslots) {
                capslots = capslots ? 2 * capslots : 256;
                slots = lp_realloc(slots, capslots * sizeof *slots);
            }
            ci = nslots++;
        }
        cu[0] = (uint16_t)ci;
        cu[1] = (uint16_t)(ci >> 16);
    }
    slots[ci] = s;
    return result;
}

static inline lp_value type_lookup(uint16_t *cu, const lp_type_t *t, lp_value name)
{
    bool hit;
    lp_value v = cached(cu, t, name, &hit);
    return hit ? v : lookup(cu, t, name);
}

/* The instance dict of [obj] (type [t]), or LP_NULL. */
static inline lp_value instance_dict(lp_value obj, const lp_type_t *t)
{
    if (!t->dictoffset || !lp_is_ptr(obj)) return LP_NULL;
    return *lp_instance_dict_slot(obj);
}

/* The entry of [name] in instance dict [d], trying first where this
 * site found it last (instances made alike keep their keys in one order). */
static lp_dict_entry_t *instance_entry(const uint16_t *cu, lp_value d, lp_value name)
{
    lp_dict_t *dd = lp_as_dict(d);
    uint32_t ci = cu[0] | (uint32_t)cu[1] << 16;
    slot_t *s = ci && ci < nslots ? &slots[ci] : NULL;
    if (s && s->inst_ix < dd->nentries && dd->entries[s->inst_ix].key == name)
        return &dd->entries[s->inst_ix];
    if (lp_type_of(d) != &lp_type_dict) return NULL;
    int64_t ix = lp_dict_lookup(dd, name, lp_dict_hash(name));
    if (ix < 0) return NULL;
    if (s) s->inst_ix = ix;
    return &dd->entries[ix];
}

lp_value lp_vmattr_load(uint16_t *cu, lp_value obj, lp_value name)
{
    const lp_type_t *t = lp_type_of(obj);
    if (t->getattr != lp_type_object.getattr) return lp_getattr(obj, name);
    lp_value descr = type_lookup(cu, t, name);
    const lp_type_t *dt = descr ? lp_type_of(descr) : NULL;
    if (descr && dt->descr_get && dt->descr_set) return dt->descr_get(descr, obj, lp_from_ptr(t));
    lp_value d = instance_dict(obj, t);
    if (d) {
        if (lp_type_of(d) == &lp_type_dict) {
            lp_dict_entry_t *e = instance_entry(cu, d, name);
            if (e) return e->value;
        } else {
            lp_value v = lp_dict_get(d, name);
            if (v) return v;
        }
    }
    if (descr) return dt->descr_get ? dt->descr_get(descr, obj, lp_from_ptr(t)) : descr;
    return lp_getattr(obj, name); /* raises AttributeError */
}

bool lp_vmattr_method(uint16_t *cu, lp_value obj, lp_value name, lp_value *meth)
{
    const lp_type_t *t = lp_type_of(obj);
    if (t->getattr != lp_type_object.getattr) return lp_get_method(obj, name, meth);
    lp_value descr = type_lookup(cu, t, name);
    const lp_type_t *dt = descr ? lp_type_of(descr) : NULL;
    /* as lp_get_method: plain functions and instance method descriptors */
    if (dt == &lp_type_function ||
        (dt == &lp_type_method_descriptor &&
         !(((lp_method_descr_t *)lp_as_ptr(descr))->def->flags &
           (LP_METH_CLASS | LP_METH_STATIC)))) {
        lp_value d = instance_dict(obj, t);
        lp_value shadow = d ? lp_dict_get(d, name) : LP_NULL;
        *meth = shadow ? shadow : descr;
        return !shadow;
    }
    *meth = lp_vmattr_load(cu, obj, name);
    return false;
}

void lp_vmattr_store(uint16_t *cu, lp_value obj, lp_value name, lp_value v)
{
    const lp_type_t *t = lp_type_of(obj);
    if (t->setattr != lp_type_object.setattr) {
        lp_setattr(obj, name, v);
        return;
    }
    lp_value descr = type_lookup(cu, t, name);
    if (descr && lp_type_of(descr)->descr_set) {
        lp_type_of(descr)->descr_set(descr, obj, v);
        return;
    }
    lp_value d = instance_dict(obj, t);
    if (d && lp_type_of(d) == &lp_type_dict) {
        lp_dict_entry_t *e = instance_entry(cu, d, name);
        if (e)
            e->value = v;
        else
            lp_dict_set(d, name, v);
        return;
    }
    lp_setattr(obj, name, v);
}
