/* test_int.c -- runtime/value.h and runtime/obj_int.c against CPython 3.11.
 *
 * The operation cases come from int_cases.h, written by
 * scripts/gen_int_cases.py from python3 (format described there): each is
 * run, its result printed in the same canonical text and compared.  Every
 * int result is also checked for the demotion invariant.  Hand-written tests
 * cover the value encoding and the GC-visibility of heap values.
 *
 * SPDX-License-Identifier: MIT
 */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gc.h"
#include "int_cases.h"
#include "obj_int.h"
#include "object.h"
#include "value.h"

static void setup(void)
{
    lp_gc_init();
    lp_int_init();
}

TestSuite(value, .init = setup);
TestSuite(int, .init = setup);

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* ==== value.h ==== */

Test(value, small_int_round_trip)
{
    int64_t xs[] = { 0, 1, -1, 2, -2, LP_SMALLINT_MAX, LP_SMALLINT_MIN, LP_SMALLINT_MAX - 1,
                     LP_SMALLINT_MIN + 1, 123456789, -987654321 };
    for (size_t i = 0; i < COUNT(xs); i++) {
        lp_value v = lp_from_int(xs[i]);
        cr_assert(lp_is_int(v) && !lp_is_float(v) && !lp_is_ptr(v));
        cr_assert(eq(i64, lp_as_int(v), xs[i]));
        cr_assert(lp_value_id(v) >= ((uint64_t)1 << 49));
    }
    cr_assert(false == (lp_int_fits(LP_SMALLINT_MAX + 1) || lp_int_fits(LP_SMALLINT_MIN - 1)));
    cr_assert(lp_int_fits(LP_SMALLINT_MAX) && lp_int_fits(LP_SMALLINT_MIN));
    cr_assert(lp_from_int(0) != lp_from_float(0.0));
}

static void check_float(double d)
{
    lp_value v = lp_from_float(d);
    cr_assert(lp_is_float(v) && !lp_is_int(v) && !lp_is_ptr(v), "%a", d);
    cr_assert(eq(u64, lp_double_bits(lp_as_float(v)), lp_double_bits(d)), "%a", d);
    cr_assert(lp_value_id(v) >= ((uint64_t)1 << 49));
}

Test(value, float_round_trip)
{
    double ds[] = { 0.0, -0.0, 1.0, -1.0, 0.1, 1e308, -1e308, 5e-324, -5e-324,
                    2.2250738585072009e-308, INFINITY, -INFINITY, NAN, 1.7976931348623157e308,
                    -1.7976931348623157e308 };
    for (size_t i = 0; i < COUNT(ds); i++) check_float(ds[i]);
    cr_assert(lp_from_float(0.0) != lp_from_float(-0.0)); /* `-0.0 is 0.0` is False */
    for (int i = 0; i < 100000; i++) {
        uint64_t u = ((uint64_t)rand() << 42) ^ ((uint64_t)rand() << 21) ^ (uint64_t)rand();
        double d = lp_bits_double(u);
        if (lp_float_is_immediate(d)) check_float(d);
    }
}

Test(value, nan_canonicalised)
{
    double odd[] = { lp_bits_double(UINT64_C(0xFFF8000000000000)),   /* -nan */
                     lp_bits_double(UINT64_C(0x7FF0000000000001)),   /* signalling */
                     lp_bits_double(UINT64_C(0xFFFFFFFFFFFFFFFF)) }; /* would wrap */
    for (size_t i = 0; i < COUNT(odd); i++) {
        cr_assert(false == (lp_float_is_immediate(odd[i]) || lp_value_is_canonical_nan(odd[i])));
        lp_value v = lp_from_float(odd[i]);
        cr_assert(lp_is_float(v) && lp_value_is_canonical_nan(lp_as_float(v)));
    }
    cr_assert(lp_value_is_canonical_nan(NAN) && lp_float_is_immediate(NAN));
    cr_assert(lp_value_is_canonical_nan(0.0 * INFINITY) || !lp_float_is_immediate(0.0 * INFINITY));
}

Test(value, pointer_round_trip)
{
    void *p = lp_alloc(32);
    lp_value v = lp_from_ptr(p);
    cr_assert(lp_is_ptr(v) && !lp_is_int(v) && !lp_is_float(v));
    cr_assert(lp_as_ptr(v) == p && v == (uint64_t)(uintptr_t)p && lp_value_id(v) == v);
}

/* A heap value held only inside another collected object survives
 * collections: the word is the raw pointer, so Boehm sees it.  The holder is
 * built in a separate frame and that stack area is scrubbed, so the big int
 * is reachable only through the holder; then the heap is churned (about 70
 * MB against a 32 MB initial heap, so several collections run and freed
 * blocks are reused and overwritten).  The big int must still read back. */
