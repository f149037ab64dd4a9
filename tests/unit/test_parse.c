/* test_parse.c -- the parser and the tree builders against CPython 3.11.
 *
 * Every expected value comes from parse_cases.h, which
 * scripts/gen_parse_cases.py writes by asking python3's ast module:
 *
 *   - valid programs, one test per grammar feature (parse_valid.<group>):
 *     each is decoded as `python3 -m ast` decodes its input
 *     (lp_source_decode, LP_SOURCE_STRING), parsed by lp_parse with type
 *     comments on, and printed by lp_ast_dump with attributes on one line;
 *     the text must be ast.dump(tree, include_attributes=True) exactly;
 *   - programs in the other modes (eval, single, func_type);
 *   - invalid programs, one test per feature (parse_invalid.<group>): the
 *     error's type, message and line must be ast.parse's, and so must its
 *     offset, end line and end offset when those three agree, except for
 *     the programs listed in the script's KNOWN_POSITION_MISMATCHES (those
 *     must still differ, so that the list is pruned once they are fixed).
 *
 * A failure names the group, the case's index and its source.
 *
 * SPDX-License-Identifier: MIT
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "ast.h"
#include "buf.h"
#include "gc.h"
#include "parse.h"
#include "parse_cases.h"
#include "source.h"
#include "tokenizer.h"

static void setup(void)
{
    lp_gc_init();
}

TestSuite(parse_valid, .init = setup);
TestSuite(parse_invalid, .init = setup);
TestSuite(parse, .init = setup);

#define COUNT(a) (sizeof(a) / sizeof *(a))

/* ==== helpers ==== */

/* The [n] bytes at [s] with newlines and other control bytes escaped, for
 * messages (the returned text lives in the collected heap). */
static const char *shown_n(const char *s, size_t n)
{
    lp_buf_t b = {0};
    lp_buf_putc(&b, '\'');
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\n') lp_buf_puts(&b, "\\n");
        else if (c == '\r') lp_buf_puts(&b, "\\r");
        else if (c == '\t') lp_buf_puts(&b, "\\t");
        else if (c < 32 || c == 127) lp_buf_printf(&b, "\\x%02x", c);
        else lp_buf_putc(&b, (char)c);
    }
    lp_buf_putc(&b, '\'');
    return b.data;
}

/* Decodes and parses the [n] bytes at [src] in [mode] as `python3 -m ast`
 * does.  Returns the dump of the tree (attributes on, one line), or NULL
 * with [err] filled. */
static const char *parse_dump_n(const char *src, size_t n, lp_parse_mode_t mode,
                                lp_syntax_error_t *err)
{
    size_t len;
    int tokflags = 0;
    memset(err, 0, sizeof *err);
    const char *text =
        lp_source_decode(src, n, "<unknown>", LP_SOURCE_STRING, &len, &tokflags, err);
    if (!text) return NULL;
    lp_arena_t *arena = lp_arena_new();
    lp_ast_t *tree = lp_parse(arena, text, len, mode, LP_TOKF_TYPE_COMMENTS | tokflags, err, NULL);
    const char *dump = NULL;
    if (tree) {
        lp_buf_t out = {0};
        lp_ast_dump(&out, tree, -1, 1);
        dump = out.data ? out.data : "";
    }
    lp_arena_free(arena);
    return dump;
}

static const char *parse_dump(const char *src, lp_parse_mode_t mode, lp_syntax_error_t *err)
{
    return parse_dump_n(src, strlen(src), mode, err);
}

static lp_parse_mode_t mode_named(const char *name)
{
    if (strcmp(name, "eval") == 0) return LP_PARSE_EVAL;
    if (strcmp(name, "single") == 0) return LP_PARSE_SINGLE;
    if (strcmp(name, "func_type") == 0) return LP_PARSE_FUNC_TYPE;
    return LP_PARSE_EXEC;
}

/* Expects the [n] bytes at [src] to parse in [mode] to [dump]; [what]
 * names the case. */
static void expect_tree(const char *what, const char *src, size_t n, lp_parse_mode_t mode,
                        const char *dump)
{
    lp_syntax_error_t err;
    const char *got = parse_dump_n(src, n, mode, &err);
    cr_expect_not_null(got, "%s: %s is rejected: %s: %s (line %d, offset %d)", what,
                       shown_n(src, n), err.type ? err.type : "?", err.msg, err.lineno,
                       err.offset);
    if (!got) return;
    cr_expect_str_eq(got, dump, "%s: %s parses to a different tree\n  lemonpy: %s\n  CPython: %s",
                     what, shown_n(src, n), got, dump);
}

/* Checks the cases of one group of valid programs. */
static void check_valid(const char *group, const pc_valid_t *cases, size_t n)
{
    char what[200];
    for (size_t i = 0; i < n; i++) {
        snprintf(what, sizeof what, "%s[%zu]", group, i);
        expect_tree(what, cases[i].src, (size_t)cases[i].len, LP_PARSE_EXEC, cases[i].dump);
    }
}

