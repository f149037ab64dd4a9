/* symtable.c -- scope analysis: the symbol table the compiler consults.
 *
 * Two passes over the tree, as CPython 3.11's Python/symtable.c (the
 * behaviour is CPython's, checked against python3's `symtable` module by
 * tests/unit/test_symtable.c; the code is lemonpy's own):
 *
 * Pass 1, the walk.  Every module, class, def, lambda and comprehension opens
 * a block; each name met is recorded in the current block with what the
 * mention means (DEF_USE for a read, DEF_LOCAL for any binding, DEF_PARAM,
 * DEF_IMPORT, DEF_GLOBAL/DEF_NONLOCAL for declarations, DEF_ANNOT).  The
 * walk follows CPython's order exactly, because that order decides which
 * error is reported first and the order of a block's children:
 *   - default values, annotations and decorators belong to the enclosing
 *     block and are visited before the function's block is opened;
 *   - a comprehension's first iterable is evaluated in the enclosing block;
 *     the rest lives in a block of its own, whose parameter ".0" receives
 *     the iterator (3.11 does not inline comprehensions);
 *   - an assignment expression in a comprehension binds in the nearest
 *     enclosing function (or the module): there it is DEF_LOCAL (DEF_GLOBAL
 *     at module level), while each comprehension in between gets an implicit
 *     `nonlocal` (or `global`) for it;
 *   - inside a class, `__x` is mangled to `_Class__x` before it is recorded;
 *   - reading `super` in a function counts as reading `__class__`.
 *
 * Pass 2, the analysis (analyze_block), from the module down.  Each block
 * receives the names bound in the functions around it (bound) and those
 * declared global around it (global).  A name bound here is LOCAL; one
 * declared global is GLOBAL_EXPLICIT; one bound around is FREE; anything
 * else is GLOBAL_IMPLICIT.  Coming back up, each block collects the names
 * its children need free; a function that binds one of them turns it into a
 * CELL, other blocks pass them on (adding a FREE entry if they never mention
 * the name).  Class bodies are the exception: their bindings are not
 * visible to the functions inside them, and a `__class__` the methods need
 * makes the class provide an implicit `__class__` cell.
 *
 * Errors leave by longjmp to lp_symtable_build: everything allocated so far
 * is arena memory, freed with the tree.
 *
 * SPDX-License-Identifier: MIT
 */
#include "symtable.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The slot of field [field] of a [Kind] node [n]: F(s, Return, value).node */
#define F(n, Kind, field) ((n)->f[AST_F_##Kind##_##field])

/* CPython stops at 3 * sys.getrecursionlimit() visits deep (3000), less 3
 * per Python frame active when the compiler runs: a script run has none
 * (`x = ` and 2998 minus signs compile, 2999 do not); symtable.symtable()
 * called from a module's top level would stop 6 earlier. */
enum { MAX_DEPTH = 3000 };

/* FunctionDef and AsyncFunctionDef (and the other pairs handled by one case)
 * share their field layout. */
_Static_assert(AST_F_FunctionDef_body == AST_F_AsyncFunctionDef_body &&
                   AST_F_FunctionDef_returns == AST_F_AsyncFunctionDef_returns &&
                   AST_F_For_orelse == AST_F_AsyncFor_orelse &&
                   AST_F_With_body == AST_F_AsyncWith_body &&
                   AST_F_Try_finalbody == AST_F_TryStar_finalbody &&
                   AST_F_ListComp_generators == AST_F_GeneratorExp_generators &&
                   AST_F_SetComp_generators == AST_F_GeneratorExp_generators &&
                   AST_F_Global_names == AST_F_Nonlocal_names,
               "paired node kinds share their layout");

/* A global or nonlocal statement (or an implicit one), for error positions. */
typedef struct lp_symtable_directive {
    const char *name; /* mangled, interned */
    int lineno, col_offset, end_lineno, end_col_offset;
} directive_t;

/* A position, as the nodes carry it (columns: 0-based UTF-8 bytes). */
typedef struct {
    int lineno, col_offset, end_lineno, end_col_offset;
} pos_t;

/* One pointer per distinct name: the sets of the analysis compare pointers. */
typedef struct lp_symtable_names {
    const char **slots;
    unsigned *hashes;
    int nslots, count;
} names_t;

/* Node -> block. */
typedef struct lp_symtable_nodemap {
    const lp_ast_t **keys;
    lp_symtable_block_t **values;
    int nslots, count;
} nodemap_t;

/* The walk's state. */
typedef struct {
    lp_symtable_t *st;
    lp_arena_t *a;
    lp_syntax_error_t *err;
    jmp_buf fail;
    lp_symtable_block_t *cur;    /* the block being filled */
    lp_symtable_block_t *global; /* the module block (CPython's st_global) */
    const char *private_name;    /* the class name that mangles, or NULL */
    int depth;                   /* nesting of statements, expressions, patterns */
    const char *id_class;        /* the interned "__class__" */
} builder_t;

static const char DOT0[] = ".0";
static const char CLASS_CELL[] = "__class__";

/* ==== small tools ==== */