static __attribute__((noinline)) lp_value *make_holder(void)
{
    lp_value *holder = lp_alloc(4 * sizeof(lp_value));
    lp_int_from_str("-123456789012345678901234567890", 31, 10, &holder[1], NULL);
    return holder;
}

static __attribute__((noinline)) void scrub_stack(void)
{
    volatile char pad[16384];
    memset((char *)pad, 0, sizeof pad);
}

Test(value, gc_sees_heap_values)
{
    lp_value *holder = make_holder();
    scrub_stack();
    cr_assert(lp_int_is_big(holder[1]));
    for (int i = 0; i < 1000000; i++) {
        char *junk = lp_alloc_atomic(48);
        memset(junk, 0xAB, 48);
        lp_value *tmp = lp_alloc(24);
        tmp[0] = lp_from_int(i);
    }
    char *s;
    size_t n;
    cr_assert(lp_int_to_str(holder[1], 10, &s, &n) == LP_INT_OK);
    cr_assert(eq(str, s, "-123456789012345678901234567890"));
}

/* ==== int cases from CPython ==== */

static lp_value parse_hex(const char *s)
{
    lp_value v;
    cr_assert(lp_int_from_str(s, strlen(s), 16, &v, NULL) == LP_INT_OK, "bad operand %s", s);
    return v;
}

static char *fmt_hex(lp_value v)
{
    char *s;
    size_t n;
    cr_assert(lp_int_to_str(v, 16, &s, &n) == LP_INT_OK);
    return s;
}

/* The demotion invariant: a heap int never holds a small value. */
static void check_canonical(lp_value v)
{
    cr_assert(lp_int_check(v));
    if (!lp_int_is_big(v)) return;
    int64_t i;
    cr_assert(false == (lp_int_as_i64(v, &i) && lp_int_fits(i)), "big int %s fits small",
              fmt_hex(v));
}

static char *fmt_status(lp_int_status_t st, int64_t arg)
{
    static char buf[400], msg[300];
    if (st == LP_INT_NEEDS_FLOAT) return "~float";
    snprintf(buf, sizeof buf, "!%s: %s", lp_int_exc_name(st),
             lp_int_message(st, arg, msg, sizeof msg));
    return buf;
}

/* Formats the result [*v] of a call that returned [st] (a pointer, because
 * the call must be evaluated before the result is read). */
static char *fmt_int(lp_int_status_t st, const lp_value *v)
{
    if (st != LP_INT_OK) return fmt_status(st, 0);
    check_canonical(*v);
    return fmt_hex(*v);
}

typedef lp_int_status_t (*binop_t)(lp_value, lp_value, lp_value *);
typedef lp_int_status_t (*unop_t)(lp_value, lp_value *);

static const struct { const char *name; binop_t fn; } binops[] = {
    { "add", lp_int_add }, { "sub", lp_int_sub }, { "mul", lp_int_mul },
    { "floordiv", lp_int_floordiv }, { "mod", lp_int_mod }, { "pow", lp_int_pow },
    { "and", lp_int_and }, { "or", lp_int_or }, { "xor", lp_int_xor },
    { "lshift", lp_int_lshift }, { "rshift", lp_int_rshift },
};

static const struct { const char *name; unop_t fn; } unops[] = {
    { "neg", lp_int_neg }, { "pos", lp_int_pos }, { "abs", lp_int_abs },
    { "invert", lp_int_invert },
};

static char *run_queries(const ic_case_t *c, lp_value a, char *buf, size_t n)
{
    if (!strcmp(c->op, "cmp")) snprintf(buf, n, "%d", lp_int_compare(a, parse_hex(c->b)));
    else if (!strcmp(c->op, "eq")) snprintf(buf, n, "%d", lp_int_eq(a, parse_hex(c->b)));
    else if (!strcmp(c->op, "bool")) snprintf(buf, n, "%d", lp_int_bool(a));
    else if (!strcmp(c->op, "bitlen"))
        snprintf(buf, n, "%llu", (unsigned long long)lp_int_bit_length(a));
    else if (!strcmp(c->op, "hash")) snprintf(buf, n, "%lld", (long long)lp_int_hash(a));
    else return NULL;
    return buf;
}

static char *run_text(const ic_case_t *c, lp_value a)
{
    int base = !strcmp(c->op, "repr") ? 10 : !strcmp(c->op, "bin") ? 2
             : !strcmp(c->op, "oct") ? 8 : !strcmp(c->op, "hex") ? 16 : 0;
    if (!base) return NULL;
    char *s;
    size_t n;
    lp_int_status_t st = lp_int_to_str(a, base, &s, &n);
    if (st != LP_INT_OK) return fmt_status(st, 0);
    cr_assert(eq(sz, n, strlen(s)));
    return s;
}

