/* compile_impl.h -- what the compiler's files share (private to compile*.c).
 *
 * The compiler walks the tree once per code object.  A *unit* is the code
 * object being built: its emitter (emit.h), constants, names, local and
 * cell variables, and the stack of *frame blocks* (loops, try, with, except
 * handlers) that `break`, `continue` and `return` must unwind, as in CPython
 * 3.11's Python/compile.c.  Units nest: compiling a def opens a unit for its
 * body, assembles it into a code object and pops back to the enclosing one.
 *
 * Constants are kept as compiler values (cconst_t) until the unit is
 * assembled, so that they can be compared and deduplicated by kind and
 * value (0, 0.0, -0.0, False and 1j stay apart; equal tuples are one) without
 * the runtime's hashing; they become Python values in make_code.
 *
 * Errors (compiler-level SyntaxErrors) leave by longjmp to lp_compile.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_COMPILE_IMPL_H
#define LP_COMPILE_IMPL_H

#include <setjmp.h>
#include <stdbool.h>

#include "ast.h"
#include "compile.h"
#include "emit.h"
#include "symtable.h"

/* ==== constants ==== */

typedef enum {
    CK_NONE,
    CK_TRUE,
    CK_FALSE,
    CK_ELLIPSIS,
    CK_INT,      /* s: decimal digits, '-' first when negative */
    CK_FLOAT,    /* d */
    CK_COMPLEX,  /* d: imaginary part; re: real part */
    CK_STR,      /* s, n: WTF-8 */
    CK_BYTES,    /* s, n */
    CK_TUPLE,    /* items */
    CK_FROZENSET,/* items */
    CK_CODE,     /* code: a code object */
} cconst_kind_t;

typedef struct cconst {
    cconst_kind_t kind;
    double d, re;
    const char *s;
    size_t n;
    struct cconst **items;
    int nitems;
    lp_value code;
} cconst_t;

/* ==== frame blocks ==== */

typedef enum {
    FB_WHILE_LOOP,
    FB_FOR_LOOP,
    FB_TRY_EXCEPT,
    FB_FINALLY_TRY,
    FB_FINALLY_END,
    FB_WITH,
    FB_ASYNC_WITH,
    FB_HANDLER_CLEANUP,
    FB_POP_VALUE,
    FB_EXCEPTION_HANDLER,
    FB_EXCEPTION_GROUP_HANDLER,
    FB_ASYNC_COMPREHENSION_GENERATOR,
} fbtype_t;

typedef struct {
    fbtype_t type;
    int block;          /* label: the loop's start (continue) */
    int exit;           /* label: after the loop (break) */
    const void *datum;  /* FINALLY_TRY: the finally body (lp_ast_seq_t); WITH: the statement;
                         * HANDLER_CLEANUP: the `as` name or NULL */
} fblock_t;

#define MAX_FBLOCKS 20 /* CPython's CO_MAXBLOCKS */

/* What kind of code a unit is (CPython's COMPILER_SCOPE_*). */
typedef enum {
    US_MODULE,
    US_CLASS,
    US_FUNCTION,
    US_ASYNC_FUNCTION,
    US_LAMBDA,
    US_COMPREHENSION,
} unit_scope_t;

/* A growable list of C strings (names), with a hash index over it. */
typedef struct {
    const char **items;
    int n, cap;
    int *slots; /* index + 1, or 0; nslots a power of two (0: none yet) */
    int nslots;
} namelist_t;

typedef struct unit {
    struct unit *parent;
    lp_symtable_block_t *ste;
    unit_scope_t scope;
    const char *name;         /* co_name */
    const char *qualname;
    const char *private_name; /* the class that mangles names here, or NULL */
    lp_emitter_t e;
    cconst_t **consts;
    int nconsts, capconsts;
    int *cslots; /* hash index over consts: index + 1, or 0 */
    int ncslots;
    namelist_t names, varnames, cellvars, freevars;
    int32_t *cell2arg;
    int argcount, posonlyargcount, kwonlyargcount;
    int firstlineno;
    fblock_t fblocks[MAX_FBLOCKS];
    int nfblocks;
} unit_t;

typedef struct compiler {
    const lp_symtable_t *st;
    lp_arena_t *arena;
    const char *filename;
    lp_syntax_error_t *err;
    jmp_buf fail;
    unit_t *u;
    int nestlevel;    /* units open */
    bool interactive; /* single mode: expression statements print */
    int depth;        /* C recursion */
    const char *source; /* the decoded source, for warnings' source lines; may be NULL */
} compiler_t;

/* ==== compile.c: units, names, constants, errors ==== */

