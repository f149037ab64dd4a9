/* obj_int_type.c -- int as a Python type: lp_type_int, its slots and methods.
 *
 * The arithmetic itself is runtime/obj_int.c (pure, status-returning); this
 * file turns its statuses into exceptions, accepts bools wherever an int is
 * accepted (lp_int_unwrap: True and False are heap singletons, not 1 and 0),
 * and provides int(), the methods and the attributes of CPython 3.11.  Mixed
 * int/float operations are the float type's (runtime/obj_float.c): the int
 * slots return NotImplemented for a float operand, as CPython's do.
 *
 * SPDX-License-Identifier: MIT
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "error.h"
#include "gc.h"
#include "mod_builtins.h"
#include "names.h"
#include "numformat.h"
#include "obj_bytes.h"
#include "obj_float.h"
#include "obj_int.h"
#include "obj_str.h"
#include "obj_str_internal.h"
#include "obj_tuple.h"
#include "ops.h"
#include "warn.h"
#include "types.h"
#include "unicode.h"
#include "unicode_ctype.h"

/* ==== errors and operands ==== */

_Noreturn void lp_int_raise(lp_int_status_t st, int64_t arg)
{
    char buf[300];
    lp_int_message(st, arg, buf, sizeof buf);
    lp_type_t *t;
    switch (st) {
    case LP_INT_ZERO_DIVISION:
    case LP_INT_ZERO_MODULO:
    case LP_INT_TRUEDIV_ZERO: t = &lp_exc_ZeroDivisionError; break;
    case LP_INT_OVERFLOW:
    case LP_INT_FLOAT_INFINITY:
    case LP_INT_TRUEDIV_OVERFLOW:
    case LP_INT_BYTES_OVERFLOW:
    case LP_INT_BYTES_NEGATIVE: t = &lp_exc_OverflowError; break;
    case LP_INT_MEMORY: t = &lp_exc_MemoryError; break;
    default: t = &lp_exc_ValueError; break;
    }
    if (st == LP_INT_MEMORY) lp_raise(t, "");
    lp_raise(t, "%s", buf);
}

/* Raises unless [st] is LP_INT_OK. */
static inline void check(lp_int_status_t st)
{
    if (st != LP_INT_OK) lp_int_raise(st, 0);
}

lp_value lp_int_unwrap(lp_value v)
{
    if (lp_is_int(v)) return v;
    if (!lp_is_ptr(v)) return LP_NULL;
    if (v == LP_TRUE) return lp_from_int(1);
    if (v == LP_FALSE) return lp_from_int(0);
    const lp_type_t *t = lp_as_object(v)->type;
    if (t == &lp_type_int) return v;
    if (t->flags & LP_TPF_INT_SUBCLASS) return ((lp_int_sub_t *)lp_as_ptr(v))->value;
    return LP_NULL;
}

double lp_int_to_double_raise(lp_value v)
{
    double d;
    check(lp_int_to_double(lp_int_unwrap(v), &d));
    return d;
}

/* ==== arguments of the methods (Argument Clinic's messages) ==== */

/* The position of the keyword [k] in [names], or -1. */
static int kw_index(const char *const *names, lp_value k)
{
    for (int i = 0; names[i]; i++)
        if (names[i][0] && lp_str_eq_cstr(k, names[i])) return i;
    return -1;
}

/* The keyword argument of [kwnames] named [name] (args after the
 * positionals), or LP_NULL. */
static lp_value kw_find(const char *name, lp_value *kwargs, lp_value kwnames)
{
    int64_t nkw = kwnames ? lp_tuple_len(kwnames) : 0;
    for (int64_t j = 0; name[0] && j < nkw; j++)
        if (lp_str_eq_cstr(lp_tuple_get(kwnames, j), name)) return kwargs[j];
    return LP_NULL;
}

