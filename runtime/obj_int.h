/* obj_int.h -- Python int of any size, as an lp_value.
 *
 * An int in LP_SMALLINT_MIN..LP_SMALLINT_MAX (value.h) is always an
 * immediate; anything larger is a heap object holding a GMP mpz_t, and such
 * an object never holds a value that fits the small range (every result is
 * demoted), so each int has exactly one representation and `==` of two
 * values of different kinds is false.  Big ints are immutable.
 *
 * The functions here are pure: none raises.  Each returns an lp_int_status_t
 * and writes its result to an out-parameter only on LP_INT_OK.  The caller
 * turns a status into an exception with lp_int_exc_name and lp_int_message,
 * which give CPython 3.11's exact exception type and text.  Operands must be
 * ints (lp_int_check); bool and int subclasses are the caller's business.
 *
 * Call lp_int_init() once after lp_gc_init(): it routes GMP's allocations to
 * the collector (limbs are pointer-free, so they are allocated atomic).
 *
 * The last section is the int type's C API (runtime/obj_int_type.c): those
 * functions accept bools and int subclass instances and do raise.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_OBJ_INT_H
#define LP_OBJ_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "object.h"
#include "value.h"

typedef enum {
    LP_INT_OK = 0,
    LP_INT_ZERO_DIVISION,    /* ZeroDivisionError: // and divmod */
    LP_INT_ZERO_MODULO,      /* ZeroDivisionError: % (3.11 words it differently) */
    LP_INT_NEGATIVE_SHIFT,   /* ValueError */
    LP_INT_OVERFLOW,         /* OverflowError: int too large for a float */
    LP_INT_FLOAT_INFINITY,   /* OverflowError: int(inf) */
    LP_INT_FLOAT_NAN,        /* ValueError: int(nan) */
    LP_INT_MEMORY,           /* MemoryError: result of pow/<< beyond LP_INT_MAX_BITS */
    LP_INT_NEEDS_FLOAT,      /* not an error: x ** negative is a float power */
    LP_INT_POW_ZERO_MODULUS, /* ValueError: pow(a, b, 0) */
    LP_INT_NOT_INVERTIBLE,   /* ValueError: pow(a, -b, m) without an inverse */
    LP_INT_BAD_BASE,         /* ValueError: int(s, base) with a bad base */
    LP_INT_VALUE_ERROR,      /* ValueError: invalid literal for int() */
    LP_INT_DIGITS_TO_INT,    /* ValueError: str -> int beyond the digit limit */
    LP_INT_DIGITS_TO_STR,    /* ValueError: int -> str beyond the digit limit */
    LP_INT_TRUEDIV_ZERO,     /* ZeroDivisionError: int / 0 */
    LP_INT_TRUEDIV_OVERFLOW, /* OverflowError: int / int beyond the float range */
    LP_INT_BYTES_OVERFLOW,   /* OverflowError: to_bytes with too few bytes */
    LP_INT_BYTES_NEGATIVE,   /* OverflowError: to_bytes of a negative, unsigned */
} lp_int_status_t;

/* Results of pow and << are refused (LP_INT_MEMORY) beyond this many bits
 * (2 GiB of limbs); CPython would raise MemoryError somewhere around here. */
#define LP_INT_MAX_BITS ((uint64_t)1 << 34)

/* CPython's default sys.get_int_max_str_digits() and the smallest nonzero. */
#define LP_INT_DEFAULT_MAX_STR_DIGITS 4300
#define LP_INT_MAX_STR_DIGITS_THRESHOLD 640

/* ==== set-up, kinds, conversions with C ==== */

/* Routes GMP's memory through the collector; call once after lp_gc_init. */
void lp_int_init(void);

/* True when [v] is an int: small or big. */
bool lp_int_check(lp_value v);

/* True when [v] is a heap (big) int. */
bool lp_int_is_big(lp_value v);

/* The int equal to [i] (small when it fits). */
lp_value lp_int_from_i64(int64_t i);

/* The int equal to [u]. */
lp_value lp_int_from_u64(uint64_t u);

/* Stores [v] in [*out] and returns true when it fits an int64_t. */
bool lp_int_as_i64(lp_value v, int64_t *out);

