/* compile_expr.c -- expressions: operators, displays, calls, comprehensions.
 *
 * As CPython 3.11's compiler_visit_expr: every expression is compiled with
 * its own extent as the location of the instructions it emits (restored
 * afterwards), so tracebacks point at the sub-expression that failed.
 * Displays and calls with many or starred elements build a list and extend
 * it (STACK_USE_GUIDELINE), calls on `obj.attr(...)` use LOAD_METHOD, and
 * comprehensions are functions of one argument (`.0`, the iterator) called
 * on the spot, as in 3.11 (they are not inlined).  Small constant folding is
 * done as CPython's AST optimizer does it: tuples of constants and signs of
 * numbers become one constant.
 *
 * SPDX-License-Identifier: MIT
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "compile_impl.h"
#include "gc.h"
#include "obj_int.h"
#include "object.h"
#include "unicode.h"

#define STACK_USE_GUIDELINE 30

static void starunpack(compiler_t *c, const lp_ast_seq_t *elts, int pushed, int build, int add,
                       int extend, bool tuple);

/* ==== operators ==== */

int c_binop_arg(int astop)
{
    switch (astop) {
    case AST_Add: return LP_NB_ADD;
    case AST_Sub: return LP_NB_SUBTRACT;
    case AST_Mult: return LP_NB_MULTIPLY;
    case AST_MatMult: return LP_NB_MATRIX_MULTIPLY;
    case AST_Div: return LP_NB_TRUE_DIVIDE;
    case AST_Mod: return LP_NB_REMAINDER;
    case AST_Pow: return LP_NB_POWER;
    case AST_LShift: return LP_NB_LSHIFT;
    case AST_RShift: return LP_NB_RSHIFT;
    case AST_BitOr: return LP_NB_OR;
    case AST_BitXor: return LP_NB_XOR;
    case AST_BitAnd: return LP_NB_AND;
    default: return LP_NB_FLOOR_DIVIDE;
    }
}

static void compare_op(compiler_t *c, int op)
{
    switch (op) {
    case AST_Is: OPI(OP_IS_OP, 0); break;
    case AST_IsNot: OPI(OP_IS_OP, 1); break;
    case AST_In: OPI(OP_CONTAINS_OP, 0); break;
    case AST_NotIn: OPI(OP_CONTAINS_OP, 1); break;
    case AST_Eq: OPI(OP_COMPARE_OP, LP_EQ); break;
    case AST_NotEq: OPI(OP_COMPARE_OP, LP_NE); break;
    case AST_Lt: OPI(OP_COMPARE_OP, LP_LT); break;
    case AST_LtE: OPI(OP_COMPARE_OP, LP_LE); break;
    case AST_Gt: OPI(OP_COMPARE_OP, LP_GT); break;
    default: OPI(OP_COMPARE_OP, LP_GE); break;
    }
}

/* ==== constant folding ==== */

static bool cconst_truth(const cconst_t *k);
static lp_value int_value(const cconst_t *k);
static cconst_t *int_cconst(lp_value v);

static cconst_t *fold_unary(compiler_t *c, const lp_ast_t *e)
{
    int op = (int)F(e, UnaryOp, op).i;
    cconst_t *k = c_fold(c, F(e, UnaryOp, operand).node);
    if (!k) return NULL;
    if (op == AST_Not) return cconst_new(cconst_truth(k) ? CK_FALSE : CK_TRUE);
    if (op == AST_Invert) {
        lp_value v = k->kind == CK_INT ? int_value(k) : LP_NULL, r;
        if (!v || lp_int_invert(v, &r) != LP_INT_OK) return NULL;
        return int_cconst(r);
    }
    bool neg = op == AST_USub;
    cconst_t *r = cconst_new(k->kind);
    *r = *k;
    switch (k->kind) {
    case CK_INT:
        if (neg && strcmp(k->s, "0") != 0) {
            if (k->s[0] == '-') {
                r->s = k->s + 1;
                r->n = k->n - 1;
            } else {
                char *s = lp_alloc_atomic(k->n + 2);
                s[0] = '-';
                memcpy(s + 1, k->s, k->n + 1);
                r->s = s;
                r->n = k->n + 1;
            }
        }
        return r;
    case CK_FLOAT: r->d = neg ? -k->d : k->d; return r;
    case CK_COMPLEX:
        r->d = neg ? -k->d : k->d;
        r->re = neg ? -k->re : k->re;
        return r;
    default: return NULL;
    }
}

/* ---- binary operators on int and str constants (CPython's ast_opt.c,
 * with its size limits: results of *, ** and << stay within 128 bits,
 * repeated strings within 4096 items) ---- */

#define MAX_INT_SIZE 128
#define MAX_STR_SIZE 4096

static lp_value int_value(const cconst_t *k)
{
    lp_value r = LP_NULL;
    int64_t saved = lp_int_get_max_str_digits();
    lp_int_set_max_str_digits(0);
    if (lp_int_from_str(k->s, k->n, 10, &r, NULL) != LP_INT_OK) r = LP_NULL;
    lp_int_set_max_str_digits(saved);
    return r;
}

static cconst_t *int_cconst(lp_value v)
{
    char *s;
    size_t n;
    int64_t saved = lp_int_get_max_str_digits();
    lp_int_set_max_str_digits(0);
    lp_int_status_t st = lp_int_to_str(v, 10, &s, &n);
    lp_int_set_max_str_digits(saved);
    if (st != LP_INT_OK) return NULL;
    cconst_t *k = cconst_new(CK_INT);
    k->s = s;
    k->n = n;
    return k;
}

static cconst_t *fold_int_binop(int op, const cconst_t *l, const cconst_t *r)
{
    lp_value a = int_value(l), b = int_value(r), v = LP_NULL;
    if (!a || !b) return NULL;
    bool az = !lp_int_bool(a), bz = !lp_int_bool(b);
    int64_t bi = 0;
    bool small = lp_int_as_i64(b, &bi);
    lp_int_status_t st;
    switch (op) {
    case AST_Add: st = lp_int_add(a, b, &v); break;
    case AST_Sub: st = lp_int_sub(a, b, &v); break;
    case AST_Mult:
        if (!az && !bz && lp_int_bit_length(a) + lp_int_bit_length(b) > MAX_INT_SIZE) return NULL;
        st = lp_int_mul(a, b, &v);
        break;
    case AST_FloorDiv: st = lp_int_floordiv(a, b, &v); break;
    case AST_Mod: st = lp_int_mod(a, b, &v); break;
    case AST_Pow:
        if (small && bi < 0) { /* a float power, as int.__pow__ computes it */
            double x, y;
            if (lp_int_to_double(a, &x) != LP_INT_OK || lp_int_to_double(b, &y) != LP_INT_OK ||
                x == 0)
                return NULL;
            cconst_t *k = cconst_new(CK_FLOAT);
            k->d = pow(x, y);
            return isfinite(k->d) ? k : NULL;
        }
        if (!small) return NULL;
        if (!az && bi > 0 && lp_int_bit_length(a) > (uint64_t)(MAX_INT_SIZE / bi)) return NULL;
        st = lp_int_pow(a, b, &v);
        break;
    case AST_LShift:
        if (!az && !bz && (!small || bi < 0 || bi > MAX_INT_SIZE ||
                           lp_int_bit_length(a) > (uint64_t)(MAX_INT_SIZE - bi)))
            return NULL;
        st = lp_int_lshift(a, b, &v);
        break;
    case AST_RShift: st = lp_int_rshift(a, b, &v); break;
    case AST_BitAnd: st = lp_int_and(a, b, &v); break;
    case AST_BitOr: st = lp_int_or(a, b, &v); break;
    case AST_BitXor: st = lp_int_xor(a, b, &v); break;
    default: return NULL;
    }
    return st == LP_INT_OK ? int_cconst(v) : NULL;
}

