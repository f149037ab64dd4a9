/* test_str.c -- str, bytes and bytearray (runtime/obj_str*.c, obj_bytes*.c,
 * strformat*.c) against CPython 3.11.
 *
 * The table str_cases.h, written by scripts/gen_str_cases.py from python3
 * (PYTHONHASHSEED=0), lists operations on str/bytes values with what python3
 * answered: repr() of the result or "ExcType: message".  Each is performed
 * here through the generic operations (ops.h) and compared.  Hand-written
 * tests cover the C API: storage kinds, UTF-8, interning, the builder.
 *
 * SPDX-License-Identifier: MIT
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "gc.h"
#include "names.h"
#include "obj_bytes.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_slice.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"
#include "strformat.h"
#include "types.h"

static void setup(void)
{
    setenv("PYTHONHASHSEED", "0", 1);
    lp_gc_init();
    lp_types_init();
}

TestSuite(str, .init = setup);
TestSuite(str_cases, .init = setup);

/* ==== the C API ==== */

Test(str, kinds_follow_the_widest_code_point)
{
    cr_assert_eq(lp_as_str(lp_str_from_cstr("abc"))->kind, 1);
    cr_assert(lp_as_str(lp_str_from_cstr("abc"))->ascii);
    cr_assert_eq(lp_as_str(lp_str_from_cstr("caf\xc3\xa9"))->kind, 1);
    cr_assert(!lp_as_str(lp_str_from_cstr("caf\xc3\xa9"))->ascii);
    cr_assert_eq(lp_as_str(lp_str_from_cstr("\xe2\x82\xac"))->kind, 2);
    cr_assert_eq(lp_as_str(lp_str_from_cstr("\xf0\x9f\x98\x80"))->kind, 4);
    lp_value s = lp_str_from_cstr("a\xe2\x82\xac\xf0\x9f\x98\x80");
    cr_assert_eq(lp_str_len(s), 3);
    cr_assert_eq(lp_str_at(lp_as_str(s), 2), 0x1F600);
}

Test(str, utf8_round_trip_keeps_surrogates)
{
    const char *w = "a\xed\xa0\x80z"; /* 'a\ud800z' */
    lp_value s = lp_str_from_utf8(w, strlen(w));
    cr_assert_eq(lp_str_len(s), 3);
    cr_assert(lp_str_has_surrogates(s));
    size_t n;
    const char *u = lp_str_utf8(s, &n);
    cr_assert_eq(n, strlen(w));
    cr_assert(memcmp(u, w, n) == 0);
    cr_assert_eq(lp_str_utf8(s, NULL), u, "the UTF-8 is cached");
}

Test(str, malformed_utf8_is_surrogate_escaped)
{
    /* b'a\xff\xe2\x82'.decode('utf-8', 'surrogateescape') == 'a\udcff\udce2\udc82' */
    lp_value s = lp_str_from_utf8("a\xff\xe2\x82", 4);
    cr_assert_eq(lp_str_len(s), 4);
    cr_assert_eq(lp_str_at(lp_as_str(s), 1), 0xDCFF);
    cr_assert_eq(lp_str_at(lp_as_str(s), 2), 0xDCE2);
    cr_assert_eq(lp_str_at(lp_as_str(s), 3), 0xDC82);
    s = lp_str_from_utf8("\xc0\xaf\xf4\x90\x80\x80", 6); /* overlong, beyond U+10FFFF */
    cr_assert_eq(lp_str_len(s), 6);
}

Test(str, hash_matches_cpython_with_seed_0)
{
    /* PYTHONHASHSEED=0 python3 -c "print(hash('abc'), hash(''), hash('\u20ac'))" */
    cr_assert_eq(lp_str_hash(lp_str_from_cstr("abc")), -4594863902769663758LL);
    cr_assert_eq(lp_str_hash(lp_str_from_cstr("")), 0);
    cr_assert_eq(lp_str_hash(lp_str_from_cstr("\xe2\x82\xac")), -5529981157763016009LL);
    cr_assert_eq(lp_str_hash(lp_str_from_cstr("abcdefghij")), -829746140550000655LL);
    cr_assert_eq(lp_hash_bytes("abc", 3), -4594863902769663758LL);
}

Test(str, interning_gives_one_object)
{
    lp_value a = lp_str_intern(lp_str_from_cstr("some_name"));
    lp_value b = lp_str_intern_cstr("some_name");
    cr_assert_eq(a, b);
    cr_assert_eq(LP_NAME(__init__), lp_str_intern_cstr("__init__"));
    for (int i = 0; i < 5000; i++) { /* growth keeps earlier entries */
        char buf[32];
        snprintf(buf, sizeof buf, "n%d", i);
        lp_str_intern_cstr(buf);
    }
    cr_assert_eq(lp_str_intern_cstr("some_name"), a);
}

