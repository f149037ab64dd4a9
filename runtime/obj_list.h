/* obj_list.h -- Python list: a growable array of values.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_OBJ_LIST_H
#define LP_OBJ_LIST_H

#include <stdbool.h>
#include <stdint.h>

#include "object.h"

typedef struct lp_list {
    lp_object_t head;
    int64_t len, cap;
    lp_value *items; /* cap slots, the first len in use (collected memory) */
} lp_list_t;

static inline lp_list_t *lp_as_list(lp_value v)
{
    return (lp_list_t *)lp_as_ptr(v);
}

bool lp_list_check(lp_value v); /* list or subclass */

/* An empty list with room for [cap] items. */
lp_value lp_list_new(int64_t cap);
lp_value lp_list_from_array(const lp_value *items, int64_t n);
/* list(iterable) */
lp_value lp_list_from_iterable(lp_value it);
void lp_list_append(lp_value l, lp_value v);
/* l.extend(iterable) */
void lp_list_extend(lp_value l, lp_value iterable);
/* l.sort(key=key, reverse=reverse): stable; key LP_NULL or None for none */
void lp_list_sort(lp_value l, lp_value key, bool reverse);

#endif