static unsigned hash_str(const char *s)
{
    unsigned h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

static unsigned hash_ptr(const void *p)
{
    uint64_t x = (uint64_t)(uintptr_t)p * 0x9E3779B97F4A7C15ull;
    return (unsigned)(x >> 32);
}

/* Arena array [items] of [*cap] elements of [size] bytes, [len] in use,
 * moved to a larger one if [len] + 1 do not fit. */
static void *grow_array(lp_arena_t *a, void *items, int *cap, int len, size_t size)
{
    if (len < *cap) return items;
    *cap = *cap ? *cap * 2 : 4;
    void *fresh = lp_arena_alloc(a, (size_t)*cap * size);
    if (len) memcpy(fresh, items, (size_t)len * size);
    return fresh;
}

/* Makes room in arena array [arr] for element [len] (see grow_array). */
#define GROW(a, arr, cap, len) ((arr) = grow_array((a), (arr), &(cap), (len), sizeof *(arr)))

static pos_t pos_of(const lp_ast_t *n)
{
    return (pos_t){n->lineno, n->col_offset, n->end_lineno, n->end_col_offset};
}

/* Stops the build with a SyntaxError (or [type]) at the given place. */
static _Noreturn void fail_at(builder_t *B, const char *type, int lineno, int offset,
                              int end_lineno, int end_offset, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    lp_syntax_error_vset(B->err, type, lineno, offset, end_lineno, end_offset, fmt, ap);
    va_end(ap);
    longjmp(B->fail, 1);
}

/* A SyntaxError over the extent [p] (offsets 1-based, as CPython's). */
#define FAIL_POS(B, p, ...)                                                                        \
    fail_at((B), "SyntaxError", (p).lineno, (p).col_offset + 1, (p).end_lineno,                    \
            (p).end_col_offset + 1, __VA_ARGS__)
#define FAIL_NODE(B, n, ...) FAIL_POS(B, pos_of(n), __VA_ARGS__)

/* ==== interned names ==== */

static void names_grow(lp_arena_t *a, names_t *t)
{
    int n = t->nslots ? t->nslots * 2 : 256;
    const char **slots = lp_arena_alloc(a, (size_t)n * sizeof *slots);
    unsigned *hashes = lp_arena_alloc(a, (size_t)n * sizeof *hashes);
    for (int i = 0; i < t->nslots; i++) {
        if (!t->slots[i]) continue;
        unsigned j = t->hashes[i] & (n - 1);
        while (slots[j])
            j = (j + 1) & (n - 1);
        slots[j] = t->slots[i];
        hashes[j] = t->hashes[i];
    }
    t->slots = slots;
    t->hashes = hashes;
    t->nslots = n;
}

/* The table's one pointer for the text of [s]; [s] itself (which must live
 * as long as the table) becomes that pointer when the text is new. */
static const char *intern(builder_t *B, const char *s)
{
    names_t *t = B->st->names;
    if (3 * (t->count + 1) > 2 * t->nslots) names_grow(B->a, t);
    unsigned h = hash_str(s), j = h & (t->nslots - 1);
    for (; t->slots[j]; j = (j + 1) & (t->nslots - 1))
        if (t->hashes[j] == h && strcmp(t->slots[j], s) == 0) return t->slots[j];
    t->slots[j] = s;
    t->hashes[j] = h;
    t->count++;
    return s;
}

/* [name] mangled for the current class and interned. */
static const char *mangled(builder_t *B, const char *name)
{
    const char *m = lp_symtable_mangle(B->a, B->private_name, name);
    return intern(B, m);
}

const char *lp_symtable_mangle(lp_arena_t *a, const char *private_name, const char *name)
{
    if (!private_name || name[0] != '_' || name[1] != '_') return name;
    size_t n = strlen(name);
    if ((name[n - 1] == '_' && name[n - 2] == '_') || strchr(name, '.')) return name;
    while (*private_name == '_')
        private_name++;
    if (!*private_name) return name;
    size_t p = strlen(private_name);
    char *s = lp_arena_alloc(a, p + n + 2);
    s[0] = '_';
    memcpy(s + 1, private_name, p);
    memcpy(s + 1 + p, name, n + 1);
    return s;
}

/* ==== symbols of a block ==== */

/* The slot for [name] (hash [h]) in [b]'s table: its symbol or NULL. */
static lp_symbol_t **symbol_slot(const lp_symtable_block_t *b, const char *name, unsigned h)
{
    unsigned mask = (unsigned)b->nslots - 1, j = h & mask;
    for (; b->slots[j]; j = (j + 1) & mask)
        if (b->slots[j]->hash == h && strcmp(b->slots[j]->name, name) == 0) break;
    return &b->slots[j];
}

static void symbols_rehash(lp_arena_t *a, lp_symtable_block_t *b)
{
    b->nslots = b->nslots ? b->nslots * 2 : 8;
    b->slots = lp_arena_alloc(a, (size_t)b->nslots * sizeof *b->slots);
    for (int i = 0; i < b->nsymbols; i++)
        *symbol_slot(b, b->symbols[i]->name, b->symbols[i]->hash) = b->symbols[i];
}

/* The symbol [name] (interned) of [b], or NULL. */
static lp_symbol_t *symbol_find(const lp_symtable_block_t *b, const char *name)
{
    if (!b->nslots) return NULL;
    return *symbol_slot(b, name, hash_str(name));
}

/* A new symbol [name] (interned, not yet in [b]) with no flags. */
static lp_symbol_t *symbol_new(lp_arena_t *a, lp_symtable_block_t *b, const char *name)
{
    if (3 * (b->nsymbols + 1) > 2 * b->nslots) symbols_rehash(a, b);
    lp_symbol_t *sym = lp_arena_alloc(a, sizeof *sym);
    sym->name = name;
    sym->hash = hash_str(name);
    *symbol_slot(b, name, sym->hash) = sym;
    GROW(a, b->symbols, b->cap_symbols, b->nsymbols);
    b->symbols[b->nsymbols++] = sym;
    return sym;
}

/* The flags of the unmangled [name] in [b] (0: absent), as CPython's
 * _PyST_GetSymbol. */
static int flags_raw(builder_t *B, const lp_symtable_block_t *b, const char *name)
{
    const lp_symbol_t *sym = symbol_find(b, intern(B, name));
    return sym ? sym->flags : 0;
}

/* The flags of [name] in the current block, mangled first. */
static int flags_here(builder_t *B, const char *name)
{
    const lp_symbol_t *sym = symbol_find(B->cur, mangled(B, name));
    return sym ? sym->flags : 0;
}

static void add_param_name(builder_t *B, lp_symtable_block_t *b, const char *name)
{
    GROW(B->a, b->params, b->cap_params, b->nparams);
    b->params[b->nparams++] = name;
}

/* Records [flag] for [name] in block [b] (CPython's symtable_add_def_helper):
 * rejects a repeated parameter and, while visiting a comprehension's
 * target, a name an assignment expression declared; a global declaration
 * is noted in the module block too. */
static void add_def_in(builder_t *B, lp_symtable_block_t *b, const char *name, int flag, pos_t p)
{
    const char *m = mangled(B, name);
    lp_symbol_t *sym = symbol_find(b, m);
    int val = flag;
    if (sym) {
        if ((flag & DEF_PARAM) && (sym->flags & DEF_PARAM))
            FAIL_POS(B, p, "duplicate argument '%s' in function definition", name);
        val |= sym->flags;
    }
    if (b->comp_iter_target) {
        if (val & (DEF_GLOBAL | DEF_NONLOCAL))
            FAIL_POS(B, p,
                     "comprehension inner loop cannot rebind assignment expression target '%s'",
                     name);
        val |= DEF_COMP_ITER;
    }
    if (!sym) sym = symbol_new(B->a, b, m);
    sym->flags = val;
    if (flag & DEF_PARAM) {
        add_param_name(B, b, m);
    } else if (flag & DEF_GLOBAL) {
        lp_symbol_t *g = symbol_find(B->global, m);
        if (!g) g = symbol_new(B->a, B->global, m);
        g->flags |= flag;
    }
}

static void add_def(builder_t *B, const char *name, int flag, pos_t p)
{
    add_def_in(B, B->cur, name, flag, p);
}

/* Notes a global/nonlocal declaration of [name] at [p], for analysis errors. */
static void record_directive(builder_t *B, const char *name, pos_t p)
{
    lp_symtable_block_t *b = B->cur;
    GROW(B->a, b->directives, b->cap_directives, b->ndirectives);
    b->directives[b->ndirectives++] =
        (directive_t){mangled(B, name), p.lineno, p.col_offset, p.end_lineno, p.end_col_offset};
}

/* ==== blocks ==== */

static void nodemap_put(lp_arena_t *a, nodemap_t *m, const lp_ast_t *key, lp_symtable_block_t *v);

/* Opens a block of [kind] named [name] for [node] and makes it current. */
static lp_symtable_block_t *enter_block(builder_t *B, const char *name, lp_symtable_kind_t kind,
                                        const lp_ast_t *node, pos_t p)
{
    lp_symtable_block_t *b = lp_arena_alloc(B->a, sizeof *b), *prev = B->cur;
    b->kind = kind;
    b->name = intern(B, name);
    b->node = node;
    b->lineno = p.lineno, b->col_offset = p.col_offset;
    b->end_lineno = p.end_lineno, b->end_col_offset = p.end_col_offset;
    b->private_name = B->private_name;
    b->parent = prev;
    b->nested = prev && (prev->nested || prev->kind == BLOCK_FUNCTION);
    if (prev) b->comp_iter_expr = prev->comp_iter_expr; /* bpo-37757 */
    B->cur = b;
    if (kind == BLOCK_ANNOTATION) return b; /* outside the tree, as in CPython */
    if (kind == BLOCK_MODULE) B->global = b;
    if (prev) {
        GROW(B->a, prev->children, prev->cap_children, prev->nchildren);
        prev->children[prev->nchildren++] = b;
    }
    nodemap_put(B->a, B->st->blocks_by_node, node, b);
    B->st->nblocks++;
    return b;
}

static void exit_block(builder_t *B)
{
    B->cur = B->cur->parent;
}

/* ==== pass 1: statements ==== */

static void visit_expr(builder_t *B, const lp_ast_t *e);
static void visit_stmt(builder_t *B, const lp_ast_t *s);
static void visit_pattern(builder_t *B, const lp_ast_t *p);

/* Counts one level of nesting; CPython gives up past its limit. */
static void deeper(builder_t *B)
{
    if (++B->depth > MAX_DEPTH)
        fail_at(B, "RecursionError", 0, 0, 0, 0,
                "maximum recursion depth exceeded during compilation");
}

static void visit_stmts(builder_t *B, const lp_ast_seq_t *seq)
{
    for (int i = 0; seq && i < seq->len; i++)
        visit_stmt(B, seq->items[i].node);
}

/* Visits the expressions of [seq]; absent ones (dict `**`, missing keyword
 * defaults) are skipped. */
static void visit_exprs(builder_t *B, const lp_ast_seq_t *seq)
{
    for (int i = 0; seq && i < seq->len; i++)
        if (seq->items[i].node) visit_expr(B, seq->items[i].node);
}

static void visit_opt(builder_t *B, const lp_ast_t *e)
{
    if (e) visit_expr(B, e);
}

/* arg* (as parameters): each a DEF_PARAM at its own place. */
static void visit_params(builder_t *B, const lp_ast_seq_t *args)
{
    for (int i = 0; i < args->len; i++) {
        const lp_ast_t *arg = args->items[i].node;
        add_def(B, F(arg, arg, arg).str, DEF_PARAM, pos_of(arg));
    }
}

/* arguments, in the function's own block: the order of co_varnames. */
static void visit_arguments(builder_t *B, const lp_ast_t *args)
{
    const lp_ast_t *vararg = F(args, arguments, vararg).node;
    const lp_ast_t *kwarg = F(args, arguments, kwarg).node;
    visit_params(B, F(args, arguments, posonlyargs).seq);
    visit_params(B, F(args, arguments, args).seq);
    visit_params(B, F(args, arguments, kwonlyargs).seq);
    if (vararg) {
        add_def(B, F(vararg, arg, arg).str, DEF_PARAM, pos_of(vararg));
        B->cur->varargs = true;
    }
    if (kwarg) {
        add_def(B, F(kwarg, arg, arg).str, DEF_PARAM, pos_of(kwarg));
        B->cur->varkeywords = true;
    }
}

/* Opens the block an annotation lives in under `from __future__ import
 * annotations` (it is never evaluated, so nothing in it counts). */
static bool enter_annotation(builder_t *B, const lp_ast_t *key)
{
    if (!(B->st->future_features & LP_FUTURE_ANNOTATIONS)) return false;
    enter_block(B, "_annotation", BLOCK_ANNOTATION, key, pos_of(key));
    return true;
}

static void visit_annotation(builder_t *B, const lp_ast_t *e)
{
    bool opened = enter_annotation(B, e);
    visit_expr(B, e);
    if (opened) exit_block(B);
}

static void visit_argannotations(builder_t *B, const lp_ast_seq_t *args)
{
    for (int i = 0; i < args->len; i++)
        visit_opt(B, F(args->items[i].node, arg, annotation).node);
}

/* A def's annotations, in the enclosing block: positional-only, positional,
 * *args, **kwargs, keyword-only, then the return annotation. */
static void visit_annotations(builder_t *B, const lp_ast_t *def, const lp_ast_t *args,
                              const lp_ast_t *returns)
{
    const lp_ast_t *vararg = F(args, arguments, vararg).node;
    const lp_ast_t *kwarg = F(args, arguments, kwarg).node;
    bool opened = enter_annotation(B, def);
    visit_argannotations(B, F(args, arguments, posonlyargs).seq);
    visit_argannotations(B, F(args, arguments, args).seq);
    if (vararg) visit_opt(B, F(vararg, arg, annotation).node);
    if (kwarg) visit_opt(B, F(kwarg, arg, annotation).node);
    visit_argannotations(B, F(args, arguments, kwonlyargs).seq);
    if (opened) exit_block(B);
    if (returns) visit_annotation(B, returns);
}

/* FunctionDef, AsyncFunctionDef: the name binds here; defaults,
 * annotations and decorators are evaluated here; the rest is a new block. */
static void visit_funcdef(builder_t *B, const lp_ast_t *s)
{
    const char *name = F(s, FunctionDef, name).str;
    const lp_ast_t *args = F(s, FunctionDef, args).node;
    add_def(B, name, DEF_LOCAL, pos_of(s));
    visit_exprs(B, F(args, arguments, defaults).seq);
    visit_exprs(B, F(args, arguments, kw_defaults).seq);
    visit_annotations(B, s, args, F(s, FunctionDef, returns).node);
    visit_exprs(B, F(s, FunctionDef, decorator_list).seq);
    enter_block(B, name, BLOCK_FUNCTION, s, pos_of(s));
    if (s->kind == AST_AsyncFunctionDef) B->cur->coroutine = true;
    visit_arguments(B, args);
    visit_stmts(B, F(s, FunctionDef, body).seq);
    exit_block(B);
}

/* ClassDef: bases, keywords and decorators here; the body in a new block
 * where `__x` names are mangled with this class's name. */
static void visit_classdef(builder_t *B, const lp_ast_t *s)
{
    const char *name = F(s, ClassDef, name).str;
    const lp_ast_seq_t *keywords = F(s, ClassDef, keywords).seq;
    add_def(B, name, DEF_LOCAL, pos_of(s));
    visit_exprs(B, F(s, ClassDef, bases).seq);
    for (int i = 0; i < keywords->len; i++)
        visit_expr(B, F(keywords->items[i].node, keyword, value).node);
    visit_exprs(B, F(s, ClassDef, decorator_list).seq);
    lp_symtable_block_t *b = enter_block(B, name, BLOCK_CLASS, s, pos_of(s));
    const char *saved = B->private_name;
    B->private_name = b->private_name = b->name;
    visit_stmts(B, F(s, ClassDef, body).seq);
    B->private_name = saved;
    exit_block(B);
}

/* AnnAssign: a simple name is annotated (DEF_ANNOT) and, with a value,
 * bound; it may not be declared global or nonlocal outside the module. */
static void visit_annassign(builder_t *B, const lp_ast_t *s)
{
    const lp_ast_t *target = F(s, AnnAssign, target).node;
    const lp_ast_t *value = F(s, AnnAssign, value).node;
    long simple = F(s, AnnAssign, simple).i;
    if (target->kind == AST_Name) {
        const char *id = F(target, Name, id).str;
        int cur = flags_here(B, id);
        if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && B->cur != B->global && simple)
            FAIL_NODE(B, s,
                      cur & DEF_GLOBAL ? "annotated name '%s' can't be global"
                                       : "annotated name '%s' can't be nonlocal",
                      id);
        if (simple) add_def(B, id, DEF_ANNOT | DEF_LOCAL, pos_of(target));
        if (value) add_def(B, id, DEF_LOCAL, pos_of(target));
    } else {
        visit_expr(B, target);
    }
    visit_annotation(B, F(s, AnnAssign, annotation).node);
    visit_opt(B, value);
}

