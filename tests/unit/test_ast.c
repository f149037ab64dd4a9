/* test_ast.c -- the syntax tree: arena, kind table, constructors, repr, dump.
 *
 * Most expected values come from ast_cases.h, which scripts/gen_ast_cases.py
 * writes by asking CPython 3.11:
 *
 *   - repr() of a few thousand floats (lp_float_repr) and complex numbers
 *     (lp_float_complex_repr);
 *   - repr() of constants of every kind (lp_ast_const_repr);
 *   - small programs, each as a serialized tree and as ast.dump() texts: the
 *     tree is rebuilt here with the generated ast_* constructors and printed
 *     by lp_ast_dump, which must give the same bytes;
 *   - the node classes of the ast module and their _fields (lp_ast_info).
 *
 * The tests at the start check what arena.h and ast.h promise rather than
 * CPython outputs.
 *
 * SPDX-License-Identifier: MIT
 */
#include <criterion/criterion.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "ast.h"
#include "ast_cases.h"
#include "floatrepr.h"
#include "gc.h"

static void setup(void)
{
    lp_gc_init();
}

TestSuite(arena, .init = setup);
TestSuite(ast, .init = setup);
TestSuite(floatrepr, .init = setup);
TestSuite(ast_repr, .init = setup);
TestSuite(ast_dump, .init = setup);

#define POS(l, c, el, ec) ((lp_ast_pos_t){(l), (c), (el), (ec)})

/* ==== arena ==== */

Test(arena, aligned_zeroed_and_counted)
{
    lp_arena_t *a = lp_arena_new();
    size_t sizes[] = {1, 3, 16, 17, 100, 5000, 20000, 70000, 1, 8, 300000, 2};
    for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++) {
        unsigned char *p = lp_arena_alloc(a, sizes[i]);
        cr_assert_eq((uintptr_t)p % 16, 0, "allocation %zu is not 16-byte aligned", i);
        for (size_t j = 0; j < sizes[i]; j++)
            cr_assert_eq(p[j], 0);
        memset(p, 0xAB, sizes[i]);
    }
    cr_expect_geq(lp_arena_size(a), 1 + 3 + 16 + 17 + 100 + 5000 + 20000 + 70000 + 300000);
    lp_arena_free(a);
}

Test(arena, many_small_allocations_stay_distinct)
{
    lp_arena_t *a = lp_arena_new();
    enum { N = 100000 };
    int **ptrs = malloc(N * sizeof *ptrs);
    for (int i = 0; i < N; i++) {
        ptrs[i] = lp_arena_alloc(a, sizeof(int) * (size_t)(1 + i % 7));
        *ptrs[i] = i;
    }
    for (int i = 0; i < N; i++)
        cr_assert_eq(*ptrs[i], i);
    free(ptrs);
    lp_arena_free(a);
}

Test(arena, strndup_copies_and_terminates)
{
    lp_arena_t *a = lp_arena_new();
    char *s = lp_arena_strndup(a, "hello world", 5);
    cr_expect_str_eq(s, "hello");
    char *e = lp_arena_strndup(a, NULL, 0);
    cr_expect_str_eq(e, "");
    lp_arena_free(a);
    lp_arena_free(NULL);
}

/* ==== the kind table ==== */

/* The kind named [name], or -1. */
static int kind_named(const char *name, size_t n)
{
    for (int k = 0; k < AST__COUNT; k++)
        if (strlen(lp_ast_info[k].name) == n && memcmp(lp_ast_info[k].name, name, n) == 0) return k;
    return -1;
}

Test(ast, info_matches_the_ast_module)
{
    cr_assert_eq(AST__COUNT, sizeof ac_kinds / sizeof *ac_kinds);
    for (size_t i = 0; i < sizeof ac_kinds / sizeof *ac_kinds; i++) {
        const char *name = ac_kinds[i][0];
        int k = kind_named(name, strlen(name));
        cr_assert_geq(k, 0, "no kind %s", name);
        char fields[200] = "";
        for (int j = 0; j < lp_ast_info[k].nfields; j++) {
            if (j) strcat(fields, " ");
            strcat(fields, lp_ast_info[k].fields[j].name);
        }
        cr_expect_str_eq(fields, ac_kinds[i][1], "fields of %s", name);
        cr_expect_null(lp_ast_info[k].fields[lp_ast_info[k].nfields].name);
    }
}

