/* compile_pattern.c -- `match` statements (PEP 634), as CPython 3.11.
 *
 * Each case copies the subject (except the last), runs its pattern, which
 * leaves the captured values on the stack under whatever it still needs
 * ("on top"), stores the captures, checks the guard and runs the body.  A
 * failing test jumps to fail_pop[n], a chain of POP_TOPs that pops the n
 * values the pattern had pushed so far, as CPython's pattern_context does.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdlib.h>
#include <string.h>

#include "compile_impl.h"
#include "floatrepr.h"
#include "gc.h"

typedef struct {
    namelist_t stores;     /* names captured so far, in stack order */
    bool allow_irrefutable;
    int *fail_pop;         /* labels */
    int fail_pop_size;
    int on_top;            /* values above the captures that must stay */
} pctx_t;

static void pattern(compiler_t *c, const lp_ast_t *p, pctx_t *pc);

#define WILDCARD(p) ((p)->kind == AST_MatchAs && !F(p, MatchAs, name).str)
#define WILDCARD_STAR(p) ((p)->kind == AST_MatchStar && !F(p, MatchStar, name).str)

static int stores_find(const pctx_t *pc, const char *name)
{
    for (int i = 0; i < pc->stores.n; i++)
        if (strcmp(pc->stores.items[i], name) == 0) return i;
    return -1;
}

static void stores_insert(pctx_t *pc, int at, const char *name)
{
    namelist_t *l = &pc->stores;
    if (l->n == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 8;
        const char **a = lp_alloc((size_t)l->cap * sizeof *a);
        if (l->n) memcpy(a, l->items, (size_t)l->n * sizeof *a);
        l->items = a;
    }
    memmove(l->items + at + 1, l->items + at, (size_t)(l->n - at) * sizeof *l->items);
    l->items[at] = name;
    l->n++;
}

static void ensure_fail_pop(compiler_t *c, pctx_t *pc, int n)
{
    if (n < pc->fail_pop_size) return;
    int *a = lp_alloc_atomic((size_t)(n + 1) * sizeof *a);
    if (pc->fail_pop_size) memcpy(a, pc->fail_pop, (size_t)pc->fail_pop_size * sizeof *a);
    for (int i = pc->fail_pop_size; i <= n; i++)
        a[i] = LABEL();
    pc->fail_pop = a;
    pc->fail_pop_size = n + 1;
}

static void jump_to_fail_pop(compiler_t *c, pctx_t *pc, int op)
{
    int pops = pc->on_top + pc->stores.n;
    ensure_fail_pop(c, pc, pops);
    JUMP(op, pc->fail_pop[pops]);
}

static void emit_and_reset_fail_pop(compiler_t *c, pctx_t *pc)
{
    if (!pc->fail_pop_size) return;
    while (--pc->fail_pop_size) {
        BIND(pc->fail_pop[pc->fail_pop_size]);
        OP(OP_POP_TOP);
    }
    BIND(pc->fail_pop[0]);
    pc->fail_pop = NULL;
}

static void rotate(compiler_t *c, int count)
{
    while (1 < count)
        OPI(OP_SWAP, count--);
}

static void store_name(compiler_t *c, const char *name, pctx_t *pc)
{
    if (!name) {
        OP(OP_POP_TOP);
        return;
    }
    if (strcmp(name, "__debug__") == 0) c_error(c, "cannot assign to __debug__");
    if (stores_find(pc, name) >= 0) c_error(c, "multiple assignments to name '%s' in pattern", name);
    rotate(c, pc->on_top + pc->stores.n + 1);
    stores_insert(pc, pc->stores.n, name);
}

static cconst_t *int_const(long v)
{
    char buf[24];
    snprintf(buf, sizeof buf, "%ld", v);
    cconst_t *k = cconst_new(CK_INT);
    k->s = lp_strdup(buf);
    k->n = strlen(buf);
    return k;
}

static void subpattern(compiler_t *c, const lp_ast_t *p, pctx_t *pc)
{
    bool saved = pc->allow_irrefutable;
    pc->allow_irrefutable = true;
    pattern(c, p, pc);
    pc->allow_irrefutable = saved;
}

/* ==== sequences ==== */

