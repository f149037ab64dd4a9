/* compile.c -- the compiler's core: units, names, constants, code objects.
 *
 * The statement, expression and pattern visitors live in compile_stmt.c,
 * compile_expr.c and compile_pattern.c; this file holds what they share
 * (compile_impl.h): opening a unit for a code object with its prefix
 * instructions (MAKE_CELL, COPY_FREE_VARS, RETURN_GENERATOR, RESUME),
 * resolving a name to its instruction family from the symbol table,
 * constants and their deduplication, closures, and turning a finished
 * unit into a code object.  lp_compile and lp_compile_source are here too.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "compile_impl.h"
#include "gc.h"
#include "obj_bytes.h"
#include "obj_code.h"
#include "obj_complex.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_set.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"
#include "parse.h"
#include "source.h"
#include "types.h"


#define MAX_DEPTH 6000

/* ==== errors and locations ==== */

void c_error(compiler_t *c, const char *fmt, ...)
{
    const lp_position_t *p = &c->u->e.loc;
    va_list ap;
    va_start(ap, fmt);
    lp_syntax_error_vset(c->err, "SyntaxError", p->line, p->col + 1, p->end_line, p->end_col + 1,
                         fmt, ap);
    va_end(ap);
    longjmp(c->fail, 1);
}

void c_error_at(compiler_t *c, const lp_ast_t *n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    lp_syntax_error_vset(c->err, "SyntaxError", n->lineno, n->col_offset + 1, n->end_lineno,
                         n->end_col_offset + 1, fmt, ap);
    va_end(ap);
    longjmp(c->fail, 1);
}

/* A SyntaxWarning at the current line, printed as the warnings module's
 * default action prints it: "file:line: SyntaxWarning: message", then the
 * source line stripped (for real files). */
void c_warn(compiler_t *c, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    int line = c->u->e.loc.line;
    fflush(stdout);
    fprintf(stderr, "%s:%d: SyntaxWarning: %s\n", c->filename, line, msg);
    if (c->source && c->filename[0] != '<' && line > 0) {
        const char *p = c->source;
        for (int l = 1; l < line && *p; p++)
            l += *p == '\n';
        while (*p == ' ' || *p == '\t' || *p == '\f')
            p++;
        const char *end = p + strcspn(p, "\r\n");
        while (end > p && (end[-1] == ' ' || end[-1] == '\t'))
            end--;
        if (end > p) fprintf(stderr, "  %.*s\n", (int)(end - p), p);
    }
    fflush(stderr);
}

void c_deeper(compiler_t *c)
{
    if (++c->depth > MAX_DEPTH) {
        lp_syntax_error_set(c->err, "RecursionError", 0, 0, 0, 0,
                            "maximum recursion depth exceeded during compilation");
        longjmp(c->fail, 1);
    }
}

void c_set_loc(compiler_t *c, const lp_ast_t *n)
{
    c->u->e.loc = (lp_position_t){n->lineno, n->end_lineno, n->col_offset, n->end_col_offset};
}

void c_unset_loc(compiler_t *c)
{
    c->u->e.loc = (lp_position_t){0, 0, -1, -1};
}

/* ==== constants ==== */

cconst_t *cconst_new(cconst_kind_t kind)
{
    cconst_t *k = lp_alloc(sizeof *k);
    k->kind = kind;
    return k;
}

cconst_t *cconst_str(compiler_t *c, const char *s)
{
    (void)c;
    cconst_t *k = cconst_new(CK_STR);
    k->s = s;
    k->n = strlen(s);
    return k;
}

cconst_t *cconst_from_ast(const lp_ast_const_t *a)
{
    static const cconst_kind_t kinds[] = {
        [LP_CONST_NONE] = CK_NONE,       [LP_CONST_TRUE] = CK_TRUE,
        [LP_CONST_FALSE] = CK_FALSE,     [LP_CONST_ELLIPSIS] = CK_ELLIPSIS,
        [LP_CONST_INT] = CK_INT,         [LP_CONST_FLOAT] = CK_FLOAT,
        [LP_CONST_COMPLEX] = CK_COMPLEX, [LP_CONST_STR] = CK_STR,
        [LP_CONST_BYTES] = CK_BYTES,
    };
    cconst_t *k = cconst_new(kinds[a->kind]);
    k->d = a->d;
    k->s = a->s;
    k->n = a->kind == LP_CONST_INT ? strlen(a->s) : a->n;
    return k;
}