static cconst_t *fold_str_binop(int op, const cconst_t *l, const cconst_t *r)
{
    if (op == AST_Add && l->kind == r->kind && (l->kind == CK_STR || l->kind == CK_BYTES)) {
        char *s = lp_alloc_atomic(l->n + r->n + 1);
        memcpy(s, l->s, l->n);
        memcpy(s + l->n, r->s, r->n);
        s[l->n + r->n] = 0;
        cconst_t *k = cconst_new(l->kind);
        k->s = s;
        k->n = l->n + r->n;
        return k;
    }
    if (op != AST_Mult) return NULL;
    if (l->kind == CK_INT) {
        const cconst_t *t = l;
        l = r;
        r = t;
    }
    if ((l->kind != CK_STR && l->kind != CK_BYTES) || r->kind != CK_INT) return NULL;
    int64_t times;
    lp_value nv = int_value(r);
    if (!nv || !lp_int_as_i64(nv, &times)) return NULL;
    if (times < 0) times = 0;
    size_t len = l->kind == CK_STR ? lp_utf8_length(l->s, l->n) : l->n;
    if (len && (uint64_t)times > MAX_STR_SIZE / len) return NULL;
    char *s = lp_alloc_atomic(l->n * (size_t)times + 1);
    for (int64_t i = 0; i < times; i++)
        memcpy(s + (size_t)i * l->n, l->s, l->n);
    s[l->n * (size_t)times] = 0;
    cconst_t *k = cconst_new(l->kind);
    k->s = s;
    k->n = l->n * (size_t)times;
    return k;
}

static cconst_t *fold_binop(compiler_t *c, const lp_ast_t *e)
{
    cconst_t *l = c_fold(c, F(e, BinOp, left).node);
    if (!l) return NULL;
    cconst_t *r = c_fold(c, F(e, BinOp, right).node);
    if (!r) return NULL;
    int op = (int)F(e, BinOp, op).i;
    if (l->kind == CK_INT && r->kind == CK_INT) return fold_int_binop(op, l, r);
    return fold_str_binop(op, l, r);
}

cconst_t *c_fold(compiler_t *c, const lp_ast_t *e)
{
    switch (e->kind) {
    case AST_Constant: return cconst_from_ast(F(e, Constant, value).k);
    case AST_UnaryOp: return fold_unary(c, e);
    case AST_BinOp: return fold_binop(c, e);
    case AST_Name:
        if (F(e, Name, ctx).i == AST_Load && strcmp(F(e, Name, id).str, "__debug__") == 0)
            return cconst_new(lp_compile_optimize ? CK_FALSE : CK_TRUE);
        return NULL;
    case AST_Tuple: {
        if (F(e, Tuple, ctx).i != AST_Load) return NULL;
        const lp_ast_seq_t *elts = F(e, Tuple, elts).seq;
        int n = SEQLEN(elts);
        cconst_t **items = lp_alloc((size_t)(n + 1) * sizeof *items);
        for (int i = 0; i < n; i++)
            if (!(items[i] = c_fold(c, SEQNODE(elts, i)))) return NULL;
        cconst_t *t = cconst_new(CK_TUPLE);
        t->items = items;
        t->nitems = n;
        return t;
    }
    default: return NULL;
    }
}

/* An iterable operand (of `in`, `for`, a comprehension) as CPython's AST
 * optimizer leaves it: a list display becomes a tuple (a constant when all
 * its items are), a set of constants a frozenset constant. */
void c_iter_expr(compiler_t *c, const lp_ast_t *e)
{
    if (e->kind == AST_List || e->kind == AST_Set) {
        const lp_ast_seq_t *elts = e->kind == AST_List ? F(e, List, elts).seq : F(e, Set, elts).seq;
        int n = SEQLEN(elts);
        bool star = false, all = true;
        cconst_t *t = cconst_new(CK_TUPLE);
        t->items = lp_alloc((size_t)(n + 1) * sizeof *t->items);
        t->nitems = n;
        for (int i = 0; i < n; i++) {
            star |= SEQNODE(elts, i)->kind == AST_Starred;
            if (all && !(t->items[i] = c_fold(c, SEQNODE(elts, i)))) all = false;
        }
        if (all && !star) {
            if (e->kind == AST_Set) t->kind = CK_FROZENSET;
            lp_position_t saved = c->u->e.loc;
            c_set_loc(c, e);
            c_load_const(c, t);
            c->u->e.loc = saved;
            return;
        }
        if (e->kind == AST_List && !star && F(e, List, ctx).i == AST_Load) {
            lp_position_t saved = c->u->e.loc;
            c_set_loc(c, e);
            starunpack(c, elts, 0, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, true);
            c->u->e.loc = saved;
            return;
        }
    }
    c_expr(c, e);
}

/* bool() of a constant. */
static bool cconst_truth(const cconst_t *k)
{
    switch (k->kind) {
    case CK_NONE:
    case CK_FALSE: return false;
    case CK_TRUE:
    case CK_ELLIPSIS:
    case CK_CODE: return true;
    case CK_INT: return strcmp(k->s, "0") != 0;
    case CK_FLOAT: return k->d != 0;
    case CK_COMPLEX: return k->d != 0 || k->re != 0;
    case CK_TUPLE:
    case CK_FROZENSET: return k->nitems != 0;
    default: return k->n != 0;
    }
}

/* ==== displays ==== */

/* Elements [elts] onto the stack as one list, tuple or set (CPython's
 * starunpack_helper); [pushed] values are already on the stack. */
static void starunpack(compiler_t *c, const lp_ast_seq_t *elts, int pushed, int build, int add,
                       int extend, bool tuple)
{
    int n = SEQLEN(elts);
    if (n > 2) {
        cconst_t *t = cconst_new(CK_TUPLE);
        t->nitems = n;
        t->items = lp_alloc((size_t)n * sizeof *t->items);
        bool all = true;
        for (int i = 0; i < n && all; i++)
            all = (t->items[i] = c_fold(c, SEQNODE(elts, i))) != NULL;
        if (all) {
            if (tuple && !pushed) {
                c_load_const(c, t);
                return;
            }
            if (build == OP_BUILD_SET) t->kind = CK_FROZENSET;
            OPI(build, pushed);
            c_load_const(c, t);
            OPI(extend, 1);
            if (tuple) OP(OP_LIST_TO_TUPLE);
            return;
        }
    }
    bool star = false;
    for (int i = 0; i < n; i++)
        star |= SEQNODE(elts, i)->kind == AST_Starred;
    bool big = n + pushed > STACK_USE_GUIDELINE;
    if (!star && !big) {
        for (int i = 0; i < n; i++)
            c_expr(c, SEQNODE(elts, i));
        OPI(tuple ? OP_BUILD_TUPLE : build, n + pushed);
        return;
    }
    bool built = false;
    if (big) {
        OPI(build, pushed);
        built = true;
    }
    for (int i = 0; i < n; i++) {
        const lp_ast_t *elt = SEQNODE(elts, i);
        if (elt->kind == AST_Starred) {
            if (!built) {
                OPI(build, i + pushed);
                built = true;
            }
            c_expr(c, F(elt, Starred, value).node);
            OPI(extend, 1);
        } else {
            c_expr(c, elt);
            if (built) OPI(add, 1);
        }
    }
    if (tuple) OP(OP_LIST_TO_TUPLE);
}

void c_unpack_helper(compiler_t *c, const lp_ast_seq_t *elts)
{
    int n = SEQLEN(elts);
    bool seen_star = false;
    for (int i = 0; i < n; i++) {
        if (SEQNODE(elts, i)->kind != AST_Starred) continue;
        if (seen_star) c_error(c, "multiple starred expressions in assignment");
        if (i >= 256 || n - i - 1 >= (0x7FFFFFFF >> 8))
            c_error(c, "too many expressions in star-unpacking assignment");
        OPI(OP_UNPACK_EX, i + ((n - i - 1) << 8));
        seen_star = true;
    }
    if (!seen_star) OPI(OP_UNPACK_SEQUENCE, n);
}