/* The count errors of _PyArg_UnpackKeywords, in its order. */
static void check_counts(const char *fname, size_t nargs, int64_t nkw, size_t n, size_t npos,
                         size_t nreq)
{
    if (nargs + (size_t)nkw > n)
        lp_raise(&lp_exc_TypeError, "%s() takes at most %zu %sargument%s (%zu given)", fname, n,
                 nargs == 0 ? "keyword " : "", n == 1 ? "" : "s", nargs + (size_t)nkw);
    if (nargs > npos) {
        if (npos == 0) lp_raise(&lp_exc_TypeError, "%s() takes no positional arguments", fname);
        lp_raise(&lp_exc_TypeError, "%s() takes %s %zu positional argument%s (%zu given)", fname,
                 nreq == npos ? "exactly" : "at most", npos, npos == 1 ? "" : "s", nargs);
    }
}

void lp_int_parse_args(const char *fname, lp_value *args, size_t nargs, lp_value kwnames,
                       const char *const *names, size_t npos, size_t nreq, lp_value *out)
{
    size_t n = 0, posonly = 0;
    while (names[n])
        n++;
    while (posonly < n && !names[posonly][0])
        posonly++;
    int64_t nkw = kwnames ? lp_tuple_len(kwnames) : 0, left = nkw;
    check_counts(fname, nargs, nkw, n, npos, nreq);
    for (size_t i = 0; i < n; i++) {
        out[i] = i < nargs ? args[i] : kw_find(names[i], args + nargs, kwnames);
        if (i >= nargs && out[i]) left--;
        if (i >= nargs && !out[i] && i < nreq)
            lp_raise(&lp_exc_TypeError, "%s() missing required argument '%s' (pos %zu)", fname,
                     names[i], i + 1);
    }
    if (left == 0) return;
    for (size_t i = posonly; i < nargs; i++)
        if (kw_find(names[i], args + nargs, kwnames))
            lp_raise(&lp_exc_TypeError, "argument for %s() given by name ('%s') and position (%zu)",
                     fname, names[i], i + 1);
    for (int64_t j = 0; j < nkw; j++)
        if (kw_index(names, lp_tuple_get(kwnames, j)) < 0)
            lp_raise(&lp_exc_TypeError, "'%U' is an invalid keyword argument for %s()",
                     lp_tuple_get(kwnames, j), fname);
}

/* Raises CPython's METH_NOARGS error unless [nargs] is just self. */
static void no_args(const char *qualname, size_t nargs, lp_value kwnames)
{
    if (kwnames && lp_tuple_len(kwnames) > 0)
        lp_raise(&lp_exc_TypeError, "%s() takes no keyword arguments", qualname);
    if (nargs != 1)
        lp_raise(&lp_exc_TypeError, "%s() takes no arguments (%zu given)", qualname, nargs - 1);
}

/* ==== binary operators ==== */

typedef lp_int_status_t (*int_binop_t)(lp_value, lp_value, lp_value *);

#define INT_BINOP(name, fn)                                                                        \
    static lp_value int_##name(lp_value a, lp_value b)                                             \
    {                                                                                              \
        lp_value x = lp_int_unwrap(a), y = lp_int_unwrap(b), r;                                    \
        if (!x || !y) return LP_NOTIMPLEMENTED;                                                    \
        check(fn(x, y, &r));                                                                       \
        return r;                                                                                  \
    }
INT_BINOP(add, lp_int_add)
INT_BINOP(sub, lp_int_sub)
INT_BINOP(mul, lp_int_mul)
INT_BINOP(floordiv, lp_int_floordiv)
INT_BINOP(mod, lp_int_mod)
INT_BINOP(and, lp_int_and)
INT_BINOP(or, lp_int_or)
INT_BINOP(xor, lp_int_xor)
INT_BINOP(lshift, lp_int_lshift)
INT_BINOP(rshift, lp_int_rshift)
#undef INT_BINOP

static lp_value int_truediv(lp_value a, lp_value b)
{
    lp_value x = lp_int_unwrap(a), y = lp_int_unwrap(b);
    if (!x || !y) return LP_NOTIMPLEMENTED;
    double d;
    check(lp_int_truediv(x, y, &d));
    return lp_from_float(d);
}

static lp_value int_pow(lp_value a, lp_value b)
{
    lp_value x = lp_int_unwrap(a), y = lp_int_unwrap(b), r;
    if (!x || !y) return LP_NOTIMPLEMENTED;
    lp_int_status_t st = lp_int_pow(x, y, &r);
    if (st == LP_INT_NEEDS_FLOAT)
        return lp_float_pow(lp_from_float(lp_int_to_double_raise(x)),
                            lp_from_float(lp_int_to_double_raise(y)));
    check(st);
    return r;
}