static bool same_double(double a, double b)
{
    return memcmp(&a, &b, sizeof a) == 0;
}

/* Equal as constants: same kind and value, -0.0 apart from 0.0. */
static bool cconst_eq(const cconst_t *a, const cconst_t *b)
{
    if (a == b) return true;
    if (a->kind != b->kind) return false;
    switch (a->kind) {
    case CK_INT:
    case CK_STR:
    case CK_BYTES: return a->n == b->n && memcmp(a->s, b->s, a->n) == 0;
    case CK_FLOAT: return same_double(a->d, b->d);
    case CK_COMPLEX: return same_double(a->d, b->d) && same_double(a->re, b->re);
    case CK_TUPLE:
    case CK_FROZENSET:
        if (a->nitems != b->nitems) return false;
        for (int i = 0; i < a->nitems; i++)
            if (!cconst_eq(a->items[i], b->items[i])) return false;
        return true;
    case CK_CODE: return false;
    default: return true;
    }
}

static uint64_t hash_bytes(uint64_t h, const void *p, size_t n)
{
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++)
        h = (h ^ b[i]) * 1099511628211u;
    return h;
}

/* A hash agreeing with cconst_eq. */
static uint64_t cconst_hash(const cconst_t *k)
{
    uint64_t h = hash_bytes(1469598103934665603u, &k->kind, sizeof k->kind);
    switch (k->kind) {
    case CK_INT:
    case CK_STR:
    case CK_BYTES: return hash_bytes(h, k->s, k->n);
    case CK_FLOAT: return hash_bytes(h, &k->d, sizeof k->d);
    case CK_COMPLEX: return hash_bytes(hash_bytes(h, &k->d, sizeof k->d), &k->re, sizeof k->re);
    case CK_TUPLE:
    case CK_FROZENSET:
        for (int i = 0; i < k->nitems; i++) {
            uint64_t x = cconst_hash(k->items[i]);
            h = hash_bytes(h, &x, sizeof x);
        }
        return h;
    case CK_CODE: return hash_bytes(h, &k, sizeof k);
    default: return h;
    }
}

static void const_index_grow(unit_t *u)
{
    int n = u->ncslots ? 2 * u->ncslots : 64;
    int *slots = lp_alloc_atomic((size_t)n * sizeof *slots);
    memset(slots, 0, (size_t)n * sizeof *slots);
    for (int i = 0; i < u->nconsts; i++) {
        uint64_t j = cconst_hash(u->consts[i]) & (uint64_t)(n - 1);
        while (slots[j])
            j = (j + 1) & (uint64_t)(n - 1);
        slots[j] = i + 1;
    }
    u->cslots = slots;
    u->ncslots = n;
}

int c_add_const(compiler_t *c, cconst_t *k)
{
    unit_t *u = c->u;
    if (2 * (u->nconsts + 1) > u->ncslots) const_index_grow(u);
    uint64_t j = cconst_hash(k) & (uint64_t)(u->ncslots - 1);
    for (; u->cslots[j]; j = (j + 1) & (uint64_t)(u->ncslots - 1))
        if (cconst_eq(u->consts[u->cslots[j] - 1], k)) return u->cslots[j] - 1;
    if (u->nconsts == u->capconsts) {
        u->capconsts = u->capconsts ? 2 * u->capconsts : 16;
        cconst_t **a = lp_alloc((size_t)u->capconsts * sizeof *a);
        if (u->nconsts) memcpy(a, u->consts, (size_t)u->nconsts * sizeof *a);
        u->consts = a;
    }
    u->consts[u->nconsts] = k;
    u->cslots[j] = u->nconsts + 1;
    return u->nconsts++;
}

void c_load_const(compiler_t *c, cconst_t *k)
{
    OPI(OP_LOAD_CONST, c_add_const(c, k));
}

/* BUILD_TUPLE n after n LOAD_CONSTs becomes one LOAD_CONST of the tuple,
 * at the BUILD_TUPLE's location, the loads NOPs (CPython's
 * fold_tuple_on_constants). */
