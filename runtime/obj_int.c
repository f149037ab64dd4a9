/* obj_int.c -- Python ints: immediates with a GMP fallback.
 *
 * Small operands take a C fast path with overflow checks; everything else
 * goes through GMP.  A small operand is lent to GMP without allocating, as a
 * read-only mpz over one stack limb (mpz_roinit_n).  A GMP result is moved
 * into a new heap object by copying the mpz_t struct, or demoted to an
 * immediate when it fits (norm), which keeps the one-representation
 * invariant of obj_int.h.
 *
 * Memory: GMP allocates through lp_alloc_atomic/lp_realloc (limbs hold no
 * pointers) and frees its scratch space at once through lp_free; a result's
 * limbs are never freed by GMP (no mpz_clear), the collector reclaims them.
 * A big int object is lp_alloc'd, because its mpz_t holds the base pointer
 * of its limbs.
 *
 * SPDX-License-Identifier: MIT
 */
#include "obj_int.h"

#include <gmp.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "gc.h"
#include "object.h"
#include "types.h"

/* A heap int.  Invariant: z does not fit LP_SMALLINT_MIN..MAX. */
typedef struct lp_int {
    lp_object_t head; /* type == &lp_type_int (runtime/obj_int_type.c) */
    mpz_t z;          /* owns its limbs; never modified after creation */
} lp_int_t;

#define INT_TYPE (&lp_type_int)

static int64_t max_str_digits = LP_INT_DEFAULT_MAX_STR_DIGITS;

/* ==== GMP memory and set-up ==== */

static void *gmp_alloc(size_t n)
{
    return lp_alloc_atomic(n);
}

static void *gmp_realloc(void *p, size_t old, size_t n)
{
    return lp_realloc(p, n);
}

static void gmp_free(void *p, size_t n)
{
    lp_free(p); /* GMP frees only its scratch space: big ints never clear */
}

void lp_int_init(void)
{
    static int done;
    if (done) return;
    done = 1;
    mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
}

/* ==== representation ==== */

bool lp_int_is_big(lp_value v)
{
    return lp_is_ptr(v) && v != 0 && lp_as_object(v)->type == INT_TYPE;
}

bool lp_int_check(lp_value v)
{
    return lp_is_int(v) || lp_int_is_big(v);
}

static mpz_srcptr big_z(lp_value v)
{
    return ((lp_int_t *)lp_as_ptr(v))->z;
}

/* Scratch for lending a small int to GMP. */
typedef struct {
    mpz_t z;
    mp_limb_t limb;
} zarg_t;

/* A read-only mpz view of the int [v]; [t] provides storage if small. */
static mpz_srcptr zview(lp_value v, zarg_t *t)
{
    if (!lp_is_int(v)) return big_z(v);
    int64_t i = lp_as_int(v);
    t->limb = (mp_limb_t)(i < 0 ? -i : i);
    return mpz_roinit_n(t->z, &t->limb, i < 0 ? -1 : i > 0);
}

/* Moves the result [z] into a value: an immediate if it fits (demotion),
 * else a new heap int that takes over z's limbs.  z must not be used after. */
static lp_value norm(mpz_t z)
{
    if (mpz_fits_slong_p(z)) {
        long i = mpz_get_si(z);
        if (lp_int_fits(i)) return lp_from_int(i);
    }
    lp_int_t *o = lp_alloc(sizeof *o);
    o->head.type = INT_TYPE;
    *o->z = *z;
    return lp_from_ptr(o);
}

lp_value lp_int_from_i64(int64_t i)
{
    if (lp_int_fits(i)) return lp_from_int(i);
    mpz_t z;
    mpz_init_set_si(z, i);
    return norm(z);
}

lp_value lp_int_from_u64(uint64_t u)
{
    if (u <= (uint64_t)LP_SMALLINT_MAX) return lp_from_int((int64_t)u);
    mpz_t z;
    mpz_init_set_ui(z, u);
    return norm(z);
}

bool lp_int_as_i64(lp_value v, int64_t *out)
{
    if (lp_is_int(v)) {
        *out = lp_as_int(v);
        return true;
    }
    if (!mpz_fits_slong_p(big_z(v))) return false;
    *out = mpz_get_si(big_z(v));
    return true;
}

