/* compile_stmt.c -- statements: control flow, exceptions, with, definitions.
 *
 * Each statement compiles as CPython 3.11's compiler_visit_stmt compiles it,
 * instruction for instruction where lemonpy has the instruction: loops put
 * their test at the bottom as well as the top, `try` bodies are covered by
 * SETUP_* pseudo-instructions that become the exception table, handlers
 * start with PUSH_EXC_INFO and end with POP_EXCEPT, and `break`, `continue`
 * and `return` unwind the frame blocks between them and their target
 * (c_unwind_fblock) -- running `finally` bodies and `__exit__` on the way.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <string.h>

#include "compile_impl.h"
#include "gc.h"

/* ==== bodies and docstrings ==== */

const char *c_docstring(const lp_ast_seq_t *body)
{
    if (SEQLEN(body) == 0 || lp_compile_optimize >= 2) return NULL;
    const lp_ast_t *s = SEQNODE(body, 0);
    if (s->kind != AST_Expr) return NULL;
    const lp_ast_t *v = F(s, Expr, value).node;
    if (v->kind != AST_Constant || F(v, Constant, value).k->kind != LP_CONST_STR) return NULL;
    return F(v, Constant, value).k->s;
}

static bool find_ann_seq(const lp_ast_seq_t *seq);

static bool find_ann_stmt(const lp_ast_t *s)
{
    switch (s->kind) {
    case AST_AnnAssign: return true;
    case AST_For:
    case AST_AsyncFor:
        return find_ann_seq(F(s, For, body).seq) || find_ann_seq(F(s, For, orelse).seq);
    case AST_While: return find_ann_seq(F(s, While, body).seq) || find_ann_seq(F(s, While, orelse).seq);
    case AST_If: return find_ann_seq(F(s, If, body).seq) || find_ann_seq(F(s, If, orelse).seq);
    case AST_With:
    case AST_AsyncWith: return find_ann_seq(F(s, With, body).seq);
    case AST_Try:
    case AST_TryStar: {
        const lp_ast_seq_t *h = F(s, Try, handlers).seq;
        for (int i = 0; i < SEQLEN(h); i++)
            if (find_ann_seq(F(SEQNODE(h, i), ExceptHandler, body).seq)) return true;
        return find_ann_seq(F(s, Try, body).seq) || find_ann_seq(F(s, Try, finalbody).seq) ||
               find_ann_seq(F(s, Try, orelse).seq);
    }
    default: return false;
    }
}

static bool find_ann_seq(const lp_ast_seq_t *seq)
{
    for (int i = 0; i < SEQLEN(seq); i++)
        if (find_ann_stmt(SEQNODE(seq, i))) return true;
    return false;
}

bool c_find_ann(const lp_ast_seq_t *body)
{
    return find_ann_seq(body);
}

/* A module or class body: annotations dict, docstring as __doc__, then the
 * statements (CPython's compiler_body). */
void c_body(compiler_t *c, const lp_ast_seq_t *body, bool docstring)
{
    int start = 0;
    if (c_find_ann(body)) {
        if (SEQLEN(body)) c_set_loc(c, SEQNODE(body, 0));
        OP(OP_SETUP_ANNOTATIONS);
    }
    if (docstring && c_docstring(body)) {
        const lp_ast_t *s = SEQNODE(body, 0);
        c_set_loc(c, s);
        c_expr(c, F(s, Expr, value).node);
        c_set_loc(c, s);
        c_nameop(c, "__doc__", AST_Store);
        start = 1;
    }
    for (int i = start; i < SEQLEN(body); i++)
        c_stmt(c, SEQNODE(body, i));
}

void c_stmts(compiler_t *c, const lp_ast_seq_t *seq)
{
    for (int i = 0; i < SEQLEN(seq); i++)
        c_stmt(c, SEQNODE(seq, i));
}

/* ==== definitions ==== */

static void check_debug_args(compiler_t *c, const lp_ast_t *args)
{
    static const int seqs[] = {AST_F_arguments_posonlyargs, AST_F_arguments_args,
                               AST_F_arguments_kwonlyargs};
    for (int k = 0; k < 3; k++) {
        const lp_ast_seq_t *s = args->f[seqs[k]].seq;
        for (int i = 0; i < SEQLEN(s); i++)
            if (strcmp(F(SEQNODE(s, i), arg, arg).str, "__debug__") == 0)
                c_error(c, "cannot assign to __debug__");
    }
    const lp_ast_t *va = F(args, arguments, vararg).node, *kw = F(args, arguments, kwarg).node;
    if (va && strcmp(F(va, arg, arg).str, "__debug__") == 0) c_error(c, "cannot assign to __debug__");
    if (kw && strcmp(F(kw, arg, arg).str, "__debug__") == 0) c_error(c, "cannot assign to __debug__");
}

static void decorators(compiler_t *c, const lp_ast_seq_t *decos)
{
    for (int i = 0; i < SEQLEN(decos); i++)
        c_expr(c, SEQNODE(decos, i));
}

static void apply_decorators(compiler_t *c, const lp_ast_seq_t *decos)
{
    lp_position_t saved = c->u->e.loc;
    for (int i = SEQLEN(decos) - 1; i >= 0; i--) {
        c_set_loc(c, SEQNODE(decos, i));
        OPI(OP_CALL, 0);
    }
    c->u->e.loc = saved;
}

