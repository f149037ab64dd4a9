/* obj_tuple.h -- Python tuple: a fixed array of values.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_OBJ_TUPLE_H
#define LP_OBJ_TUPLE_H

#include <stdbool.h>
#include <stdint.h>

#include "object.h"

typedef struct lp_tuple {
    lp_object_t head;
    int64_t len;
    lp_value items[]; /* len values; immutable once the tuple is visible */
} lp_tuple_t;

static inline lp_tuple_t *lp_as_tuple(lp_value v)
{
    return (lp_tuple_t *)lp_as_ptr(v);
}

bool lp_tuple_check(lp_value v); /* tuple or subclass */

/* A tuple of [n] items, all LP_NULL: the caller fills them before anyone
 * else sees it.  lp_tuple_new(0) is the empty-tuple singleton. */
lp_value lp_tuple_new(int64_t n);
lp_value lp_tuple_from_array(const lp_value *items, int64_t n);
lp_value lp_tuple_pack(int64_t n, ...); /* n lp_value arguments */

static inline int64_t lp_tuple_len(lp_value t)
{
    return lp_as_tuple(t)->len;
}

static inline lp_value lp_tuple_get(lp_value t, int64_t i)
{
    return lp_as_tuple(t)->items[i];
}

/* ==== added by the containers helper ==== */

/* The instance __dict__ slot of a tuple-subclass instance [t] whose class
 * has LP_TPF_HAS_DICT: the word after its last item (tuples vary in size,
 * so no fixed dictoffset can hold it, CPython's negative tp_dictoffset). */
static inline lp_value *lp_tuple_dict_slot(lp_value t)
{
    return &lp_as_tuple(t)->items[lp_as_tuple(t)->len];
}

#endif
