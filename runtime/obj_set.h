/* obj_set.h -- Python set and frozenset: CPython's open-addressing table.
 *
 * The table layout and probing are CPython 3.11's setobject.c (linear
 * probes of 9 slots, then perturbation), so a set of ints (and of strs,
 * with the same str hash) iterates in CPython's order.  Lookups may run
 * __hash__ and __eq__ and so may raise.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_OBJ_SET_H
#define LP_OBJ_SET_H

#include <stdbool.h>
#include <stdint.h>

#include "object.h"

typedef struct {
    lp_value key; /* LP_NULL: never used; the dummy marker: deleted */
    int64_t hash; /* -1 with the dummy; 0 when never used */
} lp_set_entry_t;

typedef struct lp_set {
    lp_object_t head;
    int64_t fill; /* active + dummy entries */
    int64_t used; /* active entries: len(s) */
    int64_t mask; /* table size - 1 (size a power of 2, at least 8) */
    lp_set_entry_t *table;
    int64_t hash;            /* frozenset: -1 until computed */
    int64_t finger;          /* where pop() looks first */
    lp_set_entry_t small[8]; /* the table of a small set */
} lp_set_t;

static inline lp_set_t *lp_as_set(lp_value v)
{
    return (lp_set_t *)lp_as_ptr(v);
}

/* True for set, frozenset and their subclasses (CPython's PyAnySet_Check). */
bool lp_anyset_check(lp_value v);
bool lp_set_check(lp_value v);       /* set or subclass */
bool lp_frozenset_check(lp_value v); /* frozenset or subclass */

/* set(iterable) / frozenset(iterable); [iterable] LP_NULL: empty. */
lp_value lp_set_new(lp_value iterable);
lp_value lp_frozenset_new(lp_value iterable);

/* The frozenset constant CPython's compiler makes from the items [tuple]
 * of a constant set display ({1, 2, 3} or `x in {1, 2, 3}`): built from
 * the items, then rebuilt from its own iteration order (as CPython's
 * merge_consts_recursive does), which fixes the iteration order of such
 * literals. */
lp_value lp_frozenset_const(lp_value tuple);

int64_t lp_set_len(lp_value s);
void lp_set_add(lp_value s, lp_value key);
bool lp_set_contains(lp_value s, lp_value key);
/* Removes [key]: true when it was there. */
bool lp_set_discard(lp_value s, lp_value key);
/* s |= iterable, s -= iterable, s ^= iterable (in place, any iterable). */
void lp_set_update(lp_value s, lp_value iterable);
void lp_set_difference_update(lp_value s, lp_value iterable);
void lp_set_symmetric_difference_update(lp_value s, lp_value iterable);
/* Iterates over the table: start with *pos = 0; false at the end. */
bool lp_set_next(lp_value s, int64_t *pos, lp_value *key, int64_t *hash);

#endif