/* One annotation `name: ann` onto the stack as two values. */
static int argannotation(compiler_t *c, const char *id, const lp_ast_t *ann)
{
    if (!ann) return 0;
    c_load_const(c, cconst_str(c, c_mangle(c, id)));
    if (c->st->future_features & LP_FUTURE_ANNOTATIONS) {
        c_annotation_value(c, ann);
    } else if (ann->kind == AST_Starred) {
        c_expr(c, F(ann, Starred, value).node);
        OPI(OP_UNPACK_SEQUENCE, 1);
    } else {
        c_expr(c, ann);
    }
    return 2;
}

static int argannotations(compiler_t *c, const lp_ast_seq_t *args)
{
    int n = 0;
    for (int i = 0; i < SEQLEN(args); i++) {
        const lp_ast_t *a = SEQNODE(args, i);
        n += argannotation(c, F(a, arg, arg).str, F(a, arg, annotation).node);
    }
    return n;
}

/* The annotations tuple (name, value, ...) of a def; returns how many values. */
static int annotations(compiler_t *c, const lp_ast_t *args, const lp_ast_t *returns)
{
    int n = argannotations(c, F(args, arguments, args).seq);
    n += argannotations(c, F(args, arguments, posonlyargs).seq);
    const lp_ast_t *va = F(args, arguments, vararg).node, *kw = F(args, arguments, kwarg).node;
    if (va) n += argannotation(c, F(va, arg, arg).str, F(va, arg, annotation).node);
    n += argannotations(c, F(args, arguments, kwonlyargs).seq);
    if (kw) n += argannotation(c, F(kw, arg, arg).str, F(kw, arg, annotation).node);
    n += argannotation(c, "return", returns);
    if (n) OPI(OP_BUILD_TUPLE, n);
    return n;
}

static void set_argcounts(compiler_t *c, const lp_ast_t *args)
{
    c->u->posonlyargcount = SEQLEN(F(args, arguments, posonlyargs).seq);
    c->u->argcount = c->u->posonlyargcount + SEQLEN(F(args, arguments, args).seq);
    c->u->kwonlyargcount = SEQLEN(F(args, arguments, kwonlyargs).seq);
}

void c_function(compiler_t *c, const lp_ast_t *s, bool is_async)
{
    const lp_ast_t *args = F(s, FunctionDef, args).node;
    const lp_ast_seq_t *decos = F(s, FunctionDef, decorator_list).seq;
    const lp_ast_seq_t *body = F(s, FunctionDef, body).seq;
    const char *name = F(s, FunctionDef, name).str;
    check_debug_args(c, args);
    decorators(c, decos);
    int firstlineno = SEQLEN(decos) ? SEQNODE(decos, 0)->lineno : s->lineno;
    int flags = c_default_arguments(c, args);
    if (annotations(c, args, F(s, FunctionDef, returns).node)) flags |= LP_MKFN_ANNOTATIONS;
    c_enter_scope(c, name, is_async ? US_ASYNC_FUNCTION : US_FUNCTION, s, firstlineno);
    const char *doc = c_docstring(body);
    c_add_const(c, doc ? cconst_str(c, doc) : cconst_new(CK_NONE));
    set_argcounts(c, args);
    for (int i = doc ? 1 : 0; i < SEQLEN(body); i++)
        c_stmt(c, SEQNODE(body, i));
    if (!lp_emit_ends_block(&c->u->e)) {
        c_unset_loc(c);
        c_load_const(c, cconst_new(CK_NONE));
        OP(OP_RETURN_VALUE);
    }
    lp_value code = c_exit_scope(c);
    c_set_loc(c, s);
    c_make_closure(c, code, flags);
    apply_decorators(c, decos);
    c_nameop(c, name, AST_Store);
}

void c_class(compiler_t *c, const lp_ast_t *s)
{
    const lp_ast_seq_t *decos = F(s, ClassDef, decorator_list).seq;
    const char *name = F(s, ClassDef, name).str;
    decorators(c, decos);
    int firstlineno = SEQLEN(decos) ? SEQNODE(decos, 0)->lineno : s->lineno;
    c_enter_scope(c, name, US_CLASS, s, firstlineno);
    c_nameop(c, "__name__", AST_Load);
    c_nameop(c, "__module__", AST_Store);
    c_load_const(c, cconst_str(c, c->u->qualname));
    c_nameop(c, "__qualname__", AST_Store);
    c_body(c, F(s, ClassDef, body).seq, true);
    c_unset_loc(c);
    if (c->u->ste->needs_class_closure) {
        OPI(OP_LOAD_CLOSURE, c_cell_index(c, "__class__"));
        OPI(OP_COPY, 1);
        c_nameop(c, "__classcell__", AST_Store);
    } else {
        c_load_const(c, cconst_new(CK_NONE));
    }
    OP(OP_RETURN_VALUE);
    lp_value code = c_exit_scope(c);
    c_set_loc(c, s);
    OP(OP_PUSH_NULL);
    OP(OP_LOAD_BUILD_CLASS);
    c_make_closure(c, code, 0);
    c_load_const(c, cconst_str(c, name));
    c_call_helper(c, 2, F(s, ClassDef, bases).seq, F(s, ClassDef, keywords).seq);
    apply_decorators(c, decos);
    c_nameop(c, name, AST_Store);
}

/* ==== unwinding ==== */

