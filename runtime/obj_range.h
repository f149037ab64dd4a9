/* obj_range.h -- Python range objects.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_OBJ_RANGE_H
#define LP_OBJ_RANGE_H

#include <stdbool.h>
#include <stdint.h>

#include "object.h"

typedef struct lp_range {
    lp_object_t head;
    lp_value start, stop, step; /* ints (small or big); step != 0 */
    lp_value length;            /* int: the number of items */
} lp_range_t;

static inline lp_range_t *lp_as_range(lp_value v)
{
    return (lp_range_t *)lp_as_ptr(v);
}

bool lp_range_check(lp_value v);

/* range(start, stop, step) for int arguments; ValueError when step is 0. */
lp_value lp_range_new(lp_value start, lp_value stop, lp_value step);

#endif