static bool fold_build_tuple(compiler_t *c, int n)
{
    lp_emitter_t *e = &c->u->e;
    if (n > e->n) return false;
    for (int i = e->n - n; i < e->n; i++)
        if (e->ins[i].op != OP_LOAD_CONST) return false;
    for (int l = 0; l < e->nlabels; l++)
        if (e->labels[l] > e->n - n && e->labels[l] <= e->n) return false;
    cconst_t *t = cconst_new(CK_TUPLE);
    t->nitems = n;
    t->items = lp_alloc((size_t)(n + 1) * sizeof *t->items);
    for (int i = 0; i < n; i++) { /* the loads become NOPs that keep their lines */
        t->items[i] = c->u->consts[e->ins[e->n - n + i].arg];
        e->ins[e->n - n + i].op = OP_NOP;
        e->ins[e->n - n + i].arg = 0;
    }
    c_load_const(c, t);
    return true;
}

/* BUILD_TUPLE n + UNPACK_SEQUENCE n (n <= 3) is a NOP and a SWAP, or two
 * NOPs for n = 1 (CPython's optimizer). */
static bool swap_for_unpack(compiler_t *c, int n)
{
    lp_emitter_t *e = &c->u->e;
    if (n > 3 || e->n == 0 || e->ins[e->n - 1].op != OP_BUILD_TUPLE || e->ins[e->n - 1].arg != n)
        return false;
    for (int l = 0; l < e->nlabels; l++)
        if (e->labels[l] == e->n) return false;
    e->ins[e->n - 1].op = OP_NOP;
    e->ins[e->n - 1].arg = 0;
    lp_emit_op(e, n == 1 ? OP_NOP : OP_SWAP, n == 1 ? 0 : n);
    return true;
}

void c_emit(compiler_t *c, int op, int arg)
{
    if (op == OP_BUILD_TUPLE && fold_build_tuple(c, arg)) return;
    if (op == OP_UNPACK_SEQUENCE && swap_for_unpack(c, arg)) return;
    lp_emit_op(&c->u->e, op, arg);
}


static lp_value materialize(compiler_t *c, const cconst_t *k)
{
    switch (k->kind) {
    case CK_NONE: return LP_NONE;
    case CK_TRUE: return LP_TRUE;
    case CK_FALSE: return LP_FALSE;
    case CK_ELLIPSIS: return LP_ELLIPSIS;
    case CK_FLOAT: return lp_from_float(k->d);
    case CK_STR: return lp_str_from_utf8(k->s, k->n);
    case CK_CODE: return k->code;
    case CK_INT: {
        lp_value r = LP_NULL;
        int64_t saved = lp_int_get_max_str_digits();
        lp_int_set_max_str_digits(0);
        lp_int_status_t st = lp_int_from_str(k->s, k->n, 10, &r, NULL);
        lp_int_set_max_str_digits(saved);
        if (st == LP_INT_OK) return r;
        break;
    }
    case CK_BYTES: return lp_bytes_new(k->s, k->n);
    case CK_COMPLEX: return lp_complex_new(k->re, k->d);
    case CK_TUPLE: {
        lp_value *items = lp_alloc((size_t)(k->nitems + 1) * sizeof *items);
        for (int i = 0; i < k->nitems; i++)
            items[i] = materialize(c, k->items[i]);
        return lp_tuple_from_array(items, k->nitems);
    }
    case CK_FROZENSET: {
        /* built from the items in source order, then rebuilt from its own
         * iteration order, as CPython's constant merging rebuilds it (this
         * decides where colliding items end up) */
        cconst_t t = *k;
        t.kind = CK_TUPLE;
        lp_value first = lp_frozenset_new(materialize(c, &t));
        lp_value items = lp_list_new(k->nitems), it = lp_iter(first), v;
        while ((v = lp_iter_next(it)) != LP_NULL)
            lp_list_append(items, v);
        return lp_frozenset_new(items);
    }
    }
    lp_syntax_error_set(c->err, "SyntaxError", 0, 0, 0, 0,
                        "lemonpy cannot make this constant yet (kind %d)", (int)k->kind);
    longjmp(c->fail, 1);
}

/* ==== names ==== */

static uint64_t str_hash(const char *s)
{
    return hash_bytes(1469598103934665603u, s, strlen(s));
}

