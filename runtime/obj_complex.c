/* obj_complex.c -- complex as a Python type: lp_type_complex.
 *
 * A complex is an immutable heap pair of doubles.  The slots accept an int,
 * bool or float for either operand (converted to a complex with a zero
 * imaginary part, as CPython does, so 1 + (-0-1j) has imag -1.0 and real
 * 1.0).  Division is Smith's scaled algorithm, power repeated multiplication
 * for integral exponents up to 100 and polar form otherwise, as CPython.
 * There is no ordering: the compare slot answers only == and !=.
 *
 * SPDX-License-Identifier: MIT
 */
#include "obj_complex.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include "error.h"
#include "floatrepr.h"
#include "gc.h"
#include "mod_builtins.h"
#include "names.h"
#include "numformat.h"
#include "obj_float.h"
#include "obj_int.h"
#include "obj_str.h"
#include "obj_str_internal.h"
#include "obj_tuple.h"
#include "ops.h"
#include "warn.h"

typedef struct {
    double re, im;
} cplx_t;

lp_value lp_complex_new(double re, double im)
{
    lp_complex_t *c = lp_alloc_atomic(sizeof *c);
    c->head.type = &lp_type_complex;
    c->re = re;
    c->im = im;
    return lp_from_ptr(c);
}

static lp_value from_c(cplx_t c)
{
    return lp_complex_new(c.re, c.im);
}

/* [v] as a complex in [*c]: a complex, float, int or bool; false otherwise. */
static bool operand(lp_value v, cplx_t *c)
{
    if (lp_complex_check(v)) {
        *c = (cplx_t){lp_as_complex(v)->re, lp_as_complex(v)->im};
        return true;
    }
    if (lp_float_check(v)) {
        *c = (cplx_t){lp_float_value(v), 0.0};
        return true;
    }
    if (!lp_int_unwrap(v)) return false;
    *c = (cplx_t){lp_int_to_double_raise(v), 0.0};
    return true;
}

/* ==== arithmetic ==== */