static void seq_unpack(compiler_t *c, const lp_ast_seq_t *pats, pctx_t *pc)
{
    int n = SEQLEN(pats);
    bool seen_star = false;
    for (int i = 0; i < n; i++) {
        if (SEQNODE(pats, i)->kind != AST_MatchStar) continue;
        if (seen_star) c_error(c, "multiple starred expressions in sequence pattern");
        if (i >= 256 || n - i - 1 >= (0x7FFFFFFF >> 8))
            c_error(c, "too many expressions in star-unpacking sequence pattern");
        OPI(OP_UNPACK_EX, i + ((n - i - 1) << 8));
        seen_star = true;
    }
    if (!seen_star) OPI(OP_UNPACK_SEQUENCE, n);
    pc->on_top += n;
    for (int i = 0; i < n; i++) {
        pc->on_top--;
        subpattern(c, SEQNODE(pats, i), pc);
    }
}

static void seq_subscr(compiler_t *c, const lp_ast_seq_t *pats, int star, pctx_t *pc)
{
    int size = SEQLEN(pats);
    pc->on_top++;
    for (int i = 0; i < size; i++) {
        const lp_ast_t *p = SEQNODE(pats, i);
        if (WILDCARD(p) || i == star) continue;
        OPI(OP_COPY, 1);
        if (i < star) {
            c_load_const(c, int_const(i));
        } else {
            OP(OP_GET_LEN);
            c_load_const(c, int_const(size - i));
            OPI(OP_BINARY_OP, LP_NB_SUBTRACT);
        }
        OP(OP_BINARY_SUBSCR);
        subpattern(c, p, pc);
    }
    pc->on_top--;
    OP(OP_POP_TOP);
}

static void p_sequence(compiler_t *c, const lp_ast_t *p, pctx_t *pc)
{
    const lp_ast_seq_t *pats = F(p, MatchSequence, patterns).seq;
    int size = SEQLEN(pats), star = -1;
    bool only_wildcard = true, star_wildcard = false;
    for (int i = 0; i < size; i++) {
        const lp_ast_t *q = SEQNODE(pats, i);
        if (q->kind == AST_MatchStar) {
            if (star >= 0) c_error(c, "multiple starred names in sequence pattern");
            star_wildcard = WILDCARD_STAR(q);
            only_wildcard &= star_wildcard;
            star = i;
            continue;
        }
        only_wildcard &= WILDCARD(q);
    }
    pc->on_top++;
    OP(OP_MATCH_SEQUENCE);
    jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    if (star < 0) {
        OP(OP_GET_LEN);
        c_load_const(c, int_const(size));
        OPI(OP_COMPARE_OP, LP_EQ);
        jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    } else if (size - 1) {
        OP(OP_GET_LEN);
        c_load_const(c, int_const(size - 1));
        OPI(OP_COMPARE_OP, LP_GE);
        jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    }
    pc->on_top--;
    if (only_wildcard) OP(OP_POP_TOP);
    else if (star_wildcard) seq_subscr(c, pats, star, pc);
    else seq_unpack(c, pats, pc);
}

/* ==== values, mappings, classes ==== */

/* The constant a value pattern or mapping key folds to (`-1`, `1+2j`). */
static cconst_t *fold_value(compiler_t *c, const lp_ast_t *e)
{
    cconst_t *k = c_fold(c, e);
    if (k || e->kind != AST_BinOp) return k;
    int op = (int)F(e, BinOp, op).i;
    cconst_t *l = c_fold(c, F(e, BinOp, left).node), *r = c_fold(c, F(e, BinOp, right).node);
    if (!l || !r || r->kind != CK_COMPLEX || (op != AST_Add && op != AST_Sub)) return NULL;
    if (l->kind != CK_INT && l->kind != CK_FLOAT) return NULL;
    cconst_t *z = cconst_new(CK_COMPLEX);
    z->re = l->kind == CK_INT ? strtod(l->s, NULL) : l->d;
    z->d = op == AST_Sub ? -r->d : r->d;
    return z;
}

static void p_value(compiler_t *c, const lp_ast_t *p, pctx_t *pc)
{
    const lp_ast_t *v = F(p, MatchValue, value).node;
    cconst_t *k = v->kind == AST_Attribute ? NULL : fold_value(c, v);
    if (!k && v->kind != AST_Attribute)
        c_error(c, "patterns may only match literals and attribute lookups");
    if (k) c_load_const(c, k);
    else c_expr(c, v);
    OPI(OP_COMPARE_OP, LP_EQ);
    jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
}

static void p_singleton(compiler_t *c, const lp_ast_t *p, pctx_t *pc)
{
    c_load_const(c, cconst_from_ast(F(p, MatchSingleton, value).k));
    OPI(OP_IS_OP, 0);
    jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
}