static void namelist_grow_index(namelist_t *l)
{
    int n = l->nslots ? 2 * l->nslots : 32;
    int *slots = lp_alloc_atomic((size_t)n * sizeof *slots);
    memset(slots, 0, (size_t)n * sizeof *slots);
    for (int i = 0; i < l->n; i++) {
        uint64_t j = str_hash(l->items[i]) & (uint64_t)(n - 1);
        while (slots[j])
            j = (j + 1) & (uint64_t)(n - 1);
        slots[j] = i + 1;
    }
    l->slots = slots;
    l->nslots = n;
}

static int namelist_find(const namelist_t *l, const char *name)
{
    if (!l->nslots) return -1;
    uint64_t j = str_hash(name) & (uint64_t)(l->nslots - 1);
    for (; l->slots[j]; j = (j + 1) & (uint64_t)(l->nslots - 1))
        if (strcmp(l->items[l->slots[j] - 1], name) == 0) return l->slots[j] - 1;
    return -1;
}

static int namelist_add(namelist_t *l, const char *name)
{
    int i = namelist_find(l, name);
    if (i >= 0) return i;
    if (2 * (l->n + 1) > l->nslots) namelist_grow_index(l);
    if (l->n == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 16;
        const char **a = lp_alloc((size_t)l->cap * sizeof *a);
        if (l->n) memcpy(a, l->items, (size_t)l->n * sizeof *a);
        l->items = a;
    }
    l->items[l->n] = name;
    uint64_t j = str_hash(name) & (uint64_t)(l->nslots - 1);
    while (l->slots[j])
        j = (j + 1) & (uint64_t)(l->nslots - 1);
    l->slots[j] = l->n + 1;
    return l->n++;
}

int c_add_name(compiler_t *c, const char *name)
{
    return namelist_add(&c->u->names, name);
}

const char *c_mangle(compiler_t *c, const char *name)
{
    return lp_symtable_mangle(c->arena, c->u->private_name, name);
}

int c_cell_index(compiler_t *c, const char *name)
{
    int i = namelist_find(&c->u->cellvars, name);
    if (i >= 0) return i;
    i = namelist_find(&c->u->freevars, name);
    if (i < 0) c_error(c, "lemonpy compiler: no cell for '%s'", name);
    return c->u->cellvars.n + i;
}

/* Whether the store/delete of [name] is forbidden (CPython's forbidden_name). */
static void check_forbidden(compiler_t *c, const char *name, int ctx)
{
    if (strcmp(name, "__debug__") != 0) return;
    if (ctx == AST_Store) c_error(c, "cannot assign to __debug__");
    if (ctx == AST_Del) c_error(c, "cannot delete __debug__");
}

int lp_compile_optimize = 0;

enum { OPT_NAME, OPT_FAST, OPT_GLOBAL, OPT_DEREF };

void c_nameop(compiler_t *c, const char *name, int ctx)
{
    unit_t *u = c->u;
    check_forbidden(c, name, ctx);
    if (ctx == AST_Load && strcmp(name, "__debug__") == 0) {
        c_load_const(c, cconst_new(lp_compile_optimize ? CK_FALSE : CK_TRUE));
        return;
    }
    const char *mangled = c_mangle(c, name);
    lp_symtable_scope_t scope = lp_symtable_scope(u->ste, mangled);
    bool fn = u->ste->kind == BLOCK_FUNCTION;
    int type = OPT_NAME;
    switch (scope) {
    case SCOPE_FREE:
    case SCOPE_CELL: type = OPT_DEREF; break;
    case SCOPE_LOCAL: type = fn ? OPT_FAST : OPT_NAME; break;
    case SCOPE_GLOBAL_IMPLICIT: type = fn ? OPT_GLOBAL : OPT_NAME; break;
    case SCOPE_GLOBAL_EXPLICIT: type = OPT_GLOBAL; break;
    default: break;
    }
    static const int ops[4][3] = {
        [OPT_NAME] = {OP_LOAD_NAME, OP_STORE_NAME, OP_DELETE_NAME},
        [OPT_FAST] = {OP_LOAD_FAST, OP_STORE_FAST, OP_DELETE_FAST},
        [OPT_GLOBAL] = {OP_LOAD_GLOBAL, OP_STORE_GLOBAL, OP_DELETE_GLOBAL},
        [OPT_DEREF] = {OP_LOAD_DEREF, OP_STORE_DEREF, OP_DELETE_DEREF},
    };
    int which = ctx == AST_Load ? 0 : ctx == AST_Store ? 1 : 2;
    int op = ops[type][which];
    switch (type) {
    case OPT_FAST: OPI(op, namelist_add(&u->varnames, mangled)); break;
    case OPT_DEREF:
        if (op == OP_LOAD_DEREF && u->ste->kind == BLOCK_CLASS) op = OP_LOAD_CLASSDEREF;
        OPI(op, c_cell_index(c, mangled));
        break;
    case OPT_GLOBAL:
        OPI(op, op == OP_LOAD_GLOBAL ? c_add_name(c, mangled) << 1 : c_add_name(c, mangled));
        break;
    default: OPI(op, c_add_name(c, mangled)); break;
    }
}

