/* obj_dict_internal.h -- the dict's layout, shared by runtime/obj_dict.c,
 * runtime/obj_dictview.c (views and iterators) and runtime/obj_set.c.
 * Nothing else should include it: code outside goes through obj_dict.h.
 *
 * The layout is CPython 3.6+'s compact dict: a sparse index table of
 * 2**k int32 slots (EMPTY, DUMMY or an entry number) probed with CPython's
 * perturbation, and a dense entry array in insertion order, where deleted
 * entries keep their place with key LP_NULL until the next resize.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_OBJ_DICT_INTERNAL_H
#define LP_OBJ_DICT_INTERNAL_H

#include <stdint.h>

#include "obj_dict.h"
#include "obj_str.h"
#include "ops.h"
#include "types.h"

typedef struct {
    int64_t hash;
    lp_value key; /* LP_NULL: deleted */
    lp_value value;
} lp_dict_entry_t;

struct lp_dict {
    lp_object_t head;
    int64_t used;             /* live entries: len(d) */
    int64_t nentries;         /* entries[0, nentries) have been filled */
    int64_t usable;           /* insertions left before a resize (CPython's dk_usable:
                                 deletions do not give room back) */
    int64_t mask;             /* index size - 1; 0 while there is no table */
    int32_t *index;           /* atomic; NULL for a dict that never held a key */
    lp_dict_entry_t *entries; /* collected; 2/3 of the index size */
    uint64_t keys_version;    /* lp_dict_keys_version, 0: none given out since a change */
    lp_type_t *owner;         /* the type whose namespace this is: a change calls
                                 lp_type_modified (lp_dict_set_owner), or NULL */
};

static inline lp_dict_t *lp_as_dict(lp_value v)
{
    return (lp_dict_t *)lp_as_ptr(v);
}

/* hash(key), with the common cases inline: a small int (CPython's int
 * hash is the value itself below 2**61, except -1 -> -2) and a str whose
 * hash is cached. */
static inline int64_t lp_dict_hash(lp_value key)
{
    if (lp_is_int(key)) {
        int64_t v = lp_as_int(key);
        return v == -1 ? -2 : v;
    }
    if (lp_is_ptr(key) && lp_as_object(key)->type == &lp_type_str) {
        int64_t h = ((lp_str_t *)lp_as_ptr(key))->hash;
        if (h != -1) return h;
    }
    return lp_hash(key);
}

/* The entry number of [key] (whose hash is [hash]) or -1; may run __eq__. */
int64_t lp_dict_lookup(lp_dict_t *d, lp_value key, int64_t hash);

/* d[key] = v with a known [hash]. */
void lp_dict_set_hash(lp_value d, lp_value key, int64_t hash, lp_value v);

/* The dict view/iterator constructors (runtime/obj_dictview.c). */
lp_value lp_dict_view_new(lp_value d, lp_type_t *type);
lp_value lp_dict_iter_new(lp_value d, lp_type_t *type, bool reversed);

#endif
