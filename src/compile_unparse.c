/* compile_unparse.c -- annotations as strings (`from __future__ import annotations`).
 *
 * Under PEP 563 an annotation is not evaluated: its source text, as
 * CPython's Python/ast_unparse.c regenerates it from the tree, becomes a
 * string constant.  The text follows the same rules: operator precedence
 * decides the parentheses, a tuple at the top is parenthesised, constants
 * use repr(), `1 .real` keeps its space, subscripts print tuples bare.
 *
 * SPDX-License-Identifier: MIT
 */
#include <string.h>

#include "compile_impl.h"

/* Precedence levels, low to high (ast_unparse.c's PR_*). */
enum {
    PR_TUPLE,
    PR_TEST,
    PR_OR,
    PR_AND,
    PR_NOT,
    PR_CMP,
    PR_EXPR,
    PR_BOR = PR_EXPR,
    PR_BXOR,
    PR_BAND,
    PR_SHIFT,
    PR_ARITH,
    PR_TERM,
    PR_FACTOR,
    PR_POWER,
    PR_AWAIT,
    PR_ATOM,
};

static void unparse(lp_buf_t *b, const lp_ast_t *e, int level);

static void seq(lp_buf_t *b, const lp_ast_seq_t *s, int level)
{
    for (int i = 0; i < SEQLEN(s); i++) {
        if (i) lp_buf_puts(b, ", ");
        unparse(b, SEQNODE(s, i), level);
    }
}

static void open_paren(lp_buf_t *b, bool on)
{
    if (on) lp_buf_putc(b, '(');
}

static void close_paren(lp_buf_t *b, bool on)
{
    if (on) lp_buf_putc(b, ')');
}

static int binop_prec(int op, const char **sym)
{
    switch (op) {
    case AST_Add: *sym = " + "; return PR_ARITH;
    case AST_Sub: *sym = " - "; return PR_ARITH;
    case AST_Mult: *sym = " * "; return PR_TERM;
    case AST_MatMult: *sym = " @ "; return PR_TERM;
    case AST_Div: *sym = " / "; return PR_TERM;
    case AST_Mod: *sym = " % "; return PR_TERM;
    case AST_FloorDiv: *sym = " // "; return PR_TERM;
    case AST_LShift: *sym = " << "; return PR_SHIFT;
    case AST_RShift: *sym = " >> "; return PR_SHIFT;
    case AST_BitOr: *sym = " | "; return PR_BOR;
    case AST_BitXor: *sym = " ^ "; return PR_BXOR;
    case AST_BitAnd: *sym = " & "; return PR_BAND;
    default: *sym = " ** "; return PR_POWER;
    }
}

static const char *cmp_sym(long op)
{
    switch (op) {
    case AST_Eq: return " == ";
    case AST_NotEq: return " != ";
    case AST_Lt: return " < ";
    case AST_LtE: return " <= ";
    case AST_Gt: return " > ";
    case AST_GtE: return " >= ";
    case AST_Is: return " is ";
    case AST_IsNot: return " is not ";
    case AST_In: return " in ";
    default: return " not in ";
    }
}

static void constant(lp_buf_t *b, const lp_ast_const_t *k)
{
    if (k->kind == LP_CONST_ELLIPSIS) {
        lp_buf_puts(b, "...");
        return;
    }
    if ((k->kind == LP_CONST_FLOAT || k->kind == LP_CONST_COMPLEX) && (k->d > 1e308 || k->d < -1e308)) {
        lp_buf_puts(b, k->kind == LP_CONST_COMPLEX ? "1e309j" : "1e309");
        return;
    }
    lp_ast_const_repr(b, k);
}