void c_assignment_helper(compiler_t *c, const lp_ast_seq_t *elts)
{
    c_unpack_helper(c, elts);
    for (int i = 0; i < SEQLEN(elts); i++) {
        const lp_ast_t *elt = SEQNODE(elts, i);
        c_expr(c, elt->kind == AST_Starred ? F(elt, Starred, value).node : elt);
    }
}

static void c_sequence(compiler_t *c, const lp_ast_t *e, bool tuple)
{
    const lp_ast_seq_t *elts = tuple ? F(e, Tuple, elts).seq : F(e, List, elts).seq;
    int ctx = (int)(tuple ? F(e, Tuple, ctx).i : F(e, List, ctx).i);
    if (ctx == AST_Store) {
        c_assignment_helper(c, elts);
    } else if (ctx == AST_Load) {
        starunpack(c, elts, 0, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, tuple);
    } else {
        for (int i = 0; i < SEQLEN(elts); i++)
            c_expr(c, SEQNODE(elts, i));
    }
}

static bool all_keys_const(const lp_ast_seq_t *keys, int begin, int end)
{
    for (int i = begin; i < end; i++)
        if (!SEQNODE(keys, i) || SEQNODE(keys, i)->kind != AST_Constant) return false;
    return true;
}

static void subdict(compiler_t *c, const lp_ast_t *e, int begin, int end)
{
    const lp_ast_seq_t *keys = F(e, Dict, keys).seq, *values = F(e, Dict, values).seq;
    int n = end - begin;
    bool big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big && all_keys_const(keys, begin, end)) {
        cconst_t *t = cconst_new(CK_TUPLE);
        t->nitems = n;
        t->items = lp_alloc((size_t)n * sizeof *t->items);
        for (int i = begin; i < end; i++) {
            c_expr(c, SEQNODE(values, i));
            t->items[i - begin] = cconst_from_ast(F(SEQNODE(keys, i), Constant, value).k);
        }
        c_load_const(c, t);
        OPI(OP_BUILD_CONST_KEY_MAP, n);
        return;
    }
    if (big) OPI(OP_BUILD_MAP, 0);
    for (int i = begin; i < end; i++) {
        c_expr(c, SEQNODE(keys, i));
        c_expr(c, SEQNODE(values, i));
        if (big) OPI(OP_MAP_ADD, 1);
    }
    if (!big) OPI(OP_BUILD_MAP, n);
}

static void c_dict(compiler_t *c, const lp_ast_t *e)
{
    const lp_ast_seq_t *keys = F(e, Dict, keys).seq, *values = F(e, Dict, values).seq;
    int n = SEQLEN(values), elements = 0;
    bool have_dict = false;
    for (int i = 0; i < n; i++) {
        if (!SEQNODE(keys, i)) {
            if (elements) {
                subdict(c, e, i - elements, i);
                if (have_dict) OPI(OP_DICT_UPDATE, 1);
                have_dict = true;
                elements = 0;
            }
            if (!have_dict) {
                OPI(OP_BUILD_MAP, 0);
                have_dict = true;
            }
            c_expr(c, SEQNODE(values, i));
            OPI(OP_DICT_UPDATE, 1);
        } else if (elements * 2 > STACK_USE_GUIDELINE) {
            subdict(c, e, i - elements, i + 1);
            if (have_dict) OPI(OP_DICT_UPDATE, 1);
            have_dict = true;
            elements = 0;
        } else {
            elements++;
        }
    }
    if (elements) {
        subdict(c, e, n - elements, n);
        if (have_dict) OPI(OP_DICT_UPDATE, 1);
        have_dict = true;
    }
    if (!have_dict) OPI(OP_BUILD_MAP, 0);
}

/* ==== compile-time warnings (CPython's check_compare, check_caller, ...) ==== */

/* The name of the type an expression certainly has, or NULL. */
static const char *infer_type(const lp_ast_t *e)
{
    static const char *const consts[] = {
        [LP_CONST_NONE] = "NoneType", [LP_CONST_TRUE] = "bool", [LP_CONST_FALSE] = "bool",
        [LP_CONST_ELLIPSIS] = "ellipsis", [LP_CONST_INT] = "int", [LP_CONST_FLOAT] = "float",
        [LP_CONST_COMPLEX] = "complex", [LP_CONST_STR] = "str", [LP_CONST_BYTES] = "bytes",
    };
    switch (e->kind) {
    case AST_Tuple: return "tuple";
    case AST_List:
    case AST_ListComp: return "list";
    case AST_Dict:
    case AST_DictComp: return "dict";
    case AST_Set:
    case AST_SetComp: return "set";
    case AST_GeneratorExp: return "generator";
    case AST_Lambda: return "function";
    case AST_JoinedStr:
    case AST_FormattedValue: return "str";
    case AST_Constant: return consts[F(e, Constant, value).k->kind];
    case AST_Slice: return "slice";
    default: return NULL;
    }
}

/* The kind of constant [e] folds to, or -1. */
static int folded_kind(compiler_t *c, const lp_ast_t *e)
{
    cconst_t *k = c_fold(c, e);
    return k ? (int)k->kind : -1;
}

static bool is_arg_ok(compiler_t *c, const lp_ast_t *e)
{
    int k = folded_kind(c, e);
    return k < 0 || k == CK_NONE || k == CK_TRUE || k == CK_FALSE || k == CK_ELLIPSIS;
}

static void check_compare(compiler_t *c, const lp_ast_t *e)
{
    const lp_ast_seq_t *ops = F(e, Compare, ops).seq, *cmps = F(e, Compare, comparators).seq;
    bool left = is_arg_ok(c, F(e, Compare, left).node);
    for (int i = 0; i < SEQLEN(ops); i++) {
        long op = ops->items[i].i;
        bool right = is_arg_ok(c, SEQNODE(cmps, i));
        if ((op == AST_Is || op == AST_IsNot) && (!right || !left)) {
            c_warn(c, op == AST_Is ? "\"is\" with a literal. Did you mean \"==\"?"
                                   : "\"is not\" with a literal. Did you mean \"!=\"?");
            return;
        }
        left = right;
    }
}

static void check_caller(compiler_t *c, const lp_ast_t *e)
{
    switch (e->kind) {
    case AST_Constant:
    case AST_Tuple:
    case AST_List:
    case AST_ListComp:
    case AST_Dict:
    case AST_DictComp:
    case AST_Set:
    case AST_SetComp:
    case AST_GeneratorExp:
    case AST_JoinedStr:
    case AST_FormattedValue:
        c_warn(c, "'%s' object is not callable; perhaps you missed a comma?", infer_type(e));
        break;
    default: break;
    }
}

static void check_subscripter(compiler_t *c, const lp_ast_t *e)
{
    switch (e->kind) {
    case AST_Constant: {
        int k = F(e, Constant, value).k->kind;
        if (k == LP_CONST_STR || k == LP_CONST_BYTES) return;
    }
    /* fall through */
    case AST_Set:
    case AST_SetComp:
    case AST_GeneratorExp:
    case AST_Lambda:
        c_warn(c, "'%s' object is not subscriptable; perhaps you missed a comma?", infer_type(e));
        break;
    default: break;
    }
}

static void check_index(compiler_t *c, const lp_ast_t *e, const lp_ast_t *s)
{
    const char *index_type = infer_type(s);
    if (!index_type || strcmp(index_type, "int") == 0 || strcmp(index_type, "bool") == 0 ||
        strcmp(index_type, "slice") == 0)
        return;
    switch (e->kind) {
    case AST_Constant: {
        int k = F(e, Constant, value).k->kind;
        if (k != LP_CONST_STR && k != LP_CONST_BYTES) return;
    }
    /* fall through */
    case AST_Tuple:
    case AST_List:
    case AST_ListComp:
    case AST_JoinedStr:
    case AST_FormattedValue:
        c_warn(c, "%s indices must be integers or slices, not %s; perhaps you missed a comma?",
               infer_type(e), index_type);
        break;
    default: break;
    }
}