/* Python equality of two key constants, enough for the duplicate check. */
static double num_of(const cconst_t *k, bool *ok)
{
    *ok = true;
    switch (k->kind) {
    case CK_TRUE: return 1;
    case CK_FALSE: return 0;
    case CK_INT: return strtod(k->s, NULL);
    case CK_FLOAT: return k->d;
    case CK_COMPLEX: *ok = k->d == 0; return k->re;
    default: *ok = false; return 0;
    }
}

static bool keys_equal(const cconst_t *a, const cconst_t *b)
{
    bool oka, okb;
    double x = num_of(a, &oka), y = num_of(b, &okb);
    if (oka && okb) {
        if (a->kind == CK_INT && b->kind == CK_INT) return strcmp(a->s, b->s) == 0;
        return x == y;
    }
    if (a->kind == CK_COMPLEX && b->kind == CK_COMPLEX) return a->d == b->d && a->re == b->re;
    if (a->kind != b->kind) return false;
    if (a->kind == CK_STR || a->kind == CK_BYTES)
        return a->n == b->n && memcmp(a->s, b->s, a->n) == 0;
    return a->kind == CK_NONE || a->kind == CK_ELLIPSIS;
}

/* repr() of a key constant, for the duplicate-key message. */
static void const_repr(lp_buf_t *b, const cconst_t *k)
{
    static const lp_const_kind_t kinds[] = {
        [CK_NONE] = LP_CONST_NONE,   [CK_TRUE] = LP_CONST_TRUE,   [CK_FALSE] = LP_CONST_FALSE,
        [CK_ELLIPSIS] = LP_CONST_ELLIPSIS, [CK_INT] = LP_CONST_INT, [CK_FLOAT] = LP_CONST_FLOAT,
        [CK_COMPLEX] = LP_CONST_COMPLEX, [CK_STR] = LP_CONST_STR, [CK_BYTES] = LP_CONST_BYTES,
    };
    if (k->kind == CK_COMPLEX && k->re != 0) {
        char out[80];
        out[lp_float_complex_repr(k->re, k->d, out)] = 0;
        lp_buf_puts(b, out);
        return;
    }
    lp_ast_const_t a = {kinds[k->kind], k->d, k->s, k->n};
    lp_ast_const_repr(b, &a);
}

static void mapping_keys(compiler_t *c, const lp_ast_t *p)
{
    const lp_ast_seq_t *keys = F(p, MatchMapping, keys).seq;
    int size = SEQLEN(keys);
    cconst_t **seen = lp_alloc((size_t)(size + 1) * sizeof *seen);
    for (int i = 0; i < size; i++) {
        const lp_ast_t *key = SEQNODE(keys, i);
        cconst_t *k = key->kind == AST_Attribute ? NULL : fold_value(c, key);
        if (k) {
            for (int j = 0; j < i; j++)
                if (seen[j] && keys_equal(seen[j], k)) {
                    lp_buf_t b = {0};
                    const_repr(&b, k);
                    lp_buf_putc(&b, 0);
                    c_error(c, "mapping pattern checks duplicate key (%s)", b.data);
                }
            seen[i] = k;
            c_load_const(c, k);
        } else if (key->kind == AST_Attribute) {
            c_expr(c, key);
        } else {
            c_error(c, "mapping pattern keys may only match literals and attribute lookups");
        }
    }
}

/* subject keys -> rest: a dict copy of the subject without the keys. */
static void mapping_rest(compiler_t *c, int size)
{
    OPI(OP_BUILD_MAP, 0);
    OPI(OP_SWAP, 3);
    OPI(OP_DICT_UPDATE, 2);
    OPI(OP_UNPACK_SEQUENCE, size);
    while (size) {
        OPI(OP_COPY, 1 + size--);
        OPI(OP_SWAP, 2);
        OP(OP_DELETE_SUBSCR);
    }
}

static void p_mapping(compiler_t *c, const lp_ast_t *p, pctx_t *pc)
{
    const lp_ast_seq_t *keys = F(p, MatchMapping, keys).seq, *pats = F(p, MatchMapping, patterns).seq;
    const char *star_target = F(p, MatchMapping, rest).str;
    int size = SEQLEN(keys);
    pc->on_top++;
    OP(OP_MATCH_MAPPING);
    jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    if (!size && !star_target) {
        pc->on_top--;
        OP(OP_POP_TOP);
        return;
    }
    if (size) {
        OP(OP_GET_LEN);
        c_load_const(c, int_const(size));
        OPI(OP_COMPARE_OP, LP_GE);
        jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    }
    mapping_keys(c, p);
    OPI(OP_BUILD_TUPLE, size);
    OP(OP_MATCH_KEYS);
    pc->on_top += 2;
    OPI(OP_COPY, 1);
    c_load_const(c, cconst_new(CK_NONE));
    OPI(OP_IS_OP, 1);
    jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    OPI(OP_UNPACK_SEQUENCE, size);
    pc->on_top += size - 1;
    for (int i = 0; i < size; i++) {
        pc->on_top--;
        subpattern(c, SEQNODE(pats, i), pc);
    }
    pc->on_top -= 2;
    if (star_target) {
        mapping_rest(c, size);
        store_name(c, star_target, pc);
    } else {
        OP(OP_POP_TOP);
        OP(OP_POP_TOP);
    }
}

