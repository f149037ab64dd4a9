/* symtable.h -- scope analysis: which names are local, global, free or cells.
 *
 * Before the compiler emits a single instruction it must know, for every
 * name in every scope, which instruction family reads it: LOAD_FAST (a
 * function's local), LOAD_DEREF (a cell or a free variable shared with an
 * enclosing function), LOAD_GLOBAL or LOAD_NAME.  lp_symtable_build answers
 * that for a whole module in two passes, as CPython 3.11's Python/symtable.c
 * does:
 *
 *   1. a walk over the tree opens one *block* per module, class, function,
 *      lambda and comprehension, and records in each the names it mentions
 *      with how it mentions them (DEF_* flags: assigned, parameter, read,
 *      imported, declared global or nonlocal, annotated);
 *   2. an analysis from the module down resolves each name to a scope
 *      (SCOPE_*): a function's bound names are visible to the functions
 *      nested in it (a class's are not), a name a nested function reads is
 *      FREE there and becomes a CELL in the function that binds it.
 *
 * The result mirrors what Python's `symtable` module reports (block names
 * "top", "lambda", "listcomp", "genexpr", "setcomp", "dictcomp"; names
 * mangled inside classes, `__x` -> `_C__x`), and lp_symtable_dump prints it
 * in a text form that scripts/gen_symtable_cases.py prints from Python's
 * module for the tests.  Everything lives in the arena the tree lives in.
 *
 * The pass also raises the SyntaxErrors CPython raises from it (global and
 * nonlocal misuse, duplicate parameters, `import *` in a function, misplaced
 * assignment expressions, `yield` in a comprehension, bad `from __future__`
 * imports), with CPython's messages and positions.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_SYMTABLE_H
#define LP_SYMTABLE_H

#include <stdbool.h>

#include "arena.h"
#include "ast.h"
#include "buf.h"
#include "syntax_error.h"

/* ==== the lists ==== */

/* What a block mentions a name for: X(NAME, bit, word).  The bits are
 * CPython's (Include/internal/pycore_symtable.h), so numbers read the same in
 * both; [word] is how lp_symtable_dump prints the flag. */
#define LP_SYMTABLE_FLAGS(X)                                                                       \
    X(DEF_GLOBAL, 1, "global")          /* `global x`, or a walrus target bound at module level */ \
    X(DEF_LOCAL, 2, "local")            /* bound: assignment, def, class, for, with, del, ... */   \
    X(DEF_PARAM, 4, "param")            /* a parameter */                                          \
    X(DEF_NONLOCAL, 8, "nonlocal")      /* `nonlocal x`, or a walrus target in a comprehension */  \
    X(DEF_USE, 16, "use")               /* read (CPython's USE) */                                 \
    X(DEF_FREE_CLASS, 64, "free_class") /* bound in a class and free in one of its methods */      \
    X(DEF_IMPORT, 128, "import")        /* bound by an import */                                   \
    X(DEF_ANNOT, 256, "annot")          /* annotated: `x: int` */                                  \
    X(DEF_COMP_ITER, 512, "comp_iter")  /* a comprehension's iteration variable */

/* Where a name lives once analysed: X(NAME, value, word).  Values and words
 * are CPython's (symtable.LOCAL ...); 0 means "not analysed / not there". */
#define LP_SYMTABLE_SCOPES(X)                                                                      \
    X(SCOPE_LOCAL, 1, "LOCAL")                     /* a fast local (function) or a NAME */         \
    X(SCOPE_GLOBAL_EXPLICIT, 2, "GLOBAL_EXPLICIT") /* declared `global` in this block */           \
    X(SCOPE_GLOBAL_IMPLICIT, 3, "GLOBAL_IMPLICIT") /* bound nowhere around: global or builtin */   \
    X(SCOPE_FREE, 4, "FREE")                       /* bound in an enclosing function */            \
    X(SCOPE_CELL, 5, "CELL")                       /* local, and free in a nested block */

/* clang-format off */
typedef enum {
#define X(name, bit, word) name = bit,
    LP_SYMTABLE_FLAGS(X)
#undef X
    DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT, /* any binding */
} lp_symtable_flag_t;
/* clang-format on */

typedef enum {
    SCOPE_NONE = 0,
#define X(name, value, word) name = value,
    LP_SYMTABLE_SCOPES(X)
#undef X
} lp_symtable_scope_t;

/* The kinds of block, numbered as Python's _symtable.TYPE_*. */
typedef enum {
    BLOCK_FUNCTION = 0, /* def, async def, lambda, comprehension */
    BLOCK_CLASS = 1,
    BLOCK_MODULE = 2,
    BLOCK_ANNOTATION = 3, /* under `from __future__ import annotations`: never in the tree */
} lp_symtable_kind_t;

/* Which comprehension a function block is, if any. */
typedef enum {
    COMP_NONE,
    COMP_LIST,
    COMP_SET,
    COMP_DICT,
    COMP_GENERATOR,
} lp_symtable_comp_t;

/* `from __future__ import ...` features that change compilation. */
enum {
    LP_FUTURE_ANNOTATIONS = 1,   /* annotations are not evaluated */
    LP_FUTURE_BARRY_AS_BDFL = 2, /* `<>` (the tokenizer's business) */
};

/* ==== the table ==== */

/* One name in one block. */
typedef struct lp_symbol {
    const char *name;          /* mangled; one pointer per distinct name in a table */
    unsigned hash;             /* of name */
    int flags;                 /* DEF_* */
    lp_symtable_scope_t scope; /* after analysis */
} lp_symbol_t;

