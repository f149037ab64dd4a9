/* obj_slice.h -- Python slice objects and resolving them against a length.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_OBJ_SLICE_H
#define LP_OBJ_SLICE_H

#include <stdbool.h>
#include <stdint.h>

#include "object.h"

typedef struct lp_slice {
    lp_object_t head;
    lp_value start, stop, step; /* any values; None when omitted */
} lp_slice_t;

static inline lp_slice_t *lp_as_slice(lp_value v)
{
    return (lp_slice_t *)lp_as_ptr(v);
}

/* True when [v] is a slice (the type cannot be subclassed). */
bool lp_slice_check(lp_value v);

/* slice(start, stop, step); LP_NULL arguments mean None. */
lp_value lp_slice_new(lp_value start, lp_value stop, lp_value step);

/* Resolves the slice [slice] against a sequence of [len] items, as
 * CPython's PySlice_Unpack + PySlice_AdjustIndices: [*start], [*stop],
 * [*step] ready for `for (i = start, k = 0; k < slicelen; i += step, k++)`,
 * and [*slicelen] the number of items selected.  Raises ValueError "slice
 * step cannot be zero" and TypeError "slice indices must be integers or None
 * or have an __index__ method"; huge bounds are clamped.  Returns true. */
bool lp_slice_indices(lp_value slice, int64_t len, int64_t *start, int64_t *stop, int64_t *step,
                      int64_t *slicelen);

/* The same for a [len] of any size, as CPython's _PySlice_GetLongIndices
 * (slice.indices(), range slicing): int values in [*start], [*stop],
 * [*step], clamped into -1..len. */
void lp_slice_indices_int(lp_value slice, lp_value len, lp_value *start, lp_value *stop,
                          lp_value *step);

#endif