static void comprehension(lp_buf_t *b, const lp_ast_seq_t *gens)
{
    for (int i = 0; i < SEQLEN(gens); i++) {
        const lp_ast_t *g = SEQNODE(gens, i);
        lp_buf_puts(b, F(g, comprehension, is_async).i ? " async for " : " for ");
        unparse(b, F(g, comprehension, target).node, PR_TUPLE);
        lp_buf_puts(b, " in ");
        unparse(b, F(g, comprehension, iter).node, PR_TEST + 1);
        const lp_ast_seq_t *ifs = F(g, comprehension, ifs).seq;
        for (int j = 0; j < SEQLEN(ifs); j++) {
            lp_buf_puts(b, " if ");
            unparse(b, SEQNODE(ifs, j), PR_TEST + 1);
        }
    }
}

static void arg(lp_buf_t *b, const lp_ast_t *a, const char *prefix)
{
    lp_buf_puts(b, prefix);
    lp_buf_puts(b, F(a, arg, arg).str);
}

static void lambda_args(lp_buf_t *b, const lp_ast_t *args)
{
    const lp_ast_seq_t *po = F(args, arguments, posonlyargs).seq, *pa = F(args, arguments, args).seq;
    const lp_ast_seq_t *defs = F(args, arguments, defaults).seq;
    int npos = SEQLEN(po) + SEQLEN(pa), first_def = npos - SEQLEN(defs);
    bool first = true;
    for (int i = 0; i < npos; i++) {
        const lp_ast_t *a = i < SEQLEN(po) ? SEQNODE(po, i) : SEQNODE(pa, i - SEQLEN(po));
        arg(b, a, first ? "" : ", ");
        first = false;
        if (i >= first_def) {
            lp_buf_putc(b, '=');
            unparse(b, SEQNODE(defs, i - first_def), PR_TEST);
        }
        if (i == SEQLEN(po) - 1) lp_buf_puts(b, ", /");
    }
    const lp_ast_t *va = F(args, arguments, vararg).node, *kw = F(args, arguments, kwarg).node;
    const lp_ast_seq_t *ko = F(args, arguments, kwonlyargs).seq, *kd = F(args, arguments, kw_defaults).seq;
    if (va || SEQLEN(ko)) {
        lp_buf_puts(b, first ? "*" : ", *");
        first = false;
        if (va) lp_buf_puts(b, F(va, arg, arg).str);
    }
    for (int i = 0; i < SEQLEN(ko); i++) {
        arg(b, SEQNODE(ko, i), ", ");
        if (i < SEQLEN(kd) && SEQNODE(kd, i)) {
            lp_buf_putc(b, '=');
            unparse(b, SEQNODE(kd, i), PR_TEST);
        }
    }
    if (kw) arg(b, kw, first ? "**" : ", **");
}

static void call(lp_buf_t *b, const lp_ast_t *e)
{
    unparse(b, F(e, Call, func).node, PR_ATOM);
    const lp_ast_seq_t *args = F(e, Call, args).seq, *kws = F(e, Call, keywords).seq;
    if (SEQLEN(args) == 1 && !SEQLEN(kws) && SEQNODE(args, 0)->kind == AST_GeneratorExp) {
        unparse(b, SEQNODE(args, 0), PR_TEST); /* f(x for x in y): the genexp's parens */
        return;
    }
    lp_buf_putc(b, '(');
    seq(b, args, PR_TEST);
    for (int i = 0; i < SEQLEN(kws); i++) {
        const lp_ast_t *k = SEQNODE(kws, i);
        if (i || SEQLEN(args)) lp_buf_puts(b, ", ");
        if (F(k, keyword, arg).str) {
            lp_buf_puts(b, F(k, keyword, arg).str);
            lp_buf_putc(b, '=');
        } else {
            lp_buf_puts(b, "**");
        }
        unparse(b, F(k, keyword, value).node, PR_TEST);
    }
    lp_buf_putc(b, ')');
}

static void subscript(lp_buf_t *b, const lp_ast_t *e)
{
    unparse(b, F(e, Subscript, value).node, PR_ATOM);
    lp_buf_putc(b, '[');
    const lp_ast_t *s = F(e, Subscript, slice).node;
    if (s->kind == AST_Tuple && SEQLEN(F(s, Tuple, elts).seq)) {
        const lp_ast_seq_t *elts = F(s, Tuple, elts).seq;
        seq(b, elts, PR_TEST);
        if (SEQLEN(elts) == 1) lp_buf_putc(b, ',');
    } else {
        unparse(b, s, PR_TUPLE);
    }
    lp_buf_putc(b, ']');
}

