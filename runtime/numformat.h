/* numformat.h -- format() and __format__ of int, bool, float and complex.
 *
 * The format mini-language for numbers as CPython 3.11 implements it
 * (Python/formatter_unicode.c): [[fill]align][sign][z][#][0][width]
 * [grouping][.precision][type] with the types d b o x X c n (ints), e E f F
 * g G % n and none (floats, and ints converted to float for those), exact
 * error messages included.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_NUMFORMAT_H
#define LP_NUMFORMAT_H

#include "object.h"

/* format([v], [spec]) of an int or bool ([spec] a str). */
lp_value lp_numformat_int(lp_value v, lp_value spec);

/* format([v], [spec]) of a float. */
lp_value lp_numformat_float(lp_value v, lp_value spec);

/* format([v], [spec]) of a complex. */
lp_value lp_numformat_complex(lp_value v, lp_value spec);

#endif