void c_call_exit_with_nones(compiler_t *c)
{
    cconst_t *none = cconst_new(CK_NONE);
    c_load_const(c, none);
    c_load_const(c, none);
    c_load_const(c, none);
    OPI(OP_CALL, 2);
}

/* SEND/YIELD_VALUE loop of `yield from` and `await` (3.11's ADD_YIELD_FROM). */
void c_add_yield_from(compiler_t *c, bool await)
{
    int start = LABEL(), exit = LABEL();
    BIND(start);
    JUMP(OP_SEND, exit);
    OP(OP_YIELD_VALUE);
    OPI(OP_RESUME, await ? 3 : 2);
    JUMP(OP_JUMP, start);
    BIND(exit);
}

static void pop_except_and_reraise(compiler_t *c)
{
    OPI(OP_COPY, 3);
    OP(OP_POP_EXCEPT);
    OPI(OP_RERAISE, 1);
}

/* Leaving a with block early: __exit__(None, None, None). */
static void unwind_with(compiler_t *c, fblock_t *fb, bool preserve_tos)
{
    c_set_loc(c, fb->datum);
    OP(LP_PSEUDO_POP_BLOCK);
    if (preserve_tos) OPI(OP_SWAP, 2);
    c_call_exit_with_nones(c);
    if (fb->type == FB_ASYNC_WITH) {
        OPI(OP_GET_AWAITABLE, 2);
        c_load_const(c, cconst_new(CK_NONE));
        c_add_yield_from(c, true);
    }
    OP(OP_POP_TOP);
    c_unset_loc(c); /* what follows the unwinding is artificial */
}

/* Leaving an except handler early: restore the exception, drop the name. */
static void unwind_handler(compiler_t *c, fblock_t *fb, bool preserve_tos)
{
    if (fb->datum) OP(LP_PSEUDO_POP_BLOCK);
    if (preserve_tos) OPI(OP_SWAP, 2);
    OP(LP_PSEUDO_POP_BLOCK);
    OP(OP_POP_EXCEPT);
    if (fb->datum) {
        c_load_const(c, cconst_new(CK_NONE));
        c_nameop(c, fb->datum, AST_Store);
        c_nameop(c, fb->datum, AST_Del);
    }
}

void c_unwind_fblock(compiler_t *c, fblock_t *fb, bool preserve_tos)
{
    switch (fb->type) {
    case FB_WHILE_LOOP:
    case FB_EXCEPTION_HANDLER:
    case FB_EXCEPTION_GROUP_HANDLER:
    case FB_ASYNC_COMPREHENSION_GENERATOR: return;
    case FB_FOR_LOOP:
        if (preserve_tos) OPI(OP_SWAP, 2);
        OP(OP_POP_TOP);
        return;
    case FB_TRY_EXCEPT: OP(LP_PSEUDO_POP_BLOCK); return;
    case FB_FINALLY_TRY:
        OP(LP_PSEUDO_POP_BLOCK);
        if (preserve_tos) c_push_fblock(c, FB_POP_VALUE, -1, -1, NULL);
        c_stmts(c, fb->datum);
        if (preserve_tos) c_pop_fblock(c);
        c_unset_loc(c); /* what follows the unwinding is artificial */
        return;
    case FB_FINALLY_END:
        if (preserve_tos) OPI(OP_SWAP, 2);
        OP(OP_POP_TOP);
        if (preserve_tos) OPI(OP_SWAP, 2);
        OP(LP_PSEUDO_POP_BLOCK);
        OP(OP_POP_EXCEPT);
        return;
    case FB_WITH:
    case FB_ASYNC_WITH: unwind_with(c, fb, preserve_tos); return;
    case FB_HANDLER_CLEANUP: unwind_handler(c, fb, preserve_tos); return;
    case FB_POP_VALUE:
        if (preserve_tos) OPI(OP_SWAP, 2);
        OP(OP_POP_TOP);
        return;
    }
}

/* Unwinds the frame blocks up to the innermost loop (stored in [*loop]
 * when [loop] is given) or all of them. */
static void unwind_fblock_stack(compiler_t *c, bool preserve_tos, fblock_t **loop)
{
    unit_t *u = c->u;
    if (u->nfblocks == 0) return;
    fblock_t *top = &u->fblocks[u->nfblocks - 1];
    if (top->type == FB_EXCEPTION_GROUP_HANDLER)
        c_error(c, "'break', 'continue' and 'return' cannot appear in an except* block");
    if (loop && (top->type == FB_WHILE_LOOP || top->type == FB_FOR_LOOP)) {
        *loop = top;
        return;
    }
    fblock_t copy = *top;
    u->nfblocks--;
    c_unwind_fblock(c, &copy, preserve_tos);
    unwind_fblock_stack(c, preserve_tos, loop);
    u->fblocks[u->nfblocks++] = copy;
}

static bool in_function(compiler_t *c)
{
    return c->u->ste->kind == BLOCK_FUNCTION;
}

static void c_return(compiler_t *c, const lp_ast_t *s)
{
    const lp_ast_t *v = F(s, Return, value).node;
    bool preserve_tos = v && v->kind != AST_Constant;
    if (!in_function(c)) c_error(c, "'return' outside function");
    if (v && c->u->ste->coroutine && c->u->ste->generator)
        c_error(c, "'return' with value in async generator");
    if (preserve_tos) {
        c_expr(c, v);
    } else if (v) {
        c_set_loc(c, v);
        OP(OP_NOP);
    }
    if (!v || v->lineno != s->lineno) {
        c_set_loc(c, s);
        OP(OP_NOP);
    }
    unwind_fblock_stack(c, preserve_tos, NULL);
    if (!v) c_load_const(c, cconst_new(CK_NONE));
    else if (!preserve_tos) c_load_const(c, cconst_from_ast(F(v, Constant, value).k));
    OP(OP_RETURN_VALUE);
}