Test(ast, info_types_and_quantifiers)
{
    const lp_ast_info_t *b = &lp_ast_info[AST_BinOp];
    cr_expect_str_eq(b->name, "BinOp");
    cr_expect_str_eq(b->sum, "expr");
    cr_expect_eq(b->has_pos, 1);
    cr_expect_eq(b->nfields, 3);
    cr_expect_eq(b->fields[1].type, LP_AST_T_ENUM);
    cr_expect_eq(b->fields[2].q, '1');
    const lp_ast_info_t *c = &lp_ast_info[AST_Constant];
    cr_expect_eq(c->fields[0].type, LP_AST_T_CONSTANT);
    cr_expect_eq(c->fields[1].type, LP_AST_T_STRING);
    cr_expect_eq(c->fields[1].q, '?');
    const lp_ast_info_t *g = &lp_ast_info[AST_Global];
    cr_expect_eq(g->fields[0].type, LP_AST_T_IDENTIFIER);
    cr_expect_eq(g->fields[0].q, '*');
    cr_expect_eq(lp_ast_info[AST_ImportFrom].fields[2].type, LP_AST_T_INT);
    cr_expect_eq(lp_ast_info[AST_Compare].fields[1].type, LP_AST_T_ENUM);
    cr_expect_eq(lp_ast_info[AST_arguments].has_pos, 0);
    cr_expect_str_eq(lp_ast_info[AST_arguments].sum, "arguments");
    cr_expect_eq(lp_ast_info[AST_arg].has_pos, 1);
    cr_expect_eq(lp_ast_info[AST_Load].nfields, 0);
    cr_expect_str_eq(lp_ast_info[AST_Load].sum, "expr_context");
    cr_expect_eq(lp_ast_info[AST_Module].has_pos, 0);
}

/* ==== constructors and sequences ==== */

Test(ast, constructor_fills_slots_and_position)
{
    lp_arena_t *a = lp_arena_new();
    lp_ast_t *x = ast_Name(a, "x", AST_Load, POS(1, 0, 1, 1));
    lp_ast_t *y = ast_Name(a, "y", AST_Load, POS(1, 4, 1, 5));
    lp_ast_t *n = ast_BinOp(a, x, AST_Add, y, POS(1, 0, 2, 7));
    cr_expect_eq(n->kind, AST_BinOp);
    cr_expect_eq(n->f[AST_F_BinOp_left].node, x);
    cr_expect_eq(n->f[AST_F_BinOp_op].i, AST_Add);
    cr_expect_eq(n->f[AST_F_BinOp_right].node, y);
    cr_expect_eq(n->lineno, 1);
    cr_expect_eq(n->col_offset, 0);
    cr_expect_eq(n->end_lineno, 2);
    cr_expect_eq(n->end_col_offset, 7);
    cr_expect_eq(n->parens, 0);
    cr_expect_str_eq(x->f[AST_F_Name_id].str, "x");
    lp_ast_t *p = ast_Pass(a, POS(3, 4, 3, 8));
    cr_expect_eq(p->kind, AST_Pass);
    cr_expect_eq(p->lineno, 3);
    lp_arena_free(a);
}

Test(ast, sequences_grow)
{
    lp_arena_t *a = lp_arena_new();
    lp_ast_seq_t *s = lp_ast_seq_new(a);
    cr_expect_eq(s->len, 0);
    for (long i = 0; i < 1000; i++)
        cr_assert_eq(lp_ast_seq_add_int(a, s, i), s);
    cr_assert_eq(s->len, 1000);
    for (int i = 0; i < 1000; i++)
        cr_assert_eq(s->items[i].i, i);
    lp_ast_seq_t *t = lp_ast_seq_add_str(a, NULL, "a");
    t = lp_ast_seq_add_str(a, t, "b");
    cr_expect_eq(t->len, 2);
    cr_expect_str_eq(t->items[1].str, "b");
    lp_ast_t *n = ast_Pass(a, POS(1, 0, 1, 4));
    lp_ast_seq_t *u = lp_ast_seq_add_node(a, NULL, n);
    u = lp_ast_seq_add_node(a, u, NULL);
    cr_expect_eq(lp_ast_seq_node(u, 0), n);
    cr_expect_null(lp_ast_seq_node(u, 1));
    lp_arena_free(a);
}