/* ==== frame blocks ==== */

fblock_t *c_push_fblock(compiler_t *c, fbtype_t t, int block, int exit, const void *datum)
{
    unit_t *u = c->u;
    if (u->nfblocks >= MAX_FBLOCKS) c_error(c, "too many statically nested blocks");
    fblock_t *fb = &u->fblocks[u->nfblocks++];
    *fb = (fblock_t){t, block, exit, datum};
    return fb;
}

void c_pop_fblock(compiler_t *c)
{
    c->u->nfblocks--;
}

/* ==== units ==== */

static void set_qualname(compiler_t *c, unit_t *u)
{
    unit_t *p = u->parent;
    const char *base = NULL;
    if (p && p->scope != US_MODULE) {
        bool force_global = false;
        if (u->scope == US_FUNCTION || u->scope == US_ASYNC_FUNCTION || u->scope == US_CLASS) {
            const char *m = lp_symtable_mangle(c->arena, p->private_name, u->name);
            force_global = lp_symtable_scope(p->ste, m) == SCOPE_GLOBAL_EXPLICIT;
        }
        if (!force_global) {
            bool fn = p->scope == US_FUNCTION || p->scope == US_ASYNC_FUNCTION ||
                      p->scope == US_LAMBDA;
            base = p->qualname;
            if (fn) {
                size_t n = strlen(base) + 10;
                char *b = lp_arena_alloc(c->arena, n);
                snprintf(b, n, "%s.<locals>", base);
                base = b;
            }
        }
    }
    if (!base) {
        u->qualname = u->name;
        return;
    }
    size_t n = strlen(base) + strlen(u->name) + 2;
    char *q = lp_arena_alloc(c->arena, n);
    snprintf(q, n, "%s.%s", base, u->name);
    u->qualname = q;
}

/* co_cellvars as 3.11 lists them: the parameters that are cells first, in
 * parameter order, then the other cells in the symbol table's order. */
static void set_cells(unit_t *u)
{
    const lp_symtable_block_t *b = u->ste;
    int32_t *c2a = lp_alloc_atomic((size_t)(b->ncellvars + 1) * sizeof *c2a);
    for (int p = 0; p < b->nparams; p++)
        for (int i = 0; i < b->ncellvars; i++)
            if (strcmp(b->params[p], b->cellvars[i]) == 0) {
                c2a[u->cellvars.n] = p;
                namelist_add(&u->cellvars, b->cellvars[i]);
            }
    for (int i = 0; i < b->ncellvars; i++) {
        if (namelist_find(&u->cellvars, b->cellvars[i]) >= 0) continue;
        c2a[u->cellvars.n] = -1;
        namelist_add(&u->cellvars, b->cellvars[i]);
    }
    u->cell2arg = c2a;
    for (int i = 0; i < b->nfreevars; i++)
        namelist_add(&u->freevars, b->freevars[i]);
}

static bool is_generator_like(const lp_symtable_block_t *b)
{
    return b->kind == BLOCK_FUNCTION && (b->generator || b->coroutine);
}

