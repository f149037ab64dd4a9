/* test_symtable.c -- the scope analysis against CPython 3.11.
 *
 * Every expected value of the case groups comes from symtable_cases.h,
 * which scripts/gen_symtable_cases.py writes by asking python3:
 *
 *   - programs the symbol table accepts (symtable.<group>): each is decoded
 *     as compile() decodes a string (lp_source_decode, LP_SOURCE_STRING),
 *     parsed by lp_parse and analysed by lp_symtable_build; lp_symtable_dump
 *     must print what the script prints from Python's symtable module, and
 *     the code-object view built here from the blocks (code_lines) must match
 *     the code objects compile() makes: names, first lines, generator and
 *     coroutine flags, parameter order, co_cellvars and co_freevars;
 *   - programs it rejects (symtable.error_<group>): the error's type,
 *     message, line, offset, end line and end offset must be CPython's.
 *
 * A failure names the group, the case's index and its source.  The tests
 * at the end check the lookup API on hand-picked trees.
 *
 * SPDX-License-Identifier: MIT
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "ast.h"
#include "buf.h"
#include "gc.h"
#include "parse.h"
#include "source.h"
#include "symtable.h"
#include "symtable_cases.h"
#include "tokenizer.h"

static void setup(void)
{
    lp_gc_init();
}

TestSuite(symtable, .init = setup);
TestSuite(symtable_api, .init = setup);

#define COUNT(a) (sizeof(a) / sizeof *(a))

/* ==== helpers ==== */

/* [s] with newlines escaped and cut at 200 bytes, for messages. */
static const char *shown(const char *s)
{
    lp_buf_t b = {0};
    lp_buf_putc(&b, '\'');
    for (size_t i = 0; s[i] && i < 200; i++) {
        if (s[i] == '\n')
            lp_buf_puts(&b, "\\n");
        else
            lp_buf_putc(&b, s[i]);
    }
    lp_buf_puts(&b, strlen(s) > 200 ? "'..." : "'");
    return b.data;
}

static lp_parse_mode_t mode_named(const char *name)
{
    if (strcmp(name, "eval") == 0) return LP_PARSE_EVAL;
    if (strcmp(name, "single") == 0) return LP_PARSE_SINGLE;
    return LP_PARSE_EXEC;
}

/* Decodes and parses [src] in [mode] into [arena] as compile() would (no
 * type comments); NULL with [err] filled on a parse error. */
static lp_ast_t *parse(lp_arena_t *arena, const char *src, const char *mode, lp_syntax_error_t *err)
{
    size_t len;
    int tokflags = 0;
    memset(err, 0, sizeof *err);
    const char *text =
        lp_source_decode(src, strlen(src), "nofile.py", LP_SOURCE_STRING, &len, &tokflags, err);
    if (!text) return NULL;
    return lp_parse(arena, text, len, mode_named(mode), tokflags, err, NULL);
}

/* ==== the code-object view ==== */

/* The co_name a block's code object gets. */
static const char *code_name(const lp_symtable_block_t *b)
{
    switch (b->node->kind) {
    case AST_Lambda: return "<lambda>";
    case AST_ListComp: return "<listcomp>";
    case AST_SetComp: return "<setcomp>";
    case AST_DictComp: return "<dictcomp>";
    case AST_GeneratorExp: return "<genexpr>";
    default: return b->name;
    }
}

/* co_firstlineno: a decorated def or class starts at its first decorator. */
static int code_firstlineno(const lp_symtable_block_t *b)
{
    const lp_ast_seq_t *decorators = NULL;
    if (b->node->kind == AST_ClassDef)
        decorators = b->node->f[AST_F_ClassDef_decorator_list].seq;
    else if (b->node->kind == AST_FunctionDef || b->node->kind == AST_AsyncFunctionDef)
        decorators = b->node->f[AST_F_FunctionDef_decorator_list].seq;
    if (decorators && decorators->len) return decorators->items[0].node->lineno;
    return b->lineno;
}

/* The co_flags CPython's compute_code_flags derives from a block. */
static void code_flags(lp_buf_t *out, const lp_symtable_block_t *b)
{
    size_t start = out->len;
    if (b->kind == BLOCK_FUNCTION) {
        if (b->nested) lp_buf_puts(out, "|NESTED");
        if (b->generator && !b->coroutine) lp_buf_puts(out, "|GENERATOR");
        if (!b->generator && b->coroutine) lp_buf_puts(out, "|COROUTINE");
        if (b->generator && b->coroutine) lp_buf_puts(out, "|ASYNC_GENERATOR");
        if (b->varargs) lp_buf_puts(out, "|VARARGS");
        if (b->varkeywords) lp_buf_puts(out, "|VARKEYWORDS");
    }
    if (out->len == start)
        lp_buf_puts(out, " -");
    else
        out->data[start] = ' ';
}