static void c_break_continue(compiler_t *c, bool is_break)
{
    fblock_t *loop = NULL;
    OP(OP_NOP);
    unwind_fblock_stack(c, false, &loop);
    if (!loop) c_error(c, is_break ? "'break' outside loop" : "'continue' not properly in loop");
    if (is_break) {
        c_unwind_fblock(c, loop, false);
        JUMP(OP_JUMP, loop->exit);
    } else {
        JUMP(OP_JUMP, loop->block);
    }
}

/* ==== control flow ==== */

static void c_if(compiler_t *c, const lp_ast_t *s)
{
    int end = LABEL();
    bool has_else = SEQLEN(F(s, If, orelse).seq) > 0;
    int next = has_else ? LABEL() : end;
    c_jump_if(c, F(s, If, test).node, next, false);
    c_stmts(c, F(s, If, body).seq);
    if (has_else) {
        c_unset_loc(c);
        JUMP(OP_JUMP, end);
        BIND(next);
        c_stmts(c, F(s, If, orelse).seq);
    }
    BIND(end);
}

static void c_while(compiler_t *c, const lp_ast_t *s)
{
    int loop = LABEL(), body = LABEL(), anchor = LABEL(), end = LABEL();
    BIND(loop);
    c_push_fblock(c, FB_WHILE_LOOP, loop, end, NULL);
    c_jump_if(c, F(s, While, test).node, anchor, false);
    BIND(body);
    c_stmts(c, F(s, While, body).seq);
    c_set_loc(c, s);
    c_jump_if(c, F(s, While, test).node, body, true);
    c_pop_fblock(c);
    BIND(anchor);
    c_stmts(c, F(s, While, orelse).seq);
    BIND(end);
}

static void c_for(compiler_t *c, const lp_ast_t *s)
{
    int start = LABEL(), cleanup = LABEL(), end = LABEL();
    c_push_fblock(c, FB_FOR_LOOP, start, end, NULL);
    c_iter_expr(c, F(s, For, iter).node);
    OP(OP_GET_ITER);
    BIND(start);
    c_set_loc(c, s);
    JUMP(OP_FOR_ITER, cleanup);
    c_expr(c, F(s, For, target).node);
    c_stmts(c, F(s, For, body).seq);
    c_unset_loc(c);
    JUMP(OP_JUMP, start);
    BIND(cleanup);
    c_pop_fblock(c);
    c_stmts(c, F(s, For, orelse).seq);
    BIND(end);
}

static void check_async(compiler_t *c, const char *what)
{
    if (c->u->scope != US_ASYNC_FUNCTION && !c_is_top_level_await(c))
        c_error(c, "'%s' outside async function", what);
}

static void c_async_for(compiler_t *c, const lp_ast_t *s)
{
    check_async(c, "async for");
    int start = LABEL(), except = LABEL(), end = LABEL();
    c_expr(c, F(s, AsyncFor, iter).node);
    OP(OP_GET_AITER);
    BIND(start);
    c_push_fblock(c, FB_FOR_LOOP, start, end, NULL);
    JUMP(LP_PSEUDO_SETUP_FINALLY, except);
    OP(OP_GET_ANEXT);
    c_load_const(c, cconst_new(CK_NONE));
    c_add_yield_from(c, true);
    OP(LP_PSEUDO_POP_BLOCK);
    c_expr(c, F(s, AsyncFor, target).node);
    c_stmts(c, F(s, AsyncFor, body).seq);
    JUMP(OP_JUMP, start);
    c_pop_fblock(c);
    BIND(except);
    c_set_loc(c, F(s, AsyncFor, iter).node); /* END_ASYNC_FOR belongs to the `for` */
    OP(OP_END_ASYNC_FOR);
    c_stmts(c, F(s, AsyncFor, orelse).seq);
    BIND(end);
}

/* ==== try ==== */

static void try_except(compiler_t *c, const lp_ast_t *s);

static void try_star_except(compiler_t *c, const lp_ast_t *s);

/* try: ... finally: (with or without except / except* clauses).  Try and
 * TryStar have the same fields at the same places (ast_nodes.h), so one
 * function reads both through Try's names. */
static void try_finally(compiler_t *c, const lp_ast_t *s)
{
    int body = LABEL(), end = LABEL(), exit = LABEL(), cleanup = LABEL();
    const lp_ast_seq_t *finalbody = F(s, Try, finalbody).seq;
    JUMP(LP_PSEUDO_SETUP_FINALLY, end);
    BIND(body);
    c_push_fblock(c, FB_FINALLY_TRY, body, end, finalbody);
    if (!SEQLEN(F(s, Try, handlers).seq)) c_stmts(c, F(s, Try, body).seq);
    else if (s->kind == AST_TryStar) try_star_except(c, s);
    else try_except(c, s);
    OP(LP_PSEUDO_POP_BLOCK);
    c_pop_fblock(c);
    c_stmts(c, finalbody);
    JUMP(OP_JUMP, exit);
    BIND(end);
    c_unset_loc(c);
    JUMP(LP_PSEUDO_SETUP_CLEANUP, cleanup);
    OP(OP_PUSH_EXC_INFO);
    c_push_fblock(c, FB_FINALLY_END, end, -1, NULL);
    c_stmts(c, finalbody);
    c_pop_fblock(c);
    c_unset_loc(c);
    OPI(OP_RERAISE, 0);
    BIND(cleanup);
    pop_except_and_reraise(c);
    BIND(exit);
}

