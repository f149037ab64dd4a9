/* ast.c -- syntax tree nodes: the kind table, constructors, sequences, constants.
 *
 * Everything per kind is expanded from ast_nodes.h, the one list of node
 * kinds: lp_ast_info[] (names and fields, which ast_dump.c and the compiler
 * read) and one constructor per kind, ast_Kind(a, fields..., pos).  A node is
 * allocated with exactly as many slots as its kind has fields.  All memory
 * comes from the caller's arena (arena.h).  The printer lives in ast_dump.c.
 *
 * SPDX-License-Identifier: MIT
 */
#include "ast.h"

#include <string.h>

/* ==== the kind table ==== */

/* The lp_ast_type_t of each ASDL type. */
#define FIELD_TYPE_mod LP_AST_T_NODE
#define FIELD_TYPE_stmt LP_AST_T_NODE
#define FIELD_TYPE_expr LP_AST_T_NODE
#define FIELD_TYPE_excepthandler LP_AST_T_NODE
#define FIELD_TYPE_pattern LP_AST_T_NODE
#define FIELD_TYPE_type_ignore LP_AST_T_NODE
#define FIELD_TYPE_comprehension LP_AST_T_NODE
#define FIELD_TYPE_arguments LP_AST_T_NODE
#define FIELD_TYPE_arg LP_AST_T_NODE
#define FIELD_TYPE_keyword LP_AST_T_NODE
#define FIELD_TYPE_alias LP_AST_T_NODE
#define FIELD_TYPE_withitem LP_AST_T_NODE
#define FIELD_TYPE_match_case LP_AST_T_NODE
#define FIELD_TYPE_expr_context LP_AST_T_ENUM
#define FIELD_TYPE_boolop LP_AST_T_ENUM
#define FIELD_TYPE_operator LP_AST_T_ENUM
#define FIELD_TYPE_unaryop LP_AST_T_ENUM
#define FIELD_TYPE_cmpop LP_AST_T_ENUM
#define FIELD_TYPE_identifier LP_AST_T_IDENTIFIER
#define FIELD_TYPE_string LP_AST_T_STRING
#define FIELD_TYPE_int LP_AST_T_INT
#define FIELD_TYPE_constant LP_AST_T_CONSTANT

/* The lp_ast_field_t.q character of each quantifier. */
#define FIELD_Q_ONE '1'
#define FIELD_Q_OPT '?'
#define FIELD_Q_SEQ '*'

/* fields_Kind[]: the kind's fields in `ast` order, then a sentinel (so that
 * kinds without fields still have an array). */
#define LP_AST_FIELD(Kind, type, name, q, index) {#name, FIELD_TYPE_##type, FIELD_Q_##q},
#define LP_AST_NODE(Kind, sum, pos, nfields, FIELDS)                                               \
    static const lp_ast_field_t fields_##Kind[] = {FIELDS{NULL, LP_AST_T_NODE, 0}};
#include "ast_nodes.h"
#undef LP_AST_NODE
#undef LP_AST_FIELD