/* ==== arithmetic ==== */

typedef void (*zbinop_t)(mpz_ptr, mpz_srcptr, mpz_srcptr);

/* r = op(a, b) through GMP. */
static lp_value zbin(zbinop_t op, lp_value a, lp_value b)
{
    zarg_t ta, tb;
    mpz_t z;
    mpz_init(z);
    op(z, zview(a, &ta), zview(b, &tb));
    return norm(z);
}

lp_int_status_t lp_int_add(lp_value a, lp_value b, lp_value *r)
{
    if (lp_is_int(a) && lp_is_int(b)) {
        *r = lp_int_from_i64(lp_as_int(a) + lp_as_int(b));
        return LP_INT_OK;
    }
    *r = zbin(mpz_add, a, b);
    return LP_INT_OK;
}

lp_int_status_t lp_int_sub(lp_value a, lp_value b, lp_value *r)
{
    if (lp_is_int(a) && lp_is_int(b)) {
        *r = lp_int_from_i64(lp_as_int(a) - lp_as_int(b));
        return LP_INT_OK;
    }
    *r = zbin(mpz_sub, a, b);
    return LP_INT_OK;
}

lp_int_status_t lp_int_mul(lp_value a, lp_value b, lp_value *r)
{
    int64_t p;
    if (lp_is_int(a) && lp_is_int(b) && !__builtin_mul_overflow(lp_as_int(a), lp_as_int(b), &p)) {
        *r = lp_int_from_i64(p);
        return LP_INT_OK;
    }
    *r = zbin(mpz_mul, a, b);
    return LP_INT_OK;
}

static bool is_zero(lp_value v)
{
    return v == lp_from_int(0);
}

/* Floor quotient and remainder of small ints ([b] != 0). */
static void small_divmod(int64_t a, int64_t b, int64_t *q, int64_t *m)
{
    *q = a / b;
    *m = a % b;
    if (*m != 0 && (*m ^ b) < 0) {
        *q -= 1;
        *m += b;
    }
}

lp_int_status_t lp_int_divmod(lp_value a, lp_value b, lp_value *q, lp_value *r)
{
    if (is_zero(b)) return LP_INT_ZERO_DIVISION;
    if (lp_is_int(a) && lp_is_int(b)) {
        int64_t qi, mi;
        small_divmod(lp_as_int(a), lp_as_int(b), &qi, &mi);
        *q = lp_int_from_i64(qi);
        *r = lp_from_int(mi);
        return LP_INT_OK;
    }
    zarg_t ta, tb;
    mpz_t zq, zr;
    mpz_inits(zq, zr, NULL);
    mpz_fdiv_qr(zq, zr, zview(a, &ta), zview(b, &tb));
    *q = norm(zq);
    *r = norm(zr);
    return LP_INT_OK;
}

lp_int_status_t lp_int_floordiv(lp_value a, lp_value b, lp_value *r)
{
    if (is_zero(b)) return LP_INT_ZERO_DIVISION;
    if (!lp_is_int(a) || !lp_is_int(b)) {
        *r = zbin(mpz_fdiv_q, a, b);
        return LP_INT_OK;
    }
    lp_value m;
    return lp_int_divmod(a, b, r, &m);
}

lp_int_status_t lp_int_mod(lp_value a, lp_value b, lp_value *r)
{
    if (is_zero(b)) return LP_INT_ZERO_MODULO;
    if (!lp_is_int(a) || !lp_is_int(b)) {
        *r = zbin(mpz_fdiv_r, a, b);
        return LP_INT_OK;
    }
    lp_value q;
    return lp_int_divmod(a, b, &q, r);
}

lp_int_status_t lp_int_neg(lp_value a, lp_value *r)
{
    if (lp_is_int(a)) {
        *r = lp_int_from_i64(-lp_as_int(a));
        return LP_INT_OK;
    }
    mpz_t z;
    mpz_init(z);
    mpz_neg(z, big_z(a));
    *r = norm(z);
    return LP_INT_OK;
}

