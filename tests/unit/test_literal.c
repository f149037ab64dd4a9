/* test_literal.c -- src/literal.c and runtime/unicode_names.c against CPython 3.11.7.
 *
 * Every expected answer is in literal_cases.h, written by
 * scripts/gen_literal_cases.py from python3 (numbers, single string tokens,
 * runs of STRING tokens with f-strings, \N{NAME} lookups).  The answers are
 * canonical text (described in that script); this file prints lemonpy's
 * results in the same form and compares.  A few hand-written tests pin down
 * the API details the canonical form does not show.
 *
 * SPDX-License-Identifier: MIT
 */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <stdint.h>
#include <string.h>

#include "buf.h"
#include "gc.h"
#include "literal.h"
#include "literal_cases.h"
#include "obj_int.h"
#include "unicode_names.h"

static void setup(void)
{
    lp_gc_init();
}

TestSuite(literal, .init = setup);

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* ==== the canonical text ==== */

/* Appends [s][0..n): printable ASCII as is, other bytes and % : , [ ] | as %XX. */
static void enc(lp_buf_t *b, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x21 && c <= 0x7e && !strchr("%:,[]|", c))
            lp_buf_putc(b, (char)c);
        else
            lp_buf_printf(b, "%%%02X", c);
    }
}

static void dump_error(lp_buf_t *b, const lp_literal_error_t *e)
{
    static const char where[] = "NTLC";
    lp_buf_printf(b, "E|%c|%d|%s", where[e->where], e->token, e->msg);
}

static void dump_values(lp_buf_t *b, const lp_fstring_t *f, int ntoks);

static void dump_field(lp_buf_t *b, const lp_ffield_t *f, int ntoks)
{
    lp_buf_printf(b, "f%d@%d.%d:", f->token, f->lines, f->cols);
    enc(b, f->tok + f->expr_start, f->expr_end - f->expr_start);
    lp_buf_printf(b, ":%d:", f->conversion);
    if (f->debug)
        enc(b, f->debug, f->debug_len);
    else
        lp_buf_putc(b, '-');
    lp_buf_putc(b, ':');
    if (f->spec)
        dump_values(b, f->spec, ntoks);
    else
        lp_buf_putc(b, '-');
}

/* A text value's span: '*' for the whole run (which one token also is). */
static void dump_span(lp_buf_t *b, int span_token, int ntoks)
{
    if (span_token < 0 || ntoks == 1)
        lp_buf_putc(b, '*');
    else
        lp_buf_printf(b, "%d", span_token);
}

static void dump_values(lp_buf_t *b, const lp_fstring_t *f, int ntoks)
{
    lp_buf_putc(b, 'J');
    if (f->token >= 0) lp_buf_printf(b, "%d", f->token);
    lp_buf_putc(b, '[');
    for (int i = 0; i < f->n; i++) {
        const lp_fvalue_t *v = &f->v[i];
        if (i) lp_buf_putc(b, ',');
        if (v->field) {
            dump_field(b, v->field, ntoks);
            continue;
        }
        lp_buf_printf(b, "t%d", v->kind_u);
        dump_span(b, v->span_token, ntoks);
        lp_buf_putc(b, ':');
        enc(b, v->s, v->n);
    }
    lp_buf_putc(b, ']');
}

/* ==== numbers ==== */

static void dump_number(lp_buf_t *b, const lp_ast_const_t *k, const lp_literal_error_t *e)
{
    uint64_t bits;
    if (!k) {
        dump_error(b, e);
        return;
    }
    memcpy(&bits, &k->d, sizeof bits);
    if (k->kind == LP_CONST_INT)
        lp_buf_printf(b, "I|%s", k->s);
    else
        lp_buf_printf(b, "%c|%016llx", k->kind == LP_CONST_FLOAT ? 'F' : 'C',
                      (unsigned long long)bits);
}