const lp_ast_info_t lp_ast_info[AST__COUNT] = {
#define LP_AST_NODE(Kind, sum, pos, nfields, FIELDS)                                               \
    [AST_##Kind] = {#Kind, #sum, pos, nfields, fields_##Kind},
#include "ast_nodes.h"
#undef LP_AST_NODE
};

/* ==== constructors ==== */

/* A node of [kind] with [nfields] zeroed slots, at position [p]. */
static lp_ast_t *node_new(lp_arena_t *a, int kind, int nfields, lp_ast_pos_t p)
{
    lp_ast_t *n = lp_arena_alloc(a, sizeof(lp_ast_t) + (size_t)nfields * sizeof(lp_ast_slot_t));
    n->kind = (uint16_t)kind;
    n->lineno = p.lineno;
    n->col_offset = p.col_offset;
    n->end_lineno = p.end_lineno;
    n->end_col_offset = p.end_col_offset;
    return n;
}

/* A constructor needs its FIELDS list twice, as parameters and as slot
 * assignments.  So here each field expands to a tuple (type, name, q, index),
 * and the list of tuples, closed by an empty one, is walked by a pair of
 * macros that hand over to each other: X_A (t1)(t2)() -> x1 X_B (t2)() ->
 * x1 x2 X_A () -> x1 x2. */
#define LP_AST_FIELD(Kind, type, name, q, index) (type, name, q, index)

#define PARAMS(fields) PARAM_A fields()
#define PARAM_A(...) __VA_OPT__(PARAM(__VA_ARGS__) PARAM_B)
#define PARAM_B(...) __VA_OPT__(PARAM(__VA_ARGS__) PARAM_A)
#define PARAM(type, name, q, index) LP_AST_CTYPE(type, q) name,

#define SETS(fields) SET_A fields()
#define SET_A(...) __VA_OPT__(SET(__VA_ARGS__) SET_B)
#define SET_B(...) __VA_OPT__(SET(__VA_ARGS__) SET_A)
#define SET(type, name, q, index) n->f[index].LP_AST_MEMBER(type, q) = name;

#define LP_AST_NODE(Kind, sum, pos, nfields, FIELDS)                                               \
    lp_ast_t *ast_##Kind(lp_arena_t *a, PARAMS(FIELDS) lp_ast_pos_t p)                             \
    {                                                                                              \
        lp_ast_t *n = node_new(a, AST_##Kind, nfields, p);                                         \
        SETS(FIELDS)                                                                               \
        return n;                                                                                  \
    }
#include "ast_nodes.h"
#undef LP_AST_NODE
#undef LP_AST_FIELD

/* ==== sequences ==== */

lp_ast_seq_t *lp_ast_seq_new(lp_arena_t *a)
{
    return lp_arena_alloc(a, sizeof(lp_ast_seq_t));
}

lp_ast_seq_t *lp_ast_seq_add(lp_arena_t *a, lp_ast_seq_t *s, lp_ast_slot_t item)
{
    if (!s) s = lp_ast_seq_new(a);
    if (s->len == s->cap) {
        int cap = s->cap ? 2 * s->cap : 4;
        lp_ast_slot_t *items = lp_arena_alloc(a, (size_t)cap * sizeof *items);
        if (s->len) memcpy(items, s->items, (size_t)s->len * sizeof *items);
        s->items = items;
        s->cap = cap;
    }
    s->items[s->len++] = item;
    return s;
}

lp_ast_seq_t *lp_ast_seq_add_node(lp_arena_t *a, lp_ast_seq_t *s, lp_ast_t *node)
{
    return lp_ast_seq_add(a, s, (lp_ast_slot_t){.node = node});
}

lp_ast_seq_t *lp_ast_seq_add_int(lp_arena_t *a, lp_ast_seq_t *s, long i)
{
    return lp_ast_seq_add(a, s, (lp_ast_slot_t){.i = i});
}

lp_ast_seq_t *lp_ast_seq_add_str(lp_arena_t *a, lp_ast_seq_t *s, const char *str)
{
    return lp_ast_seq_add(a, s, (lp_ast_slot_t){.str = str});
}

/* ==== constants ==== */

lp_ast_const_t *lp_ast_const_new(lp_arena_t *a, lp_const_kind_t kind, double d, const char *s,
                                 size_t n)
{
    lp_ast_const_t *k = lp_arena_alloc(a, sizeof *k);
    k->kind = kind;
    k->d = d;
    if (s) {
        k->s = lp_arena_strndup(a, s, n);
        k->n = n;
    }
    return k;
}

int lp_ast_too_deep(const lp_ast_t *n, int limit)
{
    if (!n) return 0;
    if (limit == 0) return 1;
    const lp_ast_info_t *info = &lp_ast_info[n->kind];
    for (int i = 0; i < info->nfields; i++) {
        const lp_ast_field_t *f = &info->fields[i];
        if (f->type != LP_AST_T_NODE) continue;
        if (f->q != '*') {
            if (lp_ast_too_deep(n->f[i].node, limit - 1)) return 1;
        } else {
            for (int j = 0; j < n->f[i].seq->len; j++)
                if (lp_ast_too_deep(n->f[i].seq->items[j].node, limit - 1)) return 1;
        }
    }
    return 0;
}
