/* parse_build.c -- the tree builders behind grammar/parser.y's actions.
 *
 * Positions follow CPython's: a node spans from its first token to its last;
 * columns are UTF-8 byte offsets.  Checks that Python's PEG grammar makes
 * with its "invalid_*" rules are made here, with the same messages.
 *
 * SPDX-License-Identifier: MIT
 */
#include "parse_build.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "codecs.h"
#include "literal.h"

#define A (P->arena)

/* ==== errors ==== */

/* Fails with [msg] over the extent of node [n]. */
static _Noreturn void fail_node(lp_parser_t *P, const lp_ast_t *n, const char *msg)
{
    lp_parse_fail(P, "SyntaxError", n->lineno, lp_parse_offset(P, n->lineno, n->col_offset),
                  n->end_lineno, lp_parse_offset(P, n->end_lineno, n->end_col_offset), "%s", msg);
}

/* Fails with [msg] over the extent of token [t]. */
static _Noreturn void fail_token(lp_parser_t *P, const lp_token_t *t, const char *msg)
{
    lp_parse_fail(P, "SyntaxError", t->lineno, lp_parse_offset(P, t->lineno, t->col),
                  t->end_lineno, lp_parse_offset(P, t->end_lineno, t->end_col), "%s", msg);
}

/* ==== positions ==== */

lp_ast_pos_t lp_build_nopos(void) { return (lp_ast_pos_t){0, 0, 0, 0}; }

lp_ast_pos_t lp_build_tpos(const lp_token_t *t)
{
    return (lp_ast_pos_t){t->lineno, t->col, t->end_lineno, t->end_col};
}

lp_ast_pos_t lp_build_ttpos(const lp_token_t *a, const lp_token_t *b)
{
    return (lp_ast_pos_t){a->lineno, a->col, b->end_lineno, b->end_col};
}

/* The extent of [n] with the parentheses around it, if any. */
static lp_ast_pos_t outer(lp_parser_t *P, const lp_ast_t *n)
{
    if (n->parens) {
        const lp_ast_pos_t *o = lp_parse_outer_get(P, n);
        if (o) return *o;
    }
    return (lp_ast_pos_t){n->lineno, n->col_offset, n->end_lineno, n->end_col_offset};
}

lp_ast_pos_t lp_build_tnpos(lp_parser_t *P, const lp_token_t *t, const lp_ast_t *n)
{
    lp_ast_pos_t o = outer(P, n);
    return (lp_ast_pos_t){t->lineno, t->col, o.end_lineno, o.end_col_offset};
}

lp_ast_pos_t lp_build_ntpos(lp_parser_t *P, const lp_ast_t *n, const lp_token_t *t)
{
    lp_ast_pos_t o = outer(P, n);
    return (lp_ast_pos_t){o.lineno, o.col_offset, t->end_lineno, t->end_col};
}

lp_ast_pos_t lp_build_npos(lp_parser_t *P, const lp_ast_t *a, const lp_ast_t *b)
{
    lp_ast_pos_t s = outer(P, a), e = outer(P, b);
    return (lp_ast_pos_t){s.lineno, s.col_offset, e.end_lineno, e.end_col_offset};
}

lp_ast_pos_t lp_build_tlastpos(lp_parser_t *P, const lp_token_t *t)
{
    return lp_build_ttpos(t, P->prev);
}

/* From [t] to the end of the last token of the block just parsed: CPython
 * ends a compound statement at its last token that is not NEWLINE, INDENT or
 * DEDENT (a trailing `;` included). */
static lp_ast_pos_t block_pos(lp_parser_t *P, const lp_token_t *t)
{
    const lp_token_t *last = P->prev;
    while (last && (last->kind == LP_TOK_NEWLINE || last->kind == LP_TOK_INDENT ||
                    last->kind == LP_TOK_DEDENT))
        last = lp_parse_token_before(last);
    return lp_build_ttpos(t, last ? last : P->prev);
}

/* Moves the end of [n] to the (outer) end of [last]. */
static void extend_to(lp_parser_t *P, lp_ast_t *n, const lp_ast_t *last)
{
    lp_ast_pos_t o = outer(P, last);
    n->end_lineno = o.end_lineno, n->end_col_offset = o.end_col_offset;
}

/* ==== sequences ==== */

lp_ast_seq_t *lp_build_seq1(lp_parser_t *P, lp_ast_t *n) { return lp_ast_seq_add_node(A, NULL, n); }

lp_ast_seq_t *lp_build_append(lp_parser_t *P, lp_ast_seq_t *s, lp_ast_t *n)
{
    return lp_ast_seq_add_node(A, s, n);
}

lp_ast_seq_t *lp_build_prepend(lp_parser_t *P, lp_ast_t *n, lp_ast_seq_t *s)
{
    lp_ast_seq_t *r = lp_ast_seq_add_node(A, NULL, n);
    for (int i = 0; i < s->len; i++) lp_ast_seq_add(A, r, s->items[i]);
    return r;
}

lp_ast_seq_t *lp_build_concat(lp_parser_t *P, lp_ast_seq_t *a, lp_ast_seq_t *b)
{
    for (int i = 0; i < b->len; i++) lp_ast_seq_add(A, a, b->items[i]);
    return a;
}

lp_tokens_t *lp_build_token_seq(lp_parser_t *P, lp_tokens_t *l, const lp_token_t *t)
{
    if (!l) l = lp_arena_alloc(A, sizeof *l);
    if (l->len == l->cap) {
        int cap = l->cap ? 2 * l->cap : 4;
        const lp_token_t **items = lp_arena_alloc(A, sizeof *items * (size_t)cap);
        if (l->len) memcpy(items, l->items, sizeof *items * (size_t)l->len);
        l->items = items;
        l->cap = cap;
    }
    l->items[l->len++] = t;
    return l;
}

/* ==== names and constants ==== */

const char *lp_build_ident(lp_parser_t *P, const lp_token_t *name)
{
    return lp_arena_strndup(A, name->name, name->name_len);
}

lp_ast_seq_t *lp_build_names1(lp_parser_t *P, const lp_token_t *name)
{
    return lp_ast_seq_add_str(A, NULL, lp_build_ident(P, name));
}

lp_ast_seq_t *lp_build_names_add(lp_parser_t *P, lp_ast_seq_t *s, const lp_token_t *name)
{
    return lp_ast_seq_add_str(A, s, lp_build_ident(P, name));
}

lp_ast_t *lp_build_singleton(lp_parser_t *P, const lp_token_t *t, lp_const_kind_t kind)
{
    return ast_Constant(A, lp_ast_const_new(A, kind, 0, NULL, 0), NULL, lp_build_tpos(t));
}

lp_ast_t *lp_build_number(lp_parser_t *P, const lp_token_t *t)
{
    lp_literal_error_t err;
    lp_ast_const_t *k = lp_literal_number(A, t->start, (size_t)(t->end - t->start), &err);
    if (!k) lp_parse_fail(P, "SyntaxError", t->lineno, 0, t->end_lineno, 0, "%s", err.msg);
    return ast_Constant(A, k, NULL, lp_build_tpos(t));
}