Test(literal, numbers)
{
    for (size_t i = 0; i < COUNT(lc_numbers); i++) {
        lp_arena_t *a = lp_arena_new();
        lp_buf_t b = {0};
        lp_literal_error_t e = {0};
        dump_number(&b, lp_literal_number(a, lc_numbers[i].in, lc_numbers[i].len, &e), &e);
        cr_expect(eq(str, b.data, (char *)lc_numbers[i].want), "number %.60s", lc_numbers[i].in);
        lp_arena_free(a);
    }
}

/* ==== one string token ==== */

static void dump_strlit(lp_buf_t *b, int rc, const lp_strlit_t *s, const lp_literal_error_t *e)
{
    if (rc) {
        dump_error(b, e);
        return;
    }
    lp_buf_printf(b, "L|%d%d%d%d%d%d|%zu|%zu|", s->bytes, s->raw, s->fstring, s->u, s->kind_u,
                  s->quote_len, s->body_start, s->body_end);
    if (s->fstring)
        lp_buf_putc(b, '-');
    else
        enc(b, s->s, s->n);
}

Test(literal, strings)
{
    for (size_t i = 0; i < COUNT(lc_strings); i++) {
        lp_arena_t *a = lp_arena_new();
        lp_buf_t b = {0};
        lp_literal_error_t e = {0};
        lp_strlit_t s;
        int rc = lp_literal_string(a, lc_strings[i].in, lc_strings[i].len, &s, &e);
        dump_strlit(&b, rc, &s, &e);
        cr_expect(eq(str, b.data, (char *)lc_strings[i].want), "string %s", lc_strings[i].in);
        lp_arena_free(a);
    }
}

/* ==== runs of STRING tokens ==== */

/* The callback: rejects the expression text CPython rejects (the parser's job). */
static int reject_cb(void *ud, lp_ffield_t *f)
{
    const char *bad = ud;
    size_t n = f->expr_end - f->expr_start;
    return bad && strlen(bad) == n && memcmp(bad, f->tok + f->expr_start, n) == 0;
}

static void dump_run(lp_buf_t *b, const lc_run_t *c)
{
    lp_arena_t *a = lp_arena_new();
    lp_token_t toks[4];
    memset(toks, 0, sizeof toks);
    for (int i = 0; i < c->ntoks; i++)
        toks[i].start = c->toks[i], toks[i].end = c->toks[i] + c->lens[i];
    lp_strings_t r;
    lp_literal_error_t e = {0};
    if (lp_literal_concat(a, toks, c->ntoks, reject_cb, (void *)c->reject, &r, &e))
        dump_error(b, &e);
    else if (r.kind == LP_STRINGS_BYTES)
        lp_buf_puts(b, "B|"), enc(b, r.s, r.n);
    else if (r.kind == LP_STRINGS_STR)
        lp_buf_printf(b, "S|%d|", r.kind_u), enc(b, r.s, r.n);
    else
        dump_values(b, &r.values, c->ntoks);
    lp_arena_free(a);
}

Test(literal, runs)
{
    for (size_t i = 0; i < COUNT(lc_runs); i++) {
        lp_buf_t b = {0};
        dump_run(&b, &lc_runs[i]);
        cr_expect(eq(str, b.data, (char *)lc_runs[i].want), "run %zu: %.80s", i,
                  lc_runs[i].toks[0]);
    }
}

/* ==== hand-written: API details ==== */

/* Records the first character of each field's expression and keeps a node. */
static int order_cb(void *ud, lp_ffield_t *f)
{
    char *order = ud;
    order[strlen(order)] = f->tok[f->expr_start];
    f->node = f;
    return 0;
}