lp_int_status_t lp_int_pos(lp_value a, lp_value *r)
{
    *r = a; /* ints are immutable: +a is a itself */
    return LP_INT_OK;
}

lp_int_status_t lp_int_abs(lp_value a, lp_value *r)
{
    if (lp_int_compare(a, lp_from_int(0)) >= 0) return lp_int_pos(a, r);
    return lp_int_neg(a, r);
}

/* ==== powers ==== */

/* a ** e for |a| >= 2 and a huge or unsigned exponent [e] (as a value). */
static lp_int_status_t pow_general(lp_value a, lp_value e, lp_value *r)
{
    zarg_t ta, te;
    mpz_srcptr ze = zview(e, &te);
    uint64_t bits = lp_int_bit_length(a); /* the result has at most bits * e bits */
    uint64_t total;
    if (!mpz_fits_ulong_p(ze) || __builtin_mul_overflow(bits, mpz_get_ui(ze), &total)
        || total > LP_INT_MAX_BITS)
        return LP_INT_MEMORY;
    mpz_t z;
    mpz_init(z);
    mpz_pow_ui(z, zview(a, &ta), mpz_get_ui(ze));
    *r = norm(z);
    return LP_INT_OK;
}

lp_int_status_t lp_int_pow(lp_value a, lp_value b, lp_value *r)
{
    if (lp_int_compare(b, lp_from_int(0)) < 0) return LP_INT_NEEDS_FLOAT;
    if (lp_is_int(a) && lp_as_int(a) >= -1 && lp_as_int(a) <= 1) {
        int64_t i = lp_as_int(a);
        bool odd = lp_is_int(b) ? (lp_as_int(b) & 1) : mpz_odd_p(big_z(b));
        if (is_zero(b)) i = 1;
        else if (i == -1 && !odd) i = 1;
        *r = lp_from_int(i);
        return LP_INT_OK;
    }
    return pow_general(a, b, r);
}

/* Python's sign rule for a residue [z] in 0..|m|-1: take m's sign. */
static void mod_sign(mpz_ptr z, mpz_srcptr m)
{
    if (mpz_sgn(m) < 0 && mpz_sgn(z) != 0) mpz_add(z, z, m);
}

lp_int_status_t lp_int_powmod(lp_value a, lp_value b, lp_value m, lp_value *r)
{
    if (is_zero(m)) return LP_INT_POW_ZERO_MODULUS;
    zarg_t ta, tb, tm;
    mpz_srcptr zm = zview(m, &tm);
    mpz_t base, e, am;
    mpz_inits(base, e, am, NULL);
    mpz_abs(am, zm);
    mpz_mod(base, zview(a, &ta), am); /* 0..|m|-1 */
    mpz_set(e, zview(b, &tb));
    if (mpz_sgn(e) < 0) {
        if (mpz_cmp_ui(am, 1) == 0) {
            *r = lp_from_int(0);
            return LP_INT_OK;
        }
        if (!mpz_invert(base, base, am)) return LP_INT_NOT_INVERTIBLE;
        mpz_neg(e, e);
    }
    mpz_powm(base, base, e, am);
    mod_sign(base, zm);
    *r = norm(base);
    return LP_INT_OK;
}

/* ==== bitwise ==== */

lp_int_status_t lp_int_invert(lp_value a, lp_value *r)
{
    if (lp_is_int(a)) {
        *r = lp_int_from_i64(~lp_as_int(a));
        return LP_INT_OK;
    }
    mpz_t z;
    mpz_init(z);
    mpz_com(z, big_z(a));
    *r = norm(z);
    return LP_INT_OK;
}

lp_int_status_t lp_int_and(lp_value a, lp_value b, lp_value *r)
{
    if (lp_is_int(a) && lp_is_int(b)) {
        *r = lp_from_int(lp_as_int(a) & lp_as_int(b));
        return LP_INT_OK;
    }
    *r = zbin(mpz_and, a, b);
    return LP_INT_OK;
}

