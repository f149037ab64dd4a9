/* mod_math.c -- the math module, as CPython 3.11's.
 *
 * Elementary functions are libm's (as CPython's), wrapped with CPython's
 * error rules: a NaN from a non-NaN is "math domain error" (ValueError),
 * an infinity from a finite argument is "math range error" (OverflowError)
 * for the functions that can overflow, else a domain error.  log, log2 and
 * log10 take ints of any size through their bit length; fsum is exact
 * (Shewchuk's partials); hypot and dist use an extended-precision norm
 * with one correction step, as CPython 3.11.  The integer functions work
 * on ints of any size.  gamma and lgamma follow CPython's own Lanczos
 * approximation step by step (libm's differ in the last bits).
 *
 * SPDX-License-Identifier: MIT
 */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdbool.h>
#include <string.h>

#include "error.h"
#include "gc.h"
#include "modules.h"
#include "names.h"
#include "obj_dict.h"
#include "obj_float.h"
#include "obj_func.h"
#include "obj_int.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"
#include "types.h"

static lp_value math_module, name_ceil;

/* ==== helpers ==== */

_Noreturn static void domain_error(void)
{
    lp_raise(&lp_exc_ValueError, "math domain error");
}

_Noreturn static void range_error(void)
{
    lp_raise(&lp_exc_OverflowError, "math range error");
}

/* An int result of an int operation, or its exception. */
static void ichk(lp_int_status_t st)
{
    if (st != LP_INT_OK) lp_int_raise(st, 0);
}

static lp_value iadd(lp_value a, lp_value b)
{
    lp_value r = LP_NULL;
    ichk(lp_int_add(a, b, &r));
    return r;
}

static lp_value isub(lp_value a, lp_value b)
{
    lp_value r = LP_NULL;
    ichk(lp_int_sub(a, b, &r));
    return r;
}

static lp_value imul(lp_value a, lp_value b)
{
    lp_value r = LP_NULL;
    ichk(lp_int_mul(a, b, &r));
    return r;
}

static lp_value ifloordiv(lp_value a, lp_value b)
{
    lp_value r = LP_NULL;
    ichk(lp_int_floordiv(a, b, &r));
    return r;
}

static lp_value imod(lp_value a, lp_value b)
{
    lp_value r = LP_NULL;
    ichk(lp_int_mod(a, b, &r));
    return r;
}

static lp_value iabs(lp_value a)
{
    lp_value r = LP_NULL;
    ichk(lp_int_abs(a, &r));
    return r;
}

static lp_value ishift(lp_value a, int64_t n)
{
    lp_value r = LP_NULL;
    if (n >= 0)
        ichk(lp_int_lshift(a, lp_int_from_i64(n), &r));
    else
        ichk(lp_int_rshift(a, lp_int_from_i64(-n), &r));
    return r;
}

static int isign(lp_value a)
{
    return lp_int_compare(a, lp_from_int(0));
}

/* operator.index(v) as a plain int. */
static lp_value index_arg(lp_value v)
{
    return lp_int_unwrap(lp_index(v));
}

static lp_value fl(double d)
{
    return lp_float_new(d);
}

static double dbl(lp_value v)
{
    return lp_float_as_double(v);
}

static bool exact_float(lp_value v)
{
    return lp_is_float(v) || (lp_is_ptr(v) && lp_type_of(v) == &lp_type_float);
}

/* CPython's "f expected 2 arguments, got 1" for two-argument functions. */
static void two_args(const char *fname, size_t nargs, lp_value kwnames)
{
    if (kwnames && lp_tuple_len(kwnames))
        lp_raise(&lp_exc_TypeError, "%s() takes no keyword arguments", fname);
    if (nargs != 2) lp_raise(&lp_exc_TypeError, "%s expected 2 arguments, got %zu", fname, nargs);
}

static void one_arg(const char *fname, size_t nargs, lp_value kwnames)
{
    lp_check_args(fname, nargs, kwnames, 1, 1);
}

/* ==== one-argument float functions ==== */

static lp_value math_1(lp_value arg, double (*f)(double), bool can_overflow)
{
    double x = dbl(arg);
    double r = f(x);
    if (isnan(r) && !isnan(x)) domain_error();
    if (isinf(r) && isfinite(x)) {
        if (can_overflow) range_error();
        domain_error();
    }
    return fl(r);
}