/* Global, Nonlocal: each name must not have been used, bound or annotated
 * in this block before. */
static void visit_directive(builder_t *B, const lp_ast_t *s)
{
    bool global = s->kind == AST_Global;
    const char *word = global ? "global" : "nonlocal";
    const lp_ast_seq_t *names = F(s, Global, names).seq;
    for (int i = 0; i < names->len; i++) {
        const char *name = names->items[i].str;
        int cur = flags_here(B, name);
        if (cur & DEF_PARAM) FAIL_NODE(B, s, "name '%s' is parameter and %s", name, word);
        if (cur & DEF_USE) FAIL_NODE(B, s, "name '%s' is used prior to %s declaration", name, word);
        if (cur & DEF_ANNOT) FAIL_NODE(B, s, "annotated name '%s' can't be %s", name, word);
        if (cur & DEF_LOCAL)
            FAIL_NODE(B, s, "name '%s' is assigned to before %s declaration", name, word);
        add_def(B, name, global ? DEF_GLOBAL : DEF_NONLOCAL, pos_of(s));
        record_directive(B, name, pos_of(s));
    }
}

/* alias: `import a.b` binds a, `import a.b as c` binds c; `*` only at
 * module level, where it binds nothing the table knows. */
static void visit_alias(builder_t *B, const lp_ast_t *al)
{
    const char *asname = F(al, alias, asname).str;
    const char *name = asname ? asname : F(al, alias, name).str;
    if (strcmp(name, "*") == 0) {
        if (B->cur->kind != BLOCK_MODULE) FAIL_NODE(B, al, "import * only allowed at module level");
        return;
    }
    const char *dot = strchr(name, '.');
    if (dot) name = lp_arena_strndup(B->a, name, (size_t)(dot - name));
    add_def(B, name, DEF_IMPORT, pos_of(al));
}