void c_enter_scope(compiler_t *c, const char *name, unit_scope_t scope, const lp_ast_t *key,
                   int lineno)
{
    unit_t *u = lp_alloc(sizeof *u);
    u->parent = c->u;
    u->ste = lp_symtable_block_of(c->st, key);
    if (!u->ste) c_error_at(c, key, "lemonpy compiler: no symbol table block");
    u->scope = scope;
    u->name = name;
    u->private_name = u->ste->private_name;
    u->firstlineno = lineno;
    lp_emit_init(&u->e);
    for (int i = 0; i < u->ste->nparams; i++)
        namelist_add(&u->varnames, u->ste->params[i]);
    set_cells(u);
    c->u = u;
    c->nestlevel++;
    if (scope != US_MODULE) set_qualname(c, u);
    c_unset_loc(c);
    for (int i = 0; i < u->cellvars.n; i++)
        OPI(OP_MAKE_CELL, i);
    if (u->freevars.n) OPI(OP_COPY_FREE_VARS, u->freevars.n);
    u->e.loc = (lp_position_t){lineno, lineno, 0, 0};
    if (scope == US_MODULE) u->e.loc = (lp_position_t){0, 1, 0, 0}; /* CPython's line 0 */
    if (is_generator_like(u->ste)) {
        u->e.loc = (lp_position_t){lineno, lineno, -1, -1};
        OP(OP_RETURN_GENERATOR);
        OP(OP_POP_TOP);
        u->e.loc = (lp_position_t){lineno, lineno, 0, 0};
    }
    OPI(OP_RESUME, 0);
}

static int code_flags(compiler_t *c)
{
    const lp_symtable_block_t *b = c->u->ste;
    int flags = 0;
    if (b->kind == BLOCK_FUNCTION) {
        flags |= LP_CO_NEWLOCALS | LP_CO_OPTIMIZED;
        if (b->nested) flags |= LP_CO_NESTED;
        if (b->generator && !b->coroutine) flags |= LP_CO_GENERATOR;
        if (!b->generator && b->coroutine) flags |= LP_CO_COROUTINE;
        if (b->generator && b->coroutine) flags |= LP_CO_ASYNC_GENERATOR;
        if (b->varargs) flags |= LP_CO_VARARGS;
        if (b->varkeywords) flags |= LP_CO_VARKEYWORDS;
    }
    return flags;
}

static lp_value name_tuple(const namelist_t *l)
{
    lp_value t = lp_tuple_new(l->n);
    for (int i = 0; i < l->n; i++)
        lp_as_tuple(t)->items[i] = lp_str_intern_cstr(l->items[i]);
    return t;
}

static lp_value make_code(compiler_t *c, const lp_assembled_t *a)
{
    unit_t *u = c->u;
    lp_code_t f;
    memset(&f, 0, sizeof f);
    f.code = a->code;
    f.ncode = a->ncode;
    f.positions = a->positions;
    f.exctable = a->exctable;
    f.nexc = a->nexc;
    lp_value consts = lp_tuple_new(a->nconsts);
    for (int i = 0; i < u->nconsts; i++)
        if (a->const_map[i] >= 0) lp_as_tuple(consts)->items[a->const_map[i]] = materialize(c, u->consts[i]);
    f.consts = consts;
    f.names = name_tuple(&u->names);
    f.varnames = name_tuple(&u->varnames);
    f.cellvars = name_tuple(&u->cellvars);
    f.freevars = name_tuple(&u->freevars);
    f.cell2arg = u->cell2arg;
    f.filename = lp_str_from_cstr(c->filename);
    f.name = lp_str_intern_cstr(u->name);
    f.qualname = lp_str_from_cstr(u->qualname ? u->qualname : u->name);
    f.argcount = u->argcount;
    f.posonlyargcount = u->posonlyargcount;
    f.kwonlyargcount = u->kwonlyargcount;
    f.nlocals = u->varnames.n;
    f.ncellvars = u->cellvars.n;
    f.nfreevars = u->freevars.n;
    f.stacksize = a->stacksize;
    f.flags = code_flags(c);
    f.firstlineno = u->firstlineno;
    return lp_code_new(&f);
}

lp_value c_exit_scope(compiler_t *c)
{
    lp_assembled_t a;
    c->u->e.nconsts = c->u->nconsts;
    lp_emit_assemble(&c->u->e, &a);
    lp_value code = make_code(c, &a);
    c->u = c->u->parent;
    c->nestlevel--;
    return code;
}

/* The index LOAD_CLOSURE takes in the current unit for the free variable
 * [name] of a nested code object (CPython's get_ref_type + lookup). */
static int closure_index(compiler_t *c, const char *name)
{
    unit_t *u = c->u;
    bool cell = u->scope == US_CLASS && strcmp(name, "__class__") == 0;
    if (!cell) cell = lp_symtable_scope(u->ste, name) == SCOPE_CELL;
    int i = namelist_find(cell ? &u->cellvars : &u->freevars, name);
    if (i < 0) c_error(c, "lemonpy compiler: no closure for '%s'", name);
    return cell ? i : u->cellvars.n + i;
}