#define MATH_1(name, cfn, ovf)                                                                     \
    static lp_value math_##name(lp_value *args, size_t nargs, lp_value kwnames)                    \
    {                                                                                              \
        one_arg("math." #name, nargs, kwnames);                                                    \
        return math_1(args[0], cfn, ovf);                                                          \
    }
MATH_1(acos, acos, false)
MATH_1(acosh, acosh, false)
MATH_1(asin, asin, false)
MATH_1(asinh, asinh, false)
MATH_1(atan, atan, false)
MATH_1(atanh, atanh, false)
MATH_1(cbrt, cbrt, false)
MATH_1(cos, cos, false)
MATH_1(cosh, cosh, true)
MATH_1(erf, erf, false)
MATH_1(erfc, erfc, false)
MATH_1(exp, exp, true)
MATH_1(exp2, exp2, true)
MATH_1(expm1, expm1, true)
MATH_1(fabs, fabs, false)
MATH_1(log1p, log1p, false)
MATH_1(sin, sin, false)
MATH_1(sinh, sinh, true)
MATH_1(sqrt, sqrt, false)
MATH_1(tan, tan, false)
MATH_1(tanh, tanh, false)
#undef MATH_1

/* ==== gamma and lgamma: Lanczos' approximation (N = 13, g = 6.0247), the
 * coefficients and steps of CPython's, so the results are the same ==== */

#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
static const double lanczos_den[LANCZOS_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
};
static const double pi = 3.141592653589793238462643383279502884197;
static const double logpi = 1.144729885849400174143427351353058711647;

static double lanczos_sum(double x)
{
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N; --i >= 0;) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

static double sinpi(double x)
{
    double y = fmod(fabs(x), 2.0), r;
    int n = (int)round(2.0 * y);
    switch (n) {
    case 0: r = sin(pi * y); break;
    case 1: r = cos(pi * (y - 0.5)); break;
    case 2: r = sin(pi * (1.0 - y)); break;
    case 3: r = -cos(pi * (y - 1.5)); break;
    default: r = sin(pi * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

/* (n)! for small n, exact in a double */
static double fact(int n)
{
    double r = 1.0;
    for (int i = 2; i <= n; i++) r *= i;
    return r;
}

static double m_tgamma(double x, int *err)
{
    *err = 0;
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0) return x;
        *err = EDOM;
        return NAN;
    }
    if (x == 0.0) {
        *err = EDOM;
        return copysign(HUGE_VAL, x);
    }
    if (x == floor(x)) {
        if (x < 0.0) {
            *err = EDOM;
            return NAN;
        }
        if (x <= 23.0) return fact((int)x - 1);
    }
    double absx = fabs(x), r, z;
    if (absx < 1e-20) {
        r = 1.0 / x;
        if (isinf(r)) *err = ERANGE;
        return r;
    }
    if (absx > 200.0) {
        if (x < 0.0) return 0.0 / sinpi(x);
        *err = ERANGE;
        return HUGE_VAL;
    }
    double y = absx + lanczos_g_minus_half;
    if (absx > lanczos_g_minus_half) {
        double q = y - absx;
        z = q - lanczos_g_minus_half;
    } else {
        double q = y - lanczos_g_minus_half;
        z = q - absx;
    }
    z = z * lanczos_g / y;
    if (x < 0.0) {
        r = -pi / sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0) {
            r /= pow(y, absx - 0.5);
        } else {
            double sp = pow(y, absx / 2.0 - 0.25);
            r /= sp;
            r /= sp;
        }
    } else {
        r = lanczos_sum(absx) / exp(y);
        r += z * r;
        if (absx < 140.0) {
            r *= pow(y, absx - 0.5);
        } else {
            double sp = pow(y, absx / 2.0 - 0.25);
            r *= sp;
            r *= sp;
        }
    }
    if (isinf(r)) *err = ERANGE;
    return r;
}

static double m_lgamma(double x, int *err)
{
    *err = 0;
    if (!isfinite(x)) return isnan(x) ? x : HUGE_VAL;
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) {
            *err = EDOM;
            return HUGE_VAL;
        }
        return 0.0;
    }
    double absx = fabs(x);
    if (absx < 1e-20) return -log(absx);
    double r = log(lanczos_sum(absx)) - lanczos_g;
    r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
    if (x < 0.0) r = logpi - log(fabs(sinpi(absx))) - log(absx) - r;
    if (isinf(r)) *err = ERANGE;
    return r;
}

/* CPython's math_1a: errors from the function's own errno only. */
static lp_value math_1a(lp_value arg, double (*f)(double, int *))
{
    int err;
    double r = f(dbl(arg), &err);
    if (err == EDOM) domain_error();
    if (err == ERANGE && fabs(r) >= 1.5) range_error();
    return fl(r);
}

static lp_value math_gamma(lp_value *args, size_t nargs, lp_value kwnames)
{
    one_arg("math.gamma", nargs, kwnames);
    return math_1a(args[0], m_tgamma);
}

static lp_value math_lgamma(lp_value *args, size_t nargs, lp_value kwnames)
{
    one_arg("math.lgamma", nargs, kwnames);
    return math_1a(args[0], m_lgamma);
}

/* ==== logarithms ==== */