/* `name = None; del name` after a handler that bound it. */
static void clear_name(compiler_t *c, const char *name)
{
    c_load_const(c, cconst_new(CK_NONE));
    c_nameop(c, name, AST_Store);
    c_nameop(c, name, AST_Del);
}

static void except_handler(compiler_t *c, const lp_ast_t *h, int next, int end)
{
    const char *name = F(h, ExceptHandler, name).str;
    if (F(h, ExceptHandler, type).node) {
        c_expr(c, F(h, ExceptHandler, type).node);
        OP(OP_CHECK_EXC_MATCH);
        JUMP(OP_POP_JUMP_IF_FALSE, next);
    }
    int cleanup_body = LABEL();
    if (name) {
        int cleanup_end = LABEL();
        c_nameop(c, name, AST_Store);
        JUMP(LP_PSEUDO_SETUP_CLEANUP, cleanup_end);
        BIND(cleanup_body);
        c_push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, -1, name);
        c_stmts(c, F(h, ExceptHandler, body).seq);
        c_pop_fblock(c);
        c_unset_loc(c);
        OP(LP_PSEUDO_POP_BLOCK);
        OP(LP_PSEUDO_POP_BLOCK);
        OP(OP_POP_EXCEPT);
        clear_name(c, name);
        JUMP(OP_JUMP, end);
        BIND(cleanup_end);
        c_unset_loc(c);
        clear_name(c, name);
        OPI(OP_RERAISE, 1);
    } else {
        OP(OP_POP_TOP);
        BIND(cleanup_body);
        c_push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, -1, NULL);
        c_stmts(c, F(h, ExceptHandler, body).seq);
        c_pop_fblock(c);
        c_unset_loc(c);
        OP(LP_PSEUDO_POP_BLOCK);
        OP(OP_POP_EXCEPT);
        JUMP(OP_JUMP, end);
    }
}

static void try_except(compiler_t *c, const lp_ast_t *s)
{
    int body = LABEL(), except = LABEL(), end = LABEL(), cleanup = LABEL();
    JUMP(LP_PSEUDO_SETUP_FINALLY, except);
    BIND(body);
    c_push_fblock(c, FB_TRY_EXCEPT, body, -1, NULL);
    c_stmts(c, F(s, Try, body).seq);
    c_pop_fblock(c);
    c_unset_loc(c);
    OP(LP_PSEUDO_POP_BLOCK);
    c_stmts(c, F(s, Try, orelse).seq);
    c_unset_loc(c);
    JUMP(OP_JUMP, end);
    const lp_ast_seq_t *handlers = F(s, Try, handlers).seq;
    int n = SEQLEN(handlers);
    BIND(except);
    c_unset_loc(c);
    JUMP(LP_PSEUDO_SETUP_CLEANUP, cleanup);
    OP(OP_PUSH_EXC_INFO);
    c_push_fblock(c, FB_EXCEPTION_HANDLER, -1, -1, NULL);
    for (int i = 0; i < n; i++) {
        const lp_ast_t *h = SEQNODE(handlers, i);
        c_set_loc(c, h);
        if (!F(h, ExceptHandler, type).node && i < n - 1)
            c_error(c, "default 'except:' must be last");
        int next = LABEL();
        except_handler(c, h, next, end);
        BIND(next);
    }
    c_pop_fblock(c);
    c_unset_loc(c);
    OPI(OP_RERAISE, 0);
    BIND(cleanup);
    pop_except_and_reraise(c);
    BIND(end);
}

/* One `except* T as name:` clause (CPython 3.11's compiler_try_star_except). */
static void star_handler(compiler_t *c, const lp_ast_t *h, bool first, bool last, int reraise_star)
{
    const char *name = F(h, ExceptHandler, name).str;
    int next_exc = LABEL(), except_with_error = LABEL(), no_match = LABEL();
    if (first) {
        OPI(OP_COPY, 1);
        OPI(OP_BUILD_LIST, 0);
        OPI(OP_SWAP, 2);
    }
    if (F(h, ExceptHandler, type).node) {
        c_expr(c, F(h, ExceptHandler, type).node);
        OP(OP_CHECK_EG_MATCH);
        OPI(OP_COPY, 1);
        JUMP(OP_POP_JUMP_IF_NONE, no_match);
    }
    int cleanup_end = LABEL(), cleanup_body = LABEL();
    if (name) c_nameop(c, name, AST_Store);
    else OP(OP_POP_TOP);
    JUMP(LP_PSEUDO_SETUP_CLEANUP, cleanup_end);
    BIND(cleanup_body);
    c_push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, -1, name);
    c_stmts(c, F(h, ExceptHandler, body).seq);
    c_pop_fblock(c);
    c_unset_loc(c);
    OP(LP_PSEUDO_POP_BLOCK);
    if (name) clear_name(c, name);
    JUMP(OP_JUMP, next_exc);
    BIND(cleanup_end);
    c_unset_loc(c);
    if (name) clear_name(c, name);
    OPI(OP_LIST_APPEND, 3);
    OP(OP_POP_TOP);
    JUMP(OP_JUMP, except_with_error);
    BIND(next_exc);
    OP(OP_NOP);
    JUMP(OP_JUMP, except_with_error);
    BIND(no_match);
    OP(OP_POP_TOP);
    BIND(except_with_error);
    if (last) {
        OPI(OP_LIST_APPEND, 1);
        JUMP(OP_JUMP, reraise_star);
    }
}

