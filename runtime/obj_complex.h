/* obj_complex.h -- Python complex: a pair of doubles on the heap.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_OBJ_COMPLEX_H
#define LP_OBJ_COMPLEX_H

#include <stdbool.h>

#include "object.h"
#include "types.h"

typedef struct lp_complex {
    lp_object_t head; /* &lp_type_complex (or a subclass) */
    double re, im;
} lp_complex_t;

/* A new complex([re], [im]) (the compiler's imaginary constants too). */
lp_value lp_complex_new(double re, double im);

/* True when [v] is a complex (or an instance of a subclass). */
static inline bool lp_complex_check(lp_value v)
{
    return lp_is_ptr(v) && lp_is_instance(v, &lp_type_complex);
}

static inline lp_complex_t *lp_as_complex(lp_value v)
{
    return (lp_complex_t *)lp_as_ptr(v);
}

/* complex(xr, xi) ** complex(yr, yi) as CPython's complex power (repeated
 * multiplication for small integral exponents): ZeroDivisionError "0.0 to a
 * negative or complex power", OverflowError "complex exponentiation". */
lp_value lp_complex_pow_values(double xr, double xi, double yr, double yi);

/* complex(x) for one argument [x]: str, number, __complex__, __float__,
 * __index__. */
lp_value lp_complex_from_value(lp_value x);

#endif