/* [v] (an int) as x * 2**e with x in [0.5, 1), x correctly rounded. */
static double int_frexp(lp_value v, int64_t *e)
{
    uint64_t bits = lp_int_bit_length(v);
    lp_value top = ishift(v, 63 - (int64_t)bits);
    lp_value back = ishift(top, (int64_t)bits - 63);
    int64_t m;
    lp_int_as_i64(top, &m);
    if (!lp_int_eq(back, v)) m |= 1; /* sticky bit below the rounding position */
    double x = ldexp((double)m, -63);
    *e = (int64_t)bits;
    if (x == 1.0) {
        x = 0.5;
        *e += 1;
    }
    return x;
}

/* log-like [f] of [arg]: ints of any size through their bit length. */
static double log_helper(lp_value arg, double (*f)(double))
{
    lp_value i = lp_int_unwrap(arg);
    if (i) {
        if (isign(i) <= 0) domain_error();
        double d;
        if (lp_int_to_double(i, &d) != LP_INT_OK) {
            int64_t e;
            double x = int_frexp(i, &e);
            return f(x) + f(2.0) * (double)e;
        }
        return lp_float_value(math_1(fl(d), f, false));
    }
    return lp_float_value(math_1(arg, f, false));
}

static lp_value math_log(lp_value *args, size_t nargs, lp_value kwnames)
{
    if (kwnames && lp_tuple_len(kwnames))
        lp_raise(&lp_exc_TypeError, "math.log() takes no keyword arguments");
    if (nargs < 1 || nargs > 2) lp_raise(&lp_exc_TypeError, "math.log requires 1 to 2 arguments");
    double num = log_helper(args[0], log);
    if (nargs == 1) return fl(num);
    double den = log_helper(args[1], log);
    if (den == 0.0) lp_raise(&lp_exc_ZeroDivisionError, "float division by zero");
    return fl(num / den);
}

static lp_value math_log2(lp_value *args, size_t nargs, lp_value kwnames)
{
    one_arg("math.log2", nargs, kwnames);
    return fl(log_helper(args[0], log2));
}

static lp_value math_log10(lp_value *args, size_t nargs, lp_value kwnames)
{
    one_arg("math.log10", nargs, kwnames);
    return fl(log_helper(args[0], log10));
}

/* ==== two-argument float functions ==== */

static lp_value math_2(lp_value a, lp_value b, double (*f)(double, double), bool can_overflow)
{
    double x = dbl(a), y = dbl(b);
    double r = f(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) domain_error();
    if (isinf(r) && isfinite(x) && isfinite(y)) {
        if (can_overflow) range_error();
        domain_error();
    }
    return fl(r);
}

static lp_value math_atan2(lp_value *args, size_t nargs, lp_value kwnames)
{
    two_args("atan2", nargs, kwnames);
    return math_2(args[0], args[1], atan2, false);
}

static lp_value math_copysign(lp_value *args, size_t nargs, lp_value kwnames)
{
    two_args("copysign", nargs, kwnames);
    return math_2(args[0], args[1], copysign, false);
}

static lp_value math_remainder(lp_value *args, size_t nargs, lp_value kwnames)
{
    two_args("remainder", nargs, kwnames);
    return math_2(args[0], args[1], remainder, false);
}

static lp_value math_fmod(lp_value *args, size_t nargs, lp_value kwnames)
{
    two_args("fmod", nargs, kwnames);
    double x = dbl(args[0]), y = dbl(args[1]);
    if (isinf(y) && isfinite(x)) return fl(x);
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) domain_error();
    return fl(r);
}

static lp_value math_pow(lp_value *args, size_t nargs, lp_value kwnames)
{
    two_args("pow", nargs, kwnames);
    double x = dbl(args[0]), y = dbl(args[1]);
    double r = pow(x, y);
    if (isfinite(x) && isfinite(y)) {
        if (isnan(r)) domain_error();
        if (isinf(r)) {
            if (x == 0.0) domain_error();
            range_error();
        }
    }
    return fl(r);
}

static lp_value math_nextafter(lp_value *args, size_t nargs, lp_value kwnames)
{
    two_args("nextafter", nargs, kwnames);
    double x = dbl(args[0]), y = dbl(args[1]);
    return fl(nextafter(x, y));
}

static lp_value math_ulp(lp_value *args, size_t nargs, lp_value kwnames)
{
    one_arg("math.ulp", nargs, kwnames);
    double x = dbl(args[0]);
    if (isnan(x)) return fl(x);
    x = fabs(x);
    if (isinf(x)) return fl(x);
    double x2 = nextafter(x, INFINITY);
    if (isinf(x2)) return fl(x - nextafter(x, -INFINITY));
    return fl(x2 - x);
}

/* ==== float decomposition ==== */

