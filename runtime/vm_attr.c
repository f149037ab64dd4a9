/* vm_attr.c -- attribute access for LOAD_ATTR, LOAD_METHOD and STORE_ATTR
 * with a per-site cache of the type lookup.
 *
 * For objects whose type uses the generic attribute protocol (object's
 * getattr/setattr slots), these do what lp_generic_getattr, lp_get_method
 * and lp_generic_setattr do (runtime/ops.c), except that what the type's
 * MRO holds for the name is remembered per instruction site.  The site's
 * two cache units hold the number of a cache slot (0: none); a slot has
 * WAYS entries, one per type seen at the site (a polymorphic inline
 * cache), each keyed by the type's attribute-cache version tag
 * (lp_type_version, runtime/ops.h): any change to the namespace of the
 * type or of a class of its MRO, or to its MRO, drops the tag, so an entry
 * is used only while nothing it depends on has changed.  A tag belongs to
 * one type and is never reused, so the tag alone names the type.  Each
 * entry also remembers where the name was last found in an instance dict
 * (instances made alike keep their keys in one order).  Everything else
 * takes the generic path.
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
#include "obj_type.h"
#include "ops.h"
#include "types.h"

#define WAYS 4

typedef struct {
    uint64_t tag;    /* the type's version tag when filled; 0: unused */
    lp_value descr;  /* what the type's MRO held for the name, or LP_NULL */
    int64_t inst_ix; /* where the name was last found in an instance dict */
} way_t;

typedef struct {
    lp_value name;   /* the site's name (slots are reused round robin when full) */
    uint32_t next;   /* the way to fill next when all are in use */
    way_t w[WAYS];
} slot_t;

#define MAX_SLOTS (1u << 16)

static slot_t *slots; /* collected: keeps the names and descriptors alive */
static uint32_t nslots = 1, capslots, next_reuse = 1;

/* The entry of the site's slot for the type whose tag is [tag], or NULL. */
static inline way_t *cached(const uint16_t *cu, uint64_t tag, lp_value name)
{
    uint32_t ci = cu[0] | (uint32_t)cu[1] << 16;
    if (ci == 0 || ci >= nslots || tag < lp_type_valid_from) return NULL;
    slot_t *s = &slots[ci];
    if (s->name != name) return NULL;
    for (int i = 0; i < WAYS; i++)
        if (s->w[i].tag == tag) return &s->w[i];
    return NULL;
}

/* The site's slot, taken now if it has none. */
static slot_t *site_slot(uint16_t *cu, lp_value name)
{
    uint32_t ci = cu[0] | (uint32_t)cu[1] << 16;
    if (ci != 0 && ci < nslots && slots[ci].name == name) return &slots[ci];
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
    slots[ci] = (slot_t){.name = name};
    return &slots[ci];
}

/* Looks [name] up in [t]'s MRO and records the result in the site's slot;
 * NULL when [t] cannot be cached (the lookup is then in *descr). */
static way_t *lookup(uint16_t *cu, lp_type_t *t, lp_value name, lp_value *descr)
{
    uint64_t tag = lp_type_version(t);
    *descr = lp_type_lookup(t, name);
    if (!tag) return NULL;
    slot_t *s = site_slot(cu, name);
    way_t *w = NULL;
    for (int i = 0; i < WAYS && !w; i++)
        if (s->w[i].tag < lp_type_valid_from) w = &s->w[i]; /* unused or dropped */
    if (!w) w = &s->w[s->next++ % WAYS];
    *w = (way_t){.tag = tag, .descr = *descr, .inst_ix = INT64_MAX};
    return w;
}

/* What [t]'s MRO holds for [name], through the site's cache; *way is the
 * site's entry for [t] (NULL: none). */
static inline lp_value type_lookup(uint16_t *cu, const lp_type_t *t, lp_value name, way_t **way)
{
    way_t *w = cached(cu, t->version_tag, name);
    if (w) {
        *way = w;
        return w->descr;
    }
    lp_value descr;
    *way = lookup(cu, (lp_type_t *)t, name, &descr);
    return descr;
}

/* The instance dict of [obj] (type [t]), or LP_NULL. */
static inline lp_value instance_dict(lp_value obj, const lp_type_t *t)
{
    if (!t->dictoffset || !lp_is_ptr(obj)) return LP_NULL;
    return *lp_instance_dict_slot(obj);
}

/* The entry of [name] in instance dict [d] (an exact dict), trying first
 * where the site's entry [w] (may be NULL) found it last. */