/* ==== strings and f-strings ==== */

/* What the f-string callback needs. */
typedef struct {
    lp_parser_t *P;
    const lp_token_t *toks;
} fexpr_ctx_t;

/* Parses a replacement field's expression, as CPython's fstring_compile_expr:
 * "(" + text + ")" in f-string mode, errors prefixed "f-string: ". */
static int parse_field(void *ud, lp_ffield_t *field)
{
    fexpr_ctx_t *c = ud;
    lp_parser_t *P = c->P;
    const lp_token_t *tok = &c->toks[field->token];
    size_t n = field->expr_end - field->expr_start;
    char *text = lp_arena_alloc(A, n + 4);
    text[0] = '(';
    memcpy(text + 1, field->tok + field->expr_start, n);
    memcpy(text + 1 + n, ")\n", 3);
    lp_syntax_error_t err;
    int flags = P->flags & (LP_TOKF_CHAR_OFFSETS | LP_TOKF_UNCHECKED_UTF8);
    int lines = tok->lineno + field->lines - 1;
    int cols = field->lines == 0 ? tok->col + field->cols : field->cols;
    lp_ast_t *e = lp_parse_field(A, text, n + 3, flags, lines, cols, &err);
    if (!e) { /* the report shows the "(...)" text, as CPython's */
        lp_syntax_error_t *out = P->err;
        *out = err;
        snprintf(out->msg, sizeof out->msg, "f-string: %.300s", err.msg);
        lp_parse_raise(P);
    }
    field->node = e;
    return 0;
}

static lp_ast_t *joined(lp_parser_t *P, const lp_fstring_t *values, const lp_token_t *toks,
                        int ntoks);

/* One value of a JoinedStr: a Constant, or a FormattedValue. */
static lp_ast_t *fvalue_node(lp_parser_t *P, const lp_fvalue_t *v, const lp_token_t *toks,
                             int ntoks)
{
    lp_ast_pos_t run = lp_build_ttpos(&toks[0], &toks[ntoks - 1]);
    if (!v->field) {
        lp_ast_const_t *k = lp_ast_const_new(A, LP_CONST_STR, 0, v->s, v->n);
        lp_ast_pos_t pos = v->span_token >= 0 ? lp_build_tpos(&toks[v->span_token]) : run;
        return ast_Constant(A, k, v->kind_u ? "u" : NULL, pos);
    }
    const lp_ffield_t *f = v->field;
    lp_ast_t *spec = f->spec ? joined(P, f->spec, toks, ntoks) : NULL;
    return ast_FormattedValue(A, f->node, f->conversion, spec, run);
}

static lp_ast_t *joined(lp_parser_t *P, const lp_fstring_t *values, const lp_token_t *toks,
                        int ntoks)
{
    lp_ast_seq_t *seq = lp_ast_seq_new(A);
    for (int i = 0; i < values->n; i++) lp_build_append(P, seq, fvalue_node(P, &values->v[i], toks, ntoks));
    lp_ast_pos_t pos = values->token >= 0 ? lp_build_tpos(&toks[values->token])
                                          : lp_build_ttpos(&toks[0], &toks[ntoks - 1]);
    return ast_JoinedStr(A, seq, pos);
}

/* Places a literal's error where CPython does (see literal.h). */
static _Noreturn void fail_literal(lp_parser_t *P, const lp_literal_error_t *err,
                                   const lp_token_t *toks)
{
    const lp_token_t *at = err->where == LP_LITERR_TOKEN ? &toks[err->token] : P->cur;
    lp_parse_fail(P, "SyntaxError", at->lineno, lp_parse_offset(P, at->lineno, at->col),
                  at->end_lineno, lp_parse_offset(P, at->end_lineno, at->end_col), "%s", err->msg);
}

/* Source given as a string is not validated in advance: CPython finds
 * invalid UTF-8 in a literal when it decodes it (see tokenizer.h). */
static void check_utf8(lp_parser_t *P, const lp_token_t *t)
{
    lp_decode_error_t de;
    if (lp_literal_utf8_check(t->start, (size_t)(t->end - t->start), &de)) return;
    const lp_token_t *at = P->cur;
    lp_parse_fail(P, "SyntaxError", at->lineno, lp_parse_offset(P, at->lineno, at->col),
                  at->end_lineno, lp_parse_offset(P, at->end_lineno, at->end_col),
                  "(unicode error) %s", de.message);
}

lp_ast_t *lp_build_strings(lp_parser_t *P, lp_tokens_t *strings)
{
    int n = strings->len;
    lp_token_t *toks = lp_arena_alloc(A, sizeof *toks * (size_t)n);
    for (int i = 0; i < n; i++) toks[i] = *strings->items[i];
    if ((P->flags & LP_TOKF_UNCHECKED_UTF8) && !(P->flags & LP_TOKF_CHAR_OFFSETS))
        for (int i = 0; i < n; i++) check_utf8(P, &toks[i]);
    fexpr_ctx_t ctx = {P, toks};
    lp_strings_t out;
    lp_literal_error_t err;
    if (lp_literal_concat(A, toks, n, parse_field, &ctx, &out, &err) != 0) fail_literal(P, &err, toks);
    lp_ast_pos_t pos = lp_build_ttpos(&toks[0], &toks[n - 1]);
    if (out.kind == LP_STRINGS_JOINED) return joined(P, &out.values, toks, n);
    lp_const_kind_t kind = out.kind == LP_STRINGS_BYTES ? LP_CONST_BYTES : LP_CONST_STR;
    lp_ast_const_t *k = lp_ast_const_new(A, kind, 0, out.s, out.n);
    return ast_Constant(A, k, out.kind_u ? "u" : NULL, pos);
}

/* ==== expressions ==== */

lp_ast_t *lp_build_tuple(lp_parser_t *P, lp_ast_seq_t *elts, const lp_token_t *l,
                         const lp_token_t *r)
{
    lp_ast_pos_t pos = l ? lp_build_ttpos(l, r) : lp_build_ntpos(P, elts->items[0].node, P->prev);
    lp_ast_t *t = ast_Tuple(A, elts, AST_Load, pos);
    t->parens = l != NULL;
    return t;
}

/* `a[*b]`: a starred subscript is a one-element tuple (PEP 646). */
lp_ast_t *lp_build_single_slice(lp_parser_t *P, lp_ast_t *s)
{
    if (s->kind != AST_Starred) return s;
    return ast_Tuple(A, lp_build_seq1(P, s), AST_Load, lp_build_npos(P, s, s));
}

lp_ast_t *lp_build_list(lp_parser_t *P, const lp_token_t *l, lp_ast_seq_t *elts,
                        const lp_token_t *r)
{
    return ast_List(A, elts, AST_Load, lp_build_ttpos(l, r));
}

lp_ast_t *lp_build_set(lp_parser_t *P, const lp_token_t *l, lp_ast_seq_t *elts,
                       const lp_token_t *r)
{
    return ast_Set(A, elts, lp_build_ttpos(l, r));
}