static void dict(lp_buf_t *b, const lp_ast_t *e)
{
    const lp_ast_seq_t *keys = F(e, Dict, keys).seq, *values = F(e, Dict, values).seq;
    lp_buf_putc(b, '{');
    for (int i = 0; i < SEQLEN(values); i++) {
        if (i) lp_buf_puts(b, ", ");
        if (SEQNODE(keys, i)) {
            unparse(b, SEQNODE(keys, i), PR_TEST);
            lp_buf_puts(b, ": ");
            unparse(b, SEQNODE(values, i), PR_TEST);
        } else {
            lp_buf_puts(b, "**");
            unparse(b, SEQNODE(values, i), PR_EXPR);
        }
    }
    lp_buf_putc(b, '}');
}

/* f-strings: the pieces back into one f'...' literal (simplified). */
static void fstring_body(lp_buf_t *b, const lp_ast_t *e)
{
    if (e->kind == AST_Constant) {
        const lp_ast_const_t *k = F(e, Constant, value).k;
        for (size_t i = 0; i < k->n; i++) {
            char ch = k->s[i];
            if (ch == '{' || ch == '}') lp_buf_putc(b, ch);
            lp_buf_putc(b, ch);
        }
        return;
    }
    if (e->kind == AST_JoinedStr) {
        for (int i = 0; i < SEQLEN(F(e, JoinedStr, values).seq); i++)
            fstring_body(b, SEQNODE(F(e, JoinedStr, values).seq, i));
        return;
    }
    lp_buf_putc(b, '{');
    lp_buf_t inner = {0};
    unparse(&inner, F(e, FormattedValue, value).node, PR_TEST + 1);
    if (inner.len && inner.data[0] == '{') lp_buf_putc(b, ' ');
    lp_buf_add(b, inner.data ? inner.data : "", inner.len);
    long conv = F(e, FormattedValue, conversion).i;
    if (conv > 0) {
        lp_buf_putc(b, '!');
        lp_buf_putc(b, (char)conv);
    }
    if (F(e, FormattedValue, format_spec).node) {
        lp_buf_putc(b, ':');
        fstring_body(b, F(e, FormattedValue, format_spec).node);
    }
    lp_buf_putc(b, '}');
}

static void fstring(lp_buf_t *b, const lp_ast_t *e)
{
    lp_buf_t body = {0};
    fstring_body(&body, e);
    lp_ast_const_t k = {LP_CONST_STR, 0, body.data ? body.data : "", body.len};
    lp_buf_putc(b, 'f');
    lp_ast_const_repr(b, &k);
}

/* and/or, binary and unary operators, comparisons. */
static bool unparse_operator(lp_buf_t *b, const lp_ast_t *e, int level)
{
    const char *sym;
    int pr;
    switch (e->kind) {
    case AST_BoolOp: {
        bool is_and = F(e, BoolOp, op).i == AST_And;
        const lp_ast_seq_t *v = F(e, BoolOp, values).seq;
        pr = is_and ? PR_AND : PR_OR;
        open_paren(b, level > pr);
        for (int i = 0; i < SEQLEN(v); i++) {
            if (i) lp_buf_puts(b, is_and ? " and " : " or ");
            unparse(b, SEQNODE(v, i), pr + 1);
        }
        break;
    }
    case AST_BinOp: {
        bool rassoc = F(e, BinOp, op).i == AST_Pow;
        pr = binop_prec((int)F(e, BinOp, op).i, &sym);
        open_paren(b, level > pr);
        unparse(b, F(e, BinOp, left).node, pr + rassoc);
        lp_buf_puts(b, sym);
        unparse(b, F(e, BinOp, right).node, pr + !rassoc);
        break;
    }
    case AST_UnaryOp: {
        long op = F(e, UnaryOp, op).i;
        pr = op == AST_Not ? PR_NOT : PR_FACTOR;
        open_paren(b, level > pr);
        lp_buf_puts(b, op == AST_Not ? "not " : op == AST_Invert ? "~" : op == AST_UAdd ? "+" : "-");
        unparse(b, F(e, UnaryOp, operand).node, pr);
        break;
    }
    case AST_Compare: {
        const lp_ast_seq_t *ops = F(e, Compare, ops).seq, *cmps = F(e, Compare, comparators).seq;
        pr = PR_CMP;
        open_paren(b, level > pr);
        unparse(b, F(e, Compare, left).node, PR_CMP + 1);
        for (int i = 0; i < SEQLEN(ops); i++) {
            lp_buf_puts(b, cmp_sym(ops->items[i].i));
            unparse(b, SEQNODE(cmps, i), PR_CMP + 1);
        }
        break;
    }
    default: return false;
    }
    close_paren(b, level > pr);
    return true;
}