_Noreturn void c_error(compiler_t *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
_Noreturn void c_error_at(compiler_t *c, const lp_ast_t *n, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void c_deeper(compiler_t *c);
void c_warn(compiler_t *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
#define c_shallower(c) ((c)->depth--)

/* Locations: the current one is c->u->e.loc. */
void c_set_loc(compiler_t *c, const lp_ast_t *n);
void c_unset_loc(compiler_t *c);

/* Emitting into the current unit. */
#define OP(op) lp_emit_op(&c->u->e, (op), 0)
#define OPI(op, arg) c_emit(c, (op), (arg))
#define JUMP(op, label) lp_emit_jump(&c->u->e, (op), (label))
#define LABEL() lp_emit_label(&c->u->e)
#define BIND(label) lp_emit_bind(&c->u->e, (label))

void c_emit(compiler_t *c, int op, int arg); /* lp_emit_op, folding constant tuples */
cconst_t *cconst_new(cconst_kind_t kind);
cconst_t *cconst_str(compiler_t *c, const char *s);
cconst_t *cconst_from_ast(const lp_ast_const_t *k);
int c_add_const(compiler_t *c, cconst_t *k);
void c_load_const(compiler_t *c, cconst_t *k);
int c_add_name(compiler_t *c, const char *name); /* index in co_names (not mangled) */
const char *c_mangle(compiler_t *c, const char *name);
void c_nameop(compiler_t *c, const char *name, int ctx); /* ctx: AST_Load/Store/Del */
int c_cell_index(compiler_t *c, const char *name);      /* for LOAD_CLOSURE */
fblock_t *c_push_fblock(compiler_t *c, fbtype_t t, int block, int exit, const void *datum);
void c_pop_fblock(compiler_t *c);

/* Opening and closing units for code objects. */
void c_enter_scope(compiler_t *c, const char *name, unit_scope_t scope, const lp_ast_t *key,
                   int lineno);
lp_value c_exit_scope(compiler_t *c); /* assembles: the code object */
void c_make_closure(compiler_t *c, lp_value code, int flags);
bool c_is_top_level_await(compiler_t *c);

/* ==== compile_stmt.c ==== */
void c_stmt(compiler_t *c, const lp_ast_t *s);
void c_stmts(compiler_t *c, const lp_ast_seq_t *seq);
void c_body(compiler_t *c, const lp_ast_seq_t *body, bool docstring); /* module/class bodies */
bool c_find_ann(const lp_ast_seq_t *body);
void c_function(compiler_t *c, const lp_ast_t *s, bool is_async);
void c_class(compiler_t *c, const lp_ast_t *s);
void c_unwind_fblock(compiler_t *c, fblock_t *fb, bool preserve_tos);
void c_call_exit_with_nones(compiler_t *c);
void c_add_yield_from(compiler_t *c, bool await);
const char *c_docstring(const lp_ast_seq_t *body);

/* ==== compile_expr.c ==== */
void c_expr(compiler_t *c, const lp_ast_t *e);
void c_iter_expr(compiler_t *c, const lp_ast_t *e); /* folds list/set displays */
void c_jump_if(compiler_t *c, const lp_ast_t *e, int label, bool cond);
cconst_t *c_fold(compiler_t *c, const lp_ast_t *e); /* the constant [e] folds to, or NULL */
void c_lambda(compiler_t *c, const lp_ast_t *e);
int c_default_arguments(compiler_t *c, const lp_ast_t *args);
void c_call_helper(compiler_t *c, int n, const lp_ast_seq_t *args, const lp_ast_seq_t *keywords);
void c_yield_op(compiler_t *c);
void c_unpack_helper(compiler_t *c, const lp_ast_seq_t *elts);
void c_assignment_helper(compiler_t *c, const lp_ast_seq_t *elts);
void c_check_ann_expr(compiler_t *c, const lp_ast_t *e);
void c_check_ann_subscr(compiler_t *c, const lp_ast_t *e);
void c_update_start_to_attr(compiler_t *c, const lp_ast_t *attr);
int c_binop_arg(int astop); /* AST_Add ... -> lp_binop_t */
void c_annotation_value(compiler_t *c, const lp_ast_t *ann); /* evaluated, or a string (future) */

/* ==== compile_pattern.c ==== */
void c_match(compiler_t *c, const lp_ast_t *s);

/* AST field access: F(n, BinOp, left).node */
#define F(n, Kind, field) ((n)->f[AST_F_##Kind##_##field])
#define SEQLEN(s) ((s) ? (s)->len : 0)
#define SEQNODE(s, i) ((s)->items[i].node)

#endif