lp_int_status_t lp_int_or(lp_value a, lp_value b, lp_value *r)
{
    if (lp_is_int(a) && lp_is_int(b)) {
        *r = lp_from_int(lp_as_int(a) | lp_as_int(b));
        return LP_INT_OK;
    }
    *r = zbin(mpz_ior, a, b);
    return LP_INT_OK;
}

lp_int_status_t lp_int_xor(lp_value a, lp_value b, lp_value *r)
{
    if (lp_is_int(a) && lp_is_int(b)) {
        *r = lp_from_int(lp_as_int(a) ^ lp_as_int(b));
        return LP_INT_OK;
    }
    *r = zbin(mpz_xor, a, b);
    return LP_INT_OK;
}

lp_int_status_t lp_int_lshift(lp_value a, lp_value b, lp_value *r)
{
    int64_t n;
    if (lp_int_compare(b, lp_from_int(0)) < 0) return LP_INT_NEGATIVE_SHIFT;
    if (is_zero(a)) {
        *r = a;
        return LP_INT_OK;
    }
    if (!lp_int_as_i64(b, &n) || (uint64_t)n + lp_int_bit_length(a) > LP_INT_MAX_BITS)
        return LP_INT_MEMORY;
    zarg_t ta;
    mpz_t z;
    mpz_init(z);
    mpz_mul_2exp(z, zview(a, &ta), (mp_bitcnt_t)n);
    *r = norm(z);
    return LP_INT_OK;
}

lp_int_status_t lp_int_rshift(lp_value a, lp_value b, lp_value *r)
{
    int64_t n;
    if (lp_int_compare(b, lp_from_int(0)) < 0) return LP_INT_NEGATIVE_SHIFT;
    bool neg = lp_int_compare(a, lp_from_int(0)) < 0;
    if (!lp_int_as_i64(b, &n) || (uint64_t)n >= lp_int_bit_length(a)) {
        *r = lp_from_int(neg ? -1 : 0);
        return LP_INT_OK;
    }
    if (lp_is_int(a)) {
        *r = lp_from_int(lp_as_int(a) >> n); /* arithmetic shift: floor */
        return LP_INT_OK;
    }
    mpz_t z;
    mpz_init(z);
    mpz_fdiv_q_2exp(z, big_z(a), (mp_bitcnt_t)n);
    *r = norm(z);
    return LP_INT_OK;
}

/* ==== queries ==== */

int lp_int_compare(lp_value a, lp_value b)
{
    if (lp_is_int(a) && lp_is_int(b)) {
        int64_t x = lp_as_int(a), y = lp_as_int(b);
        return (x > y) - (x < y);
    }
    zarg_t ta, tb;
    int c = mpz_cmp(zview(a, &ta), zview(b, &tb));
    return (c > 0) - (c < 0);
}

bool lp_int_eq(lp_value a, lp_value b)
{
    if (a == b) return true;
    if (lp_is_int(a) || lp_is_int(b)) return false; /* demotion invariant */
    return mpz_cmp(big_z(a), big_z(b)) == 0;
}

bool lp_int_bool(lp_value a)
{
    return !is_zero(a);
}

uint64_t lp_int_bit_length(lp_value a)
{
    if (lp_is_int(a)) {
        int64_t i = lp_as_int(a);
        uint64_t u = (uint64_t)(i < 0 ? -i : i);
        return u ? 64 - (uint64_t)__builtin_clzll(u) : 0;
    }
    return mpz_sizeinbase(big_z(a), 2); /* exact for base 2 */
}

#define HASH_MODULUS (((uint64_t)1 << 61) - 1)

int64_t lp_int_hash(lp_value a)
{
    uint64_t h;
    int sign;
    if (lp_is_int(a)) {
        int64_t i = lp_as_int(a);
        sign = i < 0 ? -1 : 1;
        h = (uint64_t)(i < 0 ? -i : i) % HASH_MODULUS;
    } else {
        sign = mpz_sgn(big_z(a));
        h = mpz_tdiv_ui(big_z(a), HASH_MODULUS); /* of |a| */
    }
    int64_t s = sign * (int64_t)h;
    return s == -1 ? -2 : s;
}

/* ==== floats ==== */