static void visit_aliases(builder_t *B, const lp_ast_seq_t *names)
{
    for (int i = 0; i < names->len; i++)
        visit_alias(B, names->items[i].node);
}

static void visit_handler(builder_t *B, const lp_ast_t *h)
{
    visit_opt(B, F(h, ExceptHandler, type).node);
    if (F(h, ExceptHandler, name).str)
        add_def(B, F(h, ExceptHandler, name).str, DEF_LOCAL, pos_of(h));
    visit_stmts(B, F(h, ExceptHandler, body).seq);
}

/* Try, TryStar: note that `else` comes before the handlers. */
static void visit_try(builder_t *B, const lp_ast_t *s)
{
    const lp_ast_seq_t *handlers = F(s, Try, handlers).seq;
    visit_stmts(B, F(s, Try, body).seq);
    visit_stmts(B, F(s, Try, orelse).seq);
    for (int i = 0; i < handlers->len; i++)
        visit_handler(B, handlers->items[i].node);
    visit_stmts(B, F(s, Try, finalbody).seq);
}

static void visit_with(builder_t *B, const lp_ast_t *s)
{
    const lp_ast_seq_t *items = F(s, With, items).seq;
    for (int i = 0; i < items->len; i++) {
        visit_expr(B, F(items->items[i].node, withitem, context_expr).node);
        visit_opt(B, F(items->items[i].node, withitem, optional_vars).node);
    }
    visit_stmts(B, F(s, With, body).seq);
}

static void visit_match(builder_t *B, const lp_ast_t *s)
{
    const lp_ast_seq_t *cases = F(s, Match, cases).seq;
    visit_expr(B, F(s, Match, subject).node);
    for (int i = 0; i < cases->len; i++) {
        const lp_ast_t *c = cases->items[i].node;
        visit_pattern(B, F(c, match_case, pattern).node);
        visit_opt(B, F(c, match_case, guard).node);
        visit_stmts(B, F(c, match_case, body).seq);
    }
}

/* The statements without a case of their own in visit_stmt. */
static void visit_stmt_simple(builder_t *B, const lp_ast_t *s)
{
    switch (s->kind) {
    case AST_Return:
        if (F(s, Return, value).node) {
            visit_expr(B, F(s, Return, value).node);
            B->cur->returns_value = true;
        }
        break;
    case AST_Delete: visit_exprs(B, F(s, Delete, targets).seq); break;
    case AST_Assign:
        visit_exprs(B, F(s, Assign, targets).seq);
        visit_expr(B, F(s, Assign, value).node);
        break;
    case AST_AugAssign:
        visit_expr(B, F(s, AugAssign, target).node);
        visit_expr(B, F(s, AugAssign, value).node);
        break;
    case AST_Raise:
        if (F(s, Raise, exc).node) {
            visit_expr(B, F(s, Raise, exc).node);
            visit_opt(B, F(s, Raise, cause).node);
        }
        break;
    case AST_Assert:
        visit_expr(B, F(s, Assert, test).node);
        visit_opt(B, F(s, Assert, msg).node);
        break;
    case AST_Expr: visit_expr(B, F(s, Expr, value).node); break;
    default: break; /* Pass, Break, Continue */
    }
}

static void visit_stmt(builder_t *B, const lp_ast_t *s)
{
    deeper(B);
    switch (s->kind) {
    case AST_FunctionDef:
    case AST_AsyncFunctionDef: visit_funcdef(B, s); break;
    case AST_ClassDef: visit_classdef(B, s); break;
    case AST_AnnAssign: visit_annassign(B, s); break;
    case AST_For:
    case AST_AsyncFor:
        visit_expr(B, F(s, For, target).node);
        visit_expr(B, F(s, For, iter).node);
        visit_stmts(B, F(s, For, body).seq);
        visit_stmts(B, F(s, For, orelse).seq);
        break;
    case AST_While:
    case AST_If: /* test, body, orelse: the same slots */
        visit_expr(B, F(s, If, test).node);
        visit_stmts(B, F(s, If, body).seq);
        visit_stmts(B, F(s, If, orelse).seq);
        break;
    case AST_With:
    case AST_AsyncWith: visit_with(B, s); break;
    case AST_Match: visit_match(B, s); break;
    case AST_Try:
    case AST_TryStar: visit_try(B, s); break;
    case AST_Import: visit_aliases(B, F(s, Import, names).seq); break;
    case AST_ImportFrom: visit_aliases(B, F(s, ImportFrom, names).seq); break;
    case AST_Global:
    case AST_Nonlocal: visit_directive(B, s); break;
    default: visit_stmt_simple(B, s); break;
    }
    B->depth--;
}

_Static_assert(AST_F_While_test == AST_F_If_test && AST_F_While_body == AST_F_If_body &&
                   AST_F_While_orelse == AST_F_If_orelse,
               "While and If share their layout");

/* ==== pass 1: patterns ==== */

static void visit_patterns(builder_t *B, const lp_ast_seq_t *seq)
{
    for (int i = 0; i < seq->len; i++)
        visit_pattern(B, seq->items[i].node);
}

/* pattern: capture names (MatchAs, MatchStar, a mapping's **rest) bind. */
static void visit_pattern(builder_t *B, const lp_ast_t *p)
{
    deeper(B);
    switch (p->kind) {
    case AST_MatchValue: visit_expr(B, F(p, MatchValue, value).node); break;
    case AST_MatchSequence: visit_patterns(B, F(p, MatchSequence, patterns).seq); break;
    case AST_MatchStar:
        if (F(p, MatchStar, name).str) add_def(B, F(p, MatchStar, name).str, DEF_LOCAL, pos_of(p));
        break;
    case AST_MatchMapping:
        visit_exprs(B, F(p, MatchMapping, keys).seq);
        visit_patterns(B, F(p, MatchMapping, patterns).seq);
        if (F(p, MatchMapping, rest).str)
            add_def(B, F(p, MatchMapping, rest).str, DEF_LOCAL, pos_of(p));
        break;
    case AST_MatchClass:
        visit_expr(B, F(p, MatchClass, cls).node);
        visit_patterns(B, F(p, MatchClass, patterns).seq);
        visit_patterns(B, F(p, MatchClass, kwd_patterns).seq);
        break;
    case AST_MatchAs:
        if (F(p, MatchAs, pattern).node) visit_pattern(B, F(p, MatchAs, pattern).node);
        if (F(p, MatchAs, name).str) add_def(B, F(p, MatchAs, name).str, DEF_LOCAL, pos_of(p));
        break;
    case AST_MatchOr: visit_patterns(B, F(p, MatchOr, patterns).seq); break;
    default: break; /* MatchSingleton */
    }
    B->depth--;
}