static void validate_kwd_attrs(compiler_t *c, const lp_ast_seq_t *attrs, const lp_ast_seq_t *pats)
{
    int n = SEQLEN(attrs);
    for (int i = 0; i < n; i++) {
        const char *a = attrs->items[i].str;
        c_set_loc(c, SEQNODE(pats, i));
        if (strcmp(a, "__debug__") == 0) c_error(c, "cannot assign to __debug__");
        for (int j = i + 1; j < n; j++)
            if (strcmp(a, attrs->items[j].str) == 0) {
                c_set_loc(c, SEQNODE(pats, j));
                c_error(c, "attribute name repeated in class pattern: %s", a);
            }
    }
}

static void p_class(compiler_t *c, const lp_ast_t *p, pctx_t *pc)
{
    const lp_ast_seq_t *pats = F(p, MatchClass, patterns).seq;
    const lp_ast_seq_t *attrs = F(p, MatchClass, kwd_attrs).seq;
    const lp_ast_seq_t *kpats = F(p, MatchClass, kwd_patterns).seq;
    int nargs = SEQLEN(pats), nattrs = SEQLEN(attrs);
    if (nattrs != SEQLEN(kpats))
        c_error(c, "kwd_attrs (%d) / kwd_patterns (%d) length mismatch in class pattern", nattrs,
                SEQLEN(kpats));
    if (nattrs) {
        validate_kwd_attrs(c, attrs, kpats);
        c_set_loc(c, p);
    }
    c_expr(c, F(p, MatchClass, cls).node);
    cconst_t *t = cconst_new(CK_TUPLE);
    t->nitems = nattrs;
    t->items = lp_alloc((size_t)(nattrs + 1) * sizeof *t->items);
    for (int i = 0; i < nattrs; i++)
        t->items[i] = cconst_str(c, attrs->items[i].str);
    c_load_const(c, t);
    OPI(OP_MATCH_CLASS, nargs);
    OPI(OP_COPY, 1);
    c_load_const(c, cconst_new(CK_NONE));
    OPI(OP_IS_OP, 1);
    pc->on_top++;
    jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    OPI(OP_UNPACK_SEQUENCE, nargs + nattrs);
    pc->on_top += nargs + nattrs - 1;
    for (int i = 0; i < nargs + nattrs; i++) {
        pc->on_top--;
        const lp_ast_t *q = i < nargs ? SEQNODE(pats, i) : SEQNODE(kpats, i - nargs);
        if (WILDCARD(q)) {
            OP(OP_POP_TOP);
            continue;
        }
        subpattern(c, q, pc);
    }
}

/* ==== as, or ==== */

static void p_as(compiler_t *c, const lp_ast_t *p, pctx_t *pc)
{
    const char *name = F(p, MatchAs, name).str;
    if (!F(p, MatchAs, pattern).node) {
        if (!pc->allow_irrefutable) {
            if (name) c_error(c, "name capture '%s' makes remaining patterns unreachable", name);
            c_error(c, "wildcard makes remaining patterns unreachable");
        }
        store_name(c, name, pc);
        return;
    }
    pc->on_top++;
    OPI(OP_COPY, 1);
    pattern(c, F(p, MatchAs, pattern).node, pc);
    pc->on_top--;
    store_name(c, name, pc);
}

/* Brings the captures of one alternative into the order of the first's. */
static void reorder_alt(compiler_t *c, pctx_t *pc, const namelist_t *control)
{
    if (pc->stores.n != control->n) c_error(c, "alternative patterns bind different names");
    for (int icontrol = control->n - 1; icontrol >= 0; icontrol--) {
        int istores = stores_find(pc, control->items[icontrol]);
        if (istores < 0) c_error(c, "alternative patterns bind different names");
        if (icontrol == istores) continue;
        int rotations = istores + 1;
        /* rotated = stores[:rotations]; del stores[:rotations];
         * stores[icontrol-istores:icontrol-istores] = rotated */
        const char **rot = lp_alloc((size_t)rotations * sizeof *rot);
        memcpy(rot, pc->stores.items, (size_t)rotations * sizeof *rot);
        memmove(pc->stores.items, pc->stores.items + rotations,
                (size_t)(pc->stores.n - rotations) * sizeof *rot);
        pc->stores.n -= rotations;
        for (int k = 0; k < rotations; k++)
            stores_insert(pc, icontrol - istores + k, rot[k]);
        while (rotations--)
            rotate(c, icontrol + 1);
    }
}