/* ==== comparisons and jumps ==== */

/* The last comparator: an iterable after `in`/`not in` is folded. */
static void last_comparator(compiler_t *c, const lp_ast_t *e)
{
    const lp_ast_seq_t *ops = F(e, Compare, ops).seq, *cmps = F(e, Compare, comparators).seq;
    int n = SEQLEN(ops) - 1;
    long op = ops->items[n].i;
    if (op == AST_In || op == AST_NotIn) c_iter_expr(c, SEQNODE(cmps, n));
    else c_expr(c, SEQNODE(cmps, n));
}

static void c_compare(compiler_t *c, const lp_ast_t *e)
{
    const lp_ast_seq_t *ops = F(e, Compare, ops).seq, *cmps = F(e, Compare, comparators).seq;
    int n = SEQLEN(ops) - 1;
    check_compare(c, e);
    c_expr(c, F(e, Compare, left).node);
    if (n == 0) {
        last_comparator(c, e);
        compare_op(c, (int)ops->items[0].i);
        return;
    }
    int cleanup = LABEL(), end = LABEL();
    for (int i = 0; i < n; i++) {
        c_expr(c, SEQNODE(cmps, i));
        OPI(OP_SWAP, 2);
        OPI(OP_COPY, 2);
        compare_op(c, (int)ops->items[i].i);
        JUMP(OP_JUMP_IF_FALSE_OR_POP, cleanup);
    }
    last_comparator(c, e);
    compare_op(c, (int)ops->items[n].i);
    JUMP(OP_JUMP, end);
    BIND(cleanup);
    OPI(OP_SWAP, 2);
    OP(OP_POP_TOP);
    BIND(end);
}

static void jump_if_compare(compiler_t *c, const lp_ast_t *e, int next, bool cond)
{
    const lp_ast_seq_t *ops = F(e, Compare, ops).seq, *cmps = F(e, Compare, comparators).seq;
    int n = SEQLEN(ops) - 1;
    int cleanup = LABEL(), end = LABEL();
    c_expr(c, F(e, Compare, left).node);
    for (int i = 0; i < n; i++) {
        c_expr(c, SEQNODE(cmps, i));
        OPI(OP_SWAP, 2);
        OPI(OP_COPY, 2);
        compare_op(c, (int)ops->items[i].i);
        JUMP(OP_POP_JUMP_IF_FALSE, cleanup);
    }
    last_comparator(c, e);
    compare_op(c, (int)ops->items[n].i);
    JUMP(cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, next);
    JUMP(OP_JUMP, end);
    BIND(cleanup);
    OP(OP_POP_TOP);
    if (!cond) JUMP(OP_JUMP, next);
    BIND(end);
}

static void jump_if_boolop(compiler_t *c, const lp_ast_t *e, int next, bool cond)
{
    const lp_ast_seq_t *s = F(e, BoolOp, values).seq;
    int n = SEQLEN(s) - 1;
    bool cond2 = F(e, BoolOp, op).i == AST_Or;
    int next2 = cond2 != cond ? LABEL() : next;
    for (int i = 0; i < n; i++)
        c_jump_if(c, SEQNODE(s, i), next2, cond2);
    c_jump_if(c, SEQNODE(s, n), next, cond);
    if (next2 != next) BIND(next2);
}

static void jump_if_ifexp(compiler_t *c, const lp_ast_t *e, int next, bool cond)
{
    int end = LABEL(), next2 = LABEL();
    c_jump_if(c, F(e, IfExp, test).node, next2, false);
    c_jump_if(c, F(e, IfExp, body).node, next, cond);
    c_unset_loc(c);
    JUMP(OP_JUMP, end);
    BIND(next2);
    c_jump_if(c, F(e, IfExp, orelse).node, next, cond);
    BIND(end);
}

/* CPython's optimizer turns LOAD_CONST + POP_JUMP_IF_* into a NOP (keeping
 * the line) and, when the jump is taken, a JUMP. */
static void jump_if_const(compiler_t *c, const lp_ast_t *e, cconst_t *k, int next, bool cond)
{
    lp_position_t saved = c->u->e.loc;
    c_set_loc(c, e);
    OP(OP_NOP);
    c->u->e.loc = saved;
    if (cconst_truth(k) == cond) JUMP(OP_JUMP, next);
    else OP(OP_NOP);
}

/* As CPython 3.11's compiler_jump_if, whose locations this keeps: the
 * conditional jump has the enclosing location, except after a comparison,
 * which sets its own and leaves it for what follows. */
void c_jump_if(compiler_t *c, const lp_ast_t *e, int next, bool cond)
{
    c_deeper(c);
    switch (e->kind) {
    case AST_UnaryOp:
        if (F(e, UnaryOp, op).i == AST_Not) {
            c_jump_if(c, F(e, UnaryOp, operand).node, next, !cond);
            goto done;
        }
        break;
    case AST_BoolOp: jump_if_boolop(c, e, next, cond); goto done;
    case AST_IfExp: jump_if_ifexp(c, e, next, cond); goto done;
    case AST_Compare:
        c_set_loc(c, e);
        if (SEQLEN(F(e, Compare, ops).seq) > 1) {
            check_compare(c, e);
            jump_if_compare(c, e, next, cond);
            goto done;
        }
        break;
    default: break;
    }
    cconst_t *k = c_fold(c, e);
    if (k) {
        jump_if_const(c, e, k, next, cond);
        goto done;
    }
    c_expr(c, e);
    JUMP(cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, next);
done:
    c_shallower(c);
}

static void c_boolop(compiler_t *c, const lp_ast_t *e)
{
    const lp_ast_seq_t *s = F(e, BoolOp, values).seq;
    int end = LABEL(), n = SEQLEN(s) - 1;
    int op = F(e, BoolOp, op).i == AST_And ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
    for (int i = 0; i < n; i++) {
        cconst_t *k = c_fold(c, SEQNODE(s, i));
        if (k && cconst_truth(k) != (op == OP_JUMP_IF_TRUE_OR_POP)) {
            /* CPython's optimizer: a constant that does not decide is dropped */
            lp_position_t saved = c->u->e.loc;
            c_set_loc(c, SEQNODE(s, i));
            OP(OP_NOP);
            c->u->e.loc = saved;
            continue;
        }
        c_expr(c, SEQNODE(s, i));
        JUMP(k ? OP_JUMP : op, end); /* a deciding constant jumps for sure */
    }
    c_expr(c, SEQNODE(s, n));
    BIND(end);
}

static void c_ifexp(compiler_t *c, const lp_ast_t *e)
{
    int end = LABEL(), next = LABEL();
    c_jump_if(c, F(e, IfExp, test).node, next, false);
    c_expr(c, F(e, IfExp, body).node);
    c_unset_loc(c);
    JUMP(OP_JUMP, end);
    BIND(next);
    c_expr(c, F(e, IfExp, orelse).node);
    BIND(end);
}

/* ==== calls ==== */

static void validate_keywords(compiler_t *c, const lp_ast_seq_t *kws)
{
    for (int i = 0; i < SEQLEN(kws); i++) {
        const lp_ast_t *k = SEQNODE(kws, i);
        const char *a = F(k, keyword, arg).str;
        if (!a) continue;
        if (strcmp(a, "__debug__") == 0) c_error(c, "cannot assign to __debug__");
        for (int j = i + 1; j < SEQLEN(kws); j++) {
            const lp_ast_t *o = SEQNODE(kws, j);
            if (F(o, keyword, arg).str && strcmp(F(o, keyword, arg).str, a) == 0)
                c_error_at(c, o, "keyword argument repeated: %s", a);
        }
    }
}