static void try_star_except(compiler_t *c, const lp_ast_t *s)
{
    int body = LABEL(), except = LABEL(), orelse = LABEL(), end = LABEL(), cleanup = LABEL();
    int reraise_star = LABEL(), reraise = LABEL();
    JUMP(LP_PSEUDO_SETUP_FINALLY, except);
    BIND(body);
    c_push_fblock(c, FB_TRY_EXCEPT, body, -1, NULL);
    c_stmts(c, F(s, TryStar, body).seq);
    c_pop_fblock(c);
    c_unset_loc(c);
    OP(LP_PSEUDO_POP_BLOCK);
    JUMP(OP_JUMP, orelse);
    const lp_ast_seq_t *handlers = F(s, TryStar, handlers).seq;
    int n = SEQLEN(handlers);
    BIND(except);
    c_unset_loc(c);
    JUMP(LP_PSEUDO_SETUP_CLEANUP, cleanup);
    OP(OP_PUSH_EXC_INFO);
    c_push_fblock(c, FB_EXCEPTION_GROUP_HANDLER, -1, -1, NULL);
    for (int i = 0; i < n; i++) {
        c_set_loc(c, SEQNODE(handlers, i));
        star_handler(c, SEQNODE(handlers, i), i == 0, i == n - 1, reraise_star);
    }
    c_pop_fblock(c);
    c_unset_loc(c);
    BIND(reraise_star);
    OP(OP_PREP_RERAISE_STAR);
    OPI(OP_COPY, 1);
    JUMP(OP_POP_JUMP_IF_NOT_NONE, reraise);
    OP(OP_POP_TOP);
    OP(LP_PSEUDO_POP_BLOCK);
    OP(OP_POP_EXCEPT);
    JUMP(OP_JUMP, end);
    BIND(reraise);
    OP(LP_PSEUDO_POP_BLOCK);
    OPI(OP_SWAP, 2);
    OP(OP_POP_EXCEPT);
    OPI(OP_RERAISE, 0);
    BIND(cleanup);
    pop_except_and_reraise(c);
    BIND(orelse);
    c_stmts(c, F(s, TryStar, orelse).seq);
    BIND(end);
}

static void c_try(compiler_t *c, const lp_ast_t *s)
{
    if (SEQLEN(F(s, Try, finalbody).seq)) try_finally(c, s); /* Try and TryStar alike */
    else if (s->kind == AST_TryStar) try_star_except(c, s);
    else try_except(c, s);
}

/* ==== with ==== */

static void with_except_finish(compiler_t *c, int cleanup)
{
    c_unset_loc(c);
    int exit = LABEL();
    JUMP(OP_POP_JUMP_IF_TRUE, exit);
    OPI(OP_RERAISE, 2);
    BIND(cleanup);
    pop_except_and_reraise(c);
    BIND(exit);
    OP(OP_POP_TOP);
    OP(LP_PSEUDO_POP_BLOCK);
    OP(OP_POP_EXCEPT);
    OP(OP_POP_TOP);
    OP(OP_POP_TOP);
}

/* `await` of the value on the stack: GET_AWAITABLE [where], the SEND loop. */
static void await_value(compiler_t *c, int where)
{
    OPI(OP_GET_AWAITABLE, where);
    c_load_const(c, cconst_new(CK_NONE));
    c_add_yield_from(c, true);
}

static void c_with(compiler_t *c, const lp_ast_t *s, int pos, bool is_async)
{
    const lp_ast_seq_t *items = F(s, With, items).seq;
    const lp_ast_t *item = SEQNODE(items, pos);
    int block = LABEL(), final = LABEL(), exit = LABEL(), cleanup = LABEL();
    if (is_async && pos == 0) check_async(c, "async with");
    c_expr(c, F(item, withitem, context_expr).node);
    OP(is_async ? OP_BEFORE_ASYNC_WITH : OP_BEFORE_WITH);
    if (is_async) await_value(c, 1);
    JUMP(LP_PSEUDO_SETUP_WITH, final);
    BIND(block);
    c_push_fblock(c, is_async ? FB_ASYNC_WITH : FB_WITH, block, final, s);
    if (F(item, withitem, optional_vars).node) c_expr(c, F(item, withitem, optional_vars).node);
    else OP(OP_POP_TOP);
    if (pos + 1 == SEQLEN(items)) c_stmts(c, F(s, With, body).seq);
    else c_with(c, s, pos + 1, is_async);
    c_pop_fblock(c);
    OP(LP_PSEUDO_POP_BLOCK);
    c_set_loc(c, s); /* success: __exit__(None, None, None) */
    c_call_exit_with_nones(c);
    if (is_async) await_value(c, 2);
    OP(OP_POP_TOP);
    JUMP(OP_JUMP, exit);
    BIND(final); /* an exception: __exit__(type, value, tb) decides */
    JUMP(LP_PSEUDO_SETUP_CLEANUP, cleanup);
    OP(OP_PUSH_EXC_INFO);
    OP(OP_WITH_EXCEPT_START);
    if (is_async) await_value(c, 2);
    with_except_finish(c, cleanup);
    BIND(exit);
}

