/* obj_float.c -- float as a Python type: lp_type_float.
 *
 * Floats are immediates (value.h); only NaNs with unusual bits are boxed
 * (obj_float.h).  The slots accept an int or bool for either operand, so
 * `1 + 2.5` and `2.5 + 1` both land here after the int slot declined, and
 * compare a float with an int exactly (2**53 + 1 > 2.0**53).  Division,
 * modulo and power follow CPython's float_div/float_rem/float_divmod/
 * float_pow case by case, signs of zeros included.
 *
 * SPDX-License-Identifier: MIT
 */
#include "obj_float.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "floatrepr.h"
#include "gc.h"
#include "mod_builtins.h"
#include "names.h"
#include "numformat.h"
#include "obj_bytes.h"
#include "obj_complex.h"
#include "obj_int.h"
#include "obj_str.h"
#include "obj_str_internal.h"
#include "obj_tuple.h"
#include "ops.h"
#include "warn.h"

/* ==== values ==== */

lp_value lp_float_new(double d)
{
    if (lp_float_is_immediate(d)) return lp_from_float(d);
    lp_float_t *f = lp_alloc_atomic(sizeof *f);
    f->head.type = &lp_type_float;
    f->value = d;
    return lp_from_ptr(f);
}

/* The double of a float, int or bool operand [v] into [*d]; false for any
 * other type (the slot then returns NotImplemented). */
static bool operand(lp_value v, double *d)
{
    if (lp_is_float(v)) {
        *d = lp_as_float(v);
        return true;
    }
    lp_value i = lp_int_unwrap(v);
    if (i) {
        *d = lp_int_to_double_raise(i);
        return true;
    }
    if (!lp_float_check(v)) return false;
    *d = lp_float_value(v);
    return true;
}

/* The value of [r], what __float__ of [t] returned: a float, or (deprecated)
 * a float subclass. */
static double float_result(const lp_type_t *t, lp_value r)
{
    if (lp_is_float(r)) return lp_as_float(r);
    if (!lp_float_check(r))
        lp_raise(&lp_exc_TypeError, "%N.__float__ returned non-float (type %T)", t, r);
    if (lp_type_of(r) != &lp_type_float)
        lp_warn(&lp_exc_DeprecationWarning,
                "%N.__float__ returned non-float (type %T).  The ability to return an instance "
                "of a strict subclass of float is deprecated, and may be removed in a future "
                "version of Python.", t, r);
    return lp_float_value(r);
}

double lp_float_as_double(lp_value v)
{
    double d;
    if (operand(v, &d)) return d;
    const lp_type_t *t = lp_type_of(v);
    if (t->to_float) return float_result(t, t->to_float(v));
    if (t->index) return lp_int_to_double_raise(lp_index(v));
    lp_raise(&lp_exc_TypeError, "must be real number, not %T", v);
}

/* ==== arithmetic ==== */

#define FLOAT_BINOP(name, expr)                                                                    \
    static lp_value float_##name(lp_value a, lp_value b)                                           \
    {                                                                                              \
        double x, y;                                                                               \
        if (!operand(a, &x) || !operand(b, &y)) return LP_NOTIMPLEMENTED;                          \
        return lp_from_float(expr);                                                                \
    }
FLOAT_BINOP(add, x + y)
FLOAT_BINOP(sub, x - y)
FLOAT_BINOP(mul, x *y)
#undef FLOAT_BINOP

static lp_value float_truediv(lp_value a, lp_value b)
{
    double x, y;
    if (!operand(a, &x) || !operand(b, &y)) return LP_NOTIMPLEMENTED;
    if (y == 0.0) lp_raise(&lp_exc_ZeroDivisionError, "float division by zero");
    return lp_from_float(x / y);
}

/* x % y with the sign of y ([y] != 0). */
static double float_mod_raw(double x, double y)
{
    double m = fmod(x, y);
    if (m != 0.0) {
        if ((y < 0) != (m < 0)) m += y;
    } else {
        m = copysign(0.0, y);
    }
    return m;
}