/* ==== pass 1: comprehensions and assignment expressions ==== */

/* A `yield`, `await` or walrus inside a (future) annotation. */
static void check_not_annotation(builder_t *B, const char *what, const lp_ast_t *e)
{
    if (B->cur->kind == BLOCK_ANNOTATION)
        FAIL_NODE(B, e, "'%s' can not be used within an annotation", what);
}

/* comprehension (all but the first): target, iterable, conditions. */
static void visit_comprehension(builder_t *B, const lp_ast_t *c)
{
    B->cur->comp_iter_target = true;
    visit_expr(B, F(c, comprehension, target).node);
    B->cur->comp_iter_target = false;
    B->cur->comp_iter_expr++;
    visit_expr(B, F(c, comprehension, iter).node);
    B->cur->comp_iter_expr--;
    visit_exprs(B, F(c, comprehension, ifs).seq);
    if (F(c, comprehension, is_async).i) B->cur->coroutine = true;
}

static lp_symtable_comp_t comp_kind(const lp_ast_t *e)
{
    switch (e->kind) {
    case AST_ListComp: return COMP_LIST;
    case AST_SetComp: return COMP_SET;
    case AST_DictComp: return COMP_DICT;
    default: return COMP_GENERATOR;
    }
}

/* ListComp, SetComp, DictComp, GeneratorExp: the first iterable here, the
 * rest in a function block that receives it as ".0".  A dict
 * comprehension's value is visited before its key, as CPython does. */
static void visit_comp(builder_t *B, const lp_ast_t *e, const char *name, const lp_ast_seq_t *gens,
                       const lp_ast_t *elt, const lp_ast_t *value)
{
    bool is_generator = e->kind == AST_GeneratorExp;
    const lp_ast_t *outer = gens->items[0].node;
    B->cur->comp_iter_expr++;
    visit_expr(B, F(outer, comprehension, iter).node);
    B->cur->comp_iter_expr--;
    lp_symtable_block_t *b = enter_block(B, name, BLOCK_FUNCTION, e, pos_of(e));
    b->comprehension = comp_kind(e);
    if (F(outer, comprehension, is_async).i) b->coroutine = true;
    add_def(B, DOT0, DEF_PARAM, pos_of(e));
    b->comp_iter_target = true;
    visit_expr(B, F(outer, comprehension, target).node);
    b->comp_iter_target = false;
    visit_exprs(B, F(outer, comprehension, ifs).seq);
    for (int i = 1; i < gens->len; i++)
        visit_comprehension(B, gens->items[i].node);
    visit_opt(B, value);
    visit_expr(B, elt);
    b->generator = is_generator;
    exit_block(B);
    if (b->coroutine && !is_generator) B->cur->coroutine = true;
}

/* The walrus target [t] inside a comprehension: bind it in the nearest
 * enclosing function (or the module), declaring it nonlocal (or global) in
 * the comprehension; it may not rebind an iteration variable, nor reach a
 * class body. */
static void extend_namedexpr_scope(builder_t *B, const lp_ast_t *t)
{
    const char *name = F(t, Name, id).str;
    for (lp_symtable_block_t *b = B->cur; b; b = b->parent) {
        if (b->comprehension) {
            if (flags_raw(B, b, name) & DEF_COMP_ITER)
                FAIL_NODE(B, t,
                          "assignment expression cannot rebind comprehension iteration "
                          "variable '%s'",
                          name);
            continue;
        }
        if (b->kind == BLOCK_FUNCTION || b->kind == BLOCK_MODULE) {
            bool global = b->kind == BLOCK_MODULE || (flags_raw(B, b, name) & DEF_GLOBAL);
            add_def(B, name, global ? DEF_GLOBAL : DEF_NONLOCAL, pos_of(t));
            record_directive(B, name, pos_of(t));
            add_def_in(B, b, name, b->kind == BLOCK_MODULE ? DEF_GLOBAL : DEF_LOCAL, pos_of(t));
            return;
        }
        if (b->kind == BLOCK_CLASS)
            FAIL_NODE(B, t,
                      "assignment expression within a comprehension cannot be used in a "
                      "class body");
    }
}

static void visit_namedexpr(builder_t *B, const lp_ast_t *e)
{
    check_not_annotation(B, "named expression", e);
    if (B->cur->comp_iter_expr > 0)
        FAIL_NODE(B, e,
                  "assignment expression cannot be used in a comprehension iterable "
                  "expression");
    if (B->cur->comprehension) extend_namedexpr_scope(B, F(e, NamedExpr, target).node);
    visit_expr(B, F(e, NamedExpr, value).node);
    visit_expr(B, F(e, NamedExpr, target).node);
}

/* ==== pass 1: expressions ==== */

static void visit_lambda(builder_t *B, const lp_ast_t *e)
{
    const lp_ast_t *args = F(e, Lambda, args).node;
    visit_exprs(B, F(args, arguments, defaults).seq);
    visit_exprs(B, F(args, arguments, kw_defaults).seq);
    enter_block(B, "lambda", BLOCK_FUNCTION, e, pos_of(e));
    visit_arguments(B, args);
    visit_expr(B, F(e, Lambda, body).node);
    exit_block(B);
}

/* Yield, YieldFrom: makes a generator; not allowed in a comprehension. */
static void visit_yield(builder_t *B, const lp_ast_t *e)
{
    static const char *const where[] = {
        [COMP_LIST] = "list comprehension",
        [COMP_SET] = "set comprehension",
        [COMP_DICT] = "dict comprehension",
        [COMP_GENERATOR] = "generator expression",
    };
    check_not_annotation(B, "yield expression", e);
    visit_opt(B, e->f[0].node); /* Yield.value, YieldFrom.value */
    B->cur->generator = true;
    if (B->cur->comprehension) FAIL_NODE(B, e, "'yield' inside %s", where[B->cur->comprehension]);
}

_Static_assert(AST_F_Yield_value == 0 && AST_F_YieldFrom_value == 0, "yield's value first");

/* Name: a read, or a binding (Store, Del). */
static void visit_name(builder_t *B, const lp_ast_t *e)
{
    const char *id = F(e, Name, id).str;
    bool load = F(e, Name, ctx).i == AST_Load;
    add_def(B, id, load ? DEF_USE : DEF_LOCAL, pos_of(e));
    if (load && B->cur->kind == BLOCK_FUNCTION && strcmp(id, "super") == 0)
        add_def(B, CLASS_CELL, DEF_USE, pos_of(e));
}

static void visit_call(builder_t *B, const lp_ast_t *e)
{
    const lp_ast_seq_t *keywords = F(e, Call, keywords).seq;
    visit_expr(B, F(e, Call, func).node);
    visit_exprs(B, F(e, Call, args).seq);
    for (int i = 0; i < keywords->len; i++)
        visit_expr(B, F(keywords->items[i].node, keyword, value).node);
}