lp_ast_t *lp_build_dict_item(lp_parser_t *P, lp_ast_t *key, lp_ast_t *value)
{
    lp_ast_seq_t *keys = lp_ast_seq_add_node(A, NULL, key);
    return ast_Dict(A, keys, lp_build_seq1(P, value), lp_build_nopos());
}

lp_ast_t *lp_build_dict_merge(lp_parser_t *P, lp_ast_t *items, lp_ast_t *item)
{
    lp_ast_seq_add(A, items->f[AST_F_Dict_keys].seq, item->f[AST_F_Dict_keys].seq->items[0]);
    lp_ast_seq_add(A, items->f[AST_F_Dict_values].seq, item->f[AST_F_Dict_values].seq->items[0]);
    return items;
}

lp_ast_t *lp_build_dict(lp_parser_t *P, const lp_token_t *l, lp_ast_t *items,
                        const lp_token_t *r)
{
    if (!items) return ast_Dict(A, lp_ast_seq_new(A), lp_ast_seq_new(A), lp_build_ttpos(l, r));
    lp_ast_pos_t pos = lp_build_ttpos(l, r);
    items->lineno = pos.lineno, items->col_offset = pos.col_offset;
    items->end_lineno = pos.end_lineno, items->end_col_offset = pos.end_col_offset;
    return items;
}

lp_ast_t *lp_build_group(lp_parser_t *P, const lp_token_t *l, lp_ast_t *e, const lp_token_t *r)
{
    if (e->parens < 255) e->parens++;
    lp_parse_outer_set(P, e, lp_build_ttpos(l, r));
    return e;
}

lp_ast_t *lp_build_paren_list(lp_parser_t *P, const lp_token_t *l, lp_ast_seq_t *elts,
                              int trailing_comma, const lp_token_t *r)
{
    if (elts->len == 1 && !trailing_comma) {
        lp_ast_t *e = elts->items[0].node;
        if (e->kind == AST_Starred) fail_node(P, e, "cannot use starred expression here");
        return lp_build_group(P, l, e, r);
    }
    return lp_build_tuple(P, elts, l, r);
}

lp_ast_t *lp_build_comprehension(lp_parser_t *P, lp_ast_kind_t kind, const lp_token_t *l,
                                 lp_ast_t *elt, lp_ast_t *value, lp_ast_seq_t *gens,
                                 const lp_token_t *r)
{
    lp_ast_pos_t pos = lp_build_ttpos(l, r);
    switch (kind) {
    case AST_ListComp: return ast_ListComp(A, elt, gens, pos);
    case AST_SetComp: return ast_SetComp(A, elt, gens, pos);
    case AST_DictComp: return ast_DictComp(A, elt, value, gens, pos);
    default: return ast_GeneratorExp(A, elt, gens, pos);
    }
}

lp_ast_t *lp_build_starred_at(lp_parser_t *P, const lp_token_t *star, lp_ast_t *e)
{
    return ast_Starred(A, e, AST_Load, lp_build_tnpos(P, star, e));
}

lp_ast_t *lp_build_walrus(lp_parser_t *P, const lp_token_t *name, lp_ast_t *value)
{
    lp_ast_t *target = ast_Name(A, lp_build_ident(P, name), AST_Store, lp_build_tpos(name));
    return ast_NamedExpr(A, target, value, lp_build_tnpos(P, name, value));
}

lp_ast_t *lp_build_boolop(lp_parser_t *P, int op, lp_ast_t *l, lp_ast_t *r)
{
    if (l->kind == AST_BoolOp && !l->parens && l->f[AST_F_BoolOp_op].i == op) {
        lp_build_append(P, l->f[AST_F_BoolOp_values].seq, r);
        extend_to(P, l, r);
        return l;
    }
    lp_ast_seq_t *values = lp_build_append(P, lp_build_seq1(P, l), r);
    return ast_BoolOp(A, op, values, lp_build_npos(P, l, r));
}

lp_ast_t *lp_build_unary(lp_parser_t *P, const lp_token_t *t, int op, lp_ast_t *e)
{
    return ast_UnaryOp(A, op, e, lp_build_tnpos(P, t, e));
}

lp_ast_t *lp_build_compare(lp_parser_t *P, lp_ast_t *l, int op, lp_ast_t *r)
{
    if (l->kind == AST_Compare && !l->parens) {
        lp_ast_seq_add_int(A, l->f[AST_F_Compare_ops].seq, op);
        lp_build_append(P, l->f[AST_F_Compare_comparators].seq, r);
        extend_to(P, l, r);
        return l;
    }
    lp_ast_seq_t *ops = lp_ast_seq_add_int(A, NULL, op);
    return ast_Compare(A, l, ops, lp_build_seq1(P, r), lp_build_npos(P, l, r));
}

/* `<>` is NOTEQUAL to the tokenizer but only valid with barry_as_FLUFL. */
int lp_build_noteq(lp_parser_t *P, const lp_token_t *t)
{
    if (t->end - t->start == 2 && t->start[0] == '<') fail_token(P, t, "invalid syntax");
    return AST_NotEq;
}

lp_ast_t *lp_build_binop(lp_parser_t *P, lp_ast_t *l, int op, lp_ast_t *r)
{
    return ast_BinOp(A, l, op, r, lp_build_npos(P, l, r));
}

/* Sorts call arguments into positional ones and keywords, in CPython's
 * order of checks. */
lp_ast_t *lp_build_call(lp_parser_t *P, lp_ast_t *func, const lp_token_t *lpar,
                        lp_ast_seq_t *items, const lp_token_t *rpar)
{
    if (items && items->len == 1 && (items->items[0].node->flags & LP_FLAG_BARE_GENEXP)) {
        lp_ast_t *g = items->items[0].node; /* f(x for x in y): the call's parentheses are its own */
        lp_ast_pos_t pos = lp_build_ttpos(lpar, rpar);
        g->lineno = pos.lineno, g->col_offset = pos.col_offset;
        g->end_lineno = pos.end_lineno, g->end_col_offset = pos.end_col_offset;
    }
    lp_ast_seq_t *args = lp_ast_seq_new(A), *keywords = lp_ast_seq_new(A);
    int seen_keyword = 0, seen_kwunpack = 0;
    for (int i = 0; items && i < items->len; i++) {
        lp_ast_t *a = items->items[i].node;
        if (a->kind == AST_GeneratorExp && (a->flags & LP_FLAG_BARE_GENEXP) && items->len > 1)
            fail_node(P, a, "Generator expression must be parenthesized");
        if (a->kind == AST_keyword) {
            seen_keyword = 1;
            seen_kwunpack |= a->f[AST_F_keyword_arg].str == NULL;
            lp_build_append(P, keywords, a);
        } else if (a->kind == AST_Starred && seen_kwunpack) {
            int off = lp_parse_offset(P, a->lineno, a->col_offset);
            lp_parse_fail(P, "SyntaxError", a->lineno, off, a->lineno, off + 1,
                          "iterable argument unpacking follows keyword argument unpacking");
        } else if (a->kind != AST_Starred && seen_keyword) {
            const char *msg = seen_kwunpack ? "positional argument follows keyword argument unpacking"
                                            : "positional argument follows keyword argument";
            fail_token(P, rpar, msg);
        } else {
            lp_build_append(P, args, a);
        }
    }
    return ast_Call(A, func, args, keywords, lp_build_ntpos(P, func, rpar));
}