static void p_or(compiler_t *c, const lp_ast_t *p, pctx_t *pc)
{
    const lp_ast_seq_t *alts = F(p, MatchOr, patterns).seq;
    int end = LABEL(), size = SEQLEN(alts);
    pctx_t old = *pc;
    namelist_t control = {0};
    for (int i = 0; i < size; i++) {
        const lp_ast_t *alt = SEQNODE(alts, i);
        c_set_loc(c, alt);
        pc->stores = (namelist_t){0};
        pc->allow_irrefutable = i == size - 1 && old.allow_irrefutable;
        pc->fail_pop = NULL;
        pc->fail_pop_size = 0;
        pc->on_top = 0;
        OPI(OP_COPY, 1);
        pattern(c, alt, pc);
        if (i == 0) control = pc->stores;
        else reorder_alt(c, pc, &control);
        JUMP(OP_JUMP, end);
        emit_and_reset_fail_pop(c, pc);
    }
    *pc = old;
    OP(OP_POP_TOP);
    jump_to_fail_pop(c, pc, OP_JUMP);
    BIND(end);
    int nrots = control.n + 1 + pc->on_top + pc->stores.n;
    for (int i = 0; i < control.n; i++) {
        rotate(c, nrots);
        const char *name = control.items[i];
        if (stores_find(pc, name) >= 0)
            c_error(c, "multiple assignments to name '%s' in pattern", name);
        stores_insert(pc, pc->stores.n, name);
    }
    OP(OP_POP_TOP);
}

static void pattern(compiler_t *c, const lp_ast_t *p, pctx_t *pc)
{
    c_deeper(c);
    c_set_loc(c, p);
    switch (p->kind) {
    case AST_MatchValue: p_value(c, p, pc); break;
    case AST_MatchSingleton: p_singleton(c, p, pc); break;
    case AST_MatchSequence: p_sequence(c, p, pc); break;
    case AST_MatchMapping: p_mapping(c, p, pc); break;
    case AST_MatchClass: p_class(c, p, pc); break;
    case AST_MatchStar: store_name(c, F(p, MatchStar, name).str, pc); break;
    case AST_MatchAs: p_as(c, p, pc); break;
    case AST_MatchOr: p_or(c, p, pc); break;
    default: c_error(c, "lemonpy compiler: unknown pattern kind %d", p->kind);
    }
    c_shallower(c);
}

/* ==== the statement ==== */

void c_match(compiler_t *c, const lp_ast_t *s)
{
    const lp_ast_seq_t *cases = F(s, Match, cases).seq;
    int n = SEQLEN(cases), end = LABEL();
    c_expr(c, F(s, Match, subject).node);
    const lp_ast_t *last = SEQNODE(cases, n - 1);
    int has_default = WILDCARD(F(last, match_case, pattern).node) && 1 < n;
    for (int i = 0; i < n - has_default; i++) {
        const lp_ast_t *m = SEQNODE(cases, i);
        const lp_ast_t *pat = F(m, match_case, pattern).node, *guard = F(m, match_case, guard).node;
        c_set_loc(c, pat);
        if (i != n - has_default - 1) OPI(OP_COPY, 1);
        pctx_t pc = {{0}, guard != NULL || i == n - 1, NULL, 0, 0};
        pattern(c, pat, &pc);
        for (int k = 0; k < pc.stores.n; k++)
            c_nameop(c, pc.stores.items[k], AST_Store);
        if (guard) {
            ensure_fail_pop(c, &pc, 0);
            c_jump_if(c, guard, pc.fail_pop[0], false);
        }
        if (i != n - has_default - 1) OP(OP_POP_TOP);
        c_stmts(c, F(m, match_case, body).seq);
        JUMP(OP_JUMP, end);
        c_set_loc(c, pat);
        emit_and_reset_fail_pop(c, &pc);
    }
    if (has_default) {
        c_set_loc(c, F(last, match_case, pattern).node);
        if (n == 1) OP(OP_POP_TOP);
        else OP(OP_NOP);
        if (F(last, match_case, guard).node) c_jump_if(c, F(last, match_case, guard).node, end, false);
        c_stmts(c, F(last, match_case, body).seq);
    }
    BIND(end);
}