/* The expressions that open blocks or have rules of their own. */
static bool visit_expr_special(builder_t *B, const lp_ast_t *e)
{
    switch (e->kind) {
    case AST_NamedExpr: visit_namedexpr(B, e); return true;
    case AST_Lambda: visit_lambda(B, e); return true;
    case AST_GeneratorExp:
        visit_comp(B, e, "genexpr", F(e, GeneratorExp, generators).seq,
                   F(e, GeneratorExp, elt).node, NULL);
        return true;
    case AST_ListComp:
        visit_comp(B, e, "listcomp", F(e, ListComp, generators).seq, F(e, ListComp, elt).node,
                   NULL);
        return true;
    case AST_SetComp:
        visit_comp(B, e, "setcomp", F(e, SetComp, generators).seq, F(e, SetComp, elt).node, NULL);
        return true;
    case AST_DictComp:
        visit_comp(B, e, "dictcomp", F(e, DictComp, generators).seq, F(e, DictComp, key).node,
                   F(e, DictComp, value).node);
        return true;
    case AST_Yield:
    case AST_YieldFrom: visit_yield(B, e); return true;
    case AST_Await:
        check_not_annotation(B, "await expression", e);
        visit_expr(B, F(e, Await, value).node);
        B->cur->coroutine = true;
        return true;
    case AST_Name: visit_name(B, e); return true;
    case AST_Call: visit_call(B, e); return true;
    default: return false;
    }
}

/* Any other expression: its child expressions in field order (which is
 * CPython's visiting order for all of them). */
static void visit_expr_fields(builder_t *B, const lp_ast_t *e)
{
    const lp_ast_info_t *info = &lp_ast_info[e->kind];
    for (int i = 0; i < info->nfields; i++) {
        const lp_ast_field_t *f = &info->fields[i];
        if (f->type != LP_AST_T_NODE) continue; /* every node field left is an expr */
        if (f->q == '*')
            visit_exprs(B, e->f[i].seq);
        else
            visit_opt(B, e->f[i].node);
    }
}

static void visit_expr(builder_t *B, const lp_ast_t *e)
{
    deeper(B);
    if (!visit_expr_special(B, e)) visit_expr_fields(B, e);
    B->depth--;
}

/* ==== `from __future__ import ...` ==== */

/* Whether [body] starts with a docstring. */
static bool has_docstring(const lp_ast_seq_t *body)
{
    if (!body->len || body->items[0].node->kind != AST_Expr) return false;
    const lp_ast_t *v = F(body->items[0].node, Expr, value).node;
    return v->kind == AST_Constant && F(v, Constant, value).k->kind == LP_CONST_STR;
}

/* The features a future import [s] names (CPython's future.c). */
static void future_features(builder_t *B, const lp_ast_t *s)
{
    static const char *const known[] = {
        "nested_scopes",    "generators",     "division",
        "absolute_import",  "with_statement", "print_function",
        "unicode_literals", "generator_stop", NULL,
    };
    const lp_ast_seq_t *names = F(s, ImportFrom, names).seq;
    for (int i = 0; i < names->len; i++) {
        const char *feature = F(names->items[i].node, alias, name).str;
        int k = 0;
        while (known[k] && strcmp(known[k], feature) != 0)
            k++;
        if (known[k]) continue;
        if (strcmp(feature, "barry_as_FLUFL") == 0) {
            B->st->future_features |= LP_FUTURE_BARRY_AS_BDFL;
        } else if (strcmp(feature, "annotations") == 0) {
            B->st->future_features |= LP_FUTURE_ANNOTATIONS;
        } else {
            bool braces = strcmp(feature, "braces") == 0;
            fail_at(B, "SyntaxError", s->lineno, s->col_offset + 1, s->lineno, 0,
                    braces ? "not a chance" : "future feature %.100s is not defined", feature);
        }
    }
}

/* The leading future imports of a module (after its docstring).  A future
 * import on the same line as an earlier ordinary statement is an error
 * here; later ones are the compiler's (it has future_lineno). */
static void future_parse(builder_t *B, const lp_ast_t *mod)
{
    if (mod->kind != AST_Module && mod->kind != AST_Interactive) return;
    const lp_ast_seq_t *body = mod->f[0].seq; /* Module.body, Interactive.body */
    bool done = false;
    int prev_line = 0;
    for (int i = has_docstring(body); i < body->len; i++) {
        const lp_ast_t *s = body->items[i].node;
        if (done && s->lineno > prev_line) return;
        prev_line = s->lineno;
        const char *module = s->kind == AST_ImportFrom ? F(s, ImportFrom, module).str : NULL;
        if (!module || strcmp(module, "__future__") != 0) {
            done = true;
            continue;
        }
        if (done)
            fail_at(B, "SyntaxError", s->lineno, s->col_offset, s->lineno, 0,
                    "from __future__ imports must occur at the beginning of the file");
        future_features(B, s);
        B->st->future_lineno = s->lineno;
    }
}

_Static_assert(AST_F_Module_body == 0 && AST_F_Interactive_body == 0, "bodies first");

/* ==== pass 2: name sets ==== */

/* A set of interned names (open addressing on the pointer). */
typedef struct {
    const char **slots; /* NULL: empty; TOMB: deleted */
    int nslots, used;   /* used counts tombstones too */
} nameset_t;

static const char TOMB[] = "";

static nameset_t *set_new(lp_arena_t *a, int nslots)
{
    nameset_t *s = lp_arena_alloc(a, sizeof *s);
    s->nslots = nslots;
    s->slots = lp_arena_alloc(a, (size_t)nslots * sizeof *s->slots);
    return s;
}

/* The slot holding [name], or the empty slot where it would go. */
static const char **set_slot(const nameset_t *s, const char *name)
{
    unsigned mask = (unsigned)s->nslots - 1, j = hash_ptr(name) & mask;
    const char **tomb = NULL;
    for (; s->slots[j]; j = (j + 1) & mask) {
        if (s->slots[j] == name) return &s->slots[j];
        if (s->slots[j] == TOMB && !tomb) tomb = &s->slots[j];
    }
    return tomb ? tomb : &s->slots[j];
}

static bool set_contains(const nameset_t *s, const char *name)
{
    return *set_slot(s, name) == name;
}

static void set_add(lp_arena_t *a, nameset_t *s, const char *name);

static void set_rehash(lp_arena_t *a, nameset_t *s)
{
    const char **old = s->slots;
    int n = s->nslots;
    s->nslots *= 2;
    s->slots = lp_arena_alloc(a, (size_t)s->nslots * sizeof *s->slots);
    s->used = 0;
    for (int i = 0; i < n; i++)
        if (old[i] && old[i] != TOMB) set_add(a, s, old[i]);
}

static void set_add(lp_arena_t *a, nameset_t *s, const char *name)
{
    const char **slot = set_slot(s, name);
    if (*slot == name) return;
    if (!*slot) s->used++;
    *slot = name;
    if (3 * s->used > 2 * s->nslots) set_rehash(a, s);
}

static void set_discard(nameset_t *s, const char *name)
{
    const char **slot = set_slot(s, name);
    if (*slot == name) *slot = TOMB;
}

/* [dst] |= [src] ([src] may be NULL). */
static void set_update(lp_arena_t *a, nameset_t *dst, const nameset_t *src)
{
    for (int i = 0; src && i < src->nslots; i++)
        if (src->slots[i] && src->slots[i] != TOMB) set_add(a, dst, src->slots[i]);
}

static nameset_t *set_copy(lp_arena_t *a, const nameset_t *src)
{
    nameset_t *s = set_new(a, 8);
    set_update(a, s, src);
    return s;
}

/* ==== pass 2: the analysis ==== */

/* The SyntaxError of a global/nonlocal conflict on [name] in [b], placed
 * at the block's first declaration of it. */
static _Noreturn void fail_directive(builder_t *B, const lp_symtable_block_t *b, const char *name,
                                     const char *fmt)
{
    const directive_t *d = b->directives, *end = d + b->ndirectives;
    while (d < end && d->name != name)
        d++;
    if (d == end)
        fail_at(B, "RuntimeError", 0, 0, 0, 0, "BUG: internal directive bookkeeping broken");
    fail_at(B, "SyntaxError", d->lineno, d->col_offset + 1, d->end_lineno, d->end_col_offset + 1,
            fmt, name);
}