/* Checks the cases of one group of invalid programs. */
static void check_invalid(const char *group, const pc_invalid_t *cases, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const pc_invalid_t *c = &cases[i];
        lp_syntax_error_t e;
        const char *src = shown_n(c->src, (size_t)c->len);
        const char *got = parse_dump_n(c->src, (size_t)c->len, LP_PARSE_EXEC, &e);
        cr_expect_null(got, "%s[%zu]: %s is accepted; CPython: %s: %s", group, i, src,
                       c->type, c->msg);
        if (got) continue;
        int same_error = e.type && strcmp(e.type, c->type) == 0 && strcmp(e.msg, c->msg) == 0 &&
                         e.lineno == c->lineno;
        cr_expect(same_error,
                  "%s[%zu]: %s\n  lemonpy: %s: %s (line %d)\n  CPython: %s: %s (line %d)", group,
                  i, src, e.type ? e.type : "(no type)", e.msg, e.lineno, c->type,
                  c->msg, c->lineno);
        if (!same_error) continue; /* the position of another error says nothing */
        int same = e.offset == c->offset && e.end_lineno == c->end_lineno &&
                   e.end_offset == c->end_offset;
        if (!c->known_position)
            cr_expect(same,
                      "%s[%zu]: %s (%s)\n  position: lemonpy %d:%d-%d:%d, CPython %d:%d-%d:%d",
                      group, i, src, c->msg, e.lineno, e.offset, e.end_lineno,
                      e.end_offset, c->lineno, c->offset, c->end_lineno, c->end_offset);
        else
            cr_expect(!same,
                      "%s[%zu]: %s now has CPython's position: remove it from "
                      "KNOWN_POSITION_MISMATCHES in scripts/gen_parse_cases.py",
                      group, i, src);
    }
}

/* ==== valid programs: one test per group ==== */

#define VALID_TEST(group)                                                                  \
    Test(parse_valid, group)                                                               \
    {                                                                                      \
        check_valid(#group, pc_valid_##group, COUNT(pc_valid_##group));                    \
    }
PC_VALID_GROUPS(VALID_TEST)
#undef VALID_TEST

Test(parse_valid, other_modes)
{
    char what[200];
    for (size_t i = 0; i < COUNT(pc_valid_modes); i++) {
        const pc_mode_t *c = &pc_valid_modes[i];
        snprintf(what, sizeof what, "other_modes[%zu] (mode %s)", i, c->mode);
        expect_tree(what, c->src, strlen(c->src), mode_named(c->mode), c->dump);
    }
}

/* ==== invalid programs: one test per group ==== */

#define INVALID_TEST(group)                                                                \
    Test(parse_invalid, group)                                                             \
    {                                                                                      \
        check_invalid(#group, pc_invalid_##group, COUNT(pc_invalid_##group));              \
    }
PC_INVALID_GROUPS(INVALID_TEST)
#undef INVALID_TEST

/* ==== properties of the parser itself ==== */

/* Parsing is repeatable: a second parse of the same text in a fresh arena
 * gives the same tree, and an error leaves no state behind. */
Test(parse, repeatable_after_errors)
{
    lp_syntax_error_t err;
    const char *first = parse_dump("x = [a for a in b]\n", LP_PARSE_EXEC, &err);
    cr_assert_not_null(first);
    for (int i = 0; i < 50; i++) {
        cr_expect_null(parse_dump("x = (1,\n", LP_PARSE_EXEC, &err));
        cr_expect_null(parse_dump("def f(:\n", LP_PARSE_EXEC, &err));
        const char *again = parse_dump("x = [a for a in b]\n", LP_PARSE_EXEC, &err);
        cr_assert_not_null(again);
        cr_expect_str_eq(again, first, "parse %d differs", i);
    }
}

/* An empty source is an empty module, in exec mode as from a file. */
Test(parse, empty_module)
{
    lp_syntax_error_t err;
    const char *got = parse_dump("", LP_PARSE_EXEC, &err);
    cr_assert_not_null(got);
    cr_expect_str_eq(got, "Module(body=[], type_ignores=[])");
}

/* Nesting deeper than CPython allows is a clean SyntaxError, never a crash. */
Test(parse, deep_nesting_is_an_error)
{
    lp_buf_t b = {0};
    lp_buf_puts(&b, "x = ");
    lp_buf_fill(&b, '(', 5000);
    lp_buf_putc(&b, '1');
    lp_buf_fill(&b, ')', 5000);
    lp_buf_putc(&b, '\n');
    lp_syntax_error_t err;
    cr_expect_null(parse_dump(b.data, LP_PARSE_EXEC, &err));
    cr_expect_str_eq(err.msg, "too many nested parentheses");

    lp_buf_t d = {0};
    for (int i = 0; i < 150; i++) {
        lp_buf_fill(&d, ' ', (size_t)i);
        lp_buf_puts(&d, "if x:\n");
    }
    lp_buf_fill(&d, ' ', 150);
    lp_buf_puts(&d, "pass\n");
    cr_expect_null(parse_dump(d.data, LP_PARSE_EXEC, &err));
    cr_expect_str_eq(err.type, "IndentationError");
    cr_expect_str_eq(err.msg, "too many levels of indentation");
}

/* A long flat program (many statements, long expressions) parses. */
Test(parse, long_inputs)
{
    lp_buf_t b = {0};
    for (int i = 0; i < 20000; i++) lp_buf_printf(&b, "x%d = %d\n", i, i);
    lp_buf_puts(&b, "y = 0");
    for (int i = 0; i < 20000; i++) lp_buf_puts(&b, " + 1");
    lp_buf_putc(&b, '\n');
    lp_syntax_error_t err;
    const char *got = parse_dump(b.data, LP_PARSE_EXEC, &err);
    cr_expect_not_null(got, "rejected: %s (line %d)", err.msg, err.lineno);
}

/* The generated header is complete: every case above was counted. */
Test(parse, case_counts)
{
    size_t valid = COUNT(pc_valid_modes), invalid = 0;
#define ADD_VALID(group) valid += COUNT(pc_valid_##group);
#define ADD_INVALID(group) invalid += COUNT(pc_invalid_##group);
    PC_VALID_GROUPS(ADD_VALID)
    PC_INVALID_GROUPS(ADD_INVALID)
#undef ADD_VALID
#undef ADD_INVALID
    cr_expect_eq(valid, PC_VALID_COUNT);
    cr_expect_eq(invalid, PC_INVALID_COUNT);
}
