/* obj_float.h -- Python float.
 *
 * A float is an immediate (value.h) except a NaN whose bits are not the
 * canonical ones, which is boxed as an lp_float_t so that its bits survive
 * (struct.unpack, -nan); lp_type_of gives &lp_type_float for both.  Use
 * lp_float_new to make a float from a double, lp_float_check and
 * lp_float_value to read one back.  Mixed int/float arithmetic and exact
 * int/float comparison are the float type's slots.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_OBJ_FLOAT_H
#define LP_OBJ_FLOAT_H

#include <stdbool.h>
#include <stdint.h>

#include "object.h"
#include "types.h"

/* A boxed float: only for NaNs with non-canonical bits (and, later, the
 * instances of float subclasses, which start with this struct). */
typedef struct lp_float {
    lp_object_t head; /* &lp_type_float, or a float subclass */
    double value;
} lp_float_t;

/* The float [d], keeping a NaN's bits (boxed when not canonical). */
lp_value lp_float_new(double d);

/* True when [v] is a float (immediate, boxed or a float subclass). */
static inline bool lp_float_check(lp_value v)
{
    return lp_is_float(v) || (lp_is_ptr(v) && lp_is_instance(v, &lp_type_float));
}

/* The double of a float [v] (requires lp_float_check). */
static inline double lp_float_value(lp_value v)
{
    if (lp_is_float(v)) return lp_as_float(v);
    return ((lp_float_t *)lp_as_ptr(v))->value;
}

/* float(v) as a C double for a float, int, bool or an object with
 * __float__ or __index__: TypeError "must be real number, not str",
 * OverflowError for huge ints. */
double lp_float_as_double(lp_value v);

/* float(x) for one argument [x] (str, number, __float__, __index__). */
lp_value lp_float_from_value(lp_value x);

/* float(s): the text [p][0..n) (ASCII after lp_int_fold_ascii) as Python
 * reads it, or false. */
bool lp_float_parse(const char *p, size_t n, double *out);

/* a ** b for floats and ints (float rules: ZeroDivisionError for 0.0 to a
 * negative power, a complex result for a negative base and a fractional
 * exponent, OverflowError), or LP_NOTIMPLEMENTED. */
lp_value lp_float_pow(lp_value a, lp_value b);

/* divmod(a, b) for ints and floats, or LP_NOTIMPLEMENTED. */
lp_value lp_float_divmod_op(lp_value a, lp_value b);

/* hash() of the double [d] as CPython (_Py_HashDouble); a NaN hashes by
 * [v]'s identity. */
int64_t lp_float_hash_double(double d, lp_value v);

/* repr(d) as a str ('1.0', '1e+16', 'nan'). */
lp_value lp_float_repr_str(double d);

/* round(x, n) of a double: [n] NULL or None gives an int (ties to even,
 * ValueError for NaN, OverflowError for infinities); else a float rounded
 * to n decimal places as CPython (correctly rounded through the decimal
 * text). */
lp_value lp_float_round(double x, lp_value n);

#endif