static inline lp_dict_entry_t *instance_entry(way_t *w, lp_value d, lp_value name)
{
    lp_dict_t *dd = lp_as_dict(d);
    if (w && w->inst_ix < dd->nentries && dd->entries[w->inst_ix].key == name)
        return &dd->entries[w->inst_ix];
    const slot_t *before = slots;
    int64_t ix = lp_dict_lookup(dd, name, lp_dict_hash(name));
    if (ix < 0) return NULL;
    if (w && slots == before) w->inst_ix = ix; /* an odd key's __eq__ may have moved them */
    return &dd->entries[ix];
}

lp_value lp_vmattr_load(uint16_t *cu, lp_value obj, lp_value name)
{
    const lp_type_t *t = lp_type_of(obj);
    if (t->getattr != lp_type_object.getattr) return lp_getattr(obj, name);
    way_t *w;
    lp_value descr = type_lookup(cu, t, name, &w);
    const lp_type_t *dt = descr ? lp_type_of(descr) : NULL;
    if (descr && dt->descr_get && dt->descr_set) return dt->descr_get(descr, obj, lp_from_ptr(t));
    lp_value d = instance_dict(obj, t);
    if (d) {
        if (lp_type_of(d) == &lp_type_dict) {
            lp_dict_entry_t *e = instance_entry(w, d, name);
            if (e) return e->value;
        } else {
            lp_value v = lp_dict_get(d, name);
            if (v) return v;
        }
    }
    if (descr) return dt->descr_get ? dt->descr_get(descr, obj, lp_from_ptr(t)) : descr;
    return lp_getattr(obj, name); /* raises AttributeError */
}

/* LOAD_METHOD on a class: a classmethod of a plain function found on the
 * class, when the metaclass has no data descriptor of the name, is called
 * with the class first, without a bound method. */
static bool class_method(lp_value cls, lp_value name, lp_value *meth, lp_value *self)
{
    lp_value mdescr = lp_type_lookup(lp_type_of(cls), name);
    if (mdescr && lp_type_of(mdescr)->descr_set) return false;
    lp_value f = lp_type_lookup(lp_as_ptr(cls), name);
    f = f ? lp_classmethod_function(f) : LP_NULL;
    if (!f) return false;
    *meth = f;
    *self = cls;
    return true;
}

bool lp_vmattr_method(uint16_t *cu, lp_value obj, lp_value name, lp_value *meth, lp_value *self)
{
    const lp_type_t *t = lp_type_of(obj);
    if (t->getattr != lp_type_object.getattr) {
        if (t->getattr == lp_type_type.getattr && class_method(obj, name, meth, self)) return true;
        if (t == &lp_type_super && lp_super_get_method(obj, name, meth, self)) return true;
        *self = obj;
        return lp_get_method(obj, name, meth);
    }
    way_t *w;
    lp_value descr = type_lookup(cu, t, name, &w);
    const lp_type_t *dt = descr ? lp_type_of(descr) : NULL;
    /* as lp_get_method: plain functions and instance method descriptors;
     * also classmethods of plain functions, called with the type first */
    lp_value cmf = LP_NULL;
    if (dt == &lp_type_function ||
        (dt == &lp_type_method_descriptor &&
         !(((lp_method_descr_t *)lp_as_ptr(descr))->def->flags &
           (LP_METH_CLASS | LP_METH_STATIC))) ||
        (dt == &lp_type_classmethod && (cmf = lp_classmethod_function(descr)))) {
        lp_value d = instance_dict(obj, t);
        lp_value shadow = d ? lp_dict_get(d, name) : LP_NULL;
        if (shadow) {
            *meth = shadow;
            return false;
        }
        *meth = cmf ? cmf : descr;
        *self = cmf ? lp_from_ptr((void *)t) : obj;
        return true;
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
    way_t *w;
    lp_value descr = type_lookup(cu, t, name, &w);
    if (descr && lp_type_of(descr)->descr_set) {
        lp_type_of(descr)->descr_set(descr, obj, v);
        return;
    }
    lp_value *slot = lp_instance_dict_slot(obj);
    if (slot && !*slot) *slot = lp_dict_new(); /* the first attribute of a new instance */
    lp_value d = slot ? *slot : LP_NULL;
    if (d && lp_type_of(d) == &lp_type_dict) {
        lp_dict_entry_t *e = instance_entry(w, d, name);
        if (e)
            e->value = v;
        else
            lp_dict_set(d, name, v);
        return;
    }
    lp_setattr(obj, name, v);
}