Test(ast, const_new_copies_bytes)
{
    lp_arena_t *a = lp_arena_new();
    char src[] = {'a', 0, 'b'};
    lp_ast_const_t *k = lp_ast_const_new(a, LP_CONST_BYTES, 0, src, 3);
    src[0] = 'z';
    cr_expect_eq(k->kind, LP_CONST_BYTES);
    cr_expect_eq(k->n, 3);
    cr_expect_eq(memcmp(k->s, "a\0b", 4), 0); /* copied, NUL-terminated */
    lp_ast_const_t *f = lp_ast_const_new(a, LP_CONST_FLOAT, 2.5, NULL, 0);
    cr_expect_eq(f->d, 2.5);
    cr_expect_null(f->s);
    lp_arena_free(a);
}

/* ==== float repr ==== */

static double from_bits(uint64_t b)
{
    double d;
    memcpy(&d, &b, sizeof d);
    return d;
}

Test(floatrepr, matches_python)
{
    char out[LP_COMPLEX_REPR_MAX];
    for (size_t i = 0; i < sizeof ac_floats / sizeof *ac_floats; i++) {
        double d = from_bits(ac_floats[i].bits);
        size_t n = lp_float_repr(d, out);
        cr_expect_str_eq(out, ac_floats[i].repr, "repr of %016llx",
                         (unsigned long long)ac_floats[i].bits);
        cr_expect_eq(n, strlen(out));
        n = lp_float_complex_repr(0.0, d, out);
        cr_expect_str_eq(out, ac_floats[i].imag_repr, "repr of %016llxj",
                         (unsigned long long)ac_floats[i].bits);
        cr_expect_eq(n, strlen(out));
    }
}

Test(floatrepr, complex_matches_python)
{
    char out[LP_COMPLEX_REPR_MAX];
    for (size_t i = 0; i < sizeof ac_complexes / sizeof *ac_complexes; i++) {
        const ac_complex_t *c = &ac_complexes[i];
        lp_float_complex_repr(from_bits(c->re), from_bits(c->im), out);
        cr_expect_str_eq(out, c->repr, "complex(%016llx, %016llx)", (unsigned long long)c->re,
                         (unsigned long long)c->im);
    }
}

Test(floatrepr, shortest_digits)
{
    char digits[20];
    int decpt;
    cr_expect_eq(lp_float_shortest(0.1, digits, &decpt), 1);
    cr_expect_str_eq(digits, "1");
    cr_expect_eq(decpt, 0);
    cr_expect_eq(lp_float_shortest(1234.5, digits, &decpt), 5);
    cr_expect_str_eq(digits, "12345");
    cr_expect_eq(decpt, 4);
    cr_expect_eq(lp_float_shortest(0.1 + 0.2, digits, &decpt), 17);
    cr_expect_str_eq(digits, "30000000000000004");
}

/* ==== reading serialized trees (the format: scripts/gen_ast_cases.py) ==== */

typedef struct {
    const char *p; /* the next token */
    lp_arena_t *a;
} reader_t;

/* The next token, [*n] bytes long. */
static const char *next_token(reader_t *r, size_t *n)
{
    while (*r->p == ' ')
        r->p++;
    const char *start = r->p;
    while (*r->p && *r->p != ' ')
        r->p++;
    *n = (size_t)(r->p - start);
    cr_assert_gt(*n, 0, "serialized tree ends early");
    return start;
}

/* The bytes whose hex digits are [hex][0..n), in the arena; [*len] their count. */
static char *unhex(reader_t *r, const char *hex, size_t n, size_t *len)
{
    char *out = lp_arena_alloc(r->a, n / 2 + 1);
    for (size_t i = 0; i < n / 2; i++) {
        char two[3] = {hex[2 * i], hex[2 * i + 1], 0};
        out[i] = (char)strtol(two, NULL, 16);
    }
    *len = n / 2;
    return out;
}

