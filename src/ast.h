/* ast.h -- the syntax tree: nodes as CPython 3.11's `ast` module has them.
 *
 * The node kinds and their fields come from one list, ast_nodes.h (generated
 * from python3's ast module).  A node is a header (kind, position) followed by
 * exactly as many slots as its kind has fields; slots are typed by the list:
 * child nodes, sequences, identifiers and strings, ints, enum values
 * (operator, cmpop, expr_context, ...: the kind number of the singleton
 * class, AST_Add, AST_Load, ...) and constants.  Every node, sequence and
 * string lives in an arena (arena.h): the tree is freed in one go after
 * compilation and holds no pointer into the collected heap.
 *
 * Constructors are generated per kind: ast_BinOp(a, left, op, right, pos),
 * with the fields in `ast` order and the position last.  Accessors read the
 * slots by name: AST_BinOp_left(n).
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_AST_H
#define LP_AST_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "buf.h"

/* ==== kinds ==== */

typedef enum {
#define LP_AST_NODE(Kind, sum, pos, nfields, FIELDS) AST_##Kind,
#include "ast_nodes.h"
#undef LP_AST_NODE
    AST__COUNT
} lp_ast_kind_t;

/* ==== constants ==== */

typedef enum {
    LP_CONST_NONE,
    LP_CONST_TRUE,
    LP_CONST_FALSE,
    LP_CONST_ELLIPSIS,
    LP_CONST_INT,     /* s: decimal digits, '-' first when negative */
    LP_CONST_FLOAT,   /* d */
    LP_CONST_COMPLEX, /* d: the imaginary part (a literal's real part is 0) */
    LP_CONST_STR,     /* s, n: UTF-8; lone surrogates encoded as 3 bytes (WTF-8) */
    LP_CONST_BYTES,   /* s, n: the bytes */
} lp_const_kind_t;

typedef struct lp_ast_const {
    lp_const_kind_t kind;
    double d;
    const char *s; /* NUL-terminated too, in the arena */
    size_t n;
} lp_ast_const_t;

/* ==== nodes ==== */

struct lp_ast;
struct lp_ast_seq;

typedef union {
    struct lp_ast *node;     /* a node type (expr, stmt, arguments, ...); NULL: absent */
    struct lp_ast_seq *seq;  /* a `*` field (never NULL in a finished tree) */
    const char *str;         /* identifier or string (UTF-8, NUL-terminated); NULL: absent */
    long i;                  /* int; an enum type: the AST_ kind of the value */
    lp_ast_const_t *k;       /* constant */
} lp_ast_slot_t;

typedef struct lp_ast_seq {
    int len, cap;
    lp_ast_slot_t *items;
} lp_ast_seq_t;

typedef struct {
    int lineno, col_offset, end_lineno, end_col_offset; /* columns: UTF-8 bytes */
} lp_ast_pos_t;

typedef struct lp_ast {
    uint16_t kind;   /* lp_ast_kind_t */
    uint8_t parens;  /* parser's bookkeeping: how many parentheses enclose it */
    uint8_t flags;   /* parser's bookkeeping, see parse.c */
    int lineno, col_offset, end_lineno, end_col_offset;
    lp_ast_slot_t f[]; /* the fields, in `ast` order */
} lp_ast_t;

/* ==== the type of each field ==== */

typedef enum {
    LP_AST_T_NODE,       /* expr, stmt, pattern, arguments, arg, ... */
    LP_AST_T_ENUM,       /* expr_context, boolop, operator, unaryop, cmpop */
    LP_AST_T_IDENTIFIER,
    LP_AST_T_STRING,
    LP_AST_T_INT,
    LP_AST_T_CONSTANT,
} lp_ast_type_t;

typedef struct {
    const char *name;
    lp_ast_type_t type;
    char q; /* '1' exactly one, '?' optional, '*' sequence */
} lp_ast_field_t;

typedef struct {
    const char *name;     /* the class name, "BinOp" */
    const char *sum;      /* its abstract class, "expr" (products: themselves) */
    int has_pos;          /* carries lineno/col_offset/end_lineno/end_col_offset */
    int nfields;
    const lp_ast_field_t *fields;
} lp_ast_info_t;

/* What the list says about each kind, indexed by lp_ast_kind_t. */
extern const lp_ast_info_t lp_ast_info[AST__COUNT];

/* ==== constructors and accessors, generated from the list ==== */

#define LP_AST_CTYPE_ONE_mod lp_ast_t *
#define LP_AST_CTYPE_ONE_stmt lp_ast_t *
#define LP_AST_CTYPE_ONE_expr lp_ast_t *
#define LP_AST_CTYPE_ONE_excepthandler lp_ast_t *
#define LP_AST_CTYPE_ONE_pattern lp_ast_t *
#define LP_AST_CTYPE_ONE_type_ignore lp_ast_t *
#define LP_AST_CTYPE_ONE_comprehension lp_ast_t *
#define LP_AST_CTYPE_ONE_arguments lp_ast_t *
#define LP_AST_CTYPE_ONE_arg lp_ast_t *
#define LP_AST_CTYPE_ONE_keyword lp_ast_t *
#define LP_AST_CTYPE_ONE_alias lp_ast_t *
#define LP_AST_CTYPE_ONE_withitem lp_ast_t *
#define LP_AST_CTYPE_ONE_match_case lp_ast_t *
#define LP_AST_CTYPE_ONE_expr_context int
#define LP_AST_CTYPE_ONE_boolop int
#define LP_AST_CTYPE_ONE_operator int
#define LP_AST_CTYPE_ONE_unaryop int
#define LP_AST_CTYPE_ONE_cmpop int
#define LP_AST_CTYPE_ONE_identifier const char *
#define LP_AST_CTYPE_ONE_string const char *
#define LP_AST_CTYPE_ONE_int long
#define LP_AST_CTYPE_ONE_constant lp_ast_const_t *
#define LP_AST_CTYPE_OPT(type) LP_AST_CTYPE_ONE_##type
#define LP_AST_CTYPE_ONE(type) LP_AST_CTYPE_ONE_##type
#define LP_AST_CTYPE_SEQ(type) lp_ast_seq_t *
#define LP_AST_CTYPE(type, q) LP_AST_CTYPE_##q(type)

