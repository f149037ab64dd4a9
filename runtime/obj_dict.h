/* obj_dict.h -- Python dict: an insertion-ordered hash table.
 *
 * Lookups may run Python code (__hash__, __eq__) and so may raise.  Misses
 * return LP_NULL; the Python-facing d[k] raises KeyError.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_OBJ_DICT_H
#define LP_OBJ_DICT_H

#include <stdbool.h>
#include <stdint.h>

#include "object.h"

typedef struct lp_dict lp_dict_t; /* private to obj_dict.c */

bool lp_dict_check(lp_value v); /* dict or subclass */

lp_value lp_dict_new(void);
int64_t lp_dict_len(lp_value d);
/* d[key] or LP_NULL */
lp_value lp_dict_get(lp_value d, lp_value key);
/* d[key] for a str key given as a C string, or LP_NULL */
lp_value lp_dict_get_cstr(lp_value d, const char *key);
void lp_dict_set(lp_value d, lp_value key, lp_value v);
void lp_dict_set_cstr(lp_value d, const char *key, lp_value v);
/* del d[key]: true when it was there */
bool lp_dict_del(lp_value d, lp_value key);
/* Iterates: start with *pos = 0; returns false at the end.  [k], [v] may be
 * NULL.  The dict must not change size meanwhile. */
bool lp_dict_next(lp_value d, int64_t *pos, lp_value *k, lp_value *v);
/* d.update(other) for a dict [other] */
void lp_dict_update(lp_value d, lp_value other);
lp_value lp_dict_copy(lp_value d);

/* ==== added by the containers helper ==== */

/* For inline caches (LOAD_GLOBAL, LOAD_ATTR): a number, never 0, that
 * stays the same exactly while [d]'s keys and their places do (values may
 * change meanwhile; any key added or removed changes it).  A cache keeps
 * (version, lp_dict_index_of(d, key)) and, while the version is unchanged,
 * reads lp_dict_value_at(d, ix) (or knows the key is still missing when the
 * index was -1) without hashing or probing. */
uint64_t lp_dict_keys_version(lp_value d);

/* Makes [d] the namespace of [owner]: from now on every change to its
 * keys or values (any path) drops [owner]'s attribute-cache version tags
 * (lp_type_modified, runtime/ops.h). */
void lp_dict_set_owner(lp_value d, lp_type_t *owner);
int64_t lp_dict_index_of(lp_value d, lp_value key); /* -1: missing; may raise */
lp_value lp_dict_value_at(lp_value d, int64_t ix);

/* An empty dict with room for [n] items (BUILD_MAP, CPython's
 * _PyDict_FromItems: the same table size, so the same probing). */
lp_value lp_dict_new_presized(int64_t n);
/* d.pop(key): the value removed, or LP_NULL when [key] was missing. */
lp_value lp_dict_pop(lp_value d, lp_value key);
/* d.clear() */
void lp_dict_clear(lp_value d);
/* {**other} / f(**other) / DICT_MERGE: copies every key of the mapping
 * [other] (a dict, or anything with keys() and __getitem__) into [d].
 * TypeError "'int' object is not a mapping" when it has no keys().  With
 * [override] false, stops at the first key already in [d] and returns it
 * (the caller raises "got multiple values for keyword argument"); returns
 * LP_NULL otherwise. */
lp_value lp_dict_merge(lp_value d, lp_value other, bool override);
/* d.update(arg) as dict.update and dict() take it: a mapping, or an
 * iterable of pairs ("dictionary update sequence element #0 has length 3;
 * 2 is required"). */
void lp_dict_update_arg(lp_value d, lp_value arg);

/* iter(keys), [keys] being what m.keys() returned: "M.keys() returned a
 * non-iterable (type int)" when it cannot be iterated. */
lp_value lp_mapping_keys_iter(lp_value m, lp_value keys);

#endif