void c_make_closure(compiler_t *c, lp_value code, int flags)
{
    const lp_code_t *co = (const lp_code_t *)lp_as_ptr(code);
    if (co->nfreevars) {
        for (int i = 0; i < co->nfreevars; i++) {
            size_t n;
            const char *name = lp_str_utf8(lp_tuple_get(co->freevars, i), &n);
            OPI(OP_LOAD_CLOSURE, closure_index(c, name));
        }
        OPI(OP_BUILD_TUPLE, co->nfreevars);
        flags |= LP_MKFN_CLOSURE;
    }
    cconst_t *k = cconst_new(CK_CODE);
    k->code = code;
    c_load_const(c, k);
    OPI(OP_MAKE_FUNCTION, flags);
}

bool c_is_top_level_await(compiler_t *c)
{
    (void)c;
    return false; /* PyCF_ALLOW_TOP_LEVEL_AWAIT is not supported */
}

/* ==== entry points ==== */

static void compile_mod(compiler_t *c, const lp_ast_t *mod)
{
    c_enter_scope(c, "<module>", US_MODULE, mod, 1);
    switch (mod->kind) {
    case AST_Module:
        c_body(c, F(mod, Module, body).seq, true);
        break;
    case AST_Interactive:
        c->interactive = true;
        c_stmts(c, F(mod, Interactive, body).seq);
        break;
    case AST_Expression:
        c_expr(c, F(mod, Expression, body).node);
        OP(OP_RETURN_VALUE);
        break;
    default: c_error_at(c, mod, "lemonpy compiler: not a module");
    }
    if (!lp_emit_ends_block(&c->u->e)) {
        c_unset_loc(c);
        c_load_const(c, cconst_new(CK_NONE));
        OP(OP_RETURN_VALUE);
    }
}

static lp_value compile_with_source(const lp_ast_t *mod, const lp_symtable_t *st,
                                    const char *filename, const char *source,
                                    lp_syntax_error_t *err)
{
    compiler_t c;
    memset(&c, 0, sizeof c);
    c.source = source;
    c.st = st;
    c.arena = st->arena;
    c.filename = filename;
    c.err = err;
    if (setjmp(c.fail)) return LP_NULL;
    compile_mod(&c, mod);
    return c_exit_scope(&c);
}

lp_value lp_compile(const lp_ast_t *mod, const lp_symtable_t *st, const char *filename,
                    lp_syntax_error_t *err)
{
    return compile_with_source(mod, st, filename, NULL, err);
}

lp_value lp_compile_source(const char *src, size_t n, const char *filename,
                           lp_compile_mode_t mode, int is_file, lp_syntax_error_t *err)
{
    return lp_compile_source_as(src, n, filename, mode,
                                is_file ? LP_SOURCE_FILE : LP_SOURCE_STRING, err);
}

lp_value lp_compile_source_as(const char *src, size_t n, const char *filename,
                              lp_compile_mode_t mode, lp_source_mode_t smode,
                              lp_syntax_error_t *err)
{
    static const lp_parse_mode_t pmodes[] = {LP_PARSE_EXEC, LP_PARSE_EVAL, LP_PARSE_SINGLE};
    size_t len;
    int tokflags;
    const char *text = lp_source_decode(src, n, filename, smode, &len, &tokflags, err);
    if (!text) return LP_NULL;
    lp_arena_t *arena = lp_arena_new();
    lp_value code = LP_NULL;
    lp_ast_t *tree = lp_parse(arena, text, len, pmodes[mode], tokflags, err, NULL);
    if (tree) {
        lp_symtable_t *st = lp_symtable_build(arena, tree, err);
        if (st) code = compile_with_source(tree, st, filename, text, err);
        if (!code && !err->line && err->lineno > 0) { /* errors after parsing: point at the source line */
            const char *ls = text;
            for (int l = 1; l < err->lineno && *ls; ls++)
                l += *ls == '\n';
            err->line = ls;
        }
    }
    if (err->line) { /* it may point into the arena (an f-string's expression text) */
        size_t ln = strcspn(err->line, "\n");
        if (err->line[ln] == '\n') ln++;
        char *copy = lp_alloc_atomic(ln + 1);
        memcpy(copy, err->line, ln);
        copy[ln] = 0;
        err->line = copy;
    }
    lp_arena_free(arena);
    return code;
}
