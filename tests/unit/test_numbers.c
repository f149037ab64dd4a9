/* test_numbers.c -- int, bool, float and complex as Python types, against
 * CPython 3.11.
 *
 * The cases come from number_cases.h, written by scripts/gen_number_cases.py
 * from python3 (format described there): each operation runs through the
 * generic operations of runtime/ops.h and the number types' C API, and the
 * repr of its result (or "!Exception: message") is compared with python3's.
 * Hand-written tests cover what the cases cannot see: boxed NaNs, identity
 * of the bool singletons, the C helpers for the compiler and builtins.
 *
 * SPDX-License-Identifier: MIT
 */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "gc.h"
#include "number_cases.h"
#include "obj_bytes.h"
#include "obj_list.h"
#include "numformat.h"
#include "obj_complex.h"
#include "obj_float.h"
#include "obj_int.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"
#include "types.h"

static void setup(void)
{
    lp_gc_init();
    lp_int_init();
    lp_types_init();
}

TestSuite(numbers, .init = setup);

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* ==== decoding operands ==== */

static double dec_float(const char *s)
{
    return strtod(s, NULL); /* hex floats, inf, -inf, nan */
}

/* bytes from hex digits. */
static lp_value decode_bytes(const char *hex)
{
    size_t n = strlen(hex) / 2;
    char *buf = lp_alloc_atomic(n + 1);
    for (size_t i = 0; i < n; i++) {
        unsigned x;
        sscanf(hex + 2 * i, "%2x", &x);
        buf[i] = (char)x;
    }
    return lp_bytes_new(buf, n);
}

/* A list of the comma-separated decimal ints in [p]. */
static lp_value decode_list(const char *p)
{
    lp_value l = lp_list_new(0);
    while (*p) {
        char *end;
        lp_list_append(l, lp_int_from_i64(strtoll(p, &end, 10)));
        p = *end ? end + 1 : end;
    }
    return l;
}

/* The value encoded as [s] (see the script); LP_NULL for a NULL [s]. */
static lp_value decode(const char *s)
{
    if (!s) return LP_NULL;
    const char *p = s + 2;
    lp_value v;
    switch (s[0]) {
    case 'n': return LP_NONE;
    case 'b': return lp_bool(p[0] == '1');
    case 'f': return lp_float_new(dec_float(p));
    case 's': return lp_str_from_utf8(p, strlen(p));
    case 'y': return decode_bytes(p);
    case 'l': return decode_list(p);
    case 'c': return lp_complex_new(dec_float(p), dec_float(strchr(p, ',') + 1));
    default:
        cr_assert(lp_int_from_str(p, strlen(p), 16, &v, NULL) == LP_INT_OK, "bad %s", s);
        return v;
    }
}

/* ==== running a case ==== */

typedef struct {
    const nc_case_t *c;
    lp_value result;
} run_t;

static lp_value call_type(const char *name, lp_value *args, size_t n)
{
    lp_type_t *t = !strcmp(name, "int")     ? &lp_type_int
                   : !strcmp(name, "float") ? &lp_type_float
                   : !strcmp(name, "bool")  ? &lp_type_bool
                                            : &lp_type_complex;
    return lp_call(lp_from_ptr(t), args, n, LP_NULL);
}

static lp_value run_divmod(lp_value a, lp_value b)
{
    lp_value r = lp_float_divmod_op(a, b);
    if (r == LP_NOTIMPLEMENTED)
        lp_raise(&lp_exc_TypeError, "unsupported operand type(s) for divmod(): '%T' and '%T'", a,
                 b);
    return r;
}

static lp_value run_unary(const char *op, lp_value a)
{
    if (!strcmp(op, "neg")) return lp_neg(a);
    if (!strcmp(op, "pos")) return lp_pos(a);
    if (!strcmp(op, "abs")) return lp_abs(a);
    if (!strcmp(op, "invert")) return lp_invert(a);
    if (!strcmp(op, "bool")) return lp_bool(lp_truth(a));
    if (!strcmp(op, "repr")) return lp_repr(a);
    if (!strcmp(op, "str")) return lp_str(a);
    if (!strcmp(op, "hash")) return lp_int_from_i64(lp_hash(a));
    cr_fatal("unknown op %s", op);
    return LP_NULL;
}

/* meth:NAME[/KW] a.NAME(b, c[, KW=True]); cmeth: the same on type(a). */
static lp_value run_method(const char *op, lp_value *args, size_t n)
{
    bool on_type = op[0] == 'c';
    char name[64];
    snprintf(name, sizeof name, "%s", strchr(op, ':') + 1);
    char *kw = strchr(name, '/');
    if (kw) *kw++ = 0;
    lp_value self = on_type ? lp_from_ptr(lp_type_of(args[0])) : args[0];
    lp_value f = lp_getattr(self, lp_str_from_cstr(name));
    lp_value a[4] = {args[1], args[2], LP_TRUE, LP_NULL};
    size_t na = n - 1;
    if (!kw) return lp_call(f, a, na, LP_NULL);
    a[na] = LP_TRUE;
    return lp_call(f, a, na, lp_tuple_pack(1, lp_str_from_cstr(kw)));
}

