/* floatrepr.c -- repr() of floats and complex numbers, exactly as CPython 3.11.
 *
 * CPython finds the shortest round-tripping digits with David Gay's dtoa
 * (mode 0) and lays them out in format_float_short (Python/pystrtod.c).
 * Here the digits come from the C library instead, which rounds correctly:
 * the smallest precision p in 1..17 whose "%.{p-1}e" reads back as the same
 * double (found by bisection) gives the shortest digits, and they are the
 * ones nearest to it, as dtoa's.  One case needs help: at a power of two the doubles below are
 * twice as dense as above, so the nearest p-digit number may fall just below
 * the rounding interval while its neighbour above is inside it; dtoa
 * returns that neighbour, and so does shortest_at() below.
 *
 * The layout is format_float_short's for format code 'r': exponent form when
 * the decimal exponent is below -4 or at least 16, an exponent of at least
 * two digits ("1e-05"), and ".0" added to integral floats but not to the
 * parts of a complex number.
 *
 * SPDX-License-Identifier: MIT
 */
#include "floatrepr.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The layout options of format_float_short. */
enum {
    ADD_DOT_0 = 1, /* "1.0", not "1" (float repr; complex parts go without) */
    ADD_SIGN = 2   /* "+" before non-negative values and nan (imaginary parts) */
};

/* ==== the shortest digits ==== */

/* True when [d] is a power of two above the smallest normal double: the
 * doubles below it are spaced half as far as those above. */
static int is_power_of_two(double d)
{
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    return (bits & 0x000FFFFFFFFFFFFFull) == 0 && ((bits >> 52) & 0x7FF) > 1;
}

/* Adds one unit in the last place to the [n] decimal digits at [digits];
 * on a carry out of the first ("99" -> "10") increments [*exp10]. */
static void bump_digits(char *digits, int n, int *exp10)
{
    int i = n - 1;
    while (i >= 0 && digits[i] == '9')
        digits[i--] = '0';
    if (i >= 0) {
        digits[i]++;
    } else {
        digits[0] = '1';
        ++*exp10;
    }
}

/* Writes the [p] significant digits of [d] (> 0) nearest to it to [digits]
 * and sets [*exp10] to the exponent of the first; returns true when they
 * read back as [d].  The upper neighbour is tried when [d] is a power of two. */
static int shortest_at(double d, int p, char *digits, int *exp10)
{
    char buf[40]; /* "d.<16 digits>e-308" */
    snprintf(buf, sizeof buf, "%.*e", p - 1, d);
    digits[0] = buf[0];
    if (p > 1) memcpy(digits + 1, buf + 2, (size_t)p - 1);
    digits[p] = 0;
    *exp10 = atoi(buf + (p > 1 ? p + 2 : 2));
    if (strtod(buf, NULL) == d) return 1;
    if (!is_power_of_two(d) || strtod(buf, NULL) > d) return 0;
    char up[40];
    char tmp[20];
    memcpy(tmp, digits, (size_t)p + 1);
    int e = *exp10;
    bump_digits(tmp, p, &e);
    snprintf(up, sizeof up, "%c.%se%d", tmp[0], tmp + 1, e);
    if (strtod(up, NULL) != d) return 0;
    memcpy(digits, tmp, (size_t)p + 1);
    *exp10 = e;
    return 1;
}

int lp_float_shortest(double d, char *digits, int *decpt)
{
    /* Round-tripping is monotone in p and 17 digits always do: bisect. */
    int lo = 1, hi = 17, exp10 = 0;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (shortest_at(d, mid, digits, &exp10))
            hi = mid;
        else
            lo = mid + 1;
    }
    shortest_at(d, lo, digits, &exp10);
    int p = lo;
    while (p > 1 && digits[p - 1] == '0')
        digits[--p] = 0;
    *decpt = exp10 + 1;
    return p;
}

/* ==== layout ==== */

/* Appends the exponent part "e+16", "e-05", "e+308" at [o]; returns the end. */
static char *put_exponent(char *o, int e)
{
    *o++ = 'e';
    *o++ = e < 0 ? '-' : '+';
    if (e < 0) e = -e;
    if (e >= 100) *o++ = (char)('0' + e / 100);
    *o++ = (char)('0' + e / 10 % 10);
    *o++ = (char)('0' + e % 10);
    return o;
}

/* Lays out [n] digits with the point at [decpt] (d = 0.DIGITS * 10**decpt)
 * at [o] as format code 'r' does; returns the end. */
static char *put_digits(char *o, const char *digits, int n, int decpt, int flags)
{
    if (decpt <= -4 || decpt > 16) {
        *o++ = digits[0];
        if (n > 1) {
            *o++ = '.';
            memcpy(o, digits + 1, (size_t)n - 1);
            o += n - 1;
        }
        return put_exponent(o, decpt - 1);
    }
    if (decpt <= 0) {
        *o++ = '0';
        *o++ = '.';
        memset(o, '0', (size_t)-decpt);
        o += -decpt;
        memcpy(o, digits, (size_t)n);
        return o + n;
    }
    if (decpt < n) {
        memcpy(o, digits, (size_t)decpt);
        o += decpt;
        *o++ = '.';
        memcpy(o, digits + decpt, (size_t)(n - decpt));
        return o + (n - decpt);
    }
    memcpy(o, digits, (size_t)n);
    o += n;
    memset(o, '0', (size_t)(decpt - n));
    o += decpt - n;
    if (flags & ADD_DOT_0) {
        *o++ = '.';
        *o++ = '0';
    }
    return o;
}

/* PyOS_double_to_string(d, 'r', 0, flags): writes [d] at [o] and returns the end. */
static char *format_r(char *o, double d, int flags)
{
    if (isnan(d)) {
        if (flags & ADD_SIGN) *o++ = '+';
        memcpy(o, "nan", 3);
        return o + 3;
    }
    if (signbit(d)) {
        *o++ = '-';
        d = -d;
    } else if (flags & ADD_SIGN) {
        *o++ = '+';
    }
    if (isinf(d)) {
        memcpy(o, "inf", 3);
        return o + 3;
    }
    char digits[20];
    int decpt = 1, n = 1;
    if (d == 0)
        strcpy(digits, "0");
    else
        n = lp_float_shortest(d, digits, &decpt);
    return put_digits(o, digits, n, decpt, flags);
}

size_t lp_float_repr(double d, char *out)
{
    char *end = format_r(out, d, ADD_DOT_0);
    *end = 0;
    return (size_t)(end - out);
}

/* complex_repr in Objects/complexobject.c: a +0.0 real part is left out. */
size_t lp_float_complex_repr(double re, double im, char *out)
{
    char *o = out;
    if (re == 0 && !signbit(re)) {
        o = format_r(o, im, 0);
        *o++ = 'j';
    } else {
        *o++ = '(';
        o = format_r(o, re, 0);
        o = format_r(o, im, ADD_SIGN);
        *o++ = 'j';
        *o++ = ')';
    }
    *o = 0;
    return (size_t)(o - out);
}