/* co_cellvars in 3.11's order: cells that are parameters come first, in
 * parameter order (they share the parameter's slot), then the others. */
static void code_cells(lp_buf_t *out, const lp_symtable_block_t *b)
{
    int n = 0;
    lp_buf_puts(out, " cells=");
    for (int i = 0; i < b->nparams; i++)
        if (lp_symtable_scope(b, b->params[i]) == SCOPE_CELL)
            lp_buf_printf(out, "%s%s", n++ ? "," : "", b->params[i]);
    for (int i = 0; i < b->ncellvars; i++) {
        const lp_symbol_t *sym = lp_symtable_lookup(b, b->cellvars[i]);
        if (!sym || !(sym->flags & DEF_PARAM))
            lp_buf_printf(out, "%s%s", n++ ? "," : "", b->cellvars[i]);
    }
}

static void code_line(lp_buf_t *out, const lp_symtable_block_t *b)
{
    lp_buf_printf(out, "%s %d", code_name(b), code_firstlineno(b));
    code_flags(out, b);
    lp_buf_puts(out, " params=");
    for (int i = 0; i < b->nparams; i++)
        lp_buf_printf(out, "%s%s", i ? "," : "", b->params[i]);
    code_cells(out, b);
    lp_buf_puts(out, " frees=");
    for (int i = 0; i < b->nfreevars; i++)
        lp_buf_printf(out, "%s%s", i ? "," : "", b->freevars[i]);
    lp_buf_putc(out, '\n');
}

static void collect_lines(const lp_symtable_block_t *b, char **lines, int *n)
{
    for (int i = 0; i < b->nchildren; i++) {
        lp_buf_t line = {0};
        code_line(&line, b->children[i]);
        lines[(*n)++] = line.data;
        collect_lines(b->children[i], lines, n);
    }
}

static int compare_lines(const void *x, const void *y)
{
    return strcmp(*(char *const *)x, *(char *const *)y);
}

/* One line per block below the module, sorted: what the script prints
 * from the code objects compile() makes. */
static const char *code_lines(const lp_symtable_t *st)
{
    char **lines = malloc((size_t)(st->nblocks + 1) * sizeof *lines);
    int n = 0;
    collect_lines(st->top, lines, &n);
    qsort(lines, (size_t)n, sizeof *lines, compare_lines);
    lp_buf_t out = {0};
    lp_buf_puts(&out, "");
    for (int i = 0; i < n; i++)
        lp_buf_puts(&out, lines[i]);
    free(lines);
    return out.data;
}

/* ==== the cases ==== */

/* Checks case [c] ([i] of [group]). */
static void check_case(const char *group, int i, const sc_case_t *c)
{
    lp_syntax_error_t err;
    lp_arena_t *arena = lp_arena_new();
    lp_ast_t *tree = parse(arena, c->src, c->mode, &err);
    cr_expect_not_null(tree, "%s[%d]: %s does not parse: %s", group, i, shown(c->src), err.msg);
    lp_symtable_t *st = tree ? lp_symtable_build(arena, tree, &err) : NULL;
    if (tree && c->dump) {
        cr_expect_not_null(st, "%s[%d]: %s is rejected: %s: %s (%d:%d)", group, i, shown(c->src),
                           err.type, err.msg, err.lineno, err.offset);
    } else if (tree) {
        cr_expect_null(st, "%s[%d]: %s is accepted, CPython: %s", group, i, shown(c->src), c->msg);
        if (!st) {
            cr_expect_str_eq(err.type, c->type, "%s[%d]: %s: type", group, i, shown(c->src));
            cr_expect_str_eq(err.msg, c->msg, "%s[%d]: %s: message", group, i, shown(c->src));
            cr_expect(err.lineno == c->lineno && err.offset == c->offset &&
                          err.end_lineno == c->end_lineno && err.end_offset == c->end_offset,
                      "%s[%d]: %s: %s at %d:%d-%d:%d, CPython %d:%d-%d:%d", group, i, shown(c->src),
                      err.msg, err.lineno, err.offset, err.end_lineno, err.end_offset, c->lineno,
                      c->offset, c->end_lineno, c->end_offset);
        }
    }
    if (st && c->dump) {
        lp_buf_t out = {0};
        lp_symtable_dump(&out, st);
        cr_expect_str_eq(out.data, c->dump, "%s[%d]: %s\n  lemonpy:\n%s  CPython:\n%s", group, i,
                         shown(c->src), out.data, c->dump);
        if (c->code) {
            const char *got = code_lines(st);
            cr_expect_str_eq(got, c->code, "%s[%d]: %s: code objects\n  lemonpy:\n%s  CPython:\n%s",
                             group, i, shown(c->src), got, c->code);
        }
    }
    lp_arena_free(arena);
}