/* ==== assignments ==== */

static void c_augassign(compiler_t *c, const lp_ast_t *s)
{
    const lp_ast_t *e = F(s, AugAssign, target).node;
    int op = (int)F(s, AugAssign, op).i;
    c_set_loc(c, e);
    switch (e->kind) {
    case AST_Attribute:
        c_expr(c, F(e, Attribute, value).node);
        OPI(OP_COPY, 1);
        c_update_start_to_attr(c, e);
        OPI(OP_LOAD_ATTR, c_add_name(c, c_mangle(c, F(e, Attribute, attr).str)));
        break;
    case AST_Subscript:
        c_expr(c, F(e, Subscript, value).node);
        c_expr(c, F(e, Subscript, slice).node);
        OPI(OP_COPY, 2);
        OPI(OP_COPY, 2);
        OP(OP_BINARY_SUBSCR);
        break;
    case AST_Name: c_nameop(c, F(e, Name, id).str, AST_Load); break;
    default: c_error(c, "invalid node type (%d) for augmented assignment", e->kind);
    }
    c_set_loc(c, s);
    c_expr(c, F(s, AugAssign, value).node);
    c_set_loc(c, s);
    OPI(OP_BINARY_OP, c_binop_arg(op) + LP_NB_INPLACE);
    c_set_loc(c, e);
    switch (e->kind) {
    case AST_Attribute:
        c_update_start_to_attr(c, e);
        OPI(OP_SWAP, 2);
        OPI(OP_STORE_ATTR, c_add_name(c, c_mangle(c, F(e, Attribute, attr).str)));
        break;
    case AST_Subscript:
        OPI(OP_SWAP, 3);
        OPI(OP_SWAP, 2);
        OP(OP_STORE_SUBSCR);
        break;
    default: c_nameop(c, F(e, Name, id).str, AST_Store); break;
    }
}

static void c_annassign(compiler_t *c, const lp_ast_t *s)
{
    const lp_ast_t *t = F(s, AnnAssign, target).node, *v = F(s, AnnAssign, value).node;
    const lp_ast_t *ann = F(s, AnnAssign, annotation).node;
    bool simple = F(s, AnnAssign, simple).i != 0;
    bool future = c->st->future_features & LP_FUTURE_ANNOTATIONS;
    bool modcls = c->u->scope == US_MODULE || c->u->scope == US_CLASS;
    if (v) {
        c_expr(c, v);
        c_expr(c, t);
    }
    switch (t->kind) {
    case AST_Name:
        if (v == NULL && strcmp(F(t, Name, id).str, "__debug__") == 0)
            c_error(c, "cannot assign to __debug__");
        if (simple && modcls) {
            c_annotation_value(c, ann);
            OPI(OP_LOAD_NAME, c_add_name(c, "__annotations__"));
            c_load_const(c, cconst_str(c, c_mangle(c, F(t, Name, id).str)));
            OP(OP_STORE_SUBSCR);
        }
        break;
    case AST_Attribute:
        if (!v) c_check_ann_expr(c, F(t, Attribute, value).node);
        break;
    case AST_Subscript:
        if (!v) {
            c_check_ann_expr(c, F(t, Subscript, value).node);
            c_check_ann_subscr(c, F(t, Subscript, slice).node);
        }
        break;
    default: c_error(c, "invalid node type (%d) for annotated assignment", t->kind);
    }
    if (!simple && !future && modcls) c_check_ann_expr(c, ann);
}

static void c_assign(compiler_t *c, const lp_ast_t *s)
{
    const lp_ast_seq_t *targets = F(s, Assign, targets).seq;
    int n = SEQLEN(targets);
    c_expr(c, F(s, Assign, value).node);
    for (int i = 0; i < n; i++) {
        if (i < n - 1) OPI(OP_COPY, 1);
        c_expr(c, SEQNODE(targets, i));
    }
}

/* ==== imports ==== */

static cconst_t *int_const(int v)
{
    char buf[16];
    snprintf(buf, sizeof buf, "%d", v);
    cconst_t *k = cconst_new(CK_INT);
    k->s = lp_strdup(buf);
    k->n = strlen(buf);
    return k;
}

static void import_as(compiler_t *c, const char *name, const char *asname)
{
    const char *dot = strchr(name, '.');
    if (dot) {
        const char *pos = dot + 1;
        for (;;) {
            dot = strchr(pos, '.');
            size_t n = dot ? (size_t)(dot - pos) : strlen(pos);
            OPI(OP_IMPORT_FROM, c_add_name(c, lp_arena_strndup(c->arena, pos, n)));
            if (!dot) break;
            OPI(OP_SWAP, 2);
            OP(OP_POP_TOP);
            pos = dot + 1;
        }
        OPI(OP_SWAP, 2);
        OP(OP_POP_TOP);
    }
    c_nameop(c, asname, AST_Store);
}

static void c_import(compiler_t *c, const lp_ast_t *s)
{
    const lp_ast_seq_t *names = F(s, Import, names).seq;
    for (int i = 0; i < SEQLEN(names); i++) {
        const lp_ast_t *a = SEQNODE(names, i);
        const char *name = F(a, alias, name).str, *asname = F(a, alias, asname).str;
        c_load_const(c, int_const(0));
        c_load_const(c, cconst_new(CK_NONE));
        OPI(OP_IMPORT_NAME, c_add_name(c, name));
        if (asname) {
            import_as(c, name, asname);
        } else {
            const char *dot = strchr(name, '.');
            const char *store = dot ? lp_arena_strndup(c->arena, name, (size_t)(dot - name)) : name;
            c_nameop(c, store, AST_Store);
        }
    }
}