typedef struct lp_symtable_block lp_symtable_block_t;

/* One scope: the module, a class body, a function, lambda or comprehension. */
struct lp_symtable_block {
    lp_symtable_kind_t kind;
    lp_symtable_comp_t comprehension; /* COMP_NONE unless a comprehension */
    const char *name;     /* "top", the def/class name as written, "lambda", "listcomp", ... */
    const lp_ast_t *node; /* Module/Expression/Interactive, FunctionDef, AsyncFunctionDef,
                           * ClassDef, Lambda, ListComp, SetComp, DictComp, GeneratorExp */
    int lineno, col_offset, end_lineno, end_col_offset; /* of node; 0 for the module */
    const char *private_name;       /* the class whose name mangles `__x` here, or NULL */
    lp_symtable_block_t *parent;    /* NULL for the module */
    lp_symtable_block_t **children; /* in source order (CPython's visiting order) */
    int nchildren;
    lp_symbol_t **symbols; /* in order of first mention */
    int nsymbols;
    const char **params; /* parameters, as co_varnames starts: positional-only,
                          * positional, keyword-only, *args, **kwargs; ".0" for
                          * a comprehension's iterator (CPython's ste_varnames).
                          * co_varnames goes on with the other LOCAL names in the
                          * order the compiler first emits an access to them */
    int nparams;
    const char **cellvars; /* CELL names sorted, "__class__" first in a class that
                            * needs it: CPython's cell numbering.  3.11's
                            * co_cellvars lists the cells that are parameters
                            * first, in parameter order, then the others */
    int ncellvars;
    const char **freevars; /* sorted: FREE names and DEF_FREE_CLASS ones (co_freevars) */
    int nfreevars;
    bool nested;               /* inside a function (directly or not) */
    bool generator;            /* holds yield / yield from, or is a generator expression */
    bool coroutine;            /* async def, await, async comprehension */
    bool varargs, varkeywords; /* has *args / **kwargs */
    bool returns_value;        /* holds `return expr` */
    bool needs_class_closure;  /* a class whose methods use __class__ or super() */
    bool has_free;             /* has free variables (CPython's ste_free) */
    bool child_free;           /* a block inside has free variables */
    /* private to symtable.c */
    lp_symbol_t **slots; /* hash table over symbols, nslots a power of two */
    int nslots;
    int cap_children, cap_symbols, cap_params;
    struct lp_symtable_directive *directives; /* global/nonlocal statements, for errors */
    int ndirectives, cap_directives;
    bool comp_iter_target; /* visiting a comprehension's target */
    int comp_iter_expr;    /* visiting a comprehension's iterable (nesting count) */
};

typedef struct lp_symtable {
    lp_arena_t *arena;
    lp_symtable_block_t *top; /* the module block, the root */
    int nblocks;              /* in the tree */
    int future_features;      /* LP_FUTURE_* */
    int future_lineno;        /* line of the last leading `from __future__` import, or 0 */
    /* private to symtable.c */
    struct lp_symtable_nodemap *blocks_by_node;
    struct lp_symtable_names *names;
} lp_symtable_t;

/* ==== building ==== */

/* Builds the table for [mod], a Module, Expression or Interactive tree, in
 * arena [a] (the tree's).  Returns NULL with [err] filled on a SyntaxError
 * (err->line stays NULL: the caller holds the source), or a RecursionError
 * (type "RecursionError") for a tree nested deeper than CPython accepts. */
lp_symtable_t *lp_symtable_build(lp_arena_t *a, const lp_ast_t *mod, lp_syntax_error_t *err);

/* ==== asking ==== */

/* The block opened by [node] (FunctionDef, AsyncFunctionDef, ClassDef,
 * Lambda, a comprehension, or the module node), or NULL. */
lp_symtable_block_t *lp_symtable_block_of(const lp_symtable_t *st, const lp_ast_t *node);

/* The symbol [name] (already mangled) of block [b], or NULL. */
const lp_symbol_t *lp_symtable_lookup(const lp_symtable_block_t *b, const char *name);

/* The scope of [name] (already mangled) in block [b]; SCOPE_NONE when [b]
 * never mentions it. */
lp_symtable_scope_t lp_symtable_scope(const lp_symtable_block_t *b, const char *name);

/* [name] as the compiler must spell it inside class [private_name]:
 * `__x` becomes `_Class__x` unless it ends in `__` or holds a dot, or the
 * class name is all underscores (CPython's _Py_Mangle).  Returns [name]
 * itself when nothing changes, else a copy in [a]; [private_name] may be
 * NULL. */
const char *lp_symtable_mangle(lp_arena_t *a, const char *private_name, const char *name);

/* ==== printing ==== */

/* Appends the table in the text form of scripts/gen_symtable_cases.py: each
 * block in preorder as
 *     block <type> <name> line=<n> nested=<0|1> children=<count>
 *       params: <names>          (functions)
 *       cells: <names>           (functions and classes)
 *       frees: <names>           (functions and classes)
 *       <name> <SCOPE> <flags> : <Symbol methods that are true>
 * with the symbols sorted by name, flags as DEF_* words joined by "|", and
 * the methods of Python's symtable.Symbol (is_referenced ... is_namespace)
 * without their "is_"; "-" stands for an empty list. */
void lp_symtable_dump(lp_buf_t *out, const lp_symtable_t *st);

#endif