/* Keyword values onto the stack and their names as KW_NAMES. */
static void simple_kw(compiler_t *c, const lp_ast_seq_t *kws)
{
    int n = SEQLEN(kws);
    cconst_t *t = cconst_new(CK_TUPLE);
    t->nitems = n;
    t->items = lp_alloc((size_t)(n + 1) * sizeof *t->items);
    for (int i = 0; i < n; i++) {
        const lp_ast_t *k = SEQNODE(kws, i);
        c_expr(c, F(k, keyword, value).node);
        t->items[i] = cconst_str(c, F(k, keyword, arg).str);
    }
    OPI(OP_KW_NAMES, c_add_const(c, t));
}

static void subkwargs(compiler_t *c, const lp_ast_seq_t *kws, int begin, int end)
{
    int n = end - begin;
    bool big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
        cconst_t *t = cconst_new(CK_TUPLE);
        t->nitems = n;
        t->items = lp_alloc((size_t)n * sizeof *t->items);
        for (int i = begin; i < end; i++) {
            const lp_ast_t *k = SEQNODE(kws, i);
            c_expr(c, F(k, keyword, value).node);
            t->items[i - begin] = cconst_str(c, F(k, keyword, arg).str);
        }
        c_load_const(c, t);
        OPI(OP_BUILD_CONST_KEY_MAP, n);
        return;
    }
    if (big) OPI(OP_BUILD_MAP, 0);
    for (int i = begin; i < end; i++) {
        const lp_ast_t *k = SEQNODE(kws, i);
        c_load_const(c, cconst_str(c, F(k, keyword, arg).str));
        c_expr(c, F(k, keyword, value).node);
        if (big) OPI(OP_MAP_ADD, 1);
    }
    if (!big) OPI(OP_BUILD_MAP, n);
}

static void ex_call(compiler_t *c, int n, const lp_ast_seq_t *args, const lp_ast_seq_t *kws)
{
    int nelts = SEQLEN(args), nkw = SEQLEN(kws);
    if (n == 0 && nelts == 1 && SEQNODE(args, 0)->kind == AST_Starred)
        c_expr(c, F(SEQNODE(args, 0), Starred, value).node);
    else
        starunpack(c, args, n, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, true);
    if (nkw) {
        bool have_dict = false;
        int nseen = 0;
        for (int i = 0; i < nkw; i++) {
            const lp_ast_t *k = SEQNODE(kws, i);
            if (F(k, keyword, arg).str) {
                nseen++;
                continue;
            }
            if (nseen) {
                subkwargs(c, kws, i - nseen, i);
                if (have_dict) OPI(OP_DICT_MERGE, 1);
                have_dict = true;
                nseen = 0;
            }
            if (!have_dict) {
                OPI(OP_BUILD_MAP, 0);
                have_dict = true;
            }
            c_expr(c, F(k, keyword, value).node);
            OPI(OP_DICT_MERGE, 1);
        }
        if (nseen) {
            subkwargs(c, kws, nkw - nseen, nkw);
            if (have_dict) OPI(OP_DICT_MERGE, 1);
        }
    }
    OPI(OP_CALL_FUNCTION_EX, nkw > 0);
}

void c_call_helper(compiler_t *c, int n, const lp_ast_seq_t *args, const lp_ast_seq_t *kws)
{
    validate_keywords(c, kws);
    int nelts = SEQLEN(args), nkw = SEQLEN(kws);
    bool ex = nelts + nkw * 2 > STACK_USE_GUIDELINE;
    for (int i = 0; i < nelts && !ex; i++)
        ex = SEQNODE(args, i)->kind == AST_Starred;
    for (int i = 0; i < nkw && !ex; i++)
        ex = F(SEQNODE(kws, i), keyword, arg).str == NULL;
    if (ex) {
        ex_call(c, n, args, kws);
        return;
    }
    for (int i = 0; i < nelts; i++)
        c_expr(c, SEQNODE(args, i));
    if (nkw) simple_kw(c, kws);
    OPI(OP_CALL, n + nelts + nkw);
}

void c_update_start_to_attr(compiler_t *c, const lp_ast_t *attr)
{
    lp_position_t *p = &c->u->e.loc;
    if (p->line == attr->end_lineno) return;
    p->line = attr->end_lineno;
    int len = (int)strlen(F(attr, Attribute, attr).str);
    if (len <= attr->end_col_offset) {
        p->col = attr->end_col_offset - len;
    } else {
        p->col = -1;
        p->end_col = -1;
    }
    if (p->end_line < p->line) p->end_line = p->line;
    if (p->line == p->end_line && p->end_col < p->col) p->end_col = p->col;
}

static bool method_call(compiler_t *c, const lp_ast_t *e)
{
    const lp_ast_t *meth = F(e, Call, func).node;
    const lp_ast_seq_t *args = F(e, Call, args).seq, *kws = F(e, Call, keywords).seq;
    if (meth->kind != AST_Attribute || F(meth, Attribute, ctx).i != AST_Load) return false;
    int argsl = SEQLEN(args), kwdsl = SEQLEN(kws);
    if (argsl + kwdsl + (kwdsl != 0) >= STACK_USE_GUIDELINE) return false;
    for (int i = 0; i < argsl; i++)
        if (SEQNODE(args, i)->kind == AST_Starred) return false;
    for (int i = 0; i < kwdsl; i++)
        if (!F(SEQNODE(kws, i), keyword, arg).str) return false;
    if (kwdsl) validate_keywords(c, kws);
    c_expr(c, F(meth, Attribute, value).node);
    lp_position_t saved = c->u->e.loc;
    c_set_loc(c, meth);
    c_update_start_to_attr(c, meth);
    OPI(OP_LOAD_METHOD, c_add_name(c, c_mangle(c, F(meth, Attribute, attr).str)));
    c->u->e.loc = saved;
    for (int i = 0; i < argsl; i++)
        c_expr(c, SEQNODE(args, i));
    if (kwdsl) simple_kw(c, kws);
    c_update_start_to_attr(c, meth);
    OPI(OP_CALL, argsl + kwdsl);
    c->u->e.loc = saved;
    return true;
}

static void c_call(compiler_t *c, const lp_ast_t *e)
{
    if (method_call(c, e)) return;
    check_caller(c, F(e, Call, func).node);
    c_set_loc(c, F(e, Call, func).node);
    OP(OP_PUSH_NULL);
    c_set_loc(c, e);
    c_expr(c, F(e, Call, func).node);
    c_call_helper(c, 0, F(e, Call, args).seq, F(e, Call, keywords).seq);
}

/* ==== f-strings ==== */

static void c_joined_str(compiler_t *c, const lp_ast_t *e)
{
    const lp_ast_seq_t *values = F(e, JoinedStr, values).seq;
    int n = SEQLEN(values);
    if (n > STACK_USE_GUIDELINE) {
        c_load_const(c, cconst_str(c, ""));
        OPI(OP_LOAD_METHOD, c_add_name(c, "join"));
        OPI(OP_BUILD_LIST, 0);
        for (int i = 0; i < n; i++) {
            c_expr(c, SEQNODE(values, i));
            OPI(OP_LIST_APPEND, 1);
        }
        OPI(OP_CALL, 1);
        return;
    }
    for (int i = 0; i < n; i++)
        c_expr(c, SEQNODE(values, i));
    if (n != 1) OPI(OP_BUILD_STRING, n);
}

static void c_formatted_value(compiler_t *c, const lp_ast_t *e)
{
    long conv = F(e, FormattedValue, conversion).i;
    const lp_ast_t *spec = F(e, FormattedValue, format_spec).node;
    c_expr(c, F(e, FormattedValue, value).node);
    int oparg = conv == 's' ? LP_FVC_STR : conv == 'r' ? LP_FVC_REPR : conv == 'a' ? LP_FVC_ASCII
                                                                                   : LP_FVC_NONE;
    if (spec) {
        c_expr(c, spec);
        oparg |= LP_FVS_HAVE_SPEC;
    }
    OPI(OP_FORMAT_VALUE, oparg);
}