/* ==== arithmetic: results in [*r] ==== */

lp_int_status_t lp_int_add(lp_value a, lp_value b, lp_value *r);
lp_int_status_t lp_int_sub(lp_value a, lp_value b, lp_value *r);
lp_int_status_t lp_int_mul(lp_value a, lp_value b, lp_value *r);
/* Floor division and modulo, rounding toward negative infinity. */
lp_int_status_t lp_int_floordiv(lp_value a, lp_value b, lp_value *r);
lp_int_status_t lp_int_mod(lp_value a, lp_value b, lp_value *r);
lp_int_status_t lp_int_divmod(lp_value a, lp_value b, lp_value *q, lp_value *r);
/* a ** b; LP_INT_NEEDS_FLOAT when [b] < 0 (the caller computes a float). */
lp_int_status_t lp_int_pow(lp_value a, lp_value b, lp_value *r);
/* pow(a, b, m) as CPython 3.8+: b < 0 means the modular inverse. */
lp_int_status_t lp_int_powmod(lp_value a, lp_value b, lp_value m, lp_value *r);
lp_int_status_t lp_int_neg(lp_value a, lp_value *r);
lp_int_status_t lp_int_pos(lp_value a, lp_value *r);
lp_int_status_t lp_int_abs(lp_value a, lp_value *r);

/* ==== bitwise (two's complement of infinite width, as Python) ==== */

lp_int_status_t lp_int_invert(lp_value a, lp_value *r);
lp_int_status_t lp_int_and(lp_value a, lp_value b, lp_value *r);
lp_int_status_t lp_int_or(lp_value a, lp_value b, lp_value *r);
lp_int_status_t lp_int_xor(lp_value a, lp_value b, lp_value *r);
lp_int_status_t lp_int_lshift(lp_value a, lp_value b, lp_value *r);
lp_int_status_t lp_int_rshift(lp_value a, lp_value b, lp_value *r);

/* ==== queries ==== */

/* -1, 0 or 1 as [a] <, == or > [b]. */
int lp_int_compare(lp_value a, lp_value b);
bool lp_int_eq(lp_value a, lp_value b);
/* Truth value: nonzero. */
bool lp_int_bool(lp_value a);
/* int.bit_length(). */
uint64_t lp_int_bit_length(lp_value a);
/* hash() exactly as CPython: sign * (|a| mod 2**61-1), with -1 -> -2. */
int64_t lp_int_hash(lp_value a);

/* ==== floats ==== */

/* float(a), correctly rounded (half to even); LP_INT_OVERFLOW when too big. */
lp_int_status_t lp_int_to_double(lp_value a, double *r);
/* int(d): truncates toward zero; errors for infinities and NaN. */
lp_int_status_t lp_int_from_double(double d, lp_value *r);

/* ==== strings ==== */

/* int(s, base) for the ASCII text [s][0..n) and [base] 0 or 2..36: leading and
 * trailing ASCII whitespace, a sign, base prefixes and single underscores
 * between digits as CPython accepts them.  (Unicode digits and spaces must be
 * folded to ASCII by the caller, as CPython does before parsing.)  Errors:
 * LP_INT_BAD_BASE, LP_INT_VALUE_ERROR, LP_INT_DIGITS_TO_INT with the digit
 * count in [*ndigits] (may be NULL). */
lp_int_status_t lp_int_from_str(const char *s, size_t n, int base, lp_value *r,
                                int64_t *ndigits);

/* The text of [a] in [base] 10 (repr, subject to the digit limit: error
 * LP_INT_DIGITS_TO_STR), or 2, 8, 16 (bin, oct, hex: sign then 0b/0o/0x).
 * [*s] is a collected NUL-terminated string of [*len] bytes. */
lp_int_status_t lp_int_to_str(lp_value a, int base, char **s, size_t *len);

/* sys.set_int_max_str_digits / get: 0 (no limit) or >= 640. */
void lp_int_set_max_str_digits(int64_t n);
int64_t lp_int_get_max_str_digits(void);