Test(str, builder_and_helpers)
{
    lp_strbuf_t b;
    lp_strbuf_init(&b);
    lp_strbuf_puts(&b, "x=");
    lp_strbuf_putc(&b, 0x20AC);
    lp_strbuf_put_str(&b, lp_str_from_cstr("!"));
    lp_value s = lp_strbuf_finish(&b);
    cr_assert(lp_str_eq_cstr(s, "x=\xe2\x82\xac!"));
    cr_assert(lp_str_eq(lp_str_concat(lp_str_from_cstr("ab"), lp_str_from_cstr("\xe2\x82\xac")),
                        lp_str_from_cstr("ab\xe2\x82\xac")));
    cr_assert(lp_str_eq_cstr(lp_str_substr(s, 2, 3), "\xe2\x82\xac"));
    cr_assert_eq(lp_str_from_char('a'), lp_str_from_char('a'));
    cr_assert(lp_str_cmp(lp_str_from_cstr("ab"), lp_str_from_cstr("b")) < 0);
    cr_assert(lp_str_eq_cstr(lp_str_repr(lp_str_from_cstr("it's")), "\"it's\""));
    cr_assert(lp_str_eq_cstr(lp_str_from_i64(0), "0"));
    cr_assert(lp_str_eq_cstr(lp_str_from_i64(-1234567), "-1234567"));
    cr_assert(lp_str_eq_cstr(lp_str_from_i64(INT64_MIN), "-9223372036854775808"));
}

Test(str, appending_shares_a_buffer_without_changing_old_strings)
{
    lp_value s = lp_str_empty(), snaps[200];
    for (int i = 0; i < 200; i++) {
        snaps[i] = s;
        s = lp_str_concat(s, lp_str_from_char('a' + i % 26));
    }
    lp_value fork = lp_str_concat(snaps[150], lp_str_from_cstr("XY")); /* not the tip */
    s = lp_str_concat(s, lp_str_from_cstr("\xe2\x82\xac"));             /* widens */
    for (int i = 0; i < 200; i++) {
        cr_assert_eq(lp_str_len(snaps[i]), i);
        if (i) cr_assert_eq(lp_str_at(lp_as_str(snaps[i]), i - 1), (uint32_t)('a' + (i - 1) % 26));
    }
    cr_assert_eq(lp_str_len(fork), 152);
    cr_assert_eq(lp_str_at(lp_as_str(fork), 150), 'X');
    cr_assert_eq(lp_str_at(lp_as_str(snaps[199]), 198), (uint32_t)('a' + 198 % 26));
    cr_assert_eq(lp_str_len(s), 201);
    cr_assert_eq(lp_as_str(s)->kind, 2);
    size_t n;
    const char *u = lp_str_utf8(snaps[100], &n); /* detached: NUL-terminated */
    cr_assert_eq(n, 100);
    cr_assert_eq(u[100], 0);
    cr_assert_eq(lp_str_hash(snaps[100]), lp_str_hash(lp_str_substr(s, 0, 100)));
    cr_assert(lp_str_eq(snaps[120], lp_str_substr(fork, 0, 120)));
}

Test(str, format_spec_parser_fields)
{
    lp_format_spec_t f;
    lp_format_spec_parse(lp_str_from_cstr("*>+#012,.3f"), &f, "float", '>', 0);
    cr_assert_eq(f.fill, '*');
    cr_assert_eq(f.align, '>');
    cr_assert(f.align_given && f.fill_given && f.alternate && !f.zero_pad);
    cr_assert_eq(f.sign, '+');
    cr_assert_eq(f.width, 12);
    cr_assert_eq(f.grouping, ',');
    cr_assert_eq(f.precision, 3);
    cr_assert_eq(f.type, 'f');
    lp_format_spec_parse(lp_str_from_cstr("010_x"), &f, "int", '>', 0);
    cr_assert(f.zero_pad);
    cr_assert_eq(f.fill, '0');
    cr_assert_eq(f.align, '=');
    cr_assert_eq(f.width, 10);
    cr_assert_eq(f.grouping, '_');
    cr_assert_eq(f.type, 'x');
    lp_format_spec_parse(lp_str_from_cstr(""), &f, "str", '<', 's');
    cr_assert_eq(f.width, -1);
    cr_assert_eq(f.precision, -1);
    cr_assert_eq(f.type, 's');
    cr_assert_eq(f.align, '<');
}

/* ==== the python3 table ==== */

typedef struct {
    const char *op;
    int nvalues;
    const char *specs[16];
    const char *expected;
} str_case_t;

static const str_case_t cases[] = {
#include "str_cases.h"
};

static int hexval(char c)
{
    return c <= '9' ? c - '0' : c - 'a' + 10;
}