static lp_value math_frexp(lp_value *args, size_t nargs, lp_value kwnames)
{
    one_arg("math.frexp", nargs, kwnames);
    double x = dbl(args[0]);
    int e = 0;
    double m = x;
    if (isfinite(x) && x != 0.0) m = frexp(x, &e);
    return lp_tuple_pack(2, fl(m), lp_from_int(e));
}

static lp_value math_ldexp(lp_value *args, size_t nargs, lp_value kwnames)
{
    two_args("ldexp", nargs, kwnames);
    double x = dbl(args[0]);
    lp_value i = lp_int_unwrap(args[1]);
    if (!i) lp_raise(&lp_exc_TypeError, "Expected an int as second argument to ldexp.");
    int64_t e;
    if (!lp_int_as_i64(i, &e)) e = isign(i) > 0 ? INT64_MAX : INT64_MIN;
    if (x == 0.0 || !isfinite(x)) return fl(x);
    if (e > INT32_MAX) range_error();
    if (e < INT32_MIN) return fl(copysign(0.0, x));
    double r = ldexp(x, (int)e);
    if (isinf(r)) range_error();
    return fl(r);
}

static lp_value math_modf(lp_value *args, size_t nargs, lp_value kwnames)
{
    one_arg("math.modf", nargs, kwnames);
    double x = dbl(args[0]);
    if (isinf(x)) return lp_tuple_pack(2, fl(copysign(0.0, x)), fl(x));
    double ip;
    double fp = modf(x, &ip);
    return lp_tuple_pack(2, fl(fp), fl(ip));
}

/* ==== predicates ==== */

static lp_value math_isfinite(lp_value *args, size_t nargs, lp_value kwnames)
{
    one_arg("math.isfinite", nargs, kwnames);
    return lp_bool(isfinite(dbl(args[0])));
}

static lp_value math_isinf(lp_value *args, size_t nargs, lp_value kwnames)
{
    one_arg("math.isinf", nargs, kwnames);
    return lp_bool(isinf(dbl(args[0])));
}

static lp_value math_isnan(lp_value *args, size_t nargs, lp_value kwnames)
{
    one_arg("math.isnan", nargs, kwnames);
    return lp_bool(isnan(dbl(args[0])));
}

static lp_value math_isclose(lp_value *args, size_t nargs, lp_value kwnames)
{
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol", NULL};
    lp_value v[4];
    lp_int_parse_args("isclose", args, nargs, kwnames, names, 2, 2, v);
    double a = dbl(v[0]), b = dbl(v[1]);
    double rel = v[2] ? dbl(v[2]) : 1e-09, abs_tol = v[3] ? dbl(v[3]) : 0.0;
    if (rel < 0.0 || abs_tol < 0.0)
        lp_raise(&lp_exc_ValueError, "tolerances must be non-negative");
    if (a == b) return lp_bool(true);
    if (isinf(a) || isinf(b)) return lp_bool(false);
    double diff = fabs(b - a);
    return lp_bool(diff <= fabs(rel * b) || diff <= fabs(rel * a) || diff <= abs_tol);
}

/* ==== rounding to ints ==== */

static lp_value int_of(double d)
{
    lp_value r = LP_NULL;
    ichk(lp_int_from_double(d, &r));
    return r;
}

static lp_value round_to_int(lp_value x, lp_value name, double (*f)(double))
{
    if (exact_float(x)) return int_of(f(lp_float_value(x)));
    lp_value m = lp_type_lookup(lp_type_of(x), name);
    if (m) return lp_call1(m, x);
    return int_of(f(dbl(x)));
}

static lp_value math_floor(lp_value *args, size_t nargs, lp_value kwnames)
{
    one_arg("math.floor", nargs, kwnames);
    return round_to_int(args[0], LP_NAME(__floor__), floor);
}

static lp_value math_ceil(lp_value *args, size_t nargs, lp_value kwnames)
{
    one_arg("math.ceil", nargs, kwnames);
    return round_to_int(args[0], name_ceil, ceil);
}

static lp_value math_trunc(lp_value *args, size_t nargs, lp_value kwnames)
{
    one_arg("math.trunc", nargs, kwnames);
    lp_value x = args[0];
    if (exact_float(x)) return int_of(trunc(lp_float_value(x)));
    lp_value m = lp_type_lookup(lp_type_of(x), LP_NAME(__trunc__));
    if (!m) lp_raise(&lp_exc_TypeError, "type %T doesn't define __trunc__ method", x);
    return lp_call1(m, x);
}

static lp_value math_degrees(lp_value *args, size_t nargs, lp_value kwnames)
{
    one_arg("math.degrees", nargs, kwnames);
    return fl(dbl(args[0]) * (180.0 / M_PI));
}