static lp_value int_power3(lp_value a, lp_value b, lp_value m)
{
    if (m == LP_NONE) return int_pow(a, b);
    lp_value x = lp_int_unwrap(a), y = lp_int_unwrap(b), z = lp_int_unwrap(m), r;
    if (!x || !y || !z) return LP_NOTIMPLEMENTED;
    check(lp_int_powmod(x, y, z, &r));
    return r;
}

lp_value lp_int_divmod_op(lp_value a, lp_value b)
{
    lp_value x = lp_int_unwrap(a), y = lp_int_unwrap(b), q, r;
    if (!x || !y) return LP_NOTIMPLEMENTED;
    check(lp_int_divmod(x, y, &q, &r));
    return lp_tuple_pack(2, q, r);
}

/* ==== unary operators, conversions ==== */

#define INT_UNOP(name, fn)                                                                         \
    static lp_value int_##name(lp_value a)                                                         \
    {                                                                                              \
        lp_value r;                                                                                \
        check(fn(lp_int_unwrap(a), &r));                                                           \
        return r;                                                                                  \
    }
INT_UNOP(neg, lp_int_neg)
INT_UNOP(pos, lp_int_pos)
INT_UNOP(abs, lp_int_abs)
INT_UNOP(invert, lp_int_invert)
#undef INT_UNOP

static lp_value int_index(lp_value a)
{
    return lp_int_unwrap(a);
}

static lp_value int_to_float(lp_value a)
{
    return lp_from_float(lp_int_to_double_raise(a));
}

static int int_truth(lp_value a)
{
    return lp_int_bool(lp_int_unwrap(a));
}

/* ==== text, hash, comparison ==== */

lp_value lp_int_repr_base(lp_value v, int base)
{
    lp_value x = lp_int_unwrap(v);
    if (base == 10 && lp_is_int(x)) { /* the common case, without GMP */
        char buf[24];
        int n = snprintf(buf, sizeof buf, "%lld", (long long)lp_as_int(x));
        return lp_str_from_utf8(buf, (size_t)n);
    }
    char *s;
    size_t n;
    check(lp_int_to_str(x, base, &s, &n));
    return lp_str_from_utf8(s, n);
}

static lp_value int_repr(lp_value self)
{
    if (lp_is_int(self)) return lp_str_from_i64(lp_as_int(self)); /* no GMP for small ints */
    return lp_int_repr_base(self, 10);
}

static int64_t int_hash(lp_value self)
{
    return lp_int_hash(lp_int_unwrap(self));
}

static lp_value int_compare(lp_value self, lp_value other, lp_cmpop_t op)
{
    lp_value x = lp_int_unwrap(self), y = lp_int_unwrap(other);
    if (!x || !y) return LP_NOTIMPLEMENTED;
    if (lp_is_int(x) && lp_is_int(y)) {
        int64_t i = lp_as_int(x), j = lp_as_int(y);
        return lp_cmp_result((i > j) - (i < j), op);
    }
    return lp_cmp_result(lp_int_compare(x, y), op);
}

/* ==== int(x), int(x, base) ==== */

/* The bytes of a bytes or bytearray [x] and their count, or NULL. */
static const char *bytes_data(lp_value x, size_t *n)
{
    const char *p;
    int64_t len;
    if (!lp_bytes_view(x, &p, &len)) return NULL;
    *n = (size_t)len;
    return p;
}

const char *lp_int_fold_ascii(lp_value s, size_t *n)
{
    lp_str_t *o = lp_as_str(s);
    char *out = lp_alloc_atomic((size_t)o->len + 1);
    for (int64_t i = 0; i < o->len; i++) {
        uint32_t c = lp_str_at(o, i);
        int d;
        if (c < 127) /* DEL too becomes '?', as CPython */
            out[i] = (char)c;
        else if (lp_unicode_is_space(c))
            out[i] = ' ';
        else if ((d = lp_unicode_decimal(c)) >= 0)
            out[i] = (char)('0' + d);
        else { /* the rest is dropped, as CPython does */
            out[i] = '?';
            out[i + 1] = 0;
            *n = (size_t)i + 1;
            return out;
        }
    }
    out[o->len] = 0;
    *n = (size_t)o->len;
    return out;
}