/* The value of the spec at [*k] (advancing it); see gen_str_cases.py. */
static lp_value decode_spec(const char *const *specs, int *k)
{
    const char *s = specs[(*k)++];
    switch (s[0]) {
    case 's': return lp_str_from_utf8(s + 1, strlen(s + 1));
    case 'i': {
        lp_value r;
        cr_assert_eq(lp_int_from_str(s + 1, strlen(s + 1), 10, &r, NULL), LP_INT_OK);
        return r;
    }
    case 'N': return LP_NONE;
    case 'T': return LP_TRUE;
    case 'F': return LP_FALSE;
    case 'b':
    case 'B': {
        size_t n = strlen(s + 1) / 2;
        char *buf = lp_alloc_atomic(n + 1);
        for (size_t i = 0; i < n; i++) buf[i] = (char)(hexval(s[1 + 2 * i]) * 16 + hexval(s[2 + 2 * i]));
        return s[0] == 'b' ? lp_bytes_new(buf, n) : lp_bytearray_new(buf, n);
    }
    case 't': {
        int n = atoi(s + 1);
        lp_value items[16];
        for (int i = 0; i < n; i++) items[i] = decode_spec(specs, k);
        return lp_tuple_from_array(items, n);
    }
    case 'S': {
        lp_value parts[3];
        const char *p = s + 1;
        for (int i = 0; i < 3; i++) {
            parts[i] = *p && *p != ',' ? lp_int_from_i64(strtoll(p, NULL, 10)) : LP_NULL;
            p = strchr(p, ',') ? strchr(p, ',') + 1 : p + strlen(p);
        }
        return lp_slice_new(parts[0], parts[1], parts[2]);
    }
    }
    cr_assert_fail("bad spec %s", s);
    return LP_NONE;
}

typedef struct {
    const str_case_t *c;
    lp_value out; /* repr of the result */
} run_t;

static lp_value type_value(const lp_type_t *t)
{
    return lp_from_ptr(t);
}

static lp_value perform(const char *op, lp_value *v, int n)
{
    if (!strcmp(op, "@add")) return lp_binary_op(v[0], v[1], LP_NB_ADD);
    if (!strcmp(op, "@mul")) return lp_binary_op(v[0], v[1], LP_NB_MULTIPLY);
    if (!strcmp(op, "@mod")) return lp_binary_op(v[0], v[1], LP_NB_REMAINDER);
    if (!strcmp(op, "@getitem")) return lp_getitem(v[0], v[1]);
    if (!strcmp(op, "@contains")) return lp_bool(lp_contains(v[0], v[1]));
    if (!strcmp(op, "@hash")) return lp_int_from_i64(lp_hash(v[0]));
    if (!strcmp(op, "@repr")) return lp_repr(v[0]);
    if (!strcmp(op, "@len")) return lp_int_from_i64(lp_len(v[0]));
    if (!strcmp(op, "@lt")) return lp_compare(v[0], v[1], LP_LT);
    if (!strcmp(op, "@eq")) return lp_compare(v[0], v[1], LP_EQ);
    if (!strcmp(op, "@format")) return lp_format(v[0], v[1]);
    if (!strcmp(op, "@iter")) return lp_list_from_iterable(v[0]);
    if (!strcmp(op, "@str")) return lp_call(type_value(&lp_type_str), v, (size_t)n, LP_NULL);
    if (!strcmp(op, "@bytes")) return lp_call(type_value(&lp_type_bytes), v, (size_t)n, LP_NULL);
    if (!strcmp(op, "@bytearray"))
        return lp_call(type_value(&lp_type_bytearray), v, (size_t)n, LP_NULL);
    if (!strcmp(op, "fromhex")) /* a classmethod: called on the type */
        return lp_call(lp_getattr(type_value(lp_type_of(v[0])), lp_str_from_cstr(op)), v + 1,
                       (size_t)n - 1, LP_NULL);
    return lp_call_method(v[0], lp_str_from_cstr(op), v + 1, (size_t)n - 1);
}

static void run_case(void *ud)
{
    run_t *r = ud;
    lp_value v[16];
    int k = 0;
    for (int i = 0; i < r->c->nvalues; i++) v[i] = decode_spec(r->c->specs, &k);
    r->out = lp_repr(perform(r->c->op, v, r->c->nvalues));
}

/* "Type: message" of the exception [exc]. */
static const char *exc_text(lp_value exc)
{
    lp_value msg = lp_str(exc);
    size_t n;
    const char *m = lp_str_utf8(msg, &n);
    const char *t = lp_type_of(exc)->name;
    char *buf = lp_alloc_atomic(strlen(t) + n + 3);
    sprintf(buf, "%s: %s", t, m);
    return buf;
}

Test(str_cases, python3_table)
{
    int failed = 0;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        run_t r = { &cases[i], LP_NULL };
        lp_value exc = lp_pcall(run_case, &r);
        const char *got = exc ? exc_text(exc) : lp_str_utf8(r.out, NULL);
        if (strcmp(got, cases[i].expected) != 0) {
            failed++;
            fprintf(stderr, "case %zu: %s on %s%s: expected %s, got %s\n", i, cases[i].op,
                    cases[i].specs[0], cases[i].nvalues > 1 ? " ..." : "", cases[i].expected, got);
        }
    }
    cr_assert_eq(failed, 0, "%d of %zu cases differ from python3", failed,
                 sizeof cases / sizeof cases[0]);
}