static void check_group(const char *group, const sc_case_t *cases, size_t n)
{
    for (size_t i = 0; i < n; i++)
        check_case(group, (int)i, &cases[i]);
}

#define GROUP_TEST(name)                                                                           \
    Test(symtable, name)                                                                           \
    {                                                                                              \
        check_group(#name, sc_##name, COUNT(sc_##name));                                           \
    }
SC_GROUPS(GROUP_TEST)
#undef GROUP_TEST

/* ==== the API ==== */

/* Builds the table of [src] (which must be accepted) in [arena]. */
static lp_symtable_t *build(lp_arena_t *arena, const char *src, lp_ast_t **tree)
{
    lp_syntax_error_t err;
    *tree = parse(arena, src, "exec", &err);
    cr_assert_not_null(*tree, "%s: %s", src, err.msg);
    lp_symtable_t *st = lp_symtable_build(arena, *tree, &err);
    cr_assert_not_null(st, "%s: %s", src, err.msg);
    return st;
}

/* The [i]th statement of module [tree]. */
static const lp_ast_t *stmt(const lp_ast_t *tree, int i)
{
    return tree->f[AST_F_Module_body].seq->items[i].node;
}

Test(symtable_api, block_of_maps_nodes_to_blocks)
{
    lp_arena_t *arena = lp_arena_new();
    lp_ast_t *tree;
    lp_symtable_t *st =
        build(arena, "def f(a):\n    return lambda: a\nclass C: pass\nx = 1", &tree);
    cr_expect_eq(lp_symtable_block_of(st, tree), st->top);
    lp_symtable_block_t *f = lp_symtable_block_of(st, stmt(tree, 0));
    cr_assert_not_null(f);
    cr_expect_str_eq(f->name, "f");
    cr_expect_eq(f->kind, BLOCK_FUNCTION);
    cr_expect_eq(f->parent, st->top);
    const lp_ast_t *ret = stmt(tree, 0)->f[AST_F_FunctionDef_body].seq->items[0].node;
    lp_symtable_block_t *lam = lp_symtable_block_of(st, ret->f[AST_F_Return_value].node);
    cr_assert_not_null(lam);
    cr_expect_str_eq(lam->name, "lambda");
    cr_expect_eq(lam->parent, f);
    cr_expect_eq(lp_symtable_block_of(st, stmt(tree, 1))->kind, BLOCK_CLASS);
    cr_expect_null(lp_symtable_block_of(st, stmt(tree, 2)));
    cr_expect_eq(st->nblocks, 4);
    lp_arena_free(arena);
}

Test(symtable_api, lookup_and_scope)
{
    lp_arena_t *arena = lp_arena_new();
    lp_ast_t *tree;
    lp_symtable_t *st = build(arena, "def f(a):\n    b = 1\n    return lambda: a + c", &tree);
    lp_symtable_block_t *f = st->top->children[0], *lam = f->children[0];
    cr_expect_eq(lp_symtable_scope(f, "a"), SCOPE_CELL);
    cr_expect_eq(lp_symtable_scope(f, "b"), SCOPE_LOCAL);
    cr_expect_eq(lp_symtable_scope(f, "zzz"), SCOPE_NONE);
    cr_expect_eq(lp_symtable_scope(lam, "a"), SCOPE_FREE);
    cr_expect_eq(lp_symtable_scope(lam, "c"), SCOPE_GLOBAL_IMPLICIT);
    char name[] = "a"; /* a different pointer to the same text */
    const lp_symbol_t *sym = lp_symtable_lookup(f, name);
    cr_assert_not_null(sym);
    cr_expect_eq(sym->flags, DEF_PARAM);
    cr_expect_null(lp_symtable_lookup(lam, "b"));
    cr_expect_eq(f->ncellvars, 1);
    cr_expect_str_eq(lam->freevars[0], "a");
    lp_arena_free(arena);
}

Test(symtable_api, many_symbols_and_blocks)
{
    lp_buf_t src = {0};
    lp_buf_puts(&src, "def f():\n");
    for (int i = 0; i < 2000; i++)
        lp_buf_printf(&src, "    v%d = lambda: v%d\n", i, 1999 - i);
    lp_arena_t *arena = lp_arena_new();
    lp_ast_t *tree;
    lp_symtable_t *st = build(arena, src.data, &tree);
    lp_symtable_block_t *f = st->top->children[0];
    cr_expect_eq(f->nchildren, 2000);
    cr_expect_eq(f->ncellvars, 2000);
    cr_expect_str_eq(f->cellvars[0], "v0");
    cr_expect_str_eq(f->cellvars[1], "v1");
    cr_expect_str_eq(f->cellvars[2], "v10");
    for (int i = 0; i < 2000; i += 97) {
        char name[16];
        snprintf(name, sizeof name, "v%d", i);
        cr_expect_eq(lp_symtable_scope(f, name), SCOPE_CELL, "%s", name);
        cr_expect_eq(lp_symtable_block_of(st, f->children[i]->node), f->children[i]);
    }
    lp_arena_free(arena);
}

Test(symtable_api, mangle)
{
    lp_arena_t *arena = lp_arena_new();
    cr_expect_str_eq(lp_symtable_mangle(arena, "C", "__x"), "_C__x");
    cr_expect_str_eq(lp_symtable_mangle(arena, "_C", "__x"), "_C__x");
    cr_expect_str_eq(lp_symtable_mangle(arena, "__C_", "__x"), "_C___x");
    const char *same[][2] = {{"C", "__x__"}, {"C", "_x"},    {"C", "x"},   {"C", "__"},
                             {"C", "__a.b"}, {"___", "__x"}, {NULL, "__x"}};
    for (size_t i = 0; i < COUNT(same); i++)
        cr_expect_eq(lp_symtable_mangle(arena, same[i][0], same[i][1]), same[i][1], "%s in %s",
                     same[i][1], same[i][0] ? same[i][0] : "NULL");
    lp_arena_free(arena);
}

Test(symtable_api, block_metadata)
{
    lp_arena_t *arena = lp_arena_new();
    lp_ast_t *tree;
    lp_symtable_t *st = build(arena,
                              "from __future__ import annotations\n"
                              "class C:\n"
                              "    def m(self, *a, **k):\n"
                              "        super()\n"
                              "        return 1\n"
                              "    async def g(self):\n"
                              "        yield [await x async for x in y]\n",
                              &tree);
    cr_expect_eq(st->future_features, LP_FUTURE_ANNOTATIONS);
    cr_expect_eq(st->future_lineno, 1);
    lp_symtable_block_t *c = st->top->children[0], *m = c->children[0], *g = c->children[1];
    cr_expect(c->needs_class_closure);
    cr_expect_str_eq(c->private_name, "C");
    cr_expect_str_eq(m->private_name, "C");
    cr_expect_null(st->top->private_name);
    cr_expect(m->varargs && m->varkeywords && m->returns_value && !m->generator);
    cr_expect(g->generator && g->coroutine && !g->returns_value);
    lp_symtable_block_t *comp = g->children[0];
    cr_expect_eq(comp->comprehension, COMP_LIST);
    cr_expect(comp->coroutine && !comp->generator && comp->nested);
    cr_expect_str_eq(comp->params[0], ".0");
    lp_arena_free(arena);
}

Test(symtable_api, function_type_is_not_a_module)
{
    lp_arena_t *arena = lp_arena_new();
    lp_syntax_error_t err = {0};
    size_t len;
    int tokflags = 0;
    const char *src = "(int, str) -> None";
    const char *text =
        lp_source_decode(src, strlen(src), "nofile.py", LP_SOURCE_STRING, &len, &tokflags, &err);
    lp_ast_t *tree = lp_parse(arena, text, len, LP_PARSE_FUNC_TYPE, tokflags, &err, NULL);
    cr_assert_not_null(tree);
    cr_expect_null(lp_symtable_build(arena, tree, &err));
    cr_expect_str_eq(err.type, "RuntimeError");
    cr_expect_str_eq(err.msg, "this compiler does not handle FunctionTypes");
    lp_arena_free(arena);
}