static long read_long(reader_t *r)
{
    size_t n;
    return strtol(next_token(r, &n), NULL, 10);
}

/* A constant token: N T F E iDIGITS fBITS jBITS sHEX bHEX. */
static lp_ast_const_t *read_constant(reader_t *r, const char *t, size_t n)
{
    static const char kinds[] = "NTFEifjsb";
    const char *at = memchr(kinds, t[0], sizeof kinds - 1);
    cr_assert(at, "bad constant token %.*s", (int)n, t);
    lp_const_kind_t kind = (lp_const_kind_t)(at - kinds);
    if (kind == LP_CONST_FLOAT || kind == LP_CONST_COMPLEX) {
        double d = from_bits(strtoull(t + 1, NULL, 16));
        return lp_ast_const_new(r->a, kind, d, NULL, 0);
    }
    if (kind == LP_CONST_INT) return lp_ast_const_new(r->a, kind, 0, t + 1, n - 1);
    if (kind < LP_CONST_INT) return lp_ast_const_new(r->a, kind, 0, NULL, 0);
    size_t len;
    char *bytes = unhex(r, t + 1, n - 1, &len);
    return lp_ast_const_new(r->a, kind, 0, bytes, len);
}

static lp_ast_t *read_node(reader_t *r, const char *t, size_t n);

/* One value of ASDL type [type]. */
static lp_ast_slot_t read_scalar(reader_t *r, lp_ast_type_t type)
{
    size_t n;
    const char *t = next_token(r, &n);
    lp_ast_slot_t v = {0};
    if (n == 1 && t[0] == '~') return v;
    switch (type) {
    case LP_AST_T_NODE: v.node = read_node(r, t, n); break;
    case LP_AST_T_ENUM: v.i = kind_named(t, n); break;
    case LP_AST_T_IDENTIFIER:
    case LP_AST_T_STRING: {
        size_t len;
        cr_assert_eq(t[0], '\'');
        v.str = unhex(r, t + 1, n - 1, &len);
        v.str = lp_arena_strndup(r->a, v.str, len);
        break;
    }
    case LP_AST_T_INT: v.i = strtol(t + 1, NULL, 10); break;
    case LP_AST_T_CONSTANT: v.k = read_constant(r, t, n); break;
    }
    return v;
}

/* The value of field [f]: a list or a single value. */
static lp_ast_slot_t read_field(reader_t *r, const lp_ast_field_t *f)
{
    if (f->q != '*') return read_scalar(r, f->type);
    size_t n;
    const char *t = next_token(r, &n);
    cr_assert_eq(t[0], '*');
    long count = strtol(t + 1, NULL, 10);
    lp_ast_seq_t *s = lp_ast_seq_new(r->a);
    for (long i = 0; i < count; i++)
        lp_ast_seq_add(r->a, s, read_scalar(r, f->type));
    return (lp_ast_slot_t){.seq = s};
}

/* Calls the constructor of [kind] with the field values [sl]. */
static lp_ast_t *construct(lp_arena_t *a, int kind, const lp_ast_slot_t *sl, lp_ast_pos_t p)
{
    switch (kind) {
#define LP_AST_FIELD(Kind, type, name, q, index) sl[index].LP_AST_MEMBER(type, q),
#define LP_AST_NODE(Kind, sum, pos, nfields, FIELDS)                                               \
    case AST_##Kind:                                                                               \
        return ast_##Kind(a, FIELDS p);
#include "ast_nodes.h"
#undef LP_AST_NODE
#undef LP_AST_FIELD
    }
    cr_assert_fail("no constructor for kind %d", kind);
    return NULL;
}

/* The node whose kind token [t][0..n) was just read. */
static lp_ast_t *read_node(reader_t *r, const char *t, size_t n)
{
    int kind = kind_named(t, n);
    cr_assert_geq(kind, 0, "unknown kind %.*s", (int)n, t);
    const lp_ast_info_t *info = &lp_ast_info[kind];
    lp_ast_pos_t p = {0, 0, 0, 0};
    if (info->has_pos) {
        p.lineno = (int)read_long(r);
        p.col_offset = (int)read_long(r);
        p.end_lineno = (int)read_long(r);
        p.end_col_offset = (int)read_long(r);
    }
    lp_ast_slot_t sl[16];
    for (int i = 0; i < info->nfields; i++)
        sl[i] = read_field(r, &info->fields[i]);
    return construct(r->a, kind, sl, p);
}