lp_ast_t *lp_build_genexp_arg(lp_parser_t *P, lp_ast_t *elt, lp_ast_seq_t *gens)
{
    lp_ast_t *g = ast_GeneratorExp(A, elt, gens, lp_build_ntpos(P, elt, P->prev));
    g->flags |= LP_FLAG_BARE_GENEXP;
    return g;
}

lp_ast_seq_t *lp_build_trailing_argument_comma(lp_parser_t *P, lp_ast_seq_t *args)
{
    lp_ast_t *first = args->items[0].node;
    if (args->len == 1 && (first->flags & LP_FLAG_BARE_GENEXP))
        fail_node(P, first, "Generator expression must be parenthesized");
    return args;
}

lp_ast_t *lp_build_keyword(lp_parser_t *P, const lp_token_t *name_or_stars, lp_ast_t *value)
{
    const char *arg = name_or_stars->kind == LP_TOK_NAME ? lp_build_ident(P, name_or_stars) : NULL;
    return ast_keyword(A, arg, value, lp_build_tnpos(P, name_or_stars, value));
}

lp_ast_t *lp_build_slice(lp_parser_t *P, lp_ast_t *lower, const lp_token_t *colon,
                         lp_ast_t *upper, const lp_token_t *colon2, lp_ast_t *step)
{
    lp_ast_pos_t pos = lower ? lp_build_ntpos(P, lower, P->prev) : lp_build_tlastpos(P, colon);
    (void)colon2;
    return ast_Slice(A, lower, upper, step, pos);
}

/* ==== assignment targets ==== */