/* Floor quotient and remainder of [x] by [y] != 0, as CPython's divmod. */
static void float_divmod_raw(double x, double y, double *q, double *m)
{
    double mod = fmod(x, y);
    double div = (x - mod) / y; /* exact up to rounding: x - mod is a multiple of y */
    if (mod != 0.0) {
        if ((y < 0) != (mod < 0)) {
            mod += y;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, y);
    }
    double fdiv;
    if (div != 0.0) {
        fdiv = floor(div);
        if (div - fdiv > 0.5) fdiv += 1.0;
    } else {
        fdiv = copysign(0.0, x / y);
    }
    *q = fdiv;
    *m = mod;
}

static lp_value float_mod(lp_value a, lp_value b)
{
    double x, y;
    if (!operand(a, &x) || !operand(b, &y)) return LP_NOTIMPLEMENTED;
    if (y == 0.0) lp_raise(&lp_exc_ZeroDivisionError, "float modulo");
    return lp_from_float(float_mod_raw(x, y));
}

static lp_value float_floordiv(lp_value a, lp_value b)
{
    double x, y, q, m;
    if (!operand(a, &x) || !operand(b, &y)) return LP_NOTIMPLEMENTED;
    if (y == 0.0) lp_raise(&lp_exc_ZeroDivisionError, "float floor division by zero");
    float_divmod_raw(x, y, &q, &m);
    return lp_from_float(q);
}

lp_value lp_float_divmod_op(lp_value a, lp_value b)
{
    if (lp_int_unwrap(a) && lp_int_unwrap(b)) return lp_int_divmod_op(a, b);
    double x, y, q, m;
    if (!operand(a, &x) || !operand(b, &y)) return LP_NOTIMPLEMENTED;
    if (y == 0.0) lp_raise(&lp_exc_ZeroDivisionError, "float divmod()");
    float_divmod_raw(x, y, &q, &m);
    return lp_tuple_pack(2, lp_from_float(q), lp_from_float(m));
}

/* True when [w] is an odd integer (finite). */
static bool is_odd_integer(double w)
{
    return fmod(fabs(w), 2.0) == 1.0;
}

/* x ** y for infinite or NaN operands, the zero base and the unit exponent;
 * returns false when the general case applies. */
static bool pow_special(double x, double y, double *r)
{
    if (y == 0.0)
        *r = 1.0;
    else if (isnan(x))
        *r = x;
    else if (isnan(y))
        *r = x == 1.0 ? 1.0 : y;
    else if (isinf(y)) {
        double ax = fabs(x);
        *r = ax == 1.0 ? 1.0 : (y > 0) == (ax > 1.0) ? fabs(y) : 0.0;
    } else if (isinf(x)) {
        bool odd = is_odd_integer(y);
        *r = y > 0 ? (odd ? x : fabs(x)) : (odd ? copysign(0.0, x) : 0.0);
    } else if (x == 0.0) {
        if (y < 0) lp_raise(&lp_exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        *r = is_odd_integer(y) ? x : 0.0;
    } else {
        return false;
    }
    return true;
}

/* Raises OverflowError(34, 'Numerical result out of range') as CPython's
 * errno-based check does. */
_Noreturn static void range_error(void)
{
    lp_value e = lp_call2(lp_from_ptr(&lp_exc_OverflowError), lp_from_int(ERANGE),
                          lp_str_from_cstr("Numerical result out of range"));
    lp_raise_value(e);
}

lp_value lp_float_pow(lp_value a, lp_value b)
{
    double x, y, r;
    if (!operand(a, &x) || !operand(b, &y)) return LP_NOTIMPLEMENTED;
    if (pow_special(x, y, &r)) return lp_from_float(r);
    bool negate = false;
    if (x < 0.0) {
        if (y != floor(y)) return lp_complex_pow_values(x, 0.0, y, 0.0);
        x = -x;
        negate = is_odd_integer(y);
    }
    if (x == 1.0) return lp_from_float(negate ? -1.0 : 1.0);
    r = pow(x, y);
    if (isinf(r)) range_error();
    return lp_from_float(negate ? -r : r);
}

static lp_value float_power3(lp_value a, lp_value b, lp_value m)
{
    if (m != LP_NONE)
        lp_raise(&lp_exc_TypeError,
                 "pow() 3rd argument not allowed unless all arguments are integers");
    return lp_float_pow(a, b);
}

/* ==== unary ==== */

static lp_value float_neg(lp_value a)
{
    return lp_float_new(-lp_float_value(a));
}

static lp_value float_pos(lp_value a)
{
    return lp_float_new(lp_float_value(a));
}

static lp_value float_abs(lp_value a)
{
    return lp_float_new(fabs(lp_float_value(a)));
}

static int float_truth(lp_value a)
{
    return lp_float_value(a) != 0.0;
}

static lp_value float_to_int(lp_value a)
{
    lp_value r;
    lp_int_status_t st = lp_int_from_double(lp_float_value(a), &r);
    if (st != LP_INT_OK) lp_int_raise(st, 0);
    return r;
}

static lp_value float_to_float(lp_value a)
{
    return lp_is_float(a) ? a : lp_float_new(lp_float_value(a));
}

/* ==== text, hash, comparison ==== */

lp_value lp_float_repr_str(double d)
{
    char buf[LP_FLOAT_REPR_MAX];
    size_t n = lp_float_repr(d, buf);
    return lp_str_from_utf8(buf, n);
}

static lp_value float_repr(lp_value self)
{
    return lp_float_repr_str(lp_float_value(self));
}

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)