/* The repr of [v] cut to 200 characters, as CPython's %.200R. */
lp_value lp_int_repr200(lp_value v)
{
    lp_value r = lp_repr(v);
    return lp_str_len(r) > 200 ? lp_str_substr(r, 0, 200) : r;
}

/* int([s], base) for the text [p][0..n) of the str or bytes [orig]. */
static lp_value int_parse(const char *p, size_t n, int base, lp_value orig)
{
    lp_value r;
    int64_t nd = 0;
    lp_int_status_t st = lp_int_from_str(p, n, base, &r, &nd);
    if (st == LP_INT_OK) return r;
    if (st == LP_INT_VALUE_ERROR) {
        if (lp_bytearray_check(orig)) orig = lp_bytes_new(p, n); /* shown as bytes */
        lp_raise(&lp_exc_ValueError, "invalid literal for int() with base %d: %U", base,
                 lp_int_repr200(orig));
    }
    lp_int_raise(st, nd);
}

/* int(x, base) for a str, bytes or bytearray [x]; false if x is none. */
static bool int_from_text(lp_value x, int base, lp_value *r)
{
    size_t n;
    const char *p;
    if (lp_str_check(x))
        p = lp_int_fold_ascii(x, &n);
    else if (!(p = bytes_data(x, &n)))
        return false;
    *r = int_parse(p, n, base, x);
    return true;
}

/* The result [r] of __int__ or __index__ ([what]), checked to be an int. */
static lp_value int_checked(lp_value r, const char *what)
{
    lp_value u = lp_int_unwrap(r);
    if (!u) lp_raise(&lp_exc_TypeError, "%s returned non-int (type %T)", what, r);
    if (!lp_int_check(r))
        lp_warn(&lp_exc_DeprecationWarning,
                "%s returned non-int (type %T).  The ability to return an instance of a strict "
                "subclass of int is deprecated, and may be removed in a future version of Python.",
                what, r);
    return u;
}

lp_value lp_int_from_value(lp_value x)
{
    const lp_type_t *t = lp_type_of(x);
    if (t->flags & LP_TPF_HEAPTYPE) { /* a subclass's __int__ / __index__ come first */
        if (t->to_int) return int_checked(t->to_int(x), "__int__");
        if (t->index) return int_checked(t->index(x), "__index__");
    }
    lp_value u = lp_int_unwrap(x), r;
    if (u) return u;
    if (lp_float_check(x)) {
        check(lp_int_from_double(lp_float_value(x), &r));
        return r;
    }
    if (int_from_text(x, 10, &r)) return r;
    if (t->to_int) return int_checked(t->to_int(x), "__int__");
    if (t->index) return int_checked(t->index(x), "__index__");
    lp_value trunc = lp_type_lookup(t, LP_NAME(__trunc__));
    if (trunc) {
        lp_warn(&lp_exc_DeprecationWarning, "The delegation of int() to __trunc__ is deprecated.");
        r = lp_call1(trunc, x);
        if (lp_int_unwrap(r)) return lp_int_unwrap(r);
        if (!lp_type_of(r)->index)
            lp_raise(&lp_exc_TypeError, "__trunc__ returned non-Integral (type %T)", r);
        return lp_index(r);
    }
    lp_raise(&lp_exc_TypeError,
             "int() argument must be a string, a bytes-like object or a real number, not '%T'", x);
}