/* Decides the scope of [sym] in [b] (CPython's analyze_name).  [bound]:
 * names bound in enclosing functions (NULL in the module); [local] gets
 * this block's bound names, [frees] its free ones, [global] the declared
 * globals visible from here. */
static void analyze_name(builder_t *B, lp_symtable_block_t *b, lp_symbol_t *sym, nameset_t *bound,
                         nameset_t *local, nameset_t *frees, nameset_t *global)
{
    const char *name = sym->name;
    if (sym->flags & DEF_GLOBAL) {
        if (sym->flags & DEF_NONLOCAL)
            fail_directive(B, b, name, "name '%s' is nonlocal and global");
        sym->scope = SCOPE_GLOBAL_EXPLICIT;
        set_add(B->a, global, name);
        if (bound) set_discard(bound, name);
    } else if (sym->flags & DEF_NONLOCAL) {
        if (!bound) fail_directive(B, b, name, "nonlocal declaration not allowed at module level");
        if (!set_contains(bound, name))
            fail_directive(B, b, name, "no binding for nonlocal '%s' found");
        sym->scope = SCOPE_FREE;
        b->has_free = true;
        set_add(B->a, frees, name);
    } else if (sym->flags & DEF_BOUND) {
        sym->scope = SCOPE_LOCAL;
        set_add(B->a, local, name);
        set_discard(global, name);
    } else if (bound && set_contains(bound, name)) {
        sym->scope = SCOPE_FREE;
        b->has_free = true;
        set_add(B->a, frees, name);
    } else {
        if (b->nested && !set_contains(global, name)) b->has_free = true;
        sym->scope = SCOPE_GLOBAL_IMPLICIT;
    }
}

/* Locals of a function that a nested block needs free become cells. */
static void analyze_cells(lp_symtable_block_t *b, nameset_t *frees)
{
    for (int i = 0; i < b->nsymbols; i++) {
        lp_symbol_t *sym = b->symbols[i];
        if (sym->scope != SCOPE_LOCAL || !set_contains(frees, sym->name)) continue;
        sym->scope = SCOPE_CELL;
        set_discard(frees, sym->name);
    }
}

/* Passes the names [frees] of [b]'s children up through [b]: a class marks
 * the ones it binds itself DEF_FREE_CLASS; names [b] never mentions get a
 * FREE entry unless they are global (not in [bound]). */
static void update_symbols(builder_t *B, lp_symtable_block_t *b, const nameset_t *bound,
                           const nameset_t *frees)
{
    for (int i = 0; i < frees->nslots; i++) {
        const char *name = frees->slots[i];
        if (!name || name == TOMB) continue;
        lp_symbol_t *sym = symbol_find(b, name);
        if (sym) {
            if (b->kind == BLOCK_CLASS && (sym->flags & (DEF_BOUND | DEF_GLOBAL)))
                sym->flags |= DEF_FREE_CLASS;
            continue;
        }
        if (bound && !set_contains(bound, name)) continue;
        symbol_new(B->a, b, name)->scope = SCOPE_FREE;
    }
}

static void analyze_block(builder_t *B, lp_symtable_block_t *b, nameset_t *bound, nameset_t *frees,
                          nameset_t *global);

/* Analyses child [c] with copies of the sets [b] passes down; adds the
 * names it needs free to [allfree]. */
static void analyze_child(builder_t *B, lp_symtable_block_t *c, const nameset_t *bound,
                          const nameset_t *global, nameset_t *allfree)
{
    nameset_t *child_free = set_new(B->a, 8);
    analyze_block(B, c, set_copy(B->a, bound), child_free, set_copy(B->a, global));
    set_update(B->a, allfree, child_free);
}

/* Resolves every name of [b] and of the blocks inside it; adds to [frees]
 * the names [b] needs from the blocks around it. */
static void analyze_block(builder_t *B, lp_symtable_block_t *b, nameset_t *bound, nameset_t *frees,
                          nameset_t *global)
{
    lp_arena_t *a = B->a;
    nameset_t *local = set_new(a, 8), *newbound = set_new(a, 8), *newglobal = set_new(a, 8);
    nameset_t *newfree = set_new(a, 8);
    if (b->kind == BLOCK_CLASS) { /* a class's own names are invisible inside it */
        set_update(a, newglobal, global);
        set_update(a, newbound, bound);
    }
    for (int i = 0; i < b->nsymbols; i++)
        analyze_name(B, b, b->symbols[i], bound, local, frees, global);
    if (b->kind != BLOCK_CLASS) {
        if (b->kind == BLOCK_FUNCTION) set_update(a, newbound, local);
        set_update(a, newbound, bound);
        set_update(a, newglobal, global);
    } else {
        set_add(a, newbound, B->id_class);
    }
    for (int i = 0; i < b->nchildren; i++) {
        analyze_child(B, b->children[i], newbound, newglobal, newfree);
        if (b->children[i]->has_free || b->children[i]->child_free) b->child_free = true;
    }
    if (b->kind == BLOCK_FUNCTION) analyze_cells(b, newfree);
    if (b->kind == BLOCK_CLASS && set_contains(newfree, B->id_class)) {
        set_discard(newfree, B->id_class);
        b->needs_class_closure = true;
    }
    update_symbols(B, b, bound, newfree);
    set_update(a, frees, newfree);
}

/* ==== cell and free variable lists ==== */

static int compare_names(const void *x, const void *y)
{
    return strcmp(*(const char *const *)x, *(const char *const *)y);
}

static int compare_symbols(const void *x, const void *y)
{
    return strcmp((*(const lp_symbol_t *const *)x)->name, (*(const lp_symbol_t *const *)y)->name);
}

/* The names of [b]'s symbols that [pick] selects, sorted, after [first]
 * (if not NULL); their count goes to [*n]. */
static const char **sorted_names(lp_arena_t *a, const lp_symtable_block_t *b, const char *first,
                                 bool (*pick)(const lp_symbol_t *), int *n)
{
    const char **names = lp_arena_alloc(a, (size_t)(b->nsymbols + 1) * sizeof *names);
    int k = 0;
    if (first) names[k++] = first;
    for (int i = 0; i < b->nsymbols; i++)
        if (pick(b->symbols[i])) names[k++] = b->symbols[i]->name;
    qsort(names + (first != NULL), (size_t)(k - (first != NULL)), sizeof *names, compare_names);
    *n = k;
    return names;
}

static bool is_cell(const lp_symbol_t *sym)
{
    return sym->scope == SCOPE_CELL;
}

static bool is_freevar(const lp_symbol_t *sym)
{
    return sym->scope == SCOPE_FREE || (sym->flags & DEF_FREE_CLASS);
}

/* Fills cellvars and freevars of [b] and the blocks inside it. */
static void list_vars(lp_arena_t *a, lp_symtable_block_t *b)
{
    const char *first = b->needs_class_closure ? CLASS_CELL : NULL;
    b->cellvars = sorted_names(a, b, first, is_cell, &b->ncellvars);
    b->freevars = sorted_names(a, b, NULL, is_freevar, &b->nfreevars);
    for (int i = 0; i < b->nchildren; i++)
        list_vars(a, b->children[i]);
}

/* ==== node -> block ==== */