int64_t lp_float_hash_double(double d, lp_value v)
{
    if (isinf(d)) return d > 0 ? 314159 : -314159;
    if (isnan(d)) { /* CPython: the object's address, rotated by 4 */
        uint64_t y = lp_value_id(v);
        int64_t h = (int64_t)((y >> 4) | (y << 60));
        return h == -1 ? -2 : h;
    }
    int e;
    double m = frexp(d, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0; /* m * 2**e = x mod the modulus; 28 bits at a time */
    while (m != 0.0) {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS) x -= HASH_MODULUS;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : h;
}

static int64_t float_hash(lp_value self)
{
    return lp_float_hash_double(lp_float_value(self), self);
}

static lp_value float_compare(lp_value self, lp_value other, lp_cmpop_t op)
{
    double x = lp_float_value(self);
    lp_value i = lp_int_unwrap(other);
    if (i && !lp_is_int(i)) { /* big int: exactly */
        if (isnan(x)) return lp_bool(op == LP_NE);
        return lp_cmp_result(-lp_int_cmp_double(i, x), op);
    }
    double y;
    if (i)
        y = (double)lp_as_int(i); /* exact: |i| < 2**53 */
    else if (lp_float_check(other))
        y = lp_float_value(other);
    else
        return LP_NOTIMPLEMENTED;
    switch (op) {
    case LP_LT: return lp_bool(x < y);
    case LP_LE: return lp_bool(x <= y);
    case LP_EQ: return lp_bool(x == y);
    case LP_NE: return lp_bool(x != y);
    case LP_GT: return lp_bool(x > y);
    default: return lp_bool(x >= y);
    }
}

/* ==== float(x) ==== */

/* Copies the decimal digits at [*p] (single underscores between digits
 * allowed) to [*o]; returns how many digits, or -1 for a bad underscore. */
static int copy_digits(const char **p, const char *end, char **o)
{
    int n = 0;
    while (*p < end) {
        char c = **p;
        if (c >= '0' && c <= '9') {
            *(*o)++ = c;
            n++;
        } else if (c == '_' && n > 0 && *p + 1 < end && (*p)[1] >= '0' && (*p)[1] <= '9') {
            /* skipped */
        } else {
            break;
        }
        (*p)++;
    }
    return n;
}

/* inf, infinity, nan (any case) at [p][0..n) with a sign already taken. */
static bool parse_special(const char *p, size_t n, double *out)
{
    if ((n == 3 && !strncasecmp(p, "inf", 3)) || (n == 8 && !strncasecmp(p, "infinity", 8)))
        *out = INFINITY;
    else if (n == 3 && !strncasecmp(p, "nan", 3))
        *out = NAN;
    else
        return false;
    return true;
}

bool lp_float_parse(const char *p, size_t n, double *out)
{
    const char *end = p + n;
    while (p < end && (*p == ' ' || (*p >= '\t' && *p <= '\r')))
        p++;
    while (end > p && (end[-1] == ' ' || (end[-1] >= '\t' && end[-1] <= '\r')))
        end--;
    bool neg = p < end && *p == '-';
    if (p < end && (*p == '-' || *p == '+')) p++;
    double d;
    if (parse_special(p, (size_t)(end - p), &d)) {
        *out = neg ? -d : d;
        return true;
    }
    char *buf = lp_alloc_atomic((size_t)(end - p) + 3), *o = buf;
    int mant = copy_digits(&p, end, &o);
    if (p < end && *p == '.') {
        *o++ = *p++;
        if (p < end && *p == '_') return false;
        mant += copy_digits(&p, end, &o);
    }
    if (mant == 0) return false;
    if (p < end && (*p == 'e' || *p == 'E')) {
        *o++ = *p++;
        if (p < end && (*p == '-' || *p == '+')) *o++ = *p++;
        if (copy_digits(&p, end, &o) == 0) return false;
    }
    if (p != end) return false;
    *o = 0;
    d = strtod(buf, NULL); /* correctly rounded; overflow gives inf as Python */
    *out = neg ? -d : d;
    return true;
}

/* float() of the str, bytes or bytearray [s]. */
static lp_value float_from_str(lp_value s)
{
    size_t n;
    const char *p;
    int64_t len;
    if (lp_bytes_view(s, &p, &len))
        n = (size_t)len;
    else
        p = lp_int_fold_ascii(s, &n);
    double d;
    if (!lp_float_parse(p, n, &d))
        lp_raise(&lp_exc_ValueError, "could not convert string to float: %U", lp_repr(s)); /* not cut */
    return lp_float_new(d);
}

lp_value lp_float_from_value(lp_value x)
{
    if (lp_is_float(x)) return x;
    const lp_type_t *ht = lp_type_of(x);
    if ((ht->flags & LP_TPF_HEAPTYPE) && ht->to_float) { /* a subclass's __float__ first */
        lp_value r = ht->to_float(x);
        return lp_is_float(r) ? r : lp_float_new(float_result(ht, r));
    }
    lp_value i = lp_int_unwrap(x);
    if (i) return lp_from_float(lp_int_to_double_raise(i));
    const char *p;
    int64_t n;
    if (lp_str_check(x) || lp_bytes_view(x, &p, &n)) return float_from_str(x);
    const lp_type_t *t = lp_type_of(x);
    if (t->to_float || t->index || lp_float_check(x)) return lp_float_new(lp_float_as_double(x));
    lp_raise(&lp_exc_TypeError, "float() argument must be a string or a real number, not '%T'", x);
}

static lp_value float_new(lp_type_t *type, lp_value *args, size_t nargs, lp_value kwnames)
{
    /* keywords are for a subclass's own __init__, as CPython's float_new */
    if (kwnames && lp_tuple_len(kwnames) > 0 &&
        (type == &lp_type_float || type->init == lp_type_float.init))
        lp_raise(&lp_exc_TypeError, "float() takes no keyword arguments");
    if (nargs > 1) lp_raise(&lp_exc_TypeError, "float expected at most 1 argument, got %zu", nargs);
    lp_value r = nargs ? lp_float_from_value(args[0]) : lp_from_float(0.0);
    if (type == &lp_type_float) return r;
    lp_float_t *o = lp_alloc(type->size); /* a subclass instance */
    o->head.type = type;
    o->value = lp_float_value(r);
    return lp_from_ptr(o);
}

/* ==== round ==== */

/* round(x) to an int, ties to even. */
static lp_value round_to_int(double x)
{
    double r = round(x);
    if (fabs(x - r) == 0.5) r = 2.0 * round(x / 2.0);
    lp_value v;
    lp_int_status_t st = lp_int_from_double(r, &v);
    if (st != LP_INT_OK) lp_int_raise(st, 0);
    return v;
}

/* Rounds the decimal digits [d][0..len) (a leading digit then the rest, at
 * least [keep]+1 of them) to [keep] digits, ties to even; returns true when
 * the carry ran out of the top (the result is then 1 followed by zeros). */
static bool round_digits(char *d, int len, int keep)
{
    bool up;
    if (d[keep] != '5') {
        up = d[keep] > '5';
    } else {
        up = keep > 0 && (d[keep - 1] - '0') % 2 == 1;
        for (int i = keep + 1; i < len && !up; i++)
            up = d[i] != '0';
    }
    if (!up) return false;
    for (int i = keep - 1; i >= 0; i--) {
        if (d[i] != '9') {
            d[i]++;
            return false;
        }
        d[i] = '0';
    }
    return true;
}

/* round([x], [n]) for finite nonzero x: through its exact decimal
 * expansion, so ties are those of the true value (round(2.675, 2) is 2.67). */
static double round_decimal(double x, int n)
{
    char buf[900], out[900];
    snprintf(buf, sizeof buf, "%.800e", fabs(x)); /* exact: d.ddd...e+XX */
    char *e = strchr(buf, 'e');
    int exp = atoi(e + 1), len = 0;
    char digits[820];
    for (char *p = buf; p < e; p++)
        if (*p != '.') digits[len++] = *p;
    int keep = exp + n + 1; /* digits at or above 10**-n */
    if (keep >= len) return x;
    if (keep < 0) return copysign(0.0, x);
    if (round_digits(digits, len, keep)) {
        snprintf(out, sizeof out, "1e%d", exp + 1);
    } else {
        if (keep == 0) return copysign(0.0, x);
        digits[keep] = 0;
        snprintf(out, sizeof out, "%se%d", digits, exp + 1 - keep);
    }
    double r = strtod(out, NULL);
    if (isinf(r)) lp_raise(&lp_exc_OverflowError, "rounded value too large to represent");
    return copysign(r, x);
}

lp_value lp_float_round(double x, lp_value n)
{
    if (!n || n == LP_NONE) return round_to_int(x);
    int64_t nd = lp_as_ssize(n, NULL);
    if (!isfinite(x) || x == 0.0 || nd > 323) return lp_from_float(x);
    if (nd < -308) return lp_from_float(0.0 * x);
    return lp_from_float(round_decimal(x, (int)nd));
}

/* ==== methods ==== */

/* Raises CPython's METH_NOARGS error unless [nargs] is just self. */
static void no_args(const char *qualname, size_t nargs, lp_value kwnames)
{
    if (kwnames && lp_tuple_len(kwnames) > 0)
        lp_raise(&lp_exc_TypeError, "%s() takes no keyword arguments", qualname);
    if (nargs != 1)
        lp_raise(&lp_exc_TypeError, "%s() takes no arguments (%zu given)", qualname, nargs - 1);
}

static lp_value float_m_conjugate(lp_value *args, size_t nargs, lp_value kwnames)
{
    no_args("float.conjugate", nargs, kwnames);
    return float_to_float(args[0]);
}

static lp_value float_m_is_integer(lp_value *args, size_t nargs, lp_value kwnames)
{
    no_args("float.is_integer", nargs, kwnames);
    double x = lp_float_value(args[0]);
    return lp_bool(isfinite(x) && floor(x) == x);
}

/* __trunc__, __floor__, __ceil__: an int. */
#define FLOAT_TO_INT(name, fn)                                                                     \
    static lp_value float_m_##name(lp_value *args, size_t nargs, lp_value kwnames)                 \
    {                                                                                              \
        no_args("float." #name, nargs, kwnames);                                                   \
        lp_value r;                                                                                \
        lp_int_status_t st = lp_int_from_double(fn(lp_float_value(args[0])), &r);                  \
        if (st != LP_INT_OK) lp_int_raise(st, 0);                                                  \
        return r;                                                                                  \
    }
FLOAT_TO_INT(__trunc__, trunc)
FLOAT_TO_INT(__floor__, floor)
FLOAT_TO_INT(__ceil__, ceil)
#undef FLOAT_TO_INT

static lp_value float_m_round(lp_value *args, size_t nargs, lp_value kwnames)
{
    if (kwnames && lp_tuple_len(kwnames) > 0)
        lp_raise(&lp_exc_TypeError, "float.__round__() takes no keyword arguments");
    if (nargs > 2)
        lp_raise(&lp_exc_TypeError, "__round__ expected at most 1 argument, got %zu", nargs - 1);
    return lp_float_round(lp_float_value(args[0]), nargs == 2 ? args[1] : LP_NULL);
}

static lp_value float_m_as_integer_ratio(lp_value *args, size_t nargs, lp_value kwnames)
{
    no_args("float.as_integer_ratio", nargs, kwnames);
    double x = lp_float_value(args[0]);
    if (isinf(x)) lp_raise(&lp_exc_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(x)) lp_raise(&lp_exc_ValueError, "cannot convert NaN to integer ratio");
    if (x == 0.0) return lp_tuple_pack(2, lp_from_int(0), lp_from_int(1));
    int e;
    double m = frexp(x, &e); /* x = m * 2**e, 0.5 <= |m| < 1 */
    int64_t mant = (int64_t)ldexp(m, 53);
    e -= 53;
    while (mant != 0 && (mant & 1) == 0 && e < 0) {
        mant >>= 1;
        e++;
    }
    lp_value num = lp_int_from_i64(mant), den = lp_from_int(1), r;
    lp_int_status_t st = e >= 0 ? lp_int_lshift(num, lp_from_int(e), &num)
                                : lp_int_lshift(den, lp_from_int(-e), &den);
    if (st != LP_INT_OK) lp_int_raise(st, 0);
    (void)r;
    return lp_tuple_pack(2, num, den);
}

static lp_value float_m_hex(lp_value *args, size_t nargs, lp_value kwnames)
{
    no_args("float.hex", nargs, kwnames);
    double x = lp_float_value(args[0]);
    if (!isfinite(x)) return lp_float_repr_str(x);
    uint64_t bits = lp_double_bits(x);
    const char *sign = bits >> 63 ? "-" : "";
    int ebits = (int)((bits >> 52) & 0x7FF);
    uint64_t frac = bits & (((uint64_t)1 << 52) - 1);
    char buf[40];
    if (x == 0.0)
        snprintf(buf, sizeof buf, "%s0x0.0p+0", sign);
    else if (ebits == 0)
        snprintf(buf, sizeof buf, "%s0x0.%013llxp-1022", sign, (unsigned long long)frac);
    else
        snprintf(buf, sizeof buf, "%s0x1.%013llxp%+d", sign, (unsigned long long)frac,
                 ebits - 1023);
    return lp_str_from_cstr(buf);
}

static bool is_hex(char c)
{
    return (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'f');
}

/* float.fromhex's text [p][0..n) (sign taken) rewritten as C's "0x...p..."
 * into [out]; false when malformed. */
static bool hex_canonical(const char *p, const char *end, char *out)
{
    char *o = out;
    o += sprintf(o, "0x");
    if (end - p >= 2 && p[0] == '0' && (p[1] | 32) == 'x') p += 2;
    int nd = 0;
    while (p < end && is_hex(*p))
        *o++ = *p++, nd++;
    if (p < end && *p == '.') {
        *o++ = *p++;
        while (p < end && is_hex(*p))
            *o++ = *p++, nd++;
    }
    if (nd == 0) return false;
    if (p < end && (*p | 32) == 'p') {
        *o++ = *p++;
        if (p < end && (*p == '-' || *p == '+')) *o++ = *p++;
        int ne = 0;
        while (p < end && *p >= '0' && *p <= '9')
            *o++ = *p++, ne++;
        if (ne == 0) return false;
    }
    *o = 0;
    return p == end;
}

static lp_value float_m_fromhex(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_str_check_args("float", "fromhex", LP_ARGS_O, nargs, kwnames, 1, 1);
    if (!lp_str_check(args[1]))
        lp_raise(&lp_exc_TypeError, "bad argument type for built-in operation");
    if (lp_as_str(args[1])->kind > 1) /* CPython reads it as UTF-8: surrogates fail */
        lp_str_encode_bytes(args[1], "utf-8", NULL);
    size_t n;
    const char *p = lp_str_utf8(args[1], &n), *end = p + n; /* no Unicode digits */
    while (p < end && (*p == ' ' || (*p >= '\t' && *p <= '\r')))
        p++;
    while (end > p && (end[-1] == ' ' || (end[-1] >= '\t' && end[-1] <= '\r')))
        end--;
    bool neg = p < end && *p == '-';
    if (p < end && (*p == '-' || *p == '+')) p++;
    double d;
    char *buf = lp_alloc_atomic((size_t)(end - p) + 4);
    if (!parse_special(p, (size_t)(end - p), &d)) {
        if (!hex_canonical(p, end, buf))
            lp_raise(&lp_exc_ValueError, "invalid hexadecimal floating-point string");
        errno = 0;
        d = strtod(buf, NULL);
        if (isinf(d))
            lp_raise(&lp_exc_OverflowError, "hexadecimal value too large to represent as a float");
    }
    lp_value r = lp_float_new(neg ? -d : d);
    return args[0] == lp_from_ptr(&lp_type_float) ? r : lp_call1(args[0], r); /* cls(r) */
}

static lp_value float_m_getformat(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_str_check_args("float", "__getformat__", LP_ARGS_O, nargs, kwnames, 1, 1);
    if (!lp_str_check(args[1]))
        lp_raise(&lp_exc_TypeError, "__getformat__() argument must be str, not %s",
                 lp_arg_type_name(args[1]));
    if (!lp_str_eq_cstr(args[1], "double") && !lp_str_eq_cstr(args[1], "float"))
        lp_raise(&lp_exc_ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
    return lp_str_from_cstr("IEEE, little-endian");
}

static lp_value float_m_format(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_str_check_args("float", "__format__", LP_ARGS_O, nargs, kwnames, 1, 1);
    if (!lp_str_check(args[1]))
        lp_raise(&lp_exc_TypeError, "__format__() argument must be str, not %s",
                 lp_arg_type_name(args[1]));
    return lp_numformat_float(args[0], args[1]);
}

static lp_value float_m_getnewargs(lp_value *args, size_t nargs, lp_value kwnames)
{
    no_args("float.__getnewargs__", nargs, kwnames);
    return lp_tuple_pack(1, float_to_float(args[0]));
}

static lp_value float_m_divmod(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_int_one_arg(nargs, kwnames);
    return lp_float_divmod_op(args[0], args[1]);
}

static lp_value float_m_rdivmod(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_int_one_arg(nargs, kwnames);
    return lp_float_divmod_op(args[1], args[0]);
}

static const lp_method_def_t float_methods[] = {
    {"conjugate", float_m_conjugate, 0, "Return self, the complex conjugate of any float."},
    {"is_integer", float_m_is_integer, 0, "Return True if the float is an integer."},
    {"as_integer_ratio", float_m_as_integer_ratio, 0, "Return integer ratio."},
    {"hex", float_m_hex, 0, "Return a hexadecimal representation of a floating-point number."},
    {"fromhex", float_m_fromhex, LP_METH_CLASS,
     "Create a floating-point number from a "
     "hexadecimal string."},
    {"__trunc__", float_m___trunc__, 0, "Return the Integral closest to x between 0 and x."},
    {"__floor__", float_m___floor__, 0, "Return the floor as an Integral."},
    {"__ceil__", float_m___ceil__, 0, "Return the ceiling as an Integral."},
    {"__round__", float_m_round, 0,
     "Return the Integral closest to x, rounding half toward "
     "even."},
    {"__format__", float_m_format, 0, "Formats the float according to format_spec."},
    {"__getnewargs__", float_m_getnewargs, 0, NULL},
    {"__getformat__", float_m_getformat, LP_METH_CLASS,
     "You probably don't want to use this function."},
    {"__divmod__", float_m_divmod, 0, "Return divmod(self, value)."},
    {"__rdivmod__", float_m_rdivmod, 0, "Return divmod(value, self)."},
    {NULL, NULL, 0, NULL},
};

static lp_value float_get_real(lp_value self)
{
    return float_to_float(self);
}

static lp_value float_get_imag(lp_value self)
{
    return lp_from_float(0.0);
}

static const lp_getset_def_t float_getsets[] = {
    {"real", float_get_real, NULL, "the real part of a complex number"},
    {"imag", float_get_imag, NULL, "the imaginary part of a complex number"},
    {NULL, NULL, NULL, NULL},
};

/* ==== the type ==== */

lp_type_t lp_type_float = {
    .name = "float",
    .base = &lp_type_object,
    .size = sizeof(lp_float_t),
    .flags = LP_TPF_BASETYPE | LP_TPF_FLOAT_SUBCLASS,
    .doc = "Convert a string or number to a floating point number, if possible.",
    .new = float_new,
    .repr = float_repr,
    .hash = float_hash,
    .compare = float_compare,
    .truth = float_truth,
    .binop =
        {
            [LP_NB_ADD] = float_add,
            [LP_NB_SUBTRACT] = float_sub,
            [LP_NB_MULTIPLY] = float_mul,
            [LP_NB_TRUE_DIVIDE] = float_truediv,
            [LP_NB_FLOOR_DIVIDE] = float_floordiv,
            [LP_NB_REMAINDER] = float_mod,
            [LP_NB_POWER] = lp_float_pow,
        },
    .power3 = float_power3,
    .neg = float_neg,
    .pos = float_pos,
    .abs = float_abs,
    .to_int = float_to_int,
    .to_float = float_to_float,
    .methods = float_methods,
    .getsets = float_getsets,
};