static char *run_other(const ic_case_t *c, char *buf, size_t n)
{
    lp_value r, q;
    lp_int_status_t st;
    if (!strcmp(c->op, "fromstr")) {
        int64_t nd = 0, base = atoi(c->b);
        st = lp_int_from_str(c->a, (size_t)c->alen, (int)base, &r, &nd);
        if (st == LP_INT_OK) return fmt_int(st, &r);
        return fmt_status(st, st == LP_INT_VALUE_ERROR ? base : nd);
    }
    if (!strcmp(c->op, "fromfloat"))
        return fmt_int(lp_int_from_double(lp_bits_double(strtoull(c->a, NULL, 16)), &r), &r);
    lp_value a = parse_hex(c->a);
    if (!strcmp(c->op, "powmod"))
        return fmt_int(lp_int_powmod(a, parse_hex(c->b), parse_hex(c->c), &r), &r);
    if (!strcmp(c->op, "tofloat")) {
        double d;
        st = lp_int_to_double(a, &d);
        if (st != LP_INT_OK) return fmt_status(st, 0);
        snprintf(buf, n, "%016llx", (unsigned long long)lp_double_bits(d));
        return buf;
    }
    if (!strcmp(c->op, "divmod")) {
        st = lp_int_divmod(a, parse_hex(c->b), &q, &r);
        if (st != LP_INT_OK) return fmt_status(st, 0);
        check_canonical(q);
        check_canonical(r);
        snprintf(buf, n, "%s,%s", fmt_hex(q), fmt_hex(r));
        return buf;
    }
    char *s = run_queries(c, a, buf, n);
    return s ? s : run_text(c, a);
}

static char *run_case(const ic_case_t *c, char *buf, size_t n)
{
    lp_value r;
    for (size_t i = 0; i < COUNT(binops); i++)
        if (!strcmp(c->op, binops[i].name))
            return fmt_int(binops[i].fn(parse_hex(c->a), parse_hex(c->b), &r), &r);
    for (size_t i = 0; i < COUNT(unops); i++)
        if (!strcmp(c->op, unops[i].name)) return fmt_int(unops[i].fn(parse_hex(c->a), &r), &r);
    return run_other(c, buf, n);
}

Test(int, cpython_cases)
{
    static char buf[200000];
    int failed = 0;
    for (size_t i = 0; i < COUNT(int_cases); i++) {
        const ic_case_t *c = &int_cases[i];
        char *got = run_case(c, buf, sizeof buf);
        cr_assert(got != NULL, "unknown op %s", c->op);
        if (strcmp(got, c->want) != 0 && failed++ < 20)
            cr_log_error("case %zu %s(%.60s, %.60s, %.60s): got %.200s want %.200s", i, c->op,
                         c->a, c->b ? c->b : "-", c->c ? c->c : "-", got, c->want);
    }
    cr_assert(eq(int, failed, 0), "%d of %zu cases failed", failed, COUNT(int_cases));
}

/* ==== hand-written ==== */

Test(int, demotion_at_the_boundary)
{
    lp_value big = lp_int_from_i64(LP_SMALLINT_MAX + 1), one = lp_from_int(1), r;
    cr_assert(lp_int_is_big(big) && !lp_is_int(big));
    cr_assert(lp_int_sub(big, one, &r) == LP_INT_OK && r == lp_from_int(LP_SMALLINT_MAX));
    cr_assert(lp_int_add(lp_from_int(LP_SMALLINT_MAX), one, &r) == LP_INT_OK && lp_int_eq(r, big));
    cr_assert(lp_int_neg(lp_from_int(LP_SMALLINT_MIN), &r) == LP_INT_OK && lp_int_eq(r, big));
    cr_assert(lp_int_floordiv(big, lp_int_from_i64(LP_SMALLINT_MAX + 1), &r) == LP_INT_OK
              && r == one);
    cr_assert(lp_int_from_u64(UINT64_MAX) != 0 && lp_int_from_u64(5) == lp_from_int(5));
}

Test(int, max_str_digits_setting)
{
    char *s;
    size_t n;
    lp_value v;
    const char *nines = "99999999999999999999999999999999999999999999999999";
    lp_int_set_max_str_digits(0);
    char *big = calloc(6001, 1);
    memset(big, '7', 6000);
    cr_assert(lp_int_from_str(big, 6000, 10, &v, NULL) == LP_INT_OK);
    cr_assert(lp_int_to_str(v, 10, &s, &n) == LP_INT_OK && n == 6000 && !strcmp(s, big));
    lp_int_set_max_str_digits(LP_INT_DEFAULT_MAX_STR_DIGITS);
    cr_assert(lp_int_to_str(v, 10, &s, &n) == LP_INT_DIGITS_TO_STR);
    cr_assert(lp_int_from_str(nines, strlen(nines), 10, &v, NULL) == LP_INT_OK);
    free(big);
}
