/* floatrepr.h -- repr() of floats and complex numbers, exactly as CPython 3.11.
 *
 * Python prints a float with the fewest significant digits that read back
 * as the same double (float_repr_style 'short'), in positional form when the
 * decimal exponent is in -4..15 and in exponent form otherwise: 0.0001,
 * 1e-05, 123456789012345.6, 1e+16, inf, nan, -0.0.  Nothing here raises or
 * allocates.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_FLOATREPR_H
#define LP_FLOATREPR_H

#include <stddef.h>

/* Room that any result below needs, the NUL included. */
enum { LP_FLOAT_REPR_MAX = 32, LP_COMPLEX_REPR_MAX = 2 * LP_FLOAT_REPR_MAX + 4 };

/* Writes the shortest decimal digits that read back as [d] (finite, > 0) to
 * [digits] (room for 18, NUL-terminated) and returns how many there are;
 * [*decpt] gets the position of the decimal point: d = 0.DIGITS * 10**decpt. */
int lp_float_shortest(double d, char *digits, int *decpt);

/* Writes repr([d]) to [out] (LP_FLOAT_REPR_MAX bytes), NUL-terminated, and
 * returns its length: '1.0', '1e+16', '1e-05', '-0.0', 'inf', 'nan'. */
size_t lp_float_repr(double d, char *out);

/* Writes repr(complex([re], [im])) to [out] (LP_COMPLEX_REPR_MAX bytes),
 * NUL-terminated, and returns its length: '1j', '1e+16j', '-0j', 'nanj'
 * when [re] is +0.0, else '(1+2j)', '(-0-1.5j)', '(1+nanj)'. */
size_t lp_float_complex_repr(double re, double im, char *out);

#endif