/* Correctly rounded |z| as a double, for |z| of [nbits] > 64 bits: the top 55
 * bits with a sticky bit below the rounding position, converted (the
 * hardware rounds half to even), then scaled exactly. */
static double big_to_double(mpz_srcptr z, uint64_t nbits)
{
    mpz_t t;
    mpz_init(t);
    mpz_abs(t, z);
    uint64_t shift = nbits - 55;
    bool sticky = mpz_scan1(t, 0) < shift;
    mpz_tdiv_q_2exp(t, t, shift);
    uint64_t top = mpz_get_ui(t) | (uint64_t)sticky;
    return ldexp((double)top, (int)shift);
}

lp_int_status_t lp_int_to_double(lp_value a, double *r)
{
    if (lp_is_int(a)) {
        *r = (double)lp_as_int(a); /* exact: |a| < 2^53 */
        return LP_INT_OK;
    }
    uint64_t nbits = lp_int_bit_length(a);
    if (nbits > 1024) return LP_INT_OVERFLOW;
    /* up to 64 bits, the uint64_t -> double conversion rounds correctly */
    double d = nbits <= 64 ? (double)mpz_get_ui(big_z(a)) : big_to_double(big_z(a), nbits);
    if (isinf(d)) return LP_INT_OVERFLOW;
    *r = mpz_sgn(big_z(a)) < 0 && d > 0 ? -d : d;
    return LP_INT_OK;
}

lp_int_status_t lp_int_from_double(double d, lp_value *r)
{
    if (isnan(d)) return LP_INT_FLOAT_NAN;
    if (isinf(d)) return LP_INT_FLOAT_INFINITY;
    d = trunc(d);
    if (fabs(d) < 0x1p52) {
        *r = lp_int_from_i64((int64_t)d);
        return LP_INT_OK;
    }
    mpz_t z;
    mpz_init_set_d(z, d);
    *r = norm(z);
    return LP_INT_OK;
}

/* ==== strings: parsing ==== */