static lp_value math_radians(lp_value *args, size_t nargs, lp_value kwnames)
{
    one_arg("math.radians", nargs, kwnames);
    return fl(dbl(args[0]) * (M_PI / 180.0));
}

/* ==== norms: hypot and dist ==== */

/* sqrt(sum of squares) of the absolute values [vec][0..n) whose largest is
 * [max]: squares and sums kept exact in two doubles, then one correction. */
static double vector_norm(size_t n, double *vec, double max, bool found_nan)
{
    if (isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0.0 || n <= 1) return max;
    int max_e;
    frexp(max, &max_e);
    if (max_e < -1023) {
        for (size_t i = 0; i < n; i++) vec[i] /= DBL_MIN;
        return DBL_MIN * vector_norm(n, vec, max / DBL_MIN, found_nan);
    }
    double scale = ldexp(1.0, -max_e);
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
    for (size_t i = 0; i < n; i++) {
        double x = vec[i] * scale;
        double hi = x * x, lo = fma(x, x, -hi);
        double s = csum + hi;
        frac2 += (csum - s) + hi;
        csum = s;
        frac1 += lo;
    }
    double h = sqrt(csum - 1.0 + (frac1 + frac2));
    double hi = -h * h, lo = fma(-h, h, -hi);
    double s = csum + hi;
    frac2 += (csum - s) + hi;
    csum = s;
    frac1 += lo;
    double x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return h / scale;
}

static lp_value math_hypot(lp_value *args, size_t nargs, lp_value kwnames)
{
    if (kwnames && lp_tuple_len(kwnames))
        lp_raise(&lp_exc_TypeError, "hypot() takes no keyword arguments");
    double *vec = lp_alloc_atomic((nargs + 1) * sizeof(double));
    double max = 0.0;
    bool found_nan = false;
    for (size_t i = 0; i < nargs; i++) {
        double x = fabs(dbl(args[i]));
        vec[i] = x;
        found_nan |= isnan(x);
        if (x > max) max = x;
    }
    return fl(vector_norm(nargs, vec, max, found_nan));
}

static lp_value as_tuple(lp_value v)
{
    if (lp_is_ptr(v) && lp_is_instance(v, &lp_type_tuple)) return v;
    lp_value it = lp_iter(v), x;
    lp_value *items = NULL;
    int64_t n = 0, cap = 0;
    while ((x = lp_iter_next(it))) {
        if (n == cap) {
            cap = cap ? 2 * cap : 8;
            lp_value *ni = lp_alloc(cap * sizeof(lp_value));
            if (n) memcpy(ni, items, n * sizeof(lp_value));
            items = ni;
        }
        items[n++] = x;
    }
    return lp_tuple_from_array(items, n);
}

static lp_value math_dist(lp_value *args, size_t nargs, lp_value kwnames)
{
    two_args("dist", nargs, kwnames);
    lp_value p = as_tuple(args[0]), q = as_tuple(args[1]);
    int64_t n = lp_tuple_len(p);
    if (n != lp_tuple_len(q))
        lp_raise(&lp_exc_ValueError, "both points must have the same number of dimensions");
    double *vec = lp_alloc_atomic((n + 1) * sizeof(double));
    double max = 0.0;
    bool found_nan = false;
    for (int64_t i = 0; i < n; i++) {
        double px = dbl(lp_as_tuple(p)->items[i]), qx = dbl(lp_as_tuple(q)->items[i]);
        double x = fabs(px - qx);
        vec[i] = x;
        found_nan |= isnan(x);
        if (x > max) max = x;
    }
    return fl(vector_norm((size_t)n, vec, max, found_nan));
}

/* ==== fsum: Shewchuk's exact partial sums ==== */

typedef struct {
    double *p;
    size_t n, cap;
} partials_t;

static void partials_push(partials_t *ps, double x)
{
    if (ps->n == ps->cap) {
        size_t cap = ps->cap * 2;
        double *np = lp_alloc_atomic(cap * sizeof(double));
        memcpy(np, ps->p, ps->n * sizeof(double));
        ps->p = np;
        ps->cap = cap;
    }
    ps->p[ps->n++] = x;
}

/* Adds [x] to the non-overlapping partials; returns the new top value. */
static double partials_add(partials_t *ps, double x)
{
    size_t i = 0;
    for (size_t j = 0; j < ps->n; j++) {
        double y = ps->p[j];
        if (fabs(x) < fabs(y)) {
            double t = x;
            x = y;
            y = t;
        }
        double hi = x + y, lo = y - (hi - x);
        if (lo != 0.0) ps->p[i++] = lo;
        x = hi;
    }
    ps->n = i;
    return x;
}