/* The tree serialized in [text], built in [a]. */
static lp_ast_t *read_tree(lp_arena_t *a, const char *text)
{
    reader_t r = {text, a};
    size_t n;
    const char *t = next_token(&r, &n);
    lp_ast_t *tree = read_node(&r, t, n);
    while (*r.p == ' ')
        r.p++;
    cr_assert_eq(*r.p, 0, "trailing text in serialized tree: %s", r.p);
    return tree;
}

/* ==== constant repr ==== */

Test(ast_repr, constants_match_python)
{
    lp_arena_t *a = lp_arena_new();
    for (size_t i = 0; i < sizeof ac_consts / sizeof *ac_consts; i++) {
        reader_t r = {ac_consts[i].constant, a};
        size_t n;
        const char *t = next_token(&r, &n);
        lp_ast_const_t *k = read_constant(&r, t, n);
        lp_buf_t out = {0};
        lp_ast_const_repr(&out, k);
        cr_expect_str_eq(out.data, ac_consts[i].repr, "constant %s", ac_consts[i].constant);
    }
    lp_arena_free(a);
}

Test(ast_repr, lone_surrogates_print_escaped)
{
    lp_arena_t *a = lp_arena_new();
    lp_ast_const_t *k = lp_ast_const_new(a, LP_CONST_STR, 0, "\xED\xA0\x80-\xED\xBF\xBF", 7);
    lp_buf_t out = {0};
    lp_ast_const_repr(&out, k);
    cr_expect_str_eq(out.data, "'\\ud800-\\udfff'"); /* repr('\ud800-\udfff') */
    lp_arena_free(a);
}

/* ==== dumps ==== */

Test(ast_dump, matches_python)
{
    enum { NVARIANTS = sizeof ac_dump_variants / sizeof *ac_dump_variants };
    for (size_t i = 0; i < sizeof ac_dumps / sizeof *ac_dumps; i++) {
        lp_arena_t *a = lp_arena_new();
        lp_ast_t *tree = read_tree(a, ac_dumps[i].tree);
        for (int v = 0; v < NVARIANTS; v++) {
            lp_buf_t out = {0};
            lp_ast_dump(&out, tree, ac_dump_variants[v][0], ac_dump_variants[v][1]);
            cr_expect_str_eq(out.data, ac_dumps[i].dumps[v],
                             "case %zu (indent=%d, include_attributes=%d):\n%s", i,
                             ac_dump_variants[v][0], ac_dump_variants[v][1], ac_dumps[i].src);
        }
        lp_arena_free(a);
    }
}

Test(ast_dump, optional_fields_and_none_items)
{
    lp_arena_t *a = lp_arena_new();
    /* ast.dump(ast.Return()) and ast.dump(ast.Dict(keys=[None], values=[ast.Name('d')])) */
    lp_ast_t *ret = ast_Return(a, NULL, POS(1, 0, 1, 6));
    lp_buf_t out = {0};
    lp_ast_dump(&out, ret, -1, 0);
    cr_expect_str_eq(out.data, "Return()");
    out = (lp_buf_t){0};
    lp_ast_dump(&out, ret, 4, 0);
    cr_expect_str_eq(out.data, "Return()");
    lp_ast_seq_t *keys = lp_ast_seq_add_node(a, NULL, NULL);
    lp_ast_t *d = ast_Name(a, "d", AST_Load, POS(1, 3, 1, 4));
    lp_ast_seq_t *values = lp_ast_seq_add_node(a, NULL, d);
    out = (lp_buf_t){0};
    lp_ast_dump(&out, ast_Dict(a, keys, values, POS(1, 0, 1, 5)), -1, 0);
    cr_expect_str_eq(out.data, "Dict(keys=[None], values=[Name(id='d', ctx=Load())])");
    lp_arena_free(a);
}