static cplx_t c_mul(cplx_t a, cplx_t b)
{
    return (cplx_t){a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
}

/* a / b by Smith's method; errno EDOM when b is 0. */
static cplx_t c_quot(cplx_t a, cplx_t b)
{
    double abr = fabs(b.re), abi = fabs(b.im);
    if (abr >= abi) {
        if (abr == 0.0) {
            errno = EDOM;
            return (cplx_t){0.0, 0.0};
        }
        double ratio = b.im / b.re, denom = b.re + b.im * ratio;
        return (cplx_t){(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
    }
    if (abi >= abr) {
        double ratio = b.re / b.im, denom = b.re * ratio + b.im;
        return (cplx_t){(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
    }
    return (cplx_t){NAN, NAN}; /* a NaN in b */
}

#define COMPLEX_BINOP(name, expr)                                                                  \
    static lp_value complex_##name(lp_value a, lp_value b)                                         \
    {                                                                                              \
        cplx_t x, y;                                                                               \
        if (!operand(a, &x) || !operand(b, &y)) return LP_NOTIMPLEMENTED;                          \
        return from_c(expr);                                                                       \
    }
COMPLEX_BINOP(add, ((cplx_t){x.re + y.re, x.im + y.im}))
COMPLEX_BINOP(sub, ((cplx_t){x.re - y.re, x.im - y.im}))
COMPLEX_BINOP(mul, c_mul(x, y))
#undef COMPLEX_BINOP

static lp_value complex_truediv(lp_value a, lp_value b)
{
    cplx_t x, y;
    if (!operand(a, &x) || !operand(b, &y)) return LP_NOTIMPLEMENTED;
    errno = 0;
    cplx_t r = c_quot(x, y);
    if (errno == EDOM) lp_raise(&lp_exc_ZeroDivisionError, "complex division by zero");
    return from_c(r);
}

/* x ** n for n >= 0 by repeated squaring. */
static cplx_t c_powu(cplx_t x, long n)
{
    cplx_t r = {1.0, 0.0}, p = x;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask) r = c_mul(r, p);
        p = c_mul(p, p);
    }
    return r;
}

/* x ** y in polar form; errno EDOM for 0 to a negative or complex power
 * (and whatever the C library sets: cos(inf) is EDOM too, as in CPython). */
static cplx_t c_pow(cplx_t a, cplx_t b)
{
    if (b.re == 0.0 && b.im == 0.0) return (cplx_t){1.0, 0.0};
    if (a.re == 0.0 && a.im == 0.0) {
        if (b.im != 0.0 || b.re < 0.0) errno = EDOM;
        return (cplx_t){0.0, 0.0};
    }
    double vabs = hypot(a.re, a.im), len = pow(vabs, b.re);
    double at = atan2(a.im, a.re), phase = at * b.re;
    if (b.im != 0.0) {
        len /= exp(at * b.im);
        phase += b.im * log(vabs);
    }
    return (cplx_t){len * cos(phase), len * sin(phase)};
}

lp_value lp_complex_pow_values(double xr, double xi, double yr, double yi)
{
    cplx_t a = {xr, xi}, b = {yr, yi}, r;
    errno = 0;
    if (yi == 0.0 && yr == floor(yr) && fabs(yr) <= 100.0) {
        long n = (long)yr;
        r = n >= 0 ? c_powu(a, n) : c_quot((cplx_t){1.0, 0.0}, c_powu(a, -n));
    } else {
        r = c_pow(a, b);
    }
    if (isinf(r.re) || isinf(r.im)) {
        if (errno == 0) errno = ERANGE;
    } else if (errno == ERANGE) {
        errno = 0;
    }
    if (errno == EDOM) lp_raise(&lp_exc_ZeroDivisionError, "0.0 to a negative or complex power");
    if (errno == ERANGE) lp_raise(&lp_exc_OverflowError, "complex exponentiation");
    return from_c(r);
}

static lp_value complex_pow(lp_value a, lp_value b)
{
    cplx_t x, y;
    if (!operand(a, &x) || !operand(b, &y)) return LP_NOTIMPLEMENTED;
    return lp_complex_pow_values(x.re, x.im, y.re, y.im);
}

static lp_value complex_power3(lp_value a, lp_value b, lp_value m)
{
    cplx_t x, y; /* operands that are not numbers come first: NotImplemented */
    if (!operand(a, &x) || !operand(b, &y)) return LP_NOTIMPLEMENTED;
    if (m != LP_NONE) lp_raise(&lp_exc_ValueError, "complex modulo");
    return lp_complex_pow_values(x.re, x.im, y.re, y.im);
}

/* ==== unary ==== */

static lp_value complex_neg(lp_value a)
{
    return lp_complex_new(-lp_as_complex(a)->re, -lp_as_complex(a)->im);
}

static lp_value complex_pos(lp_value a)
{
    if (lp_type_of(a) == &lp_type_complex) return a;
    return lp_complex_new(lp_as_complex(a)->re, lp_as_complex(a)->im);
}

static lp_value complex_abs(lp_value a)
{
    double re = lp_as_complex(a)->re, im = lp_as_complex(a)->im;
    double r = hypot(re, im);
    if (isinf(r) && isfinite(re) && isfinite(im))
        lp_raise(&lp_exc_OverflowError, "absolute value too large");
    return lp_from_float(r);
}

static int complex_truth(lp_value a)
{
    return lp_as_complex(a)->re != 0.0 || lp_as_complex(a)->im != 0.0;
}

/* ==== text, hash, comparison ==== */

static lp_value complex_repr(lp_value self)
{
    char buf[LP_COMPLEX_REPR_MAX];
    size_t n = lp_float_complex_repr(lp_as_complex(self)->re, lp_as_complex(self)->im, buf);
    return lp_str_from_utf8(buf, n);
}

static int64_t complex_hash(lp_value self)
{
    uint64_t hr = (uint64_t)lp_float_hash_double(lp_as_complex(self)->re, self);
    uint64_t hi = (uint64_t)lp_float_hash_double(lp_as_complex(self)->im, self);
    int64_t h = (int64_t)(hr + 1000003u * hi);
    return h == -1 ? -2 : h;
}

static lp_value complex_compare(lp_value self, lp_value other, lp_cmpop_t op)
{
    if (op != LP_EQ && op != LP_NE) return LP_NOTIMPLEMENTED;
    lp_complex_t *c = lp_as_complex(self);
    bool eq;
    if (lp_int_unwrap(other)) {
        /* exact, as float == int: only a zero imaginary part can match */
        eq = c->im == 0.0 && lp_compare_bool(lp_from_float(c->re), other, LP_EQ);
    } else if (lp_float_check(other)) {
        eq = c->re == lp_float_value(other) && c->im == 0.0;
    } else if (lp_complex_check(other)) {
        eq = c->re == lp_as_complex(other)->re && c->im == lp_as_complex(other)->im;
    } else {
        return LP_NOTIMPLEMENTED;
    }
    return lp_bool(op == LP_EQ ? eq : !eq);
}

/* ==== complex(x), complex(real, imag) ==== */

static bool is_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/* A signed float at [p][0..n) with no spaces; "" "+" "-" mean 1, -1 when
 * [unit] (an imaginary part's coefficient). */
static bool parse_part(const char *p, size_t n, bool unit, double *out)
{
    for (size_t i = 0; i < n; i++)
        if (is_space(p[i])) return false;
    if (unit && (n == 0 || (n == 1 && (*p == '+' || *p == '-')))) {
        *out = n == 1 && *p == '-' ? -1.0 : 1.0;
        return true;
    }
    if (n == 0 || (n > 1 && (p[1] == '+' || p[1] == '-'))) return false; /* "+-1" */
    return lp_float_parse(p, n, out);
}

/* complex(s) for the text [p][0..n): '1', '2j', '1+2j', '(1-j)', ' -inf+nanj '. */
static bool parse_complex(const char *p, size_t n, cplx_t *c)
{
    const char *end = p + n;
    while (p < end && is_space(*p))
        p++;
    while (end > p && is_space(end[-1]))
        end--;
    if (p < end && *p == '(') {
        if (end[-1] != ')' || end - p < 2) return false;
        p++, end--;
        while (p < end && is_space(*p))
            p++;
        while (end > p && is_space(end[-1]))
            end--;
    }
    if (p == end) return false;
    if ((end[-1] | 32) != 'j') {
        c->im = 0.0;
        return parse_part(p, (size_t)(end - p), false, &c->re);
    }
    end--;                    /* the j */
    const char *split = NULL; /* the sign that starts the imaginary part */
    for (const char *q = p + 1; q < end; q++)
        if ((*q == '+' || *q == '-') && (q[-1] | 32) != 'e') split = q;
    if (!split) {
        c->re = 0.0;
        return parse_part(p, (size_t)(end - p), true, &c->im);
    }
    return parse_part(p, (size_t)(split - p), false, &c->re) &&
           parse_part(split, (size_t)(end - split), true, &c->im);
}

/* [p][0..*n) without its underscores, or NULL when one is not between two
 * digits (CPython's rule for numbers in strings). */
static const char *drop_underscores(const char *p, size_t *n)
{
    char *out = lp_alloc_atomic(*n + 1), prev = 0;
    size_t k = 0;
    for (size_t i = 0; i < *n; prev = p[i++]) {
        bool digit = p[i] >= '0' && p[i] <= '9';
        if (p[i] == '_' ? !(prev >= '0' && prev <= '9') : prev == '_' && !digit) return NULL;
        if (p[i] != '_') out[k++] = p[i];
    }
    if (prev == '_') return NULL;
    *n = k;
    return out;
}

static cplx_t from_str(lp_value s)
{
    size_t n;
    const char *p = lp_int_fold_ascii(s, &n);
    cplx_t c;
    if (memchr(p, '_', n) && !(p = drop_underscores(p, &n)))
        lp_raise(&lp_exc_ValueError, "could not convert string to complex: %R", s);
    if (!parse_complex(p, n, &c))
        lp_raise(&lp_exc_ValueError, "complex() arg is a malformed string");
    return c;
}

/* [x]'s __complex__ result in [*c], if it has the method. */
static bool dunder_complex(lp_value x, cplx_t *c)
{
    lp_value m = lp_type_lookup(lp_type_of(x), LP_NAME(__complex__));
    if (!m) return false;
    lp_value r = lp_call1(m, x);
    if (!lp_complex_check(r))
        lp_raise(&lp_exc_TypeError, "__complex__ returned non-complex (type %T)", r);
    if (lp_type_of(r) != &lp_type_complex)
        lp_warn(&lp_exc_DeprecationWarning,
                "__complex__ returned non-complex (type %T).  The ability to return an "
                "instance of a strict subclass of complex is deprecated, and may be removed in "
                "a future version of Python.", r);
    *c = (cplx_t){lp_as_complex(r)->re, lp_as_complex(r)->im};
    return true;
}

/* True when [x] is a number complex() accepts as a real part. */
static bool is_real_number(lp_value x)
{
    const lp_type_t *t = lp_type_of(x);
    return lp_float_check(x) || lp_int_unwrap(x) || t->to_float || t->index;
}

/* The first argument [x] as a complex; [*was_complex]: it was one. */
static cplx_t first_arg(lp_value x, bool *was_complex)
{
    cplx_t c = {0.0, 0.0};
    *was_complex = true;
    if (lp_type_of(x) == &lp_type_complex)
        return (cplx_t){lp_as_complex(x)->re, lp_as_complex(x)->im};
    if (dunder_complex(x, &c)) return c; /* a complex subclass's own __complex__ too */
    if (lp_complex_check(x)) return (cplx_t){lp_as_complex(x)->re, lp_as_complex(x)->im};
    *was_complex = false;
    if (!is_real_number(x))
        lp_raise(&lp_exc_TypeError,
                 "complex() first argument must be a string or a number, not '%T'", x);
    c.re = lp_float_value(lp_float_from_value(x)); /* float(x): a subclass's __float__ */
    return c;
}

lp_value lp_complex_from_value(lp_value x)
{
    if (lp_type_of(x) == &lp_type_complex) return x;
    if (lp_str_check(x)) return from_c(from_str(x));
    bool was;
    return from_c(first_arg(x, &was));
}

/* complex(real, imag) for a second argument [i]. */
static lp_value complex_of_two(lp_value r, lp_value i)
{
    if (lp_str_check(r))
        lp_raise(&lp_exc_TypeError, "complex() can't take second arg if first is a string");
    if (lp_str_check(i)) lp_raise(&lp_exc_TypeError, "complex() second arg can't be a string");
    bool r_complex, i_complex = lp_complex_check(i);
    cplx_t cr = first_arg(r, &r_complex), ci = {0.0, 0.0};
    if (i_complex) {
        ci = (cplx_t){lp_as_complex(i)->re, lp_as_complex(i)->im};
    } else {
        if (!is_real_number(i))
            lp_raise(&lp_exc_TypeError, "complex() second argument must be a number, not '%T'", i);
        ci.re = lp_float_as_double(i);
    }
    double re = i_complex ? cr.re - ci.im : cr.re;
    double im = r_complex ? ci.re + cr.im : ci.re;
    return lp_complex_new(re, im);
}

/* complex(*args) before any subclass wrapping. */
static lp_value complex_args(lp_value *args, size_t nargs, lp_value kwnames)
{
    static const char *const names[] = {"real", "imag", NULL};
    lp_value a[2];
    lp_int_parse_args("complex", args, nargs, kwnames, names, 2, 0, a);
    if (!a[0]) return a[1] ? complex_of_two(lp_from_int(0), a[1]) : lp_complex_new(0.0, 0.0);
    if (!a[1]) return lp_complex_from_value(a[0]);
    return complex_of_two(a[0], a[1]);
}

static lp_value complex_new(lp_type_t *type, lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_value r = complex_args(args, nargs, kwnames);
    if (type == &lp_type_complex) return r;
    lp_complex_t *o = lp_alloc(type->size); /* a subclass instance */
    o->head.type = type;
    o->re = lp_as_complex(r)->re;
    o->im = lp_as_complex(r)->im;
    return lp_from_ptr(o);
}

/* ==== methods and attributes ==== */

static void no_args(const char *qualname, size_t nargs, lp_value kwnames)
{
    if (kwnames && lp_tuple_len(kwnames) > 0)
        lp_raise(&lp_exc_TypeError, "%s() takes no keyword arguments", qualname);
    if (nargs != 1)
        lp_raise(&lp_exc_TypeError, "%s() takes no arguments (%zu given)", qualname, nargs - 1);
}

static lp_value complex_m_conjugate(lp_value *args, size_t nargs, lp_value kwnames)
{
    no_args("complex.conjugate", nargs, kwnames);
    return lp_complex_new(lp_as_complex(args[0])->re, -lp_as_complex(args[0])->im);
}

static lp_value complex_m_complex(lp_value *args, size_t nargs, lp_value kwnames)
{
    no_args("complex.__complex__", nargs, kwnames);
    return complex_pos(args[0]);
}

static lp_value complex_m_getnewargs(lp_value *args, size_t nargs, lp_value kwnames)
{
    no_args("complex.__getnewargs__", nargs, kwnames);
    lp_complex_t *c = lp_as_complex(args[0]);
    return lp_tuple_pack(2, lp_from_float(c->re), lp_from_float(c->im));
}

static lp_value complex_m_format(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_str_check_args("complex", "__format__", LP_ARGS_O, nargs, kwnames, 1, 1);
    if (!lp_str_check(args[1]))
        lp_raise(&lp_exc_TypeError, "__format__() argument must be str, not %s",
                 lp_arg_type_name(args[1]));
    return lp_numformat_complex(args[0], args[1]);
}

static const lp_method_def_t complex_methods[] = {
    {"conjugate", complex_m_conjugate, 0, "Return the complex conjugate of its argument."},
    {"__complex__", complex_m_complex, 0, "Convert this value to exact type complex."},
    {"__getnewargs__", complex_m_getnewargs, 0, NULL},
    {"__format__", complex_m_format, 0, "Convert to a string according to format_spec."},
    {NULL, NULL, 0, NULL},
};

static lp_value complex_get_real(lp_value self)
{
    return lp_from_float(lp_as_complex(self)->re);
}

static lp_value complex_get_imag(lp_value self)
{
    return lp_from_float(lp_as_complex(self)->im);
}

static const lp_getset_def_t complex_getsets[] = {
    {"real", complex_get_real, NULL, "the real part of a complex number"},
    {"imag", complex_get_imag, NULL, "the imaginary part of a complex number"},
    {NULL, NULL, NULL, NULL},
};

/* ==== the type ==== */

lp_type_t lp_type_complex = {
    .name = "complex",
    .base = &lp_type_object,
    .size = sizeof(lp_complex_t),
    .flags = LP_TPF_BASETYPE,
    .doc = "Create a complex number from a real part and an optional imaginary part.\n\nThis is "
           "equivalent to (real + imag*1j) where imag defaults to 0.",
    .new = complex_new,
    .repr = complex_repr,
    .hash = complex_hash,
    .compare = complex_compare,
    .truth = complex_truth,
    .binop =
        {
            [LP_NB_ADD] = complex_add,
            [LP_NB_SUBTRACT] = complex_sub,
            [LP_NB_MULTIPLY] = complex_mul,
            [LP_NB_TRUE_DIVIDE] = complex_truediv,
            [LP_NB_POWER] = complex_pow,
        },
    .power3 = complex_power3,
    .neg = complex_neg,
    .pos = complex_pos,
    .abs = complex_abs,
    .methods = complex_methods,
    .getsets = complex_getsets,
};