static void c_importfrom(compiler_t *c, const lp_ast_t *s)
{
    const lp_ast_seq_t *names = F(s, ImportFrom, names).seq;
    const char *module = F(s, ImportFrom, module).str;
    int n = SEQLEN(names);
    c_load_const(c, int_const((int)F(s, ImportFrom, level).i));
    cconst_t *t = cconst_new(CK_TUPLE);
    t->items = lp_alloc((size_t)(n + 1) * sizeof *t->items);
    t->nitems = n;
    for (int i = 0; i < n; i++)
        t->items[i] = cconst_str(c, F(SEQNODE(names, i), alias, name).str);
    if (module && s->lineno > c->st->future_lineno && strcmp(module, "__future__") == 0)
        c_error(c, "from __future__ imports must occur at the beginning of the file");
    c_load_const(c, t);
    OPI(OP_IMPORT_NAME, c_add_name(c, module ? module : ""));
    for (int i = 0; i < n; i++) {
        const lp_ast_t *a = SEQNODE(names, i);
        const char *name = F(a, alias, name).str, *asname = F(a, alias, asname).str;
        if (i == 0 && name[0] == '*') {
            OP(OP_IMPORT_STAR);
            return;
        }
        OPI(OP_IMPORT_FROM, c_add_name(c, name));
        c_nameop(c, asname ? asname : name, AST_Store);
    }
    OP(OP_POP_TOP);
}

/* ==== the rest ==== */

static void c_assert(compiler_t *c, const lp_ast_t *s)
{
    const lp_ast_t *test = F(s, Assert, test).node;
    if (test->kind == AST_Tuple && SEQLEN(F(test, Tuple, elts).seq) > 0)
        c_warn(c, "assertion is always true, perhaps remove parentheses?");
    if (lp_compile_optimize) return;
    int end = LABEL();
    c_jump_if(c, F(s, Assert, test).node, end, true);
    OP(OP_LOAD_ASSERTION_ERROR);
    if (F(s, Assert, msg).node) {
        c_expr(c, F(s, Assert, msg).node);
        OPI(OP_CALL, 0);
    }
    OPI(OP_RAISE_VARARGS, 1);
    BIND(end);
}

static void c_raise(compiler_t *c, const lp_ast_t *s)
{
    int n = 0;
    if (F(s, Raise, exc).node) {
        c_expr(c, F(s, Raise, exc).node);
        n++;
        if (F(s, Raise, cause).node) {
            c_expr(c, F(s, Raise, cause).node);
            n++;
        }
    }
    OPI(OP_RAISE_VARARGS, n);
}

static void c_expr_stmt(compiler_t *c, const lp_ast_t *s)
{
    const lp_ast_t *v = F(s, Expr, value).node;
    if (c->interactive && c->nestlevel <= 1) {
        c_expr(c, v);
        OP(OP_PRINT_EXPR);
        return;
    }
    if (v->kind == AST_Constant) {
        OP(OP_NOP);
        return;
    }
    c_expr(c, v);
    c_unset_loc(c);
    OP(OP_POP_TOP);
}

static void c_delete(compiler_t *c, const lp_ast_t *s)
{
    const lp_ast_seq_t *t = F(s, Delete, targets).seq;
    for (int i = 0; i < SEQLEN(t); i++)
        c_expr(c, SEQNODE(t, i));
}

void c_stmt(compiler_t *c, const lp_ast_t *s)
{
    c_deeper(c);
    c_set_loc(c, s);
    switch (s->kind) {
    case AST_FunctionDef: c_function(c, s, false); break;
    case AST_AsyncFunctionDef: c_function(c, s, true); break;
    case AST_ClassDef: c_class(c, s); break;
    case AST_Return: c_return(c, s); break;
    case AST_Delete: c_delete(c, s); break;
    case AST_Assign: c_assign(c, s); break;
    case AST_AugAssign: c_augassign(c, s); break;
    case AST_AnnAssign: c_annassign(c, s); break;
    case AST_For: c_for(c, s); break;
    case AST_AsyncFor: c_async_for(c, s); break;
    case AST_While: c_while(c, s); break;
    case AST_If: c_if(c, s); break;
    case AST_With: c_with(c, s, 0, false); break;
    case AST_AsyncWith: c_with(c, s, 0, true); break;
    case AST_Match: c_match(c, s); break;
    case AST_Raise: c_raise(c, s); break;
    case AST_Try:
    case AST_TryStar: c_try(c, s); break;
    case AST_Assert: c_assert(c, s); break;
    case AST_Import: c_import(c, s); break;
    case AST_ImportFrom: c_importfrom(c, s); break;
    case AST_Global:
    case AST_Nonlocal: break;
    case AST_Expr: c_expr_stmt(c, s); break;
    case AST_Pass: OP(OP_NOP); break;
    case AST_Break: c_break_continue(c, true); break;
    case AST_Continue: c_break_continue(c, false); break;
    default: c_error(c, "lemonpy compiler: unknown statement kind %d", s->kind);
    }
    c_shallower(c);
}