static bool has_params(const lp_ast_t *args)
{
    return SEQLEN(F(args, arguments, args).seq) || SEQLEN(F(args, arguments, posonlyargs).seq) ||
           F(args, arguments, vararg).node || SEQLEN(F(args, arguments, kwonlyargs).seq) ||
           F(args, arguments, kwarg).node;
}

/* lambda, conditional expressions, await, yield, walrus. */
static bool unparse_special(lp_buf_t *b, const lp_ast_t *e, int level)
{
    switch (e->kind) {
    case AST_Lambda:
        open_paren(b, level > PR_TEST);
        lp_buf_puts(b, has_params(F(e, Lambda, args).node) ? "lambda " : "lambda");
        lambda_args(b, F(e, Lambda, args).node);
        lp_buf_puts(b, ": ");
        unparse(b, F(e, Lambda, body).node, PR_TEST);
        close_paren(b, level > PR_TEST);
        return true;
    case AST_IfExp:
        open_paren(b, level > PR_TEST);
        unparse(b, F(e, IfExp, body).node, PR_TEST + 1);
        lp_buf_puts(b, " if ");
        unparse(b, F(e, IfExp, test).node, PR_TEST + 1);
        lp_buf_puts(b, " else ");
        unparse(b, F(e, IfExp, orelse).node, PR_TEST);
        close_paren(b, level > PR_TEST);
        return true;
    case AST_Await:
        open_paren(b, level > PR_AWAIT);
        lp_buf_puts(b, "await ");
        unparse(b, F(e, Await, value).node, PR_ATOM);
        close_paren(b, level > PR_AWAIT);
        return true;
    case AST_Yield:
        lp_buf_puts(b, F(e, Yield, value).node ? "(yield " : "(yield");
        if (F(e, Yield, value).node) unparse(b, F(e, Yield, value).node, PR_TEST);
        lp_buf_putc(b, ')');
        return true;
    case AST_YieldFrom:
        lp_buf_puts(b, "(yield from ");
        unparse(b, F(e, YieldFrom, value).node, PR_TEST);
        lp_buf_putc(b, ')');
        return true;
    case AST_NamedExpr:
        open_paren(b, level > PR_TUPLE);
        unparse(b, F(e, NamedExpr, target).node, PR_ATOM);
        lp_buf_puts(b, " := ");
        unparse(b, F(e, NamedExpr, value).node, PR_ATOM);
        close_paren(b, level > PR_TUPLE);
        return true;
    default: return false;
    }
}

static void tuple(lp_buf_t *b, const lp_ast_t *e, int level)
{
    const lp_ast_seq_t *elts = F(e, Tuple, elts).seq;
    if (!SEQLEN(elts)) {
        lp_buf_puts(b, "()");
        return;
    }
    open_paren(b, level > PR_TUPLE);
    seq(b, elts, PR_TEST);
    if (SEQLEN(elts) == 1) lp_buf_putc(b, ',');
    close_paren(b, level > PR_TUPLE);
}