static lp_value int_new(lp_type_t *type, lp_value *args, size_t nargs, lp_value kwnames)
{
    static const char *const names[] = {"", "base", NULL};
    lp_value a[2], r;
    if (nargs > 2)
        lp_raise(&lp_exc_TypeError, "int() takes at most 2 arguments (%zu given)", nargs);
    lp_int_parse_args("int", args, nargs, kwnames, names, 2, 0, a);
    if (!a[1]) {
        r = a[0] ? lp_int_from_value(a[0]) : lp_from_int(0);
    } else {
        if (!a[0]) lp_raise(&lp_exc_TypeError, "int() missing string argument");
        int64_t base = lp_as_ssize(a[1], NULL);
        if (base != 0 && (base < 2 || base > 36))
            lp_raise(&lp_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        if (!int_from_text(a[0], (int)base, &r))
            lp_raise(&lp_exc_TypeError, "int() can't convert non-string with explicit base");
    }
    if (type == &lp_type_int) return r;
    lp_int_sub_t *o = lp_alloc(type->size); /* a subclass: its instance holds r */
    o->head.type = type;
    o->value = r;
    return lp_from_ptr(o);
}

/* ==== methods ==== */

static lp_value int_m_self(lp_value *args, size_t nargs, lp_value kwnames)
{
    no_args("int.conjugate", nargs, kwnames);
    return lp_int_unwrap(args[0]);
}

/* __trunc__, __floor__, __ceil__ and conjugate: the int itself. */
#define INT_IDENTITY(name)                                                                         \
    static lp_value int_m_##name(lp_value *args, size_t nargs, lp_value kwnames)                   \
    {                                                                                              \
        no_args("int." #name, nargs, kwnames);                                                     \
        return lp_int_unwrap(args[0]);                                                             \
    }
INT_IDENTITY(__trunc__)
INT_IDENTITY(__floor__)
INT_IDENTITY(__ceil__)
#undef INT_IDENTITY

static lp_value int_m_bit_length(lp_value *args, size_t nargs, lp_value kwnames)
{
    no_args("int.bit_length", nargs, kwnames);
    return lp_int_from_u64(lp_int_bit_length(lp_int_unwrap(args[0])));
}

/* CPython's size of the int: a 24-byte header and 30-bit digits (one at least). */
static lp_value int_m_sizeof(lp_value *args, size_t nargs, lp_value kwnames)
{
    no_args("int.__sizeof__", nargs, kwnames);
    uint64_t bits = lp_int_bit_length(lp_int_unwrap(args[0]));
    uint64_t digits = (bits + 29) / 30;
    return lp_int_from_u64(24 + 4 * (digits ? digits : 1));
}

static lp_value int_m_bit_count(lp_value *args, size_t nargs, lp_value kwnames)
{
    no_args("int.bit_count", nargs, kwnames);
    return lp_int_from_u64(lp_int_bit_count(lp_int_unwrap(args[0])));
}

static lp_value int_m_as_integer_ratio(lp_value *args, size_t nargs, lp_value kwnames)
{
    no_args("int.as_integer_ratio", nargs, kwnames);
    return lp_tuple_pack(2, lp_int_unwrap(args[0]), lp_from_int(1));
}

static lp_value int_m_getnewargs(lp_value *args, size_t nargs, lp_value kwnames)
{
    no_args("int.__getnewargs__", nargs, kwnames);
    return lp_tuple_pack(1, lp_int_unwrap(args[0]));
}

/* round(x, n) of the int [x] for [n] < 0: to a multiple of 10**-n, ties to
 * even. */
static lp_value int_round_negative(lp_value x, lp_value n)
{
    lp_value p, q, r, twice, one = lp_from_int(1);
    lp_value mn;
    check(lp_int_neg(n, &mn));
    check(lp_int_pow(lp_from_int(10), mn, &p));
    check(lp_int_divmod(x, p, &q, &r));
    check(lp_int_add(r, r, &twice));
    int c = lp_int_compare(twice, p);
    lp_value odd;
    check(lp_int_and(q, one, &odd));
    if (c > 0 || (c == 0 && odd == one)) check(lp_int_add(q, one, &q));
    check(lp_int_mul(q, p, &r));
    return r;
}

static lp_value int_m_round(lp_value *args, size_t nargs, lp_value kwnames)
{
    if (kwnames && lp_tuple_len(kwnames) > 0)
        lp_raise(&lp_exc_TypeError, "int.__round__() takes no keyword arguments");
    if (nargs > 2)
        lp_raise(&lp_exc_TypeError, "__round__ expected at most 1 argument, got %zu", nargs - 1);
    lp_value x = lp_int_unwrap(args[0]);
    if (nargs < 2) return x; /* round(x, None) calls __round__() */
    lp_value n = lp_index(args[1]);
    if (lp_int_compare(n, lp_from_int(0)) >= 0) return x;
    return int_round_negative(x, n);
}

static lp_value int_m_format(lp_value *args, size_t nargs, lp_value kwnames)
{
    if (kwnames && lp_tuple_len(kwnames) > 0)
        lp_raise(&lp_exc_TypeError, "int.__format__() takes no keyword arguments");
    if (nargs != 2)
        lp_raise(&lp_exc_TypeError, "int.__format__() takes exactly one argument (%zu given)",
                 nargs - 1);
    if (!lp_str_check(args[1]))
        lp_raise(&lp_exc_TypeError, "__format__() argument must be str, not %s",
                 lp_arg_type_name(args[1]));
    return lp_numformat_int(args[0], args[1]);
}

/* Raises a slot wrapper's error unless [nargs] is self and one argument. */
void lp_int_one_arg(size_t nargs, lp_value kwnames)
{
    if (kwnames && lp_tuple_len(kwnames) > 0)
        lp_raise(&lp_exc_TypeError, "wrapper takes no keyword arguments");
    if (nargs != 2) lp_raise(&lp_exc_TypeError, "expected 1 argument, got %zu", nargs - 1);
}

static lp_value int_m_divmod(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_int_one_arg(nargs, kwnames);
    return lp_int_divmod_op(args[0], args[1]);
}

static lp_value int_m_rdivmod(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_int_one_arg(nargs, kwnames);
    return lp_int_divmod_op(args[1], args[0]);
}

/* The byteorder argument [v] of to_bytes/from_bytes ([fname]): true for
 * 'little'. */
static bool little_endian(lp_value v, const char *fname)
{
    if (!v) return false;
    if (!lp_str_check(v))
        lp_raise(&lp_exc_TypeError, "%s() argument 'byteorder' must be str, not %s", fname,
                 lp_arg_type_name(v));
    if (lp_str_eq_cstr(v, "little")) return true;
    if (lp_str_eq_cstr(v, "big")) return false;
    lp_raise(&lp_exc_ValueError, "byteorder must be either 'little' or 'big'");
}

static lp_value int_m_to_bytes(lp_value *args, size_t nargs, lp_value kwnames)
{
    static const char *const names[] = {"length", "byteorder", "signed", NULL};
    lp_value a[3];
    lp_int_parse_args("to_bytes", args + 1, nargs - 1, kwnames, names, 2, 0, a);
    int64_t n = a[0] ? lp_str_arg_int(a[0]) : 1;
    bool little = little_endian(a[1], "to_bytes"), sign = a[2] && lp_truth(a[2]);
    if (n < 0) lp_raise(&lp_exc_ValueError, "length argument must be non-negative");
    if (n > ((int64_t)1 << 40)) lp_raise(&lp_exc_MemoryError, ""); /* as bytes(n) */
    lp_value b = lp_bytes_alloc(n);
    lp_int_status_t st = lp_int_to_bytes(lp_int_unwrap(args[0]), (uint8_t *)lp_as_bytes(b)->data,
                                         (size_t)n, little, sign);
    if (st != LP_INT_OK) lp_int_raise(st, 0);
    return b;
}

/* The bytes of from_bytes's argument [x]: bytes-like, or an iterable of
 * ints in range(256); [*n] gets the count. */
static const char *from_bytes_data(lp_value x, size_t *n)
{
    const char *p = bytes_data(x, n);
    if (p) return p;
    if (lp_str_check(x) || !lp_type_of(x)->iter)
        lp_raise(&lp_exc_TypeError, "cannot convert '%T' object to bytes", x);
    lp_value it = lp_iter(x), item;
    size_t cap = 16;
    char *buf = lp_alloc_atomic(cap);
    *n = 0;
    while ((item = lp_iter_next(it)) != LP_NULL) {
        int64_t c = lp_as_ssize(item, NULL);
        if (c < 0 || c > 255) lp_raise(&lp_exc_ValueError, "bytes must be in range(0, 256)");
        if (*n == cap) buf = lp_realloc(buf, cap *= 2);
        buf[(*n)++] = (char)c;
    }
    return buf;
}

static lp_value int_m_from_bytes(lp_value *args, size_t nargs, lp_value kwnames)
{
    static const char *const names[] = {"bytes", "byteorder", "signed", NULL};
    lp_value a[3];
    lp_int_parse_args("from_bytes", args + 1, nargs - 1, kwnames, names, 2, 1, a);
    bool little = little_endian(a[1], "from_bytes"), sign = a[2] && lp_truth(a[2]);
    size_t n;
    const char *p = from_bytes_data(a[0], &n);
    lp_value r = lp_int_from_bytes((const uint8_t *)p, n, little, sign);
    if (args[0] != lp_from_ptr(&lp_type_int)) return lp_call1(args[0], r); /* cls(r) */
    return r;
}

static const lp_method_def_t int_methods[] = {
    {"conjugate", int_m_self, 0, "Returns self, the complex conjugate of any int."},
    {"bit_length", int_m_bit_length, 0, "Number of bits necessary to represent self in binary."},
    {"bit_count", int_m_bit_count, 0, "Number of ones in the binary representation of abs(self)."},
    {"as_integer_ratio", int_m_as_integer_ratio, 0, "Return integer ratio."},
    {"to_bytes", int_m_to_bytes, 0, "Return an array of bytes representing an integer."},
    {"from_bytes", int_m_from_bytes, LP_METH_CLASS,
     "Return the integer represented by the given array of bytes."},
    {"__trunc__", int_m___trunc__, 0, "Truncating an Integral returns itself."},
    {"__floor__", int_m___floor__, 0, "Flooring an Integral returns itself."},
    {"__ceil__", int_m___ceil__, 0, "Ceiling of an Integral returns itself."},
    {"__round__", int_m_round, 0, "Rounding an Integral returns itself."},
    {"__getnewargs__", int_m_getnewargs, 0, NULL},
    {"__sizeof__", int_m_sizeof, 0, "Returns size in memory, in bytes."},
    {"__format__", int_m_format, 0, NULL},
    {"__divmod__", int_m_divmod, 0, "Return divmod(self, value)."},
    {"__rdivmod__", int_m_rdivmod, 0, "Return divmod(value, self)."},
    {NULL, NULL, 0, NULL},
};

/* ==== attributes ==== */

static lp_value int_get_self(lp_value self)
{
    return lp_int_unwrap(self);
}

static lp_value int_get_zero(lp_value self)
{
    return lp_from_int(0);
}

static lp_value int_get_one(lp_value self)
{
    return lp_from_int(1);
}

static const lp_getset_def_t int_getsets[] = {
    {"real", int_get_self, NULL, "the real part of a complex number"},
    {"imag", int_get_zero, NULL, "the imaginary part of a complex number"},
    {"numerator", int_get_self, NULL, "the numerator of a rational number in lowest terms"},
    {"denominator", int_get_one, NULL, "the denominator of a rational number in lowest terms"},
    {NULL, NULL, NULL, NULL},
};

/* ==== the type ==== */

lp_type_t lp_type_int = {
    .name = "int",
    .base = &lp_type_object,
    .size = sizeof(lp_int_sub_t), /* what subclass instances extend */
    .flags = LP_TPF_BASETYPE | LP_TPF_INT_SUBCLASS,
    .doc = "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an "
           "integer, or return 0 if no arguments\nare given.",
    .new = int_new,
    .repr = int_repr,
    .hash = int_hash,
    .compare = int_compare,
    .truth = int_truth,
    .binop =
        {
            [LP_NB_ADD] = int_add,
            [LP_NB_SUBTRACT] = int_sub,
            [LP_NB_MULTIPLY] = int_mul,
            [LP_NB_FLOOR_DIVIDE] = int_floordiv,
            [LP_NB_REMAINDER] = int_mod,
            [LP_NB_TRUE_DIVIDE] = int_truediv,
            [LP_NB_POWER] = int_pow,
            [LP_NB_AND] = int_and,
            [LP_NB_OR] = int_or,
            [LP_NB_XOR] = int_xor,
            [LP_NB_LSHIFT] = int_lshift,
            [LP_NB_RSHIFT] = int_rshift,
        },
    .power3 = int_power3,
    .neg = int_neg,
    .pos = int_pos,
    .abs = int_abs,
    .invert = int_invert,
    .index = int_index,
    .to_int = int_index,
    .to_float = int_to_float,
    .methods = int_methods,
    .getsets = int_getsets,
};