/* a / b as CPython's long_true_divide: correctly rounded (half to even),
 * subnormals included; LP_INT_TRUEDIV_ZERO, LP_INT_TRUEDIV_OVERFLOW. */
lp_int_status_t lp_int_truediv(lp_value a, lp_value b, double *r);

/* -1, 0 or 1 as [a] <, == or > [d], exactly (no rounding of a); [d] is not
 * a NaN (infinities are fine). */
int lp_int_cmp_double(lp_value a, double d);

/* ==== bytes ==== */

/* int.bit_count(): the number of ones in abs(a). */
uint64_t lp_int_bit_count(lp_value a);

/* a.to_bytes([n], ...) into [out][0..n): [little] endian, [sign]ed two's
 * complement; LP_INT_BYTES_OVERFLOW or LP_INT_BYTES_NEGATIVE when [a] does
 * not fit. */
lp_int_status_t lp_int_to_bytes(lp_value a, uint8_t *out, size_t n, bool little, bool sign);

/* int.from_bytes of [p][0..n). */
lp_value lp_int_from_bytes(const uint8_t *p, size_t n, bool little, bool sign);

/* ==== errors ==== */

/* The exception type name for [st] ("ZeroDivisionError", ...), NULL for
 * LP_INT_OK and LP_INT_NEEDS_FLOAT. */
const char *lp_int_exc_name(lp_int_status_t st);

/* Writes CPython's message for [st] into [buf] (size [n]), returns [buf].
 * [arg] is the base for LP_INT_VALUE_ERROR, whose message then ends with
 * ": " and the caller appends the repr of the text (CPython: %.200R); and
 * the digit count for LP_INT_DIGITS_TO_INT.  Other statuses ignore it. */
char *lp_int_message(lp_int_status_t st, int64_t arg, char *buf, size_t n);

/* ==== the int type (runtime/obj_int_type.c): these may raise ==== */

/* An instance of a subclass of int (not bool): the value, then the
 * subclass's own fields (its __dict__ at the type's dictoffset). */
typedef struct {
    lp_object_t head;
    lp_value value; /* a plain int */
} lp_int_sub_t;

/* Raises CPython's exception for [st] ([arg] as for lp_int_message). */
_Noreturn void lp_int_raise(lp_int_status_t st, int64_t arg);

/* The plain int value of an int, bool (True is 1) or an instance of an
 * int subclass [v], or LP_NULL for anything else.  Never raises. */
lp_value lp_int_unwrap(lp_value v);

/* float(v) of an int or bool [v]; OverflowError when too large. */
double lp_int_to_double_raise(lp_value v);

/* int(x) for one argument [x]: int, bool, float, str, __int__, __index__,
 * __trunc__, with CPython's errors. */
lp_value lp_int_from_value(lp_value x);

/* repr(v) of an int or bool [v] in [base] 10 (digit limit), 2, 8 or 16
 * (bin, oct, hex). */
lp_value lp_int_repr_base(lp_value v, int base);

/* divmod(a, b) for ints and bools, or LP_NOTIMPLEMENTED. */
lp_value lp_int_divmod_op(lp_value a, lp_value b);

/* The str [s] with Unicode decimal digits as ASCII digits, Unicode spaces
 * as ' ' and the first other non-ASCII character as '?', which ends the
 * text (what int(), float() and complex() parse); [*n] gets the length. */
const char *lp_int_fold_ascii(lp_value s, size_t *n);

/* repr([v]) cut to 200 characters (CPython's %.200R). */
lp_value lp_int_repr200(lp_value v);

/* Argument Clinic's parsing for the number types' functions: fills
 * [out][i] for each of [names] (NULL-terminated; "" for positional-only)
 * from [args]/[kwnames], LP_NULL when absent; at most [npos] positional,
 * the first [nreq] required.  TypeError with CPython's messages. */
void lp_int_parse_args(const char *fname, lp_value *args, size_t nargs, lp_value kwnames,
                       const char *const *names, size_t npos, size_t nreq, lp_value *out);

/* A slot wrapper's check (__divmod__): self and exactly one argument. */
void lp_int_one_arg(size_t nargs, lp_value kwnames);

#endif