static void run(void *ud)
{
    run_t *r = ud;
    const nc_case_t *c = r->c;
    lp_value args[3] = {decode(c->a), decode(c->b), decode(c->c)};
    size_t n = args[2] ? 3 : args[1] ? 2 : 1;
    if (!strncmp(c->op, "binop:", 6))
        r->result = lp_binary_op(args[0], args[1], atoi(c->op + 6));
    else if (!strncmp(c->op, "cmp:", 4))
        r->result = lp_compare(args[0], args[1], atoi(c->op + 4));
    else if (!strcmp(c->op, "pow3"))
        r->result = lp_power3(args[0], args[1], args[2]);
    else if (!strcmp(c->op, "divmod"))
        r->result = run_divmod(args[0], args[1]);
    else if (!strncmp(c->op, "call:", 5))
        r->result = call_type(c->op + 5, args, n);
    else if (!strcmp(c->op, "format"))
        r->result = lp_format(args[0], args[1]);
    else if (!strncmp(c->op, "meth:", 5) || !strncmp(c->op, "cmeth:", 6))
        r->result = run_method(c->op, args, n);
    else
        r->result = run_unary(c->op, args[0]);
    r->result = lp_repr(r->result); /* may raise too: the digit limit */
}

/* The answer of case [c] as the script writes it. */
static const char *answer(const nc_case_t *c)
{
    run_t r = {c, LP_NULL};
    lp_value exc = lp_pcall(run, &r);
    if (exc) {
        lp_value msg = lp_str(exc);
        return lp_str_utf8(lp_str_format_c("!%s: %U", lp_type_of(exc)->name, msg), NULL);
    }
    return lp_str_utf8(r.result, NULL);
}

Test(numbers, cpython_cases)
{
    int failed = 0;
    for (size_t i = 0; i < COUNT(number_cases); i++) {
        const nc_case_t *c = &number_cases[i];
        const char *got = answer(c);
        if (strcmp(got, c->want) != 0) {
            if (++failed <= 60)
                fprintf(stderr, "%s(%s, %s, %s): got %.200s, want %.200s\n", c->op, c->a,
                        c->b ? c->b : "-", c->c ? c->c : "-", got, c->want);
        }
    }
    cr_assert(eq(int, failed, 0), "%d of %zu cases failed", failed, COUNT(number_cases));
}

/* ==== by hand ==== */

Test(numbers, boxed_nan_keeps_its_bits)
{
    double odd = lp_bits_double(UINT64_C(0xFFF8000000000001));
    lp_value v = lp_float_new(odd);
    cr_assert(lp_is_ptr(v) && lp_float_check(v));
    cr_assert(lp_type_of(v) == &lp_type_float);
    cr_assert(eq(u64, lp_double_bits(lp_float_value(v)), UINT64_C(0xFFF8000000000001)));
    cr_assert(lp_str_eq_cstr(lp_repr(v), "nan"));
    cr_assert(lp_is_float(lp_float_new(NAN)));
    cr_assert(lp_type_of(lp_from_float(1.5)) == &lp_type_float);
}

Test(numbers, bool_singletons)
{
    cr_assert(lp_type_of(LP_TRUE) == &lp_type_bool);
    cr_assert(lp_binary_op(LP_TRUE, LP_FALSE, LP_NB_OR) == LP_TRUE);
    cr_assert(lp_binary_op(LP_TRUE, LP_TRUE, LP_NB_ADD) == lp_from_int(2));
    cr_assert(lp_is_instance(LP_TRUE, &lp_type_int));
    cr_assert(eq(i64, lp_hash(LP_TRUE), 1));
    cr_assert(lp_index(LP_TRUE) == lp_from_int(1));
}

Test(numbers, float_as_double)
{
    cr_assert(lp_float_as_double(lp_from_int(3)) == 3.0);
    cr_assert(lp_float_as_double(LP_TRUE) == 1.0);
    cr_assert(lp_float_as_double(lp_from_float(-2.5)) == -2.5);
}

Test(numbers, true_division_correctly_rounded)
{
    /* (2**84 + 1) / 3 (python3: 6.447604371278022e+24) */
    lp_value a, b, r;
    lp_int_from_str("1000000000000000000001", 22, 16, &a, NULL);
    lp_int_from_str("3", 1, 10, &b, NULL);
    r = lp_binary_op(a, b, LP_NB_TRUE_DIVIDE);
    cr_assert(lp_str_eq_cstr(lp_repr(r), "6.447604371278022e+24"));
}

Test(numbers, complex_constant)
{
    lp_value z = lp_complex_new(0.0, 2.0);
    cr_assert(lp_str_eq_cstr(lp_repr(z), "2j"));
    cr_assert(lp_str_eq_cstr(lp_repr(lp_complex_new(-0.0, -1.0)), "(-0-1j)"));
}