Test(literal, field_node_and_callback_order)
{
    /* The callback sees fields in CPython's order (a spec's fields after their
     * owner) and may keep its result in field->node. */
    static const char src[] = "f'{a:{b}}{c}'";
    char order[8] = "";
    lp_arena_t *a = lp_arena_new();
    lp_token_t t = {.start = src, .end = src + sizeof src - 1};
    lp_strings_t r;
    lp_literal_error_t e = {0};
    cr_assert(eq(int, lp_literal_concat(a, &t, 1, order_cb, order, &r, &e), 0));
    cr_expect(eq(str, order, "abc"));
    cr_assert(eq(int, r.values.n, 2));
    cr_expect(r.values.v[0].field->node == r.values.v[0].field);
    cr_expect(eq(int, r.values.v[0].field->spec->n, 1));
    lp_arena_free(a);
}

Test(literal, fstring_parse_single_token)
{
    static const char src[] = "f'a{x=}b'";
    lp_arena_t *a = lp_arena_new();
    lp_fstring_t f;
    lp_literal_error_t e = {0};
    cr_assert(eq(int, lp_fstring_parse(a, src, sizeof src - 1, &f, &e), 0));
    cr_assert(eq(int, f.n, 3));
    cr_expect(eq(str, (char *)f.v[0].s, "ax="));
    cr_expect(eq(int, f.v[1].field->conversion, 'r'));
    cr_expect(eq(int, (int)f.v[1].field->debug_len, 2));
    cr_expect(eq(str, (char *)f.v[2].s, "b"));
    lp_arena_free(a);
}

Test(literal, callback_failure)
{
    static const char src[] = "f'{x}{y}'";
    lp_arena_t *a = lp_arena_new();
    lp_token_t t = {.start = src, .end = src + sizeof src - 1};
    lp_strings_t r;
    lp_literal_error_t e = {0};
    cr_assert(eq(int, lp_literal_concat(a, &t, 1, reject_cb, "y", &r, &e), -1));
    cr_expect(eq(int, e.where, LP_LITERR_CALLBACK));
    cr_expect(eq(int, e.offset, 6));
    lp_arena_free(a);
}

Test(literal, int_digit_limit_is_settable)
{
    static char digits[5001];
    memset(digits, '1', 5000);
    lp_arena_t *a = lp_arena_new();
    lp_literal_error_t e = {0};
    cr_expect(lp_literal_number(a, digits, 5000, &e) == NULL);
    cr_expect(eq(int, e.where, LP_LITERR_LINE));
    lp_int_set_max_str_digits(0);
    lp_ast_const_t *k = lp_literal_number(a, digits, 5000, &e);
    cr_expect(k && k->n == 5000);
    lp_int_set_max_str_digits(LP_INT_DEFAULT_MAX_STR_DIGITS);
    lp_arena_free(a);
}

/* ==== \N{NAME} ==== */

Test(literal, unicode_names)
{
    for (size_t i = 0; i < COUNT(lc_names); i++)
        cr_expect(eq(i32, lp_unicode_lookup_name(lc_names[i].name, strlen(lc_names[i].name)),
                     lc_names[i].cp),
                  "\\N{%s}", lc_names[i].name);
}

/* Every stored name and alias looks up as itself, and in lower case too. */
static void check_name(void *ud, const char *name, size_t n, int32_t cp)
{
    char lower[128];
    int *bad = ud;
    for (size_t i = 0; i < n; i++)
        lower[i] = (char)(name[i] >= 'A' && name[i] <= 'Z' ? name[i] + 32 : name[i]);
    if (lp_unicode_lookup_name(name, n) != cp || lp_unicode_lookup_name(lower, n) != cp)
        ++*bad;
}

static void count_name(void *ud, const char *name, size_t n, int32_t cp)
{
    ++*(int *)ud;
}

Test(literal, unicode_names_all_stored)
{
    int bad = 0, count = 0;
    lp_unicode_names_each(check_name, &bad);
    lp_unicode_names_each(count_name, &count);
    cr_expect(eq(int, bad, 0));
    cr_expect(eq(int, count, 34527 + 470)); /* python3: names without CJK/Hangul, aliases */
}