static void nodemap_put(lp_arena_t *a, nodemap_t *m, const lp_ast_t *key, lp_symtable_block_t *v)
{
    if (3 * (m->count + 1) > 2 * m->nslots) {
        nodemap_t old = *m;
        m->nslots = m->nslots ? m->nslots * 2 : 64;
        m->keys = lp_arena_alloc(a, (size_t)m->nslots * sizeof *m->keys);
        m->values = lp_arena_alloc(a, (size_t)m->nslots * sizeof *m->values);
        m->count = 0;
        for (int i = 0; i < old.nslots; i++)
            if (old.keys[i]) nodemap_put(a, m, old.keys[i], old.values[i]);
    }
    unsigned mask = (unsigned)m->nslots - 1, j = hash_ptr(key) & mask;
    while (m->keys[j] && m->keys[j] != key)
        j = (j + 1) & mask;
    if (!m->keys[j]) m->count++;
    m->keys[j] = key;
    m->values[j] = v;
}

lp_symtable_block_t *lp_symtable_block_of(const lp_symtable_t *st, const lp_ast_t *node)
{
    const nodemap_t *m = st->blocks_by_node;
    if (!m->nslots) return NULL;
    unsigned mask = (unsigned)m->nslots - 1, j = hash_ptr(node) & mask;
    for (; m->keys[j]; j = (j + 1) & mask)
        if (m->keys[j] == node) return m->values[j];
    return NULL;
}

/* ==== building ==== */

/* Pass 1 over [mod]. */
static void walk_module(builder_t *B, const lp_ast_t *mod)
{
    future_parse(B, mod);
    enter_block(B, "top", BLOCK_MODULE, mod, (pos_t){0, 0, 0, 0});
    B->st->top = B->cur;
    switch (mod->kind) {
    case AST_Module: visit_stmts(B, F(mod, Module, body).seq); break;
    case AST_Interactive: visit_stmts(B, F(mod, Interactive, body).seq); break;
    case AST_Expression: visit_expr(B, F(mod, Expression, body).node); break;
    default: fail_at(B, "RuntimeError", 0, 0, 0, 0, "this compiler does not handle FunctionTypes");
    }
    exit_block(B);
}

lp_symtable_t *lp_symtable_build(lp_arena_t *a, const lp_ast_t *mod, lp_syntax_error_t *err)
{
    lp_symtable_t *st = lp_arena_alloc(a, sizeof *st);
    st->arena = a;
    st->blocks_by_node = lp_arena_alloc(a, sizeof *st->blocks_by_node);
    st->names = lp_arena_alloc(a, sizeof *st->names);
    builder_t B = {.st = st, .a = a, .err = err};
    if (setjmp(B.fail)) return NULL;
    B.id_class = intern(&B, CLASS_CELL);
    intern(&B, DOT0);
    walk_module(&B, mod);
    analyze_block(&B, st->top, NULL, set_new(a, 8), set_new(a, 8));
    list_vars(a, st->top);
    return st;
}

/* ==== asking ==== */

const lp_symbol_t *lp_symtable_lookup(const lp_symtable_block_t *b, const char *name)
{
    if (!b->nslots) return NULL;
    return *symbol_slot(b, name, hash_str(name));
}

lp_symtable_scope_t lp_symtable_scope(const lp_symtable_block_t *b, const char *name)
{
    const lp_symbol_t *sym = lp_symtable_lookup(b, name);
    return sym ? sym->scope : SCOPE_NONE;
}

/* ==== printing ==== */

static const char *scope_word(lp_symtable_scope_t scope)
{
    switch (scope) {
#define X(name, value, word)                                                                       \
    case name: return word;
        LP_SYMTABLE_SCOPES(X)
#undef X
    default: return "NONE";
    }
}

static void dump_flags(lp_buf_t *out, int flags)
{
    static const struct {
        int bit;
        const char *word;
    } words[] = {
#define X(name, bit, word) {bit, word},
        LP_SYMTABLE_FLAGS(X)
#undef X
    };
    const char *sep = "";
    for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
        if (!(flags & words[i].bit)) continue;
        lp_buf_printf(out, "%s%s", sep, words[i].word);
        sep = "|";
    }
    if (!*sep) lp_buf_putc(out, '-');
}

/* Whether a child of [b] is named [name] (Symbol.is_namespace). */
static bool names_a_child(const lp_symtable_block_t *b, const char *name)
{
    for (int i = 0; i < b->nchildren; i++)
        if (strcmp(b->children[i]->name, name) == 0) return true;
    return false;
}

/* The methods of Python's symtable.Symbol that return True for [sym] in
 * [b], in the order the class defines them.  Python takes any block named
 * "top" for the module. */
static void dump_methods(lp_buf_t *out, const lp_symtable_block_t *b, const lp_symbol_t *sym)
{
    int f = sym->flags, s = sym->scope;
    bool module_bound = strcmp(b->name, "top") == 0 && (f & DEF_BOUND);
    const struct {
        bool on;
        const char *word;
    } methods[] = {
        {f & DEF_USE, "referenced"},
        {f & DEF_IMPORT, "imported"},
        {f & DEF_PARAM, "parameter"},
        {s == SCOPE_GLOBAL_IMPLICIT || s == SCOPE_GLOBAL_EXPLICIT || module_bound, "global"},
        {f & DEF_NONLOCAL, "nonlocal"},
        {s == SCOPE_GLOBAL_EXPLICIT, "declared_global"},
        {s == SCOPE_LOCAL || s == SCOPE_CELL || module_bound, "local"},
        {f & DEF_ANNOT, "annotated"},
        {s == SCOPE_FREE, "free"},
        {f & DEF_LOCAL, "assigned"},
        {names_a_child(b, sym->name), "namespace"},
    };
    const char *sep = "";
    for (size_t i = 0; i < sizeof methods / sizeof *methods; i++) {
        if (!methods[i].on) continue;
        lp_buf_printf(out, "%s%s", sep, methods[i].word);
        sep = " ";
    }
    if (!*sep) lp_buf_putc(out, '-');
}

static void dump_names(lp_buf_t *out, const char *label, const char *const *names, int n)
{
    lp_buf_printf(out, "  %s:", label);
    for (int i = 0; i < n; i++)
        lp_buf_printf(out, " %s", names[i]);
    if (!n) lp_buf_puts(out, " -");
    lp_buf_putc(out, '\n');
}

static void dump_block(lp_buf_t *out, const lp_symtable_block_t *b)
{
    static const char *const kinds[] = {"function", "class", "module", "annotation"};
    lp_buf_printf(out, "block %s %s line=%d nested=%d children=%d\n", kinds[b->kind], b->name,
                  b->lineno, b->nested, b->nchildren);
    if (b->kind == BLOCK_FUNCTION) dump_names(out, "params", b->params, b->nparams);
    if (b->kind != BLOCK_MODULE) {
        dump_names(out, "cells", b->cellvars, b->ncellvars);
        dump_names(out, "frees", b->freevars, b->nfreevars);
    }
    const lp_symbol_t **syms = malloc((size_t)(b->nsymbols + 1) * sizeof *syms);
    for (int i = 0; i < b->nsymbols; i++)
        syms[i] = b->symbols[i];
    qsort(syms, (size_t)b->nsymbols, sizeof *syms, compare_symbols);
    for (int i = 0; i < b->nsymbols; i++) {
        lp_buf_printf(out, "  %s %s ", syms[i]->name, scope_word(syms[i]->scope));
        dump_flags(out, syms[i]->flags);
        lp_buf_puts(out, " : ");
        dump_methods(out, b, syms[i]);
        lp_buf_putc(out, '\n');
    }
    free(syms);
    for (int i = 0; i < b->nchildren; i++)
        dump_block(out, b->children[i]);
}

void lp_symtable_dump(lp_buf_t *out, const lp_symtable_t *st)
{
    dump_block(out, st->top);
}