/* ---- `"..." % (a, b)` as an f-string (CPython 3.11's optimize_format) ----
 *
 * A str literal formatted with a tuple display whose units are all %s, %r
 * or %a (with width and precision) compiles as the f-string it equals: the
 * literal pieces (without locations), FORMAT_VALUE per item at the item's
 * location, BUILD_STRING at the expression's. */

typedef struct {
    const char *lit;  /* a literal piece (%% already halved), or NULL for a unit */
    size_t n;
    int conv;         /* 's', 'r', 'a' */
    char spec[32];    /* format spec, "" for none */
} fmt_piece_t;

/* One unit after its '%': flags, width, precision, conversion. */
static bool parse_unit(const char *s, size_t len, size_t *pos, fmt_piece_t *u)
{
    size_t p = *pos;
    bool ljust = false;
    long width = -1, prec = -1;
    for (; p < len && strchr("-+ #0", s[p]); p++)
        ljust |= s[p] == '-';
    if (p >= len) return false;
    if (s[p] >= '0' && s[p] <= '9') { /* at most two digits, as 3.11 */
        int digits = 0;
        for (width = 0; p < len && s[p] >= '0' && s[p] <= '9'; p++)
            if (width = width * 10 + (s[p] - '0'), ++digits >= 3) return false;
        if (p >= len) return false;
    }
    if (s[p] == '.') {
        int digits = 0;
        if (++p >= len) return false;
        for (prec = 0; p < len && s[p] >= '0' && s[p] <= '9'; p++)
            if (prec = prec * 10 + (s[p] - '0'), ++digits >= 3) return false;
        if (p >= len) return false;
    }
    char spec = s[p++];
    if (spec != 's' && spec != 'r' && spec != 'a') return false;
    int k = 0;
    if (!ljust && width > 0) u->spec[k++] = '>';
    if (width >= 0) k += snprintf(u->spec + k, sizeof u->spec - (size_t)k, "%ld", width);
    if (prec >= 0) k += snprintf(u->spec + k, sizeof u->spec - (size_t)k, ".%ld", prec);
    u->spec[k] = 0;
    u->conv = spec;
    u->lit = NULL;
    *pos = p;
    return true;
}

/* A literal piece from [*pos] to the next unit; false when empty. */
static bool parse_literal(const char *s, size_t len, size_t *pos, fmt_piece_t *u)
{
    size_t p = *pos, start = p;
    char *out = lp_alloc_atomic(len - start + 1);
    size_t n = 0;
    while (p < len) {
        if (s[p] != '%') out[n++] = s[p++];
        else if (p + 1 < len && s[p + 1] == '%') {
            out[n++] = '%';
            p += 2;
        } else break;
    }
    out[n] = 0;
    *pos = p;
    u->lit = out;
    u->n = n;
    return p > start;
}

/* The pieces of format [s] for [nelts] items, or -1 when 3.11 would not
 * rewrite it. */
static int percent_pieces(const char *s, size_t len, int nelts, fmt_piece_t *pieces)
{
    size_t pos = 0;
    int np = 0, cnt = 0;
    for (;;) {
        if (parse_literal(s, len, &pos, &pieces[np])) np++;
        if (pos >= len) break;
        if (cnt >= nelts) return -1; /* more units than items */
        pos++;
        if (!parse_unit(s, len, &pos, &pieces[np])) return -1;
        pieces[np++].n = (size_t)cnt++;
    }
    return cnt < nelts ? -1 : np; /* more items than units: no */
}

static void percent_piece(compiler_t *c, const fmt_piece_t *p, const lp_ast_seq_t *elts)
{
    lp_position_t saved = c->u->e.loc;
    if (p->lit) {
        cconst_t *k = cconst_new(CK_STR);
        k->s = p->lit;
        k->n = p->n;
        c_unset_loc(c);
        c_load_const(c, k);
        c->u->e.loc = saved;
        return;
    }
    const lp_ast_t *arg = SEQNODE(elts, (int)p->n);
    c_expr(c, arg);
    int oparg = p->conv == 's' ? LP_FVC_STR : p->conv == 'r' ? LP_FVC_REPR : LP_FVC_ASCII;
    if (p->spec[0]) {
        c_unset_loc(c);
        c_load_const(c, cconst_str(c, lp_strdup(p->spec)));
        oparg |= LP_FVS_HAVE_SPEC;
    }
    c_set_loc(c, arg);
    OPI(OP_FORMAT_VALUE, oparg);
    c->u->e.loc = saved;
}

static bool percent_format(compiler_t *c, const lp_ast_t *e)
{
    const lp_ast_t *l = F(e, BinOp, left).node, *r = F(e, BinOp, right).node;
    if (l->kind != AST_Constant || F(l, Constant, value).k->kind != LP_CONST_STR) return false;
    if (r->kind != AST_Tuple || c_fold(c, r)) return false;
    const lp_ast_seq_t *elts = F(r, Tuple, elts).seq;
    int nelts = SEQLEN(elts);
    for (int i = 0; i < nelts; i++)
        if (SEQNODE(elts, i)->kind == AST_Starred) return false;
    fmt_piece_t *pieces = lp_alloc((size_t)(2 * nelts + 2) * sizeof *pieces);
    const lp_ast_const_t *k = F(l, Constant, value).k;
    int np = percent_pieces(k->s, k->n, nelts, pieces);
    if (np < 0) return false;
    for (int i = 0; i < np; i++)
        percent_piece(c, &pieces[i], elts);
    if (np != 1) OPI(OP_BUILD_STRING, np);
    return true;
}

/* ==== functions ==== */

static int kwonly_defaults(compiler_t *c, const lp_ast_t *args)
{
    const lp_ast_seq_t *kwonly = F(args, arguments, kwonlyargs).seq;
    const lp_ast_seq_t *defs = F(args, arguments, kw_defaults).seq;
    int n = 0;
    cconst_t *t = cconst_new(CK_TUPLE);
    t->items = lp_alloc((size_t)(SEQLEN(kwonly) + 1) * sizeof *t->items);
    for (int i = 0; i < SEQLEN(kwonly); i++) {
        const lp_ast_t *d = i < SEQLEN(defs) ? SEQNODE(defs, i) : NULL;
        if (!d) continue;
        t->items[n++] = cconst_str(c, c_mangle(c, F(SEQNODE(kwonly, i), arg, arg).str));
        c_expr(c, d);
    }
    if (!n) return 0;
    t->nitems = n;
    c_load_const(c, t);
    OPI(OP_BUILD_CONST_KEY_MAP, n);
    return n;
}

int c_default_arguments(compiler_t *c, const lp_ast_t *args)
{
    int flags = 0;
    const lp_ast_seq_t *defs = F(args, arguments, defaults).seq;
    if (SEQLEN(defs)) { /* each value, then BUILD_TUPLE (folded when all are constants) */
        for (int i = 0; i < SEQLEN(defs); i++)
            c_expr(c, SEQNODE(defs, i));
        OPI(OP_BUILD_TUPLE, SEQLEN(defs));
        flags |= LP_MKFN_DEFAULTS;
    }
    if (SEQLEN(F(args, arguments, kwonlyargs).seq) && kwonly_defaults(c, args))
        flags |= LP_MKFN_KWDEFAULTS;
    return flags;
}