/* What CPython calls the kind of expression [e] in its messages. */
static const char *expr_name(const lp_ast_t *e)
{
    switch (e->kind) {
    case AST_Attribute: return "attribute";
    case AST_Subscript: return "subscript";
    case AST_Starred: return "starred";
    case AST_Name: return "name";
    case AST_List: return "list";
    case AST_Tuple: return "tuple";
    case AST_Lambda: return "lambda";
    case AST_Call: return "function call";
    case AST_BoolOp: case AST_BinOp: case AST_UnaryOp: return "expression";
    case AST_GeneratorExp: return "generator expression";
    case AST_Yield: case AST_YieldFrom: return "yield expression";
    case AST_Await: return "await expression";
    case AST_ListComp: return "list comprehension";
    case AST_SetComp: return "set comprehension";
    case AST_DictComp: return "dict comprehension";
    case AST_Dict: return "dict literal";
    case AST_Set: return "set display";
    case AST_JoinedStr: case AST_FormattedValue: return "f-string expression";
    case AST_Compare: return "comparison";
    case AST_IfExp: return "conditional expression";
    case AST_NamedExpr: return "named expression";
    case AST_Constant:
        switch (e->f[AST_F_Constant_value].k->kind) {
        case LP_CONST_NONE: return "None";
        case LP_CONST_TRUE: return "True";
        case LP_CONST_FALSE: return "False";
        case LP_CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    default: return "expression";
    }
}

/* The first part of [e] that cannot be a target, or NULL (CPython's
 * _PyPegen_get_invalid_target). */
static const lp_ast_t *invalid_target(const lp_ast_t *e, int ctx)
{
    switch (e->kind) {
    case AST_Name: case AST_Attribute: case AST_Subscript: return NULL;
    case AST_Starred:
        return ctx == AST_Del ? e : invalid_target(e->f[AST_F_Starred_value].node, ctx);
    case AST_Tuple: case AST_List: {
        const lp_ast_seq_t *elts = e->f[e->kind == AST_Tuple ? AST_F_Tuple_elts : AST_F_List_elts].seq;
        for (int i = 0; i < elts->len; i++) {
            const lp_ast_t *bad = invalid_target(elts->items[i].node, ctx);
            if (bad) return bad;
        }
        return NULL;
    }
    default: return e;
    }
}

/* Sets the context of a valid target [e], recursively. */
static void set_ctx(lp_ast_t *e, int ctx)
{
    switch (e->kind) {
    case AST_Name: e->f[AST_F_Name_ctx].i = ctx; break;
    case AST_Attribute: e->f[AST_F_Attribute_ctx].i = ctx; break;
    case AST_Subscript: e->f[AST_F_Subscript_ctx].i = ctx; break;
    case AST_Starred:
        e->f[AST_F_Starred_ctx].i = ctx;
        set_ctx(e->f[AST_F_Starred_value].node, ctx);
        break;
    case AST_Tuple: case AST_List: {
        int elts = e->kind == AST_Tuple ? AST_F_Tuple_elts : AST_F_List_elts;
        e->f[e->kind == AST_Tuple ? AST_F_Tuple_ctx : AST_F_List_ctx].i = ctx;
        for (int i = 0; i < e->f[elts].seq->len; i++) set_ctx(e->f[elts].seq->items[i].node, ctx);
        break;
    }
    default: break;
    }
}

lp_ast_t *lp_build_target(lp_parser_t *P, lp_ast_t *e, int ctx)
{
    const lp_ast_t *bad = invalid_target(e, ctx);
    if (bad) {
        char msg[96];
        if (bad->kind == AST_Yield || bad->kind == AST_YieldFrom)
            if (ctx == AST_Store && bad == e && !e->parens)
                fail_node(P, bad, "assignment to yield expression not possible");
        snprintf(msg, sizeof msg, "cannot %s %s", ctx == AST_Del ? "delete" : "assign to",
                 expr_name(bad));
        fail_node(P, bad, msg);
    }
    set_ctx(e, ctx);
    return e;
}

/* ==== simple statements ==== */

lp_ast_t *lp_build_expr_stmt(lp_parser_t *P, lp_ast_t *e)
{
    if (e->flags & LP_FLAG_WITH_ITEMS) fail_token(P, P->prev, "invalid syntax");
    return ast_Expr(A, e, lp_build_npos(P, e, e));
}

static const char *type_comment_text(lp_parser_t *P, const lp_token_t *c)
{
    return c ? lp_arena_strndup(A, c->start, (size_t)(c->end - c->start)) : NULL;
}

/* Whether [e] is what CPython's grammar calls a bitwise_or: an operand of
 * `=` in its "Maybe you meant '=='" rule. */
static int is_bitwise_or(const lp_ast_t *e)
{
    if (e->parens) return 1;
    switch (e->kind) {
    case AST_BoolOp: case AST_Compare: case AST_IfExp: case AST_Lambda: case AST_NamedExpr:
    case AST_Yield: case AST_YieldFrom: case AST_Starred: case AST_Tuple:
        return 0;
    case AST_UnaryOp: return e->f[AST_F_UnaryOp_op].i != AST_Not;
    default: return 1;
    }
}

/* CPython's invalid_named_expression: `1 = x` gets a hint. */
static void check_single_target(lp_parser_t *P, lp_ast_t *target, lp_ast_t *value)
{
    const lp_ast_t *bad = invalid_target(target, AST_Store);
    if (!bad || bad != target || !is_bitwise_or(target) || !is_bitwise_or(value)) return;
    if (target->kind == AST_List || target->kind == AST_Tuple || target->kind == AST_GeneratorExp)
        return;
    if (target->kind == AST_Constant) {
        lp_const_kind_t k = target->f[AST_F_Constant_value].k->kind;
        if (k == LP_CONST_NONE || k == LP_CONST_TRUE || k == LP_CONST_FALSE) return;
    }
    char msg[128];
    snprintf(msg, sizeof msg, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
             expr_name(target));
    fail_node(P, target, msg);
}

lp_ast_t *lp_build_assign(lp_parser_t *P, lp_ast_seq_t *targets, lp_ast_t *value,
                          const lp_token_t *type_comment)
{
    lp_ast_t *first = targets->items[0].node;
    if (targets->len == 1) check_single_target(P, first, value);
    for (int i = 0; i < targets->len; i++) lp_build_target(P, targets->items[i].node, AST_Store);
    lp_ast_pos_t pos = lp_build_npos(P, first, value);
    if (type_comment) pos.end_lineno = type_comment->end_lineno, pos.end_col_offset = type_comment->end_col;
    return ast_Assign(A, targets, value, type_comment_text(P, type_comment), pos);
}

lp_ast_t *lp_build_augassign(lp_parser_t *P, lp_ast_t *target, int op, lp_ast_t *value)
{
    if (target->kind != AST_Name && target->kind != AST_Attribute &&
        target->kind != AST_Subscript) {
        char msg[96];
        snprintf(msg, sizeof msg, "'%s' is an illegal expression for augmented assignment",
                 expr_name(target));
        fail_node(P, target, msg);
    }
    set_ctx(target, AST_Store);
    return ast_AugAssign(A, target, op, value, lp_build_npos(P, target, value));
}

lp_ast_t *lp_build_annassign(lp_parser_t *P, lp_ast_t *target, lp_ast_t *annotation,
                             lp_ast_t *value)
{
    if (target->kind == AST_Tuple && !target->parens) /* a, b: int: at the first element */
        fail_node(P, target->f[AST_F_Tuple_elts].seq->items[0].node,
                  "only single target (not tuple) can be annotated");
    if (target->kind == AST_Tuple || target->kind == AST_List)
        fail_node(P, target, target->kind == AST_Tuple
                                 ? "only single target (not tuple) can be annotated"
                                 : "only single target (not list) can be annotated");
    if (target->kind != AST_Name && target->kind != AST_Attribute &&
        target->kind != AST_Subscript)
        fail_node(P, target, "illegal target for annotation");
    if (!target->parens && target->kind != AST_Name) { /* (a).b: int is refused by CPython */
        const lp_ast_t *root = target;
        while (!root->parens && (root->kind == AST_Attribute || root->kind == AST_Subscript ||
                                 root->kind == AST_Call))
            root = root->f[root->kind == AST_Call ? AST_F_Call_func : 0].node;
        if (root->parens && (root->kind == AST_Name || root->kind == AST_Attribute ||
                             root->kind == AST_Subscript))
            fail_node(P, target, "illegal target for annotation");
    }
    set_ctx(target, AST_Store);
    int simple = target->kind == AST_Name && !target->parens;
    lp_ast_t *end = value ? value : annotation;
    return ast_AnnAssign(A, target, annotation, value, simple, lp_build_npos(P, target, end));
}

lp_ast_t *lp_build_del(lp_parser_t *P, const lp_token_t *t, lp_ast_t *targets)
{
    lp_ast_seq_t *list;
    if (targets->kind == AST_Tuple && !targets->parens) {
        list = targets->f[AST_F_Tuple_elts].seq;
    } else {
        list = lp_build_seq1(P, targets);
    }
    for (int i = 0; i < list->len; i++) lp_build_target(P, list->items[i].node, AST_Del);
    return ast_Delete(A, list, lp_build_tlastpos(P, t));
}

/* ==== imports ==== */

lp_import_module_t lp_build_import_module(int level, lp_ast_t *dotted)
{
    return (lp_import_module_t){level, dotted};
}

lp_ast_t *lp_build_import_from(lp_parser_t *P, const lp_token_t *t, lp_import_module_t m,
                               lp_ast_seq_t *names)
{
    const char *module = m.dotted ? m.dotted->f[AST_F_alias_name].str : NULL;
    return ast_ImportFrom(A, module, names, m.level, lp_build_tlastpos(P, t));
}

lp_ast_seq_t *lp_build_trailing_comma(lp_parser_t *P, lp_ast_seq_t *names,
                                      const lp_token_t *comma)
{
    (void)names;
    int off = lp_parse_offset(P, comma->lineno, comma->end_col);
    lp_parse_fail(P, "SyntaxError", comma->lineno, off, comma->lineno, off,
                  "trailing comma not allowed without surrounding parentheses");
}

lp_ast_t *lp_build_dotted1(lp_parser_t *P, const lp_token_t *name)
{
    return ast_alias(A, lp_build_ident(P, name), NULL, lp_build_tpos(name));
}

lp_ast_t *lp_build_dotted_add(lp_parser_t *P, lp_ast_t *dotted, const lp_token_t *name)
{
    const char *head = dotted->f[AST_F_alias_name].str;
    size_t n1 = strlen(head), n2 = name->name_len;
    char *s = lp_arena_alloc(A, n1 + n2 + 2);
    memcpy(s, head, n1);
    s[n1] = '.';
    memcpy(s + n1 + 1, name->name, n2);
    dotted->f[AST_F_alias_name].str = s;
    dotted->end_lineno = name->end_lineno, dotted->end_col_offset = name->end_col;
    return dotted;
}

lp_ast_t *lp_build_alias(lp_parser_t *P, lp_ast_t *dotted, const lp_token_t *asname)
{
    if (asname) {
        dotted->f[AST_F_alias_asname].str = lp_build_ident(P, asname);
        dotted->end_lineno = asname->end_lineno, dotted->end_col_offset = asname->end_col;
    }
    return dotted;
}

/* ==== compound statements ==== */

lp_ast_t *lp_build_if(lp_parser_t *P, const lp_token_t *t, lp_ast_t *test, lp_ast_seq_t *body,
                      lp_ast_seq_t *orelse)
{
    if (!orelse) orelse = lp_ast_seq_new(A);
    return ast_If(A, test, body, orelse, block_pos(P, t));
}

lp_ast_t *lp_build_while(lp_parser_t *P, const lp_token_t *t, lp_ast_t *test,
                         lp_ast_seq_t *body, lp_ast_seq_t *orelse)
{
    if (!orelse) orelse = lp_ast_seq_new(A);
    return ast_While(A, test, body, orelse, block_pos(P, t));
}

lp_ast_t *lp_build_for(lp_parser_t *P, const lp_token_t *async, const lp_token_t *t,
                       lp_ast_t *target, lp_ast_t *iter, const lp_token_t *type_comment,
                       lp_ast_seq_t *body, lp_ast_seq_t *orelse)
{
    if (!orelse) orelse = lp_ast_seq_new(A);
    lp_ast_pos_t pos = block_pos(P, async ? async : t);
    const char *tc = type_comment_text(P, type_comment);
    if (async) return ast_AsyncFor(A, target, iter, body, orelse, tc, pos);
    return ast_For(A, target, iter, body, orelse, tc, pos);
}

lp_ast_t *lp_build_try(lp_parser_t *P, const lp_token_t *t, lp_ast_seq_t *body,
                       lp_ast_seq_t *handlers, lp_ast_seq_t *orelse, lp_ast_seq_t *finalbody)
{
    int star = -1;
    for (int i = 0; handlers && i < handlers->len; i++) {
        lp_ast_t *h = handlers->items[i].node;
        int s = (h->flags & LP_FLAG_EXCEPT_STAR) != 0;
        if (star >= 0 && s != star)
            lp_parse_fail(P, "SyntaxError", h->lineno, lp_parse_offset(P, h->lineno, h->col_offset),
                          h->lineno, lp_parse_offset(P, h->lineno, h->col_offset + (s ? 7 : 6)),
                          "cannot have both 'except' and 'except*' on the same 'try'");
        star = s;
    }
    if (!handlers) handlers = lp_ast_seq_new(A);
    if (!orelse) orelse = lp_ast_seq_new(A);
    if (!finalbody) finalbody = lp_ast_seq_new(A);
    lp_ast_pos_t pos = block_pos(P, t);
    if (star == 1) return ast_TryStar(A, body, handlers, orelse, finalbody, pos);
    return ast_Try(A, body, handlers, orelse, finalbody, pos);
}

lp_ast_t *lp_build_handler(lp_parser_t *P, const lp_token_t *t, int star, lp_ast_t *type,
                           const lp_token_t *name, lp_ast_seq_t *body)
{
    if (type && type->kind == AST_Tuple && !type->parens)
        fail_node(P, type, "multiple exception types must be parenthesized");
    const char *n = name ? lp_build_ident(P, name) : NULL;
    lp_ast_t *h = ast_ExceptHandler(A, type, n, body, block_pos(P, t));
    if (star) h->flags |= LP_FLAG_EXCEPT_STAR;
    return h;
}

/* ==== with ==== */

lp_ast_seq_t *lp_build_with_as_list(lp_parser_t *P, lp_ast_seq_t *exprs)
{
    lp_ast_seq_t *items = lp_ast_seq_new(A);
    for (int i = 0; i < exprs->len; i++)
        lp_build_append(P, items, ast_withitem(A, exprs->items[i].node, NULL, lp_build_nopos()));
    return items;
}

lp_ast_seq_t *lp_build_with_as_add(lp_parser_t *P, lp_ast_seq_t *items, lp_ast_t *e,
                                   lp_ast_t *target)
{
    lp_ast_t *t = target ? lp_build_target(P, target, AST_Store) : NULL;
    return lp_build_append(P, items, ast_withitem(A, e, t, lp_build_nopos()));
}

/* `(a as b, c)`: only valid right after `with` and before its `:`. */
lp_ast_t *lp_build_with_items_atom(lp_parser_t *P, const lp_token_t *l, lp_ast_seq_t *items,
                                   const lp_token_t *r)
{
    if (!lp_parse_follows_with(P, l) || P->cur->kind != LP_TOK_COLON) {
        for (int i = 0; i < items->len; i++) {
            lp_ast_t *item = items->items[i].node;
            if (item->f[AST_F_withitem_optional_vars].node)
                fail_token(P, lp_parse_token_after_node(P, item->f[AST_F_withitem_context_expr].node),
                           "invalid syntax");
        }
    }
    lp_ast_t *t = ast_Tuple(A, items, AST_Load, lp_build_ttpos(l, r));
    t->flags |= LP_FLAG_WITH_ITEMS;
    return t;
}

/* Whether `with (a, b):` means two items: a parenthesised tuple of plain
 * expressions right before the colon (CPython's first with_stmt form). */
static int splits_into_items(const lp_ast_t *e)
{
    if (e->kind != AST_Tuple || e->parens != 1 || e->f[AST_F_Tuple_elts].seq->len == 0) return 0;
    const lp_ast_seq_t *elts = e->f[AST_F_Tuple_elts].seq;
    for (int i = 0; i < elts->len; i++)
        if (elts->items[i].node->kind == AST_Starred) return 0;
    return 1;
}

lp_ast_t *lp_build_with(lp_parser_t *P, const lp_token_t *async, const lp_token_t *t,
                        lp_ast_seq_t *items, const lp_token_t *type_comment,
                        lp_ast_seq_t *body)
{
    if (items->len == 1 && !type_comment) { /* the parenthesised form takes no type comment */
        lp_ast_t *item = items->items[0].node, *e = item->f[AST_F_withitem_context_expr].node;
        if (e->flags & LP_FLAG_WITH_ITEMS) {
            items = e->f[AST_F_Tuple_elts].seq;
        } else if (!item->f[AST_F_withitem_optional_vars].node && splits_into_items(e)) {
            items = lp_build_with_as_list(P, e->f[AST_F_Tuple_elts].seq);
        }
    }
    for (int i = 0; i < items->len; i++) {
        lp_ast_t *e = items->items[i].node->f[AST_F_withitem_context_expr].node;
        if (e->flags & LP_FLAG_WITH_ITEMS) fail_token(P, t, "invalid syntax");
    }
    lp_ast_pos_t pos = block_pos(P, async ? async : t);
    const char *tc = type_comment_text(P, type_comment);
    if (async) return ast_AsyncWith(A, items, body, tc, pos);
    return ast_With(A, items, body, tc, pos);
}

/* ==== functions and classes ==== */

lp_func_body_t lp_build_func_body(lp_ast_seq_t *body, const lp_token_t *type_comment)
{
    return (lp_func_body_t){body, type_comment};
}

lp_params_t *lp_build_params_new(lp_parser_t *P) { return lp_arena_alloc(A, sizeof(lp_params_t)); }

lp_params_t *lp_build_params_add(lp_parser_t *P, lp_params_t *l, lp_param_t *p)
{
    (void)P;
    if (l->last) l->last->next = p;
    else l->first = p;
    l->last = p;
    return l;
}

/* A type comment after a parameter belongs to that parameter. */
lp_params_t *lp_build_params_comment(lp_parser_t *P, lp_params_t *l, const lp_token_t *c)
{
    if (l->last && l->last->arg) l->last->arg->f[AST_F_arg_type_comment].str = type_comment_text(P, c);
    return l;
}

lp_param_t *lp_build_param(lp_parser_t *P, lp_param_kind_t kind, const lp_token_t *t,
                           lp_ast_t *annotation, lp_ast_t *def)
{
    lp_param_t *p = lp_arena_alloc(A, sizeof *p);
    p->kind = kind;
    p->tok = t;
    p->def = def;
    if (kind != LP_PARAM_SLASH && kind != LP_PARAM_STAR) {
        lp_ast_pos_t pos = annotation ? lp_build_tnpos(P, t, annotation) : lp_build_tpos(t);
        p->arg = ast_arg(A, lp_build_ident(P, t), annotation, NULL, pos);
    }
    return p;
}

/* The parts of an `arguments` node while the items are sorted. */
typedef struct {
    lp_ast_seq_t *posonly, *args, *kwonly, *kw_defaults, *defaults;
    lp_ast_t *vararg, *kwarg;
    int seen_slash, seen_star, seen_default;
} arg_parts_t;

/* Fails at parameter [p]: at its name, or at the * of *name and **name. */
static _Noreturn void fail_param(lp_parser_t *P, const lp_param_t *p, const char *msg)
{
    int starred = p->kind == LP_PARAM_VARARG || p->kind == LP_PARAM_KWARG;
    if (p->kind == LP_PARAM_PLAIN) fail_node(P, p->arg, msg);
    fail_token(P, starred ? lp_parse_token_before(p->tok) : p->tok, msg);
}

/* One positional parameter (before any * or *name). */
static void positional_param(lp_parser_t *P, arg_parts_t *a, const lp_param_t *p)
{
    if (p->def) {
        a->seen_default = 1;
        lp_build_append(P, a->defaults, p->def);
    } else if (a->seen_default) {
        fail_param(P, p, "non-default argument follows default argument");
    }
    lp_build_append(P, a->args, p->arg);
}

static void sort_param(lp_parser_t *P, arg_parts_t *a, const lp_param_t *p, int lambda)
{
    if (a->kwarg) fail_param(P, p, "arguments cannot follow var-keyword argument");
    switch (p->kind) {
    case LP_PARAM_PLAIN:
        if (!a->seen_star) positional_param(P, a, p);
        else {
            lp_build_append(P, a->kwonly, p->arg);
            lp_ast_seq_add_node(A, a->kw_defaults, p->def);
        }
        break;
    case LP_PARAM_SLASH:
        if (a->seen_slash) fail_param(P, p, "/ may appear only once");
        if (a->seen_star) fail_param(P, p, "/ must be ahead of *");
        if (a->args->len == 0)
            fail_param(P, p, lambda ? "invalid syntax" : "at least one argument must precede /");
        a->seen_slash = 1;
        a->posonly = a->args;
        a->args = lp_ast_seq_new(A);
        break;
    case LP_PARAM_STAR: case LP_PARAM_VARARG:
        if (a->seen_star) fail_param(P, p, "* argument may appear only once");
        a->seen_star = 1;
        a->vararg = p->arg;
        break;
    case LP_PARAM_KWARG: a->kwarg = p->arg; break;
    }
}

lp_ast_t *lp_build_arguments(lp_parser_t *P, const lp_params_t *l, int lambda)
{
    arg_parts_t a = {lp_ast_seq_new(A), lp_ast_seq_new(A), lp_ast_seq_new(A), lp_ast_seq_new(A),
                     lp_ast_seq_new(A), NULL, NULL, 0, 0, 0};
    const lp_param_t *bare_star = NULL;
    for (const lp_param_t *p = l->first; p; p = p->next) {
        sort_param(P, &a, p, lambda);
        if (p->kind == LP_PARAM_STAR) bare_star = p;
        else if (bare_star && a.kwonly->len == 0 && p->kind == LP_PARAM_KWARG && !lambda)
            fail_param(P, bare_star, "named arguments must follow bare *");
    }
    if (bare_star && a.kwonly->len == 0) {
        if (lambda && a.kwarg) /* CPython's lambda rule points at the ** */
            fail_token(P, lp_parse_token_before(l->last->tok), "named arguments must follow bare *");
        fail_param(P, bare_star, "named arguments must follow bare *");
    }
    return ast_arguments(A, a.posonly, a.args, a.vararg, a.kwonly, a.kw_defaults, a.kwarg,
                         a.defaults, lp_build_nopos());
}

lp_ast_t *lp_build_lambda(lp_parser_t *P, const lp_token_t *t, lp_ast_t *args, lp_ast_t *body)
{
    return ast_Lambda(A, args, body, lp_build_tnpos(P, t, body));
}

lp_ast_t *lp_build_funcdef(lp_parser_t *P, const lp_token_t *async, const lp_token_t *t,
                           const lp_token_t *name, lp_ast_t *args, lp_ast_t *returns,
                           lp_func_body_t body)
{
    const char *n = lp_build_ident(P, name);
    const char *tc = type_comment_text(P, body.type_comment);
    lp_ast_pos_t pos = block_pos(P, async ? async : t);
    lp_ast_seq_t *decorators = lp_ast_seq_new(A);
    if (async) return ast_AsyncFunctionDef(A, n, args, body.body, decorators, returns, tc, pos);
    return ast_FunctionDef(A, n, args, body.body, decorators, returns, tc, pos);
}

lp_ast_t *lp_build_class_arguments(lp_parser_t *P, lp_ast_seq_t *args)
{
    for (int i = 0; i < args->len; i++) /* class C(x for x in y): no generator here */
        if (args->items[i].node->flags & LP_FLAG_BARE_GENEXP)
            fail_token(P, lp_parse_token_after_node(P, args->items[i].node->f[AST_F_GeneratorExp_elt].node),
                       "invalid syntax");
    const lp_token_t *name = lp_parse_token_before(lp_parse_token_before(P->cur));
    lp_ast_t *func = ast_Name(A, "", AST_Load, lp_build_nopos());
    return lp_build_call(P, func, name, args, P->cur);
}

lp_ast_t *lp_build_classdef(lp_parser_t *P, const lp_token_t *t, const lp_token_t *name,
                            lp_ast_t *args, lp_ast_seq_t *body)
{
    lp_ast_seq_t *bases = args ? args->f[AST_F_Call_args].seq : lp_ast_seq_new(A);
    lp_ast_seq_t *keywords = args ? args->f[AST_F_Call_keywords].seq : lp_ast_seq_new(A);
    return ast_ClassDef(A, lp_build_ident(P, name), bases, keywords, body, lp_ast_seq_new(A),
                        block_pos(P, t));
}

lp_ast_t *lp_build_decorated(lp_parser_t *P, lp_ast_seq_t *decorators, lp_ast_t *def)
{
    int field = def->kind == AST_ClassDef ? AST_F_ClassDef_decorator_list
                                          : AST_F_FunctionDef_decorator_list;
    def->f[field].seq = decorators;
    return def;
}

/* ==== match ==== */

lp_ast_t *lp_build_match(lp_parser_t *P, const lp_token_t *t, lp_ast_t *subject,
                         lp_ast_seq_t *cases)
{
    return ast_Match(A, subject, cases, block_pos(P, t));
}

lp_ast_t *lp_build_complex_literal(lp_parser_t *P, lp_ast_t *real, int op, const lp_token_t *imag)
{
    lp_ast_t *left = real->kind == AST_UnaryOp ? real->f[AST_F_UnaryOp_operand].node : real;
    if (left->f[AST_F_Constant_value].k->kind == LP_CONST_COMPLEX)
        fail_node(P, real, "real number required in complex literal");
    lp_ast_t *right = lp_build_number(P, imag);
    if (right->f[AST_F_Constant_value].k->kind != LP_CONST_COMPLEX)
        fail_node(P, right, "imaginary number required in complex literal");
    return lp_build_binop(P, real, op, right);
}

lp_ast_t *lp_build_match_value(lp_parser_t *P, lp_ast_t *e)
{
    return ast_MatchValue(A, e, lp_build_npos(P, e, e));
}

lp_ast_t *lp_build_match_singleton(lp_parser_t *P, const lp_token_t *t, lp_const_kind_t kind)
{
    return ast_MatchSingleton(A, lp_ast_const_new(A, kind, 0, NULL, 0), lp_build_tpos(t));
}

static int is_wildcard(const lp_token_t *name)
{
    return name->name_len == 1 && name->name[0] == '_';
}

/* `case _(): ...` and `case _.x:` are errors: `_` is the wildcard, and
 * CPython's parser commits to it. */
lp_ast_t *lp_build_pattern_name(lp_parser_t *P, const lp_token_t *name)
{
    if (is_wildcard(name)) fail_token(P, P->cur, "invalid syntax");
    return ast_Name(A, lp_build_ident(P, name), AST_Load, lp_build_tpos(name));
}

lp_ast_t *lp_build_match_capture(lp_parser_t *P, const lp_token_t *name)
{
    const char *id = is_wildcard(name) ? NULL : lp_build_ident(P, name);
    return ast_MatchAs(A, NULL, id, lp_build_tpos(name));
}

lp_ast_t *lp_build_match_star(lp_parser_t *P, const lp_token_t *star, const lp_token_t *name)
{
    const char *id = is_wildcard(name) ? NULL : lp_build_ident(P, name);
    return ast_MatchStar(A, id, lp_build_ttpos(star, name));
}

lp_ast_t *lp_build_match_as(lp_parser_t *P, lp_ast_t *pattern, const lp_token_t *name)
{
    if (is_wildcard(name)) fail_token(P, name, "cannot use '_' as a target");
    return ast_MatchAs(A, pattern, lp_build_ident(P, name), lp_build_ntpos(P, pattern, name));
}

lp_ast_t *lp_build_match_or(lp_parser_t *P, lp_ast_t *l, lp_ast_t *r)
{
    if (l->kind == AST_MatchOr && !l->parens) {
        lp_build_append(P, l->f[AST_F_MatchOr_patterns].seq, r);
        extend_to(P, l, r);
        return l;
    }
    return ast_MatchOr(A, lp_build_append(P, lp_build_seq1(P, l), r), lp_build_npos(P, l, r));
}

lp_ast_t *lp_build_match_sequence(lp_parser_t *P, const lp_token_t *l, lp_ast_seq_t *patterns,
                                  const lp_token_t *r)
{
    lp_ast_pos_t pos = l ? lp_build_ttpos(l, r)
                         : lp_build_ntpos(P, patterns->items[0].node, P->prev);
    return ast_MatchSequence(A, patterns, pos);
}

lp_ast_t *lp_build_mapping_item(lp_parser_t *P, lp_ast_t *key, lp_ast_t *pattern)
{
    return ast_MatchMapping(A, lp_build_seq1(P, key), lp_build_seq1(P, pattern), NULL,
                            lp_build_nopos());
}

lp_ast_t *lp_build_mapping_merge(lp_parser_t *P, lp_ast_t *items, lp_ast_t *item)
{
    lp_build_append(P, items->f[AST_F_MatchMapping_keys].seq,
                    item->f[AST_F_MatchMapping_keys].seq->items[0].node);
    lp_build_append(P, items->f[AST_F_MatchMapping_patterns].seq,
                    item->f[AST_F_MatchMapping_patterns].seq->items[0].node);
    return items;
}

lp_ast_t *lp_build_match_mapping(lp_parser_t *P, const lp_token_t *l, lp_ast_t *items,
                                 const lp_token_t *rest, const lp_token_t *r)
{
    if (rest && is_wildcard(rest)) fail_token(P, rest, "invalid syntax");
    lp_ast_seq_t *keys = items ? items->f[AST_F_MatchMapping_keys].seq : lp_ast_seq_new(A);
    lp_ast_seq_t *pats = items ? items->f[AST_F_MatchMapping_patterns].seq : lp_ast_seq_new(A);
    const char *id = rest ? lp_build_ident(P, rest) : NULL;
    return ast_MatchMapping(A, keys, pats, id, lp_build_ttpos(l, r));
}

lp_ast_t *lp_build_class_arg(lp_parser_t *P, lp_ast_t *args, const lp_token_t *kw,
                             lp_ast_t *pattern)
{
    if (!args)
        args = ast_MatchClass(A, NULL, lp_ast_seq_new(A), lp_ast_seq_new(A), lp_ast_seq_new(A),
                              lp_build_nopos());
    if (kw) {
        lp_ast_seq_add_str(A, args->f[AST_F_MatchClass_kwd_attrs].seq, lp_build_ident(P, kw));
        lp_build_append(P, args->f[AST_F_MatchClass_kwd_patterns].seq, pattern);
    } else if (args->f[AST_F_MatchClass_kwd_attrs].seq->len) {
        fail_node(P, pattern, "positional patterns follow keyword patterns");
    } else {
        lp_build_append(P, args->f[AST_F_MatchClass_patterns].seq, pattern);
    }
    return args;
}

lp_ast_t *lp_build_match_class(lp_parser_t *P, lp_ast_t *cls, lp_ast_t *args,
                               const lp_token_t *r)
{
    lp_ast_pos_t pos = lp_build_ntpos(P, cls, r);
    if (!args)
        return ast_MatchClass(A, cls, lp_ast_seq_new(A), lp_ast_seq_new(A), lp_ast_seq_new(A), pos);
    args->f[AST_F_MatchClass_cls].node = cls;
    args->lineno = pos.lineno, args->col_offset = pos.col_offset;
    args->end_lineno = pos.end_lineno, args->end_col_offset = pos.end_col_offset;
    return args;
}

/* ==== errors ==== */

void lp_build_syntax_error(lp_parser_t *P, const lp_token_t *t)
{
    lp_parse_syntax_error(P, t);
}

void lp_build_too_deep(lp_parser_t *P)
{
    lp_parse_fail(P, "SyntaxError", 0, 0, 0, 0, "too many nested parentheses");
}