/* Displays and comprehensions. */
static bool unparse_display(lp_buf_t *b, const lp_ast_t *e, int level)
{
    switch (e->kind) {
    case AST_Dict: dict(b, e); return true;
    case AST_Set:
        if (!SEQLEN(F(e, Set, elts).seq)) {
            lp_buf_puts(b, "{*()}");
            return true;
        }
        lp_buf_putc(b, '{');
        seq(b, F(e, Set, elts).seq, PR_TEST);
        lp_buf_putc(b, '}');
        return true;
    case AST_List:
        lp_buf_putc(b, '[');
        seq(b, F(e, List, elts).seq, PR_TEST);
        lp_buf_putc(b, ']');
        return true;
    case AST_Tuple: tuple(b, e, level); return true;
    case AST_ListComp:
    case AST_SetComp:
    case AST_GeneratorExp: {
        const char *br = e->kind == AST_ListComp ? "[]" : e->kind == AST_SetComp ? "{}" : "()";
        lp_buf_putc(b, br[0]);
        unparse(b, F(e, ListComp, elt).node, PR_TEST);
        comprehension(b, F(e, ListComp, generators).seq);
        lp_buf_putc(b, br[1]);
        return true;
    }
    case AST_DictComp:
        lp_buf_putc(b, '{');
        unparse(b, F(e, DictComp, key).node, PR_TEST);
        lp_buf_puts(b, ": ");
        unparse(b, F(e, DictComp, value).node, PR_TEST);
        comprehension(b, F(e, DictComp, generators).seq);
        lp_buf_putc(b, '}');
        return true;
    default: return false;
    }
}

static void slice(lp_buf_t *b, const lp_ast_t *e)
{
    if (F(e, Slice, lower).node) unparse(b, F(e, Slice, lower).node, PR_TEST);
    lp_buf_putc(b, ':');
    if (F(e, Slice, upper).node) unparse(b, F(e, Slice, upper).node, PR_TEST);
    if (F(e, Slice, step).node) {
        lp_buf_putc(b, ':');
        unparse(b, F(e, Slice, step).node, PR_TEST);
    }
}

static void attribute(lp_buf_t *b, const lp_ast_t *e)
{
    const lp_ast_t *v = F(e, Attribute, value).node;
    unparse(b, v, PR_ATOM);
    bool int_const = v->kind == AST_Constant && F(v, Constant, value).k->kind == LP_CONST_INT;
    lp_buf_puts(b, int_const ? " ." : ".");
    lp_buf_puts(b, F(e, Attribute, attr).str);
}

static void unparse(lp_buf_t *b, const lp_ast_t *e, int level)
{
    if (unparse_operator(b, e, level) || unparse_special(b, e, level) ||
        unparse_display(b, e, level))
        return;
    switch (e->kind) {
    case AST_Call: call(b, e); break;
    case AST_JoinedStr:
    case AST_FormattedValue: fstring(b, e); break;
    case AST_Constant: constant(b, F(e, Constant, value).k); break;
    case AST_Attribute: attribute(b, e); break;
    case AST_Subscript: subscript(b, e); break;
    case AST_Starred:
        lp_buf_putc(b, '*');
        unparse(b, F(e, Starred, value).node, PR_EXPR);
        break;
    case AST_Name: lp_buf_puts(b, F(e, Name, id).str); break;
    case AST_Slice: slice(b, e); break;
    default: lp_buf_puts(b, "..."); break;
    }
}

void c_annotation_value(compiler_t *c, const lp_ast_t *ann)
{
    if (!(c->st->future_features & LP_FUTURE_ANNOTATIONS)) {
        c_expr(c, ann);
        return;
    }
    lp_buf_t b = {0};
    unparse(&b, ann, PR_TEST);
    cconst_t *k = cconst_new(CK_STR);
    k->s = b.data ? b.data : "";
    k->n = b.len;
    c_load_const(c, k);
}