void c_lambda(compiler_t *c, const lp_ast_t *e)
{
    const lp_ast_t *args = F(e, Lambda, args).node;
    static const int seqs[] = {AST_F_arguments_posonlyargs, AST_F_arguments_args,
                               AST_F_arguments_kwonlyargs};
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < SEQLEN(args->f[seqs[k]].seq); i++)
            if (strcmp(F(SEQNODE(args->f[seqs[k]].seq, i), arg, arg).str, "__debug__") == 0)
                c_error(c, "cannot assign to __debug__");
    int flags = c_default_arguments(c, args);
    c_enter_scope(c, "<lambda>", US_LAMBDA, e, e->lineno);
    c_add_const(c, cconst_new(CK_NONE));
    c->u->posonlyargcount = SEQLEN(F(args, arguments, posonlyargs).seq);
    c->u->argcount = c->u->posonlyargcount + SEQLEN(F(args, arguments, args).seq);
    c->u->kwonlyargcount = SEQLEN(F(args, arguments, kwonlyargs).seq);
    c_expr(c, F(e, Lambda, body).node);
    if (c->u->ste->generator) c_unset_loc(c);
    OP(OP_RETURN_VALUE);
    lp_value code = c_exit_scope(c);
    c_set_loc(c, e);
    c_make_closure(c, code, flags);
}

/* ==== yield and await ==== */

void c_yield_op(compiler_t *c)
{
    if (c->u->ste->generator && c->u->ste->coroutine) OP(OP_ASYNC_GEN_WRAP);
    OP(OP_YIELD_VALUE);
    OPI(OP_RESUME, 1);
}

static void c_yield(compiler_t *c, const lp_ast_t *e)
{
    if (c->u->ste->kind != BLOCK_FUNCTION) c_error(c, "'yield' outside function");
    if (e->kind == AST_Yield) {
        if (F(e, Yield, value).node) c_expr(c, F(e, Yield, value).node);
        else c_load_const(c, cconst_new(CK_NONE));
        c_yield_op(c);
        return;
    }
    if (c->u->scope == US_ASYNC_FUNCTION) c_error(c, "'yield from' inside async function");
    c_expr(c, F(e, YieldFrom, value).node);
    OP(OP_GET_YIELD_FROM_ITER);
    c_load_const(c, cconst_new(CK_NONE));
    c_add_yield_from(c, false);
}

static void c_await(compiler_t *c, const lp_ast_t *e)
{
    if (!c_is_top_level_await(c)) {
        if (c->u->ste->kind != BLOCK_FUNCTION) c_error(c, "'await' outside function");
        if (c->u->scope != US_ASYNC_FUNCTION && c->u->scope != US_COMPREHENSION)
            c_error(c, "'await' outside async function");
    }
    c_expr(c, F(e, Await, value).node);
    OPI(OP_GET_AWAITABLE, 0);
    c_load_const(c, cconst_new(CK_NONE));
    c_add_yield_from(c, true);
}

/* ==== comprehensions ==== */

typedef struct {
    int type; /* AST_ListComp, ... */
    const lp_ast_seq_t *gens;
    const lp_ast_t *elt, *val;
} comp_t;

static void comp_generator(compiler_t *c, const comp_t *k, int gi, int depth);

/* The innermost body: append, add, yield. */
static void comp_element(compiler_t *c, const comp_t *k, int depth)
{
    switch (k->type) {
    case AST_GeneratorExp:
        c_expr(c, k->elt);
        c_yield_op(c);
        OP(OP_POP_TOP);
        break;
    case AST_ListComp:
        c_expr(c, k->elt);
        OPI(OP_LIST_APPEND, depth + 1);
        break;
    case AST_SetComp:
        c_expr(c, k->elt);
        OPI(OP_SET_ADD, depth + 1);
        break;
    default:
        c_expr(c, k->elt);
        c_expr(c, k->val);
        OPI(OP_MAP_ADD, depth + 1);
        break;
    }
}

static void comp_rest(compiler_t *c, const comp_t *k, const lp_ast_t *gen, int gi, int depth,
                      int if_cleanup)
{
    c_expr(c, F(gen, comprehension, target).node);
    const lp_ast_seq_t *ifs = F(gen, comprehension, ifs).seq;
    for (int i = 0; i < SEQLEN(ifs); i++)
        c_jump_if(c, SEQNODE(ifs, i), if_cleanup, false);
    if (gi + 1 < SEQLEN(k->gens)) comp_generator(c, k, gi + 1, depth);
    else comp_element(c, k, depth);
}

static void sync_comp_generator(compiler_t *c, const comp_t *k, int gi, int depth)
{
    const lp_ast_t *gen = SEQNODE(k->gens, gi);
    const lp_ast_t *iter = F(gen, comprehension, iter).node;
    int start = LABEL(), if_cleanup = LABEL(), anchor = LABEL();
    bool loop = true;
    if (gi == 0) {
        OPI(OP_LOAD_FAST, 0);
    } else {
        const lp_ast_seq_t *elts = iter->kind == AST_List    ? F(iter, List, elts).seq
                                   : iter->kind == AST_Tuple ? F(iter, Tuple, elts).seq
                                                             : NULL;
        if (SEQLEN(elts) == 1 && SEQNODE(elts, 0)->kind != AST_Starred &&
            !c_fold(c, SEQNODE(elts, 0))) { /* [const] is a constant tuple in CPython's tree */
            c_expr(c, SEQNODE(elts, 0));
            loop = false;
        } else {
            c_iter_expr(c, iter);
            OP(OP_GET_ITER);
        }
    }
    if (loop) {
        depth++;
        BIND(start);
        JUMP(OP_FOR_ITER, anchor);
    }
    comp_rest(c, k, gen, gi, depth, if_cleanup);
    BIND(if_cleanup);
    if (loop) {
        JUMP(OP_JUMP, start);
        BIND(anchor);
    }
}

static void async_comp_generator(compiler_t *c, const comp_t *k, int gi, int depth)
{
    const lp_ast_t *gen = SEQNODE(k->gens, gi);
    int start = LABEL(), except = LABEL(), if_cleanup = LABEL();
    if (gi == 0) {
        OPI(OP_LOAD_FAST, 0);
    } else {
        c_expr(c, F(gen, comprehension, iter).node);
        OP(OP_GET_AITER);
    }
    BIND(start);
    c_push_fblock(c, FB_ASYNC_COMPREHENSION_GENERATOR, start, -1, NULL);
    JUMP(LP_PSEUDO_SETUP_FINALLY, except);
    OP(OP_GET_ANEXT);
    c_load_const(c, cconst_new(CK_NONE));
    c_add_yield_from(c, true);
    OP(LP_PSEUDO_POP_BLOCK);
    depth++;
    comp_rest(c, k, gen, gi, depth, if_cleanup);
    BIND(if_cleanup);
    JUMP(OP_JUMP, start);
    c_pop_fblock(c);
    BIND(except);
    OP(OP_END_ASYNC_FOR);
}

static void comp_generator(compiler_t *c, const comp_t *k, int gi, int depth)
{
    c_deeper(c);
    if (F(SEQNODE(k->gens, gi), comprehension, is_async).i) async_comp_generator(c, k, gi, depth);
    else sync_comp_generator(c, k, gi, depth);
    c_shallower(c);
}