/* The correctly rounded sum of the partials. */
static double partials_round(partials_t *ps)
{
    size_t n = ps->n;
    double *p = ps->p, hi = 0.0, lo = 0.0;
    if (n == 0) return 0.0;
    hi = p[--n];
    while (n > 0) {
        double x = hi, y = p[--n];
        hi = x + y;
        double yr = hi - x;
        lo = y - yr;
        if (lo != 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
        double y = lo * 2.0, x = hi + y, yr = x - hi;
        if (y == yr) hi = x;
    }
    return hi;
}

static lp_value math_fsum(lp_value *args, size_t nargs, lp_value kwnames)
{
    one_arg("math.fsum", nargs, kwnames);
    lp_value it = lp_iter(args[0]), item;
    partials_t ps = {lp_alloc_atomic(32 * sizeof(double)), 0, 32};
    double special = 0.0, inf_sum = 0.0;
    while ((item = lp_iter_next(it))) {
        double xsave = dbl(item);
        double x = partials_add(&ps, xsave);
        if (x == 0.0) continue;
        if (!isfinite(x)) {
            if (isfinite(xsave))
                lp_raise(&lp_exc_OverflowError, "intermediate overflow in fsum");
            if (isinf(xsave)) inf_sum += xsave;
            special += xsave;
            ps.n = 0;
        } else {
            partials_push(&ps, x);
        }
    }
    if (special != 0.0) {
        if (isnan(inf_sum)) lp_raise(&lp_exc_ValueError, "-inf + inf in fsum");
        return fl(special);
    }
    return fl(partials_round(&ps));
}

static lp_value math_prod(lp_value *args, size_t nargs, lp_value kwnames)
{
    static const char *const names[] = {"", "start", NULL};
    lp_value v[2];
    if (nargs == 0)
        lp_raise(&lp_exc_TypeError, "prod() takes exactly 1 positional argument (0 given)");
    lp_int_parse_args("prod", args, nargs, kwnames, names, 1, 1, v);
    lp_value r = v[1] ? v[1] : lp_from_int(1);
    lp_value it = lp_iter(v[0]), x;
    while ((x = lp_iter_next(it))) r = lp_binary_op(r, x, LP_NB_MULTIPLY);
    return r;
}

/* ==== integer functions ==== */

static lp_value int_gcd(lp_value a, lp_value b)
{
    a = iabs(a);
    b = iabs(b);
    while (isign(b) != 0) {
        lp_value t = imod(a, b);
        a = b;
        b = t;
    }
    return a;
}

static lp_value math_gcd(lp_value *args, size_t nargs, lp_value kwnames)
{
    if (kwnames && lp_tuple_len(kwnames))
        lp_raise(&lp_exc_TypeError, "gcd() takes no keyword arguments");
    if (nargs == 0) return lp_from_int(0);
    lp_value r = iabs(index_arg(args[0]));
    for (size_t i = 1; i < nargs; i++) {
        lp_value x = index_arg(args[i]);
        if (!lp_int_eq(r, lp_from_int(1))) r = int_gcd(r, x);
    }
    return r;
}

static lp_value math_lcm(lp_value *args, size_t nargs, lp_value kwnames)
{
    if (kwnames && lp_tuple_len(kwnames))
        lp_raise(&lp_exc_TypeError, "lcm() takes no keyword arguments");
    if (nargs == 0) return lp_from_int(1);
    lp_value r = iabs(index_arg(args[0]));
    for (size_t i = 1; i < nargs; i++) {
        lp_value x = iabs(index_arg(args[i]));
        if (isign(r) == 0) continue;
        if (isign(x) == 0) {
            r = x;
            continue;
        }
        r = imul(ifloordiv(r, int_gcd(r, x)), x);
    }
    return r;
}

/* The product lo * (lo+1) * ... * hi, split in halves. */
static lp_value range_product(lp_value lo, lp_value hi)
{
    lp_value n = isub(hi, lo);
    int64_t k;
    if (lp_int_as_i64(n, &k) && k < 8) {
        lp_value r = lo;
        for (lp_value i = iadd(lo, lp_from_int(1)); lp_int_compare(i, hi) <= 0;
             i = iadd(i, lp_from_int(1)))
            r = imul(r, i);
        return r;
    }
    lp_value mid = iadd(lo, ifloordiv(n, lp_from_int(2)));
    return imul(range_product(lo, mid), range_product(iadd(mid, lp_from_int(1)), hi));
}

static lp_value factorial(lp_value arg)
{
    lp_value n = index_arg(arg);
    int64_t k;
    if (!lp_int_as_i64(n, &k)) {
        if (isign(n) < 0)
            lp_raise(&lp_exc_ValueError, "factorial() not defined for negative values");
        lp_raise(&lp_exc_OverflowError, "factorial() argument should not exceed %lld",
                 (long long)INT64_MAX);
    }
    if (k < 0) lp_raise(&lp_exc_ValueError, "factorial() not defined for negative values");
    if (k < 2) return lp_from_int(1);
    return range_product(lp_from_int(1), n);
}

static lp_value math_factorial(lp_value *args, size_t nargs, lp_value kwnames)
{
    one_arg("math.factorial", nargs, kwnames);
    return factorial(args[0]);
}

/* The two arguments of comb and perm (n, k) as plain ints. */
static void comb_args(lp_value nv, lp_value kv, lp_value *n, lp_value *k)
{
    *n = index_arg(nv);
    *k = index_arg(kv);
    if (isign(*n) < 0) lp_raise(&lp_exc_ValueError, "n must be a non-negative integer");
    if (isign(*k) < 0) lp_raise(&lp_exc_ValueError, "k must be a non-negative integer");
}

static lp_value math_comb(lp_value *args, size_t nargs, lp_value kwnames)
{
    two_args("comb", nargs, kwnames);
    lp_value n, k;
    comb_args(args[0], args[1], &n, &k);
    if (lp_int_compare(k, n) > 0) return lp_from_int(0);
    lp_value nk = isub(n, k);
    if (lp_int_compare(nk, k) < 0) k = nk;
    int64_t kk;
    if (!lp_int_as_i64(k, &kk))
        lp_raise(&lp_exc_OverflowError, "min(n - k, k) must not exceed %lld", (long long)INT64_MAX);
    lp_value base = isub(n, k), r = lp_from_int(1);
    for (int64_t i = 1; i <= kk; i++)
        r = ifloordiv(imul(r, iadd(base, lp_from_int(i))), lp_from_int(i));
    return r;
}

static lp_value math_perm(lp_value *args, size_t nargs, lp_value kwnames)
{
    if (kwnames && lp_tuple_len(kwnames))
        lp_raise(&lp_exc_TypeError, "perm() takes no keyword arguments");
    if (nargs < 1 || nargs > 2)
        lp_raise(&lp_exc_TypeError, "perm expected at %s %d argument%s, got %zu",
                 nargs < 1 ? "least" : "most", nargs < 1 ? 1 : 2, nargs < 1 ? "" : "s", nargs);
    if (nargs == 1 || args[1] == LP_NONE) return factorial(args[0]);
    lp_value n, k;
    comb_args(args[0], args[1], &n, &k);
    if (lp_int_compare(k, n) > 0) return lp_from_int(0);
    int64_t kk;
    if (!lp_int_as_i64(k, &kk))
        lp_raise(&lp_exc_OverflowError, "k must not exceed %lld", (long long)INT64_MAX);
    if (kk == 0) return lp_from_int(1);
    return range_product(iadd(isub(n, k), lp_from_int(1)), n);
}

static lp_value math_isqrt(lp_value *args, size_t nargs, lp_value kwnames)
{
    one_arg("math.isqrt", nargs, kwnames);
    lp_value n = index_arg(args[0]);
    if (isign(n) < 0) lp_raise(&lp_exc_ValueError, "isqrt() argument must be nonnegative");
    if (isign(n) == 0) return lp_from_int(0);
    int64_t bits = (int64_t)lp_int_bit_length(n);
    lp_value x = ishift(lp_from_int(1), (bits + 1) / 2);
    for (;;) {
        lp_value y = ishift(iadd(x, ifloordiv(n, x)), -1);
        if (lp_int_compare(y, x) >= 0) return x;
        x = y;
    }
}

/* ==== the module ==== */

static const lp_method_def_t math_functions[] = {
    {"acos", math_acos, 0, "Return the arc cosine (measured in radians) of x."},
    {"acosh", math_acosh, 0, "Return the inverse hyperbolic cosine of x."},
    {"asin", math_asin, 0, "Return the arc sine (measured in radians) of x."},
    {"asinh", math_asinh, 0, "Return the inverse hyperbolic sine of x."},
    {"atan", math_atan, 0, "Return the arc tangent (measured in radians) of x."},
    {"atan2", math_atan2, 0, "Return the arc tangent (measured in radians) of y/x."},
    {"atanh", math_atanh, 0, "Return the inverse hyperbolic tangent of x."},
    {"cbrt", math_cbrt, 0, "Return the cube root of x."},
    {"ceil", math_ceil, 0, "Return the ceiling of x as an Integral."},
    {"comb", math_comb, 0, "Number of ways to choose k items from n items without repetition and without order."},
    {"copysign", math_copysign, 0, "Return a float with the magnitude (absolute value) of x but the sign of y."},
    {"cos", math_cos, 0, "Return the cosine of x (measured in radians)."},
    {"cosh", math_cosh, 0, "Return the hyperbolic cosine of x."},
    {"degrees", math_degrees, 0, "Convert angle x from radians to degrees."},
    {"dist", math_dist, 0, "Return the Euclidean distance between two points p and q."},
    {"erf", math_erf, 0, "Error function at x."},
    {"erfc", math_erfc, 0, "Complementary error function at x."},
    {"exp", math_exp, 0, "Return e raised to the power of x."},
    {"exp2", math_exp2, 0, "Return 2 raised to the power of x."},
    {"expm1", math_expm1, 0, "Return exp(x)-1."},
    {"fabs", math_fabs, 0, "Return the absolute value of the float x."},
    {"factorial", math_factorial, 0, "Find n!."},
    {"floor", math_floor, 0, "Return the floor of x as an Integral."},
    {"fmod", math_fmod, 0, "Return fmod(x, y), according to platform C."},
    {"frexp", math_frexp, 0, "Return the mantissa and exponent of x, as pair (m, e)."},
    {"fsum", math_fsum, 0, "Return an accurate floating point sum of values in the iterable seq."},
    {"gamma", math_gamma, 0, "Gamma function at x."},
    {"gcd", math_gcd, 0, "Greatest Common Divisor."},
    {"hypot", math_hypot, 0, "Multidimensional Euclidean distance from the origin to a point."},
    {"isclose", math_isclose, 0, "Determine whether two floating point numbers are close in value."},
    {"isfinite", math_isfinite, 0, "Return True if x is neither an infinity nor a NaN, and False otherwise."},
    {"isinf", math_isinf, 0, "Return True if x is a positive or negative infinity, and False otherwise."},
    {"isnan", math_isnan, 0, "Return True if x is a NaN (not a number), and False otherwise."},
    {"isqrt", math_isqrt, 0, "Return the integer part of the square root of the input."},
    {"lcm", math_lcm, 0, "Least Common Multiple."},
    {"ldexp", math_ldexp, 0, "Return x * (2**i)."},
    {"lgamma", math_lgamma, 0, "Natural logarithm of absolute value of Gamma function at x."},
    {"log", math_log, 0, "log(x, [base=math.e])\nReturn the logarithm of x to the given base."},
    {"log10", math_log10, 0, "Return the base 10 logarithm of x."},
    {"log1p", math_log1p, 0, "Return the natural logarithm of 1+x (base e)."},
    {"log2", math_log2, 0, "Return the base 2 logarithm of x."},
    {"modf", math_modf, 0, "Return the fractional and integer parts of x."},
    {"nextafter", math_nextafter, 0, "Return the next floating-point value after x towards y."},
    {"perm", math_perm, 0, "Number of ways to choose k items from n items without repetition and with order."},
    {"pow", math_pow, 0, "Return x**y (x to the power of y)."},
    {"prod", math_prod, 0, "Calculate the product of all the elements in the input iterable."},
    {"radians", math_radians, 0, "Convert angle x from degrees to radians."},
    {"remainder", math_remainder, 0, "Difference between x and the closest integer multiple of y."},
    {"sin", math_sin, 0, "Return the sine of x (measured in radians)."},
    {"sinh", math_sinh, 0, "Return the hyperbolic sine of x."},
    {"sqrt", math_sqrt, 0, "Return the square root of x."},
    {"tan", math_tan, 0, "Return the tangent of x (measured in radians)."},
    {"tanh", math_tanh, 0, "Return the hyperbolic tangent of x."},
    {"trunc", math_trunc, 0, "Truncates the Real x to the nearest Integral toward 0."},
    {"ulp", math_ulp, 0, "Return the value of the least significant bit of the float x."},
    {NULL, NULL, 0, NULL},
};

lp_value lp_math_module(void)
{
    if (math_module) return math_module;
    name_ceil = lp_str_from_cstr("__ceil__");
    lp_value modname = lp_str_from_cstr("math");
    lp_value m = lp_module_new(modname);
    lp_module_t *mod = lp_as_ptr(m);
    if (!mod->dict) mod->dict = lp_dict_new();
    lp_value d = mod->dict;
    math_module = m;
    lp_dict_set_cstr(d, "__name__", modname);
    lp_dict_set_cstr(d, "__doc__", lp_str_from_cstr("This module provides access to the "
                                                    "mathematical functions\ndefined by the C "
                                                    "standard."));
    for (const lp_method_def_t *f = math_functions; f->name; f++) {
        lp_value b = lp_builtin_new(f->name, f->fn, LP_NULL);
        ((lp_builtin_t *)lp_as_ptr(b))->module = modname;
        ((lp_builtin_t *)lp_as_ptr(b))->doc = f->doc;
        lp_dict_set_cstr(d, f->name, b);
    }
    lp_dict_set_cstr(d, "pi", fl(M_PI));
    lp_dict_set_cstr(d, "e", fl(M_E));
    lp_dict_set_cstr(d, "tau", fl(2 * M_PI));
    lp_dict_set_cstr(d, "inf", fl(INFINITY));
    lp_dict_set_cstr(d, "nan", fl(NAN));
    return m;
}