/* ast_Kind(arena, field..., pos): a new node of that kind. */
#define LP_AST_FIELD(Kind, type, name, q, index) LP_AST_CTYPE(type, q) name,
#define LP_AST_NODE(Kind, sum, pos, nfields, FIELDS)                                            \
    lp_ast_t *ast_##Kind(lp_arena_t *a, FIELDS lp_ast_pos_t p);
#include "ast_nodes.h"
#undef LP_AST_NODE
#undef LP_AST_FIELD

/* AST_F_Kind_field: the slot index of a field, n->f[AST_F_BinOp_left].node */
enum {
#define LP_AST_FIELD(Kind, type, name, q, index) AST_F_##Kind##_##name = index,
#define LP_AST_NODE(Kind, sum, pos, nfields, FIELDS) FIELDS
#include "ast_nodes.h"
#undef LP_AST_NODE
#undef LP_AST_FIELD
};

/* LP_AST_MEMBER(type, q): the slot member that holds a field of that type. */
#define LP_AST_MEMBER_mod node
#define LP_AST_MEMBER_stmt node
#define LP_AST_MEMBER_expr node
#define LP_AST_MEMBER_excepthandler node
#define LP_AST_MEMBER_pattern node
#define LP_AST_MEMBER_type_ignore node
#define LP_AST_MEMBER_comprehension node
#define LP_AST_MEMBER_arguments node
#define LP_AST_MEMBER_arg node
#define LP_AST_MEMBER_keyword node
#define LP_AST_MEMBER_alias node
#define LP_AST_MEMBER_withitem node
#define LP_AST_MEMBER_match_case node
#define LP_AST_MEMBER_expr_context i
#define LP_AST_MEMBER_boolop i
#define LP_AST_MEMBER_operator i
#define LP_AST_MEMBER_unaryop i
#define LP_AST_MEMBER_cmpop i
#define LP_AST_MEMBER_identifier str
#define LP_AST_MEMBER_string str
#define LP_AST_MEMBER_int i
#define LP_AST_MEMBER_constant k
#define LP_AST_MEMBER_ONE(type) LP_AST_MEMBER_##type
#define LP_AST_MEMBER_OPT(type) LP_AST_MEMBER_##type
#define LP_AST_MEMBER_SEQ(type) seq
#define LP_AST_MEMBER(type, q) LP_AST_MEMBER_##q(type)

/* ==== sequences ==== */

/* A new, empty sequence. */
lp_ast_seq_t *lp_ast_seq_new(lp_arena_t *a);

/* Appends [item] to [s] and returns [s] (a new sequence when [s] is NULL). */
lp_ast_seq_t *lp_ast_seq_add(lp_arena_t *a, lp_ast_seq_t *s, lp_ast_slot_t item);

/* Shorthands for the common item types. */
lp_ast_seq_t *lp_ast_seq_add_node(lp_arena_t *a, lp_ast_seq_t *s, lp_ast_t *node);
lp_ast_seq_t *lp_ast_seq_add_int(lp_arena_t *a, lp_ast_seq_t *s, long i);
lp_ast_seq_t *lp_ast_seq_add_str(lp_arena_t *a, lp_ast_seq_t *s, const char *str);

/* The node at [i] of [s]. */
static inline lp_ast_t *lp_ast_seq_node(const lp_ast_seq_t *s, int i) { return s->items[i].node; }

/* ==== constants ==== */

/* A new constant of [kind] with value [d] or bytes [s, s+n) (copied). */
lp_ast_const_t *lp_ast_const_new(lp_arena_t *a, lp_const_kind_t kind, double d, const char *s,
                                 size_t n);

/* Appends Python's repr() of constant [k] to [out]: None, True, Ellipsis,
 * 123, 1e+16, 1.5j, 'text', b'bytes'. */
void lp_ast_const_repr(lp_buf_t *out, const lp_ast_const_t *k);

/* ==== walking ==== */

/* Whether [n] nests more than [limit] nodes deep (it is itself the first);
 * never recurses deeper than [limit], so it is safe on any tree. */
int lp_ast_too_deep(const lp_ast_t *n, int limit);

/* ==== printing ==== */

/* Appends ast.dump(node, indent=[indent], include_attributes=[attrs]) to
 * [out], exactly as CPython 3.11 prints it; [indent] < 0 means None (one
 * line).  [node] may be any node, e.g. a Module. */
void lp_ast_dump(lp_buf_t *out, const lp_ast_t *node, int indent, int attrs);

#endif