static void c_comprehension(compiler_t *c, const lp_ast_t *e)
{
    comp_t k = {e->kind, NULL, NULL, NULL};
    const char *name;
    switch (e->kind) {
    case AST_ListComp: name = "<listcomp>"; k.gens = F(e, ListComp, generators).seq; k.elt = F(e, ListComp, elt).node; break;
    case AST_SetComp: name = "<setcomp>"; k.gens = F(e, SetComp, generators).seq; k.elt = F(e, SetComp, elt).node; break;
    case AST_DictComp:
        name = "<dictcomp>";
        k.gens = F(e, DictComp, generators).seq;
        k.elt = F(e, DictComp, key).node;
        k.val = F(e, DictComp, value).node;
        break;
    default: name = "<genexpr>"; k.gens = F(e, GeneratorExp, generators).seq; k.elt = F(e, GeneratorExp, elt).node; break;
    }
    const lp_ast_t *outermost = SEQNODE(k.gens, 0);
    unit_scope_t outer = c->u->scope;
    c_enter_scope(c, name, US_COMPREHENSION, e, e->lineno);
    c_set_loc(c, e);
    c->u->argcount = 1;
    bool is_async_gen = c->u->ste->coroutine;
    bool genexp = e->kind == AST_GeneratorExp;
    if (is_async_gen && !genexp && outer != US_ASYNC_FUNCTION && outer != US_COMPREHENSION &&
        !c_is_top_level_await(c))
        c_error(c, "asynchronous comprehension outside of an asynchronous function");
    if (!genexp)
        OPI(e->kind == AST_ListComp ? OP_BUILD_LIST : e->kind == AST_SetComp ? OP_BUILD_SET : OP_BUILD_MAP, 0);
    comp_generator(c, &k, 0, 0);
    if (!genexp) {
        OP(OP_RETURN_VALUE);
    } else if (!lp_emit_ends_block(&c->u->e)) {
        c_unset_loc(c);
        c_load_const(c, cconst_new(CK_NONE));
        OP(OP_RETURN_VALUE);
    }
    lp_value code = c_exit_scope(c);
    c_make_closure(c, code, 0);
    c_iter_expr(c, F(outermost, comprehension, iter).node);
    OP(F(outermost, comprehension, is_async).i ? OP_GET_AITER : OP_GET_ITER);
    OPI(OP_CALL, 0);
    if (is_async_gen && !genexp) {
        OPI(OP_GET_AWAITABLE, 0);
        c_load_const(c, cconst_new(CK_NONE));
        c_add_yield_from(c, true);
    }
}

/* ==== annotations ==== */

void c_check_ann_expr(compiler_t *c, const lp_ast_t *e)
{
    c_expr(c, e);
    OP(OP_POP_TOP);
}

void c_check_ann_subscr(compiler_t *c, const lp_ast_t *e)
{
    switch (e->kind) {
    case AST_Slice:
        if (F(e, Slice, lower).node) c_check_ann_expr(c, F(e, Slice, lower).node);
        if (F(e, Slice, upper).node) c_check_ann_expr(c, F(e, Slice, upper).node);
        if (F(e, Slice, step).node) c_check_ann_expr(c, F(e, Slice, step).node);
        break;
    case AST_Tuple:
        for (int i = 0; i < SEQLEN(F(e, Tuple, elts).seq); i++)
            c_check_ann_subscr(c, SEQNODE(F(e, Tuple, elts).seq, i));
        break;
    default: c_check_ann_expr(c, e);
    }
}


/* ==== the dispatcher ==== */

static void c_name(compiler_t *c, const lp_ast_t *e)
{
    c_nameop(c, F(e, Name, id).str, (int)F(e, Name, ctx).i);
}

static void c_attribute(compiler_t *c, const lp_ast_t *e)
{
    c_expr(c, F(e, Attribute, value).node);
    c_update_start_to_attr(c, e);
    int name = c_add_name(c, c_mangle(c, F(e, Attribute, attr).str));
    switch (F(e, Attribute, ctx).i) {
    case AST_Load: OPI(OP_LOAD_ATTR, name); break;
    case AST_Store: OPI(OP_STORE_ATTR, name); break;
    default: OPI(OP_DELETE_ATTR, name); break;
    }
}

static void c_subscript(compiler_t *c, const lp_ast_t *e)
{
    if (F(e, Subscript, ctx).i == AST_Load) {
        check_subscripter(c, F(e, Subscript, value).node);
        check_index(c, F(e, Subscript, value).node, F(e, Subscript, slice).node);
    }
    c_expr(c, F(e, Subscript, value).node);
    c_expr(c, F(e, Subscript, slice).node);
    switch (F(e, Subscript, ctx).i) {
    case AST_Load: OP(OP_BINARY_SUBSCR); break;
    case AST_Store: OP(OP_STORE_SUBSCR); break;
    default: OP(OP_DELETE_SUBSCR); break;
    }
}

static void c_slice(compiler_t *c, const lp_ast_t *e)
{
    int n = 2;
    if (F(e, Slice, lower).node) c_expr(c, F(e, Slice, lower).node);
    else c_load_const(c, cconst_new(CK_NONE));
    if (F(e, Slice, upper).node) c_expr(c, F(e, Slice, upper).node);
    else c_load_const(c, cconst_new(CK_NONE));
    if (F(e, Slice, step).node) {
        c_expr(c, F(e, Slice, step).node);
        n = 3;
    }
    OPI(OP_BUILD_SLICE, n);
}

static void c_unaryop(compiler_t *c, const lp_ast_t *e)
{
    c_expr(c, F(e, UnaryOp, operand).node);
    switch (F(e, UnaryOp, op).i) {
    case AST_Invert: OP(OP_UNARY_INVERT); break;
    case AST_Not: OP(OP_UNARY_NOT); break;
    case AST_UAdd: OP(OP_UNARY_POSITIVE); break;
    default: OP(OP_UNARY_NEGATIVE); break;
    }
}

static void expr_kind(compiler_t *c, const lp_ast_t *e)
{
    switch (e->kind) {
    case AST_NamedExpr:
        c_expr(c, F(e, NamedExpr, value).node);
        OPI(OP_COPY, 1);
        c_expr(c, F(e, NamedExpr, target).node);
        break;
    case AST_BoolOp: c_boolop(c, e); break;
    case AST_BinOp:
        if (F(e, BinOp, op).i == AST_Mod && percent_format(c, e)) break;
        c_expr(c, F(e, BinOp, left).node);
        c_expr(c, F(e, BinOp, right).node);
        OPI(OP_BINARY_OP, c_binop_arg((int)F(e, BinOp, op).i));
        break;
    case AST_UnaryOp: c_unaryop(c, e); break;
    case AST_Lambda: c_lambda(c, e); break;
    case AST_IfExp: c_ifexp(c, e); break;
    case AST_Dict: c_dict(c, e); break;
    case AST_Set:
        starunpack(c, F(e, Set, elts).seq, 0, OP_BUILD_SET, OP_SET_ADD, OP_SET_UPDATE, false);
        break;
    case AST_GeneratorExp:
    case AST_ListComp:
    case AST_SetComp:
    case AST_DictComp: c_comprehension(c, e); break;
    case AST_Yield:
    case AST_YieldFrom: c_yield(c, e); break;
    case AST_Await: c_await(c, e); break;
    case AST_Compare: c_compare(c, e); break;
    case AST_Call: c_call(c, e); break;
    case AST_Constant: c_load_const(c, cconst_from_ast(F(e, Constant, value).k)); break;
    case AST_JoinedStr: c_joined_str(c, e); break;
    case AST_FormattedValue: c_formatted_value(c, e); break;
    case AST_Attribute: c_attribute(c, e); break;
    case AST_Subscript: c_subscript(c, e); break;
    case AST_Starred:
        if (F(e, Starred, ctx).i == AST_Store)
            c_error(c, "starred assignment target must be in a list or tuple");
        c_error(c, "can't use starred expression here");
    case AST_Slice: c_slice(c, e); break;
    case AST_Name: c_name(c, e); break;
    case AST_List: c_sequence(c, e, false); break;
    case AST_Tuple: c_sequence(c, e, true); break;
    default: c_error(c, "lemonpy compiler: unknown expression kind %d", e->kind);
    }
}

void c_expr(compiler_t *c, const lp_ast_t *e)
{
    lp_position_t saved = c->u->e.loc;
    c_deeper(c);
    c_set_loc(c, e);
    cconst_t *k = NULL;
    if (e->kind == AST_UnaryOp || e->kind == AST_Tuple || e->kind == AST_BinOp) k = c_fold(c, e);
    if (k) c_load_const(c, k);
    else expr_kind(c, e);
    c_shallower(c);
    c->u->e.loc = saved;
}