static bool is_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static int digit_value(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

/* The parse state of one int() call. */
typedef struct {
    const char *p, *end; /* the unread text */
    int base;            /* after deduction for base 0 */
    bool nonzero_bad;    /* base 0 with a leading 0: only zero is allowed */
    bool neg;
} scan_t;

/* Sign, base deduction and prefix.  Returns false on a syntax error. */
static bool scan_head(scan_t *s)
{
    while (s->p < s->end && is_space(*s->p)) s->p++;
    if (s->p < s->end && (*s->p == '+' || *s->p == '-')) s->neg = *s->p++ == '-';
    char c0 = s->p < s->end ? s->p[0] : 0;
    char c1 = s->p + 1 < s->end ? (char)(s->p[1] | 0x20) : 0;
    if (s->base == 0) {
        if (c0 != '0') s->base = 10;
        else if (c1 == 'x') s->base = 16;
        else if (c1 == 'o') s->base = 8;
        else if (c1 == 'b') s->base = 2;
        else s->base = 10, s->nonzero_bad = true;
    }
    if (c0 == '0' && ((s->base == 16 && c1 == 'x') || (s->base == 8 && c1 == 'o')
                      || (s->base == 2 && c1 == 'b'))) {
        s->p += 2;
        if (s->p < s->end && *s->p == '_') s->p++;
    }
    return !(s->p < s->end && *s->p == '_');
}

/* Copies the digits (without underscores) into [out] and counts them.
 * Returns false on a doubled or trailing underscore. */
static bool scan_digits(scan_t *s, char *out, int64_t *ndigits)
{
    int64_t n = 0;
    char prev = 0;
    for (; s->p < s->end; s->p++) {
        char c = *s->p;
        if (c == '_') {
            if (prev == '_') return false;
        } else if (digit_value(c) < s->base) {
            out[n++] = c;
        } else {
            break;
        }
        prev = c;
    }
    out[n] = 0;
    *ndigits = n;
    return prev != '_';
}

static bool is_pow2(int b)
{
    return (b & (b - 1)) == 0;
}

lp_int_status_t lp_int_from_str(const char *str, size_t n, int base, lp_value *r,
                                int64_t *ndigits)
{
    if (base != 0 && (base < 2 || base > 36)) return LP_INT_BAD_BASE;
    scan_t s = { .p = str, .end = str + n, .base = base };
    if (!scan_head(&s)) return LP_INT_VALUE_ERROR;
    char *buf = lp_alloc_atomic((size_t)(s.end - s.p) + 1);
    int64_t nd;
    if (!scan_digits(&s, buf, &nd)) return LP_INT_VALUE_ERROR;
    if (!is_pow2(s.base) && nd > LP_INT_MAX_STR_DIGITS_THRESHOLD && max_str_digits > 0
        && nd > max_str_digits) {
        if (ndigits) *ndigits = nd;
        return LP_INT_DIGITS_TO_INT;
    }
    if (nd == 0) return LP_INT_VALUE_ERROR;
    while (s.p < s.end && is_space(*s.p)) s.p++;
    if (s.p != s.end) return LP_INT_VALUE_ERROR;
    if (nd <= 12 || (s.base == 10 && nd <= 18)) { /* fits int64 in any base: no GMP */
        int64_t v = 0;
        for (const char *q = buf; *q; q++) v = v * s.base + digit_value(*q);
        if (s.nonzero_bad && v != 0) return LP_INT_VALUE_ERROR;
        *r = lp_int_from_i64(s.neg ? -v : v);
        return LP_INT_OK;
    }
    mpz_t z;
    mpz_init_set_str(z, buf, s.base);
    if (s.nonzero_bad && mpz_sgn(z) != 0) return LP_INT_VALUE_ERROR;
    if (s.neg) mpz_neg(z, z);
    *r = norm(z);
    return LP_INT_OK;
}

/* ==== strings: formatting ==== */

void lp_int_set_max_str_digits(int64_t n)
{
    max_str_digits = n;
}

int64_t lp_int_get_max_str_digits(void)
{
    return max_str_digits;
}

static const char *base_prefix(int base)
{
    return base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? "0x" : "";
}

lp_int_status_t lp_int_to_str(lp_value a, int base, char **s, size_t *len)
{
    zarg_t ta;
    mpz_srcptr z = zview(a, &ta);
    /* a cheap refusal first: a decimal digit carries < 10/3 bits */
    if (base == 10 && max_str_digits > 0
        && lp_int_bit_length(a) / 4 > (uint64_t)max_str_digits + 1)
        return LP_INT_DIGITS_TO_STR;
    const char *pre = base_prefix(base);
    size_t cap = mpz_sizeinbase(z, base) + strlen(pre) + 3;
    char *out = lp_alloc_atomic(cap);
    size_t at = 0;
    if (mpz_sgn(z) < 0) out[at++] = '-';
    at += (size_t)sprintf(out + at, "%s", pre);
    mpz_get_str(out + at, base, z);
    if (out[at] == '-') memmove(out + at, out + at + 1, strlen(out + at)); /* sign moved */
    size_t digits = strlen(out + at);
    if (base == 10 && max_str_digits > 0 && (int64_t)digits > max_str_digits)
        return LP_INT_DIGITS_TO_STR;
    *s = out;
    *len = at + digits;
    return LP_INT_OK;
}

/* ==== true division and exact float comparison ==== */

/* Rounds the positive [q] (whose lowest bit stands for 2**-s; [sticky]: the
 * true value is a little above q) to a double, half to even, at the
 * precision of the result: 53 bits, or fewer for a subnormal. */
static lp_int_status_t round_quotient(mpz_t q, int64_t s, bool sticky, double *r)
{
    int64_t top = (int64_t)mpz_sizeinbase(q, 2) - 1 - s; /* exponent of the top bit */
    if (top > 1023) return LP_INT_TRUEDIV_OVERFLOW;
    int64_t ulp = top - 52 < -1074 ? -1074 : top - 52;
    int64_t drop = ulp + s; /* low bits of q below the result's precision */
    if (drop > 0) {
        bool half = mpz_tstbit(q, (mp_bitcnt_t)drop - 1);
        bool below = sticky || mpz_scan1(q, 0) < (mp_bitcnt_t)drop - 1;
        mpz_fdiv_q_2exp(q, q, (mp_bitcnt_t)drop);
        if (half && (below || mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    } else {
        ulp = -s; /* q is exact: cannot happen with the scaling below */
    }
    double d = ldexp(mpz_get_d(q), (int)ulp); /* q <= 2**53: exact */
    if (isinf(d)) return LP_INT_TRUEDIV_OVERFLOW;
    *r = d;
    return LP_INT_OK;
}

lp_int_status_t lp_int_truediv(lp_value a, lp_value b, double *r)
{
    if (is_zero(b)) return LP_INT_TRUEDIV_ZERO;
    if (lp_is_int(a) && lp_is_int(b)) { /* both below 2**53: one rounding */
        *r = (double)lp_as_int(a) / (double)lp_as_int(b);
        return LP_INT_OK;
    }
    zarg_t ta, tb;
    mpz_srcptr za = zview(a, &ta), zb = zview(b, &tb);
    bool neg = (mpz_sgn(za) < 0) != (mpz_sgn(zb) < 0);
    if (mpz_sgn(za) == 0) {
        *r = neg ? -0.0 : 0.0;
        return LP_INT_OK;
    }
    /* scale so that the quotient has at least 56 bits: q = |a| * 2**s / |b| */
    int64_t s = 56 - ((int64_t)mpz_sizeinbase(za, 2) - (int64_t)mpz_sizeinbase(zb, 2));
    mpz_t n, d, q, rem;
    mpz_inits(n, d, q, rem, NULL);
    mpz_abs(n, za);
    mpz_abs(d, zb);
    if (s > 0) mpz_mul_2exp(n, n, (mp_bitcnt_t)s);
    if (s < 0) mpz_mul_2exp(d, d, (mp_bitcnt_t)-s);
    mpz_tdiv_qr(q, rem, n, d);
    lp_int_status_t st = round_quotient(q, s, mpz_sgn(rem) != 0, r);
    if (st == LP_INT_OK && neg) *r = -*r;
    return st;
}

int lp_int_cmp_double(lp_value a, double d)
{
    if (lp_is_int(a)) { /* exact as a double */
        double x = (double)lp_as_int(a);
        return (x > d) - (x < d);
    }
    if (isinf(d)) return d > 0 ? -1 : 1;
    int c = mpz_cmp_d(big_z(a), d);
    return (c > 0) - (c < 0);
}

/* ==== bytes ==== */

uint64_t lp_int_bit_count(lp_value a)
{
    if (lp_is_int(a)) {
        int64_t i = lp_as_int(a);
        return (uint64_t)__builtin_popcountll((uint64_t)(i < 0 ? -i : i));
    }
    mpz_t t;
    mpz_init(t);
    mpz_abs(t, big_z(a));
    return mpz_popcount(t);
}

lp_int_status_t lp_int_to_bytes(lp_value a, uint8_t *out, size_t n, bool little, bool sign)
{
    zarg_t ta;
    mpz_srcptr z = zview(a, &ta);
    if (!sign && mpz_sgn(z) < 0) return LP_INT_BYTES_NEGATIVE;
    mpz_t t;
    mpz_init_set(t, z);
    if (mpz_sgn(t) < 0) { /* two's complement: 256**n + a */
        mpz_t m;
        mpz_init_set_ui(m, 1);
        mpz_mul_2exp(m, m, (mp_bitcnt_t)n * 8);
        mpz_add(t, t, m);
        if (n == 0 ? mpz_sgn(t) != 0 /* CPython lets -1 through as b'' */
                   : mpz_sgn(t) < 0 || mpz_sizeinbase(t, 2) < (size_t)n * 8)
            return LP_INT_BYTES_OVERFLOW; /* below -256**n/2 */
    } else {
        size_t bits = mpz_sgn(t) == 0 ? 0 : mpz_sizeinbase(t, 2);
        if (bits + (sign ? 1 : 0) > n * 8 && bits > 0) return LP_INT_BYTES_OVERFLOW;
    }
    memset(out, 0, n);
    size_t count = 0;
    if (mpz_sgn(t) != 0) mpz_export(out, &count, 1, 1, 1, 0, t); /* big endian, packed */
    if (count < n) { /* right-align */
        memmove(out + (n - count), out, count);
        memset(out, 0, n - count);
    }
    if (little)
        for (size_t i = 0; i < n / 2; i++) {
            uint8_t c = out[i];
            out[i] = out[n - 1 - i];
            out[n - 1 - i] = c;
        }
    return LP_INT_OK;
}

lp_value lp_int_from_bytes(const uint8_t *p, size_t n, bool little, bool sign)
{
    mpz_t z;
    mpz_init(z);
    if (n > 0) mpz_import(z, n, little ? -1 : 1, 1, 1, 0, p);
    if (sign && n > 0 && (p[little ? n - 1 : 0] & 0x80)) {
        mpz_t m;
        mpz_init_set_ui(m, 1);
        mpz_mul_2exp(m, m, (mp_bitcnt_t)n * 8);
        mpz_sub(z, z, m);
    }
    return norm(z);
}

/* ==== errors ==== */

const char *lp_int_exc_name(lp_int_status_t st)
{
    switch (st) {
    case LP_INT_OK:
    case LP_INT_NEEDS_FLOAT: return NULL;
    case LP_INT_ZERO_DIVISION:
    case LP_INT_ZERO_MODULO:
    case LP_INT_TRUEDIV_ZERO: return "ZeroDivisionError";
    case LP_INT_TRUEDIV_OVERFLOW:
    case LP_INT_BYTES_OVERFLOW:
    case LP_INT_BYTES_NEGATIVE:
    case LP_INT_OVERFLOW:
    case LP_INT_FLOAT_INFINITY: return "OverflowError";
    case LP_INT_MEMORY: return "MemoryError";
    default: return "ValueError";
    }
}

#define DIGITS_HINT "; use sys.set_int_max_str_digits() to increase the limit"

char *lp_int_message(lp_int_status_t st, int64_t arg, char *buf, size_t n)
{
    static const char *const fixed[] = {
        [LP_INT_ZERO_DIVISION] = "integer division or modulo by zero",
        [LP_INT_ZERO_MODULO] = "integer modulo by zero",
        [LP_INT_NEGATIVE_SHIFT] = "negative shift count",
        [LP_INT_OVERFLOW] = "int too large to convert to float",
        [LP_INT_FLOAT_INFINITY] = "cannot convert float infinity to integer",
        [LP_INT_FLOAT_NAN] = "cannot convert float NaN to integer",
        [LP_INT_POW_ZERO_MODULUS] = "pow() 3rd argument cannot be 0",
        [LP_INT_NOT_INVERTIBLE] = "base is not invertible for the given modulus",
        [LP_INT_BAD_BASE] = "int() base must be >= 2 and <= 36, or 0",
        [LP_INT_TRUEDIV_ZERO] = "division by zero",
        [LP_INT_TRUEDIV_OVERFLOW] = "integer division result too large for a float",
        [LP_INT_BYTES_OVERFLOW] = "int too big to convert",
        [LP_INT_BYTES_NEGATIVE] = "can't convert negative int to unsigned",
    };
    const char *lim = "Exceeds the limit (%lld digits) for integer string conversion";
    char fmt[160];
    if (st == LP_INT_VALUE_ERROR) {
        snprintf(buf, n, "invalid literal for int() with base %lld: ", (long long)arg);
    } else if (st == LP_INT_DIGITS_TO_INT) {
        snprintf(fmt, sizeof fmt, "%s: value has %%lld digits%s", lim, DIGITS_HINT);
        snprintf(buf, n, fmt, (long long)max_str_digits, (long long)arg);
    } else if (st == LP_INT_DIGITS_TO_STR) {
        snprintf(fmt, sizeof fmt, "%s%s", lim, DIGITS_HINT);
        snprintf(buf, n, fmt, (long long)max_str_digits);
    } else {
        const char *m = st < sizeof fixed / sizeof *fixed ? fixed[st] : NULL;
        snprintf(buf, n, "%s", m ? m : "");
    }
    return buf;
}
