/* parse.c -- the parse driver: tokenizer -> soft keywords -> Lemon -> tree.
 *
 * The tokenizer's kinds (tokens.h) and keywords (keywords.h) have the same
 * names as the grammar's terminals (grammar/parser.y declares them all), so
 * the mapping onto Lemon's TK_ numbers is made by the X-macro lists.  Two
 * decisions need context the LALR grammar does not have, and are made here:
 *
 *   - soft keywords: `match` starts a match statement only at the start of a
 *     logical line whose last token is ':' (no simple statement ends with a
 *     colon); `case` is a keyword only at the start of a line directly in a
 *     match statement's body; `_` stays a name and the pattern builders
 *     recognise it;
 *   - the wording of syntax errors: the grammar reports the token it cannot
 *     use, and lp_parse_syntax_error looks around it (and asks the parser
 *     which tokens it would accept) to give CPython's messages.
 *
 * Builders report errors by jumping back here (lp_parse_fail); the Lemon
 * engine is then abandoned and freed.
 *
 * SPDX-License-Identifier: MIT
 */
#include "parse.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "parse_build.h"
#include "parser.h"
#include "unicode.h"

#include "parse_driver.h"

static const int terminal_of_kind[LP_TOK__COUNT] = {
#define LP_TOKEN(name, text) [LP_TOK_##name] = TK_##name,
#include "tokens.h"
#undef LP_TOKEN
};

static const int terminal_of_keyword[LP_KW__COUNT] = {
    [LP_KW__IDENTIFIER] = TK_NAME,
#define LP_KEYWORD(name, text, soft) [LP_KW_##name] = (soft) ? TK_NAME : TK_##name,
#include "keywords.h"
#undef LP_KEYWORD
};

/* ==== errors ==== */

const char *lp_parse_line_start(const lp_parser_t *P, int lineno)
{
    const char *ls = P->text;
    for (int l = 1 + P->line_offset; l < lineno && ls < P->text + P->len; ls++) l += *ls == '\n';
    return ls;
}

_Noreturn void lp_parse_fail(lp_parser_t *P, const char *type, int lineno, int offset,
                             int end_lineno, int end_offset, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    lp_syntax_error_vset(P->err, type, lineno, offset, end_lineno, end_offset, fmt, ap);
    va_end(ap);
    if (lineno > 0) P->err->line = lp_parse_line_start(P, lineno);
    lp_parse_raise(P);
}

/* Makes the tokenizer's error the parse's error (lines counted in the
 * whole source). */
static void take_tokenizer_error(lp_parser_t *P)
{
    *P->err = *lp_tok_error(P->tok);
    if (P->err->lineno) P->err->lineno += P->line_offset;
    if (P->err->end_lineno) P->err->end_lineno += P->line_offset;
}

/* CPython prefers an error of the tokenizer to one of the parser: after a
 * syntax error it tokenizes the rest of the source, and a tokenizer error
 * found there wins (_PyPegen_tokenize_full_source_to_check_for_errors).  An
 * unclosed bracket wins only if it was opened on a line before the parser's
 * error, or when CPython's parser, looking ahead, reached the end of the
 * file itself: here, when nothing but an opening bracket follows the error. */
static void prefer_tokenizer_error(lp_parser_t *P)
{
    driver_t *d = P->driver;
    if (!d || !d->last) return;
    int err_line = d->last->t.lineno, after = 0, opener = 0, tk = d->last->tk;
    for (;;) {
        lp_token_t tok;
        lp_tok_kind_t k = lp_tok_next(P->tok, &tok);
        if (k == LP_TOK_ENDMARKER) return;
        if (k != LP_TOK_ERRORTOKEN) {
            if (after == 0) opener = k == LP_TOK_LPAR || k == LP_TOK_LSQB || k == LP_TOK_DOT;
            after++;
            continue;
        }
        const lp_syntax_error_t *e = lp_tok_error(P->tok);
        /* errors CPython's tokenizer leaves to its parser do not count */
        if (strcmp(e->type, "SyntaxError") != 0 || strstr(e->msg, "line continuation") ||
            strstr(e->msg, "unexpected EOF"))
            return;
        /* did CPython's parser read on to the end?  When an expression starts
         * at the error and the rest of the file continues it */
        const lp_ptoken_t *before = d->last->prev;
        int reached_end = lp_parse_starts_expression(tk) && before &&
                          lp_parse_ends_expression(before->tk) &&
                          (after == 0 || opener || tk == TK_LPAR || tk == TK_LSQB || tk == TK_LBRACE);
        if (strstr(e->msg, "was never closed") && err_line <= e->lineno && !reached_end) return;
        take_tokenizer_error(P);
        return;
    }
}

_Noreturn void lp_parse_raise(lp_parser_t *P)
{
    prefer_tokenizer_error(P);
    longjmp(P->fail, 1);
}

int lp_parse_offset(const lp_parser_t *P, int lineno, int col)
{
    col -= P->col_offset; /* a field's errors: relative to its text, as CPython's */
    if (col < 0) col = 0;
    if (!(P->flags & LP_TOKF_CHAR_OFFSETS)) return col + 1;
    return (int)lp_utf8_length(lp_parse_line_start(P, lineno), (size_t)col) + 1;
}

/* ==== tokens ==== */

static lp_ptoken_t *fail_tokenizer(lp_parser_t *P)
{
    take_tokenizer_error(P);
    longjmp(P->fail, 1);
}

/* The next token from the tokenizer, mapped onto the grammar's terminals;
 * TYPE_IGNORE tokens are collected on the way. */
lp_ptoken_t *lp_parse_read_token(driver_t *d)
{
    lp_parser_t *P = d->P;
    for (;;) {
        lp_ptoken_t *pt = lp_arena_alloc(P->arena, sizeof *pt);
        lp_tok_kind_t k = lp_tok_next(P->tok, &pt->t);
        if (k == LP_TOK_ERRORTOKEN) return fail_tokenizer(P);
        if (k == LP_TOK_TYPE_IGNORE) {
            const char *tag = lp_arena_strndup(P->arena, pt->t.start, (size_t)(pt->t.end - pt->t.start));
            lp_ast_t *ti = ast_TypeIgnore(P->arena, pt->t.lineno, tag, lp_build_nopos());
            lp_ast_seq_add_node(P->arena, P->type_ignores, ti);
            continue;
        }
        if (P->line_offset || P->col_offset) { /* an f-string field */
            if (pt->t.end_lineno == 1) pt->t.col += P->col_offset, pt->t.end_col += P->col_offset;
            pt->t.lineno += P->line_offset, pt->t.end_lineno += P->line_offset;
        }
        pt->tk = k == LP_TOK_NAME ? terminal_of_keyword[pt->t.kw] : terminal_of_kind[k];
        if (k == LP_TOK_ENDMARKER) pt->tk = 0;
        if (k == LP_TOK_RPAR || k == LP_TOK_RSQB || k == LP_TOK_RBRACE) d->level--;
        pt->level = d->level;
        if (k == LP_TOK_LPAR || k == LP_TOK_LSQB || k == LP_TOK_LBRACE) d->level++;
        pt->prev = d->last;
        d->last = pt;
        return pt;
    }
}

int lp_parse_at_line_start(const lp_ptoken_t *prev)
{
    return !prev || prev->tk == TK_NEWLINE || prev->tk == TK_INDENT || prev->tk == TK_DEDENT ||
           prev->tk == TK_FILE_MODE || prev->tk == TK_SINGLE_MODE;
}

/* A `match` at the start of a line: reads the rest of the logical line and
 * makes it a keyword when the line ends with ':'. */
static void decide_match(driver_t *d, lp_ptoken_t *m)
{
    lp_ptoken_t *t = m, *before = m;
    int n = 1;
    d->qhead = d->qlen = 0;
    while (t->tk != TK_NEWLINE && t->tk != 0) {
        before = t;
        t = lp_parse_read_token(d);
        if (d->qlen == d->qcap) {
            int cap = d->qcap ? 2 * d->qcap : 64;
            lp_ptoken_t **q = lp_arena_alloc(d->P->arena, sizeof *q * (size_t)cap);
            if (d->qlen) memcpy(q, d->queue, sizeof *q * (size_t)d->qlen);
            d->queue = q, d->qcap = cap;
        }
        d->queue[d->qlen++] = t;
        n++;
    }
    if (before->tk == TK_COLON && n > 3) {
        m->tk = TK_MATCH;
        d->match_pending = d->depth + 1;
    }
}

/* The next token for the grammar, soft keywords decided. */
static lp_ptoken_t *next_token(driver_t *d)
{
    lp_ptoken_t *t;
    if (d->qhead < d->qlen) {
        t = d->queue[d->qhead++];
    } else {
        t = lp_parse_read_token(d);
        if (t->t.kw == LP_KW_MATCH && t->tk == TK_NAME && lp_parse_at_line_start(d->fed)) decide_match(d, t);
    }
    if (t->tk == TK_INDENT) {
        d->depth++;
        if (d->depth == d->match_pending) d->match_bodies[d->nmatch++] = d->depth;
        d->match_pending = 0;
    } else if (t->tk == TK_DEDENT) {
        if (d->nmatch && d->match_bodies[d->nmatch - 1] == d->depth) d->nmatch--;
        d->depth--;
    } else if (t->t.kw == LP_KW_CASE && t->tk == TK_NAME && lp_parse_at_line_start(d->fed) && d->nmatch &&
               d->match_bodies[d->nmatch - 1] == d->depth) {
        t->tk = TK_CASE;
    }
    return t;
}

/* ==== services for the builders ==== */

const lp_token_t *lp_parse_token_before(const lp_token_t *t)
{
    const lp_ptoken_t *prev = ((const lp_ptoken_t *)t)->prev;
    return prev ? &prev->t : NULL;
}

int lp_parse_follows_with(lp_parser_t *P, const lp_token_t *t)
{
    (void)P;
    const lp_ptoken_t *prev = ((const lp_ptoken_t *)t)->prev;
    return prev && prev->tk == TK_WITH;
}

const lp_token_t *lp_parse_token_after_node(lp_parser_t *P, const lp_ast_t *n)
{
    const lp_ptoken_t *t = (const lp_ptoken_t *)P->cur;
    while (t->prev && (t->prev->t.lineno > n->end_lineno ||
                       (t->prev->t.lineno == n->end_lineno && t->prev->t.col >= n->end_col_offset)))
        t = t->prev;
    return &t->t;
}

/* ==== the parse ==== */

static void feed(driver_t *d, lp_ptoken_t *t)
{
    d->P->prev = d->fed ? &d->fed->t : NULL;
    d->P->cur = &t->t;
    lp_grammar(d->engine, t->tk, &t->t);
    d->fed = t;
}

/* The token that selects the start symbol. */
static lp_ptoken_t *mode_token(lp_parser_t *P, lp_parse_mode_t mode)
{
    static const int tk[] = {TK_FILE_MODE, TK_EVAL_MODE, TK_SINGLE_MODE, TK_FUNC_TYPE_MODE,
                             TK_FSTRING_MODE};
    lp_ptoken_t *t = lp_arena_alloc(P->arena, sizeof *t);
    t->tk = tk[mode];
    t->t.lineno = t->t.end_lineno = 1;
    t->t.start = t->t.end = P->text;
    return t;
}

static void *engine_alloc(size_t n)
{
    void *p = malloc(n);
    if (!p) abort();
    return p;
}

static lp_ast_t *parse(lp_arena_t *arena, const char *text, size_t len, lp_parse_mode_t mode,
                       int flags, lp_syntax_error_t *err, FILE *trace, int lines, int cols)
{
    lp_parser_t P = {0};
    P.line_offset = lines;
    P.col_offset = cols;
    P.arena = arena;
    P.text = text;
    P.len = len;
    P.flags = flags;
    P.err = err;
    P.type_ignores = lp_ast_seq_new(arena);
    P.tok = lp_tok_new(text, len, flags & ~LP_TOKF_TRIVIA);
    driver_t *d = lp_arena_alloc(arena, sizeof *d);
    d->P = &P;
    d->engine = lp_grammarAlloc(engine_alloc, &P);
    if (trace) lp_grammarTrace(trace, "parse: ");
    if (setjmp(P.fail)) {
        if (trace) lp_grammarTrace(NULL, NULL);
        lp_grammarFree(d->engine, free);
        return NULL;
    }
    P.driver = d;
    feed(d, mode_token(&P, mode));
    for (;;) {
        lp_ptoken_t *t = next_token(d);
        feed(d, t);
        if (t->tk == 0) break;
    }
    if (trace) lp_grammarTrace(NULL, NULL);
    lp_grammarFree(d->engine, free);
    return P.result;
}

lp_ast_t *lp_parse(lp_arena_t *arena, const char *text, size_t len, lp_parse_mode_t mode,
                   int flags, lp_syntax_error_t *err, FILE *trace)
{
    return parse(arena, text, len, mode, flags, err, trace, 0, 0);
}

lp_ast_t *lp_parse_field(lp_arena_t *arena, const char *text, size_t len, int flags, int lines,
                         int cols, lp_syntax_error_t *err)
{
    return parse(arena, text, len, LP_PARSE_FSTRING, flags, err, NULL, lines, cols);
}

/* ==== extents of parenthesised nodes ==== */

/* An open-addressing table from node to extent, in the arena; only nodes in
 * parentheses are entered, so it stays small. */

static size_t outer_hash(const lp_ast_t *n, size_t cap) { return ((uintptr_t)n >> 4) * 2654435761u & (cap - 1); }

static void outer_grow(lp_parser_t *P, outer_map_t *m)
{
    outer_map_t old = *m;
    m->cap = old.cap ? old.cap * 2 : 64;
    m->slots = lp_arena_alloc(P->arena, sizeof *m->slots * m->cap);
    m->len = 0;
    for (size_t i = 0; i < old.cap; i++)
        if (old.slots[i].node) lp_parse_outer_set(P, old.slots[i].node, old.slots[i].pos);
}

void lp_parse_outer_set(lp_parser_t *P, const lp_ast_t *n, lp_ast_pos_t pos)
{
    outer_map_t *m = &((driver_t *)P->driver)->outer;
    if (2 * (m->len + 1) > m->cap) outer_grow(P, m);
    size_t i = outer_hash(n, m->cap);
    while (m->slots[i].node && m->slots[i].node != n) i = (i + 1) & (m->cap - 1);
    if (!m->slots[i].node) m->len++;
    m->slots[i].node = n;
    m->slots[i].pos = pos;
}

const lp_ast_pos_t *lp_parse_outer_get(lp_parser_t *P, const lp_ast_t *n)
{
    const outer_map_t *m = &((driver_t *)P->driver)->outer;
    if (!m->cap) return NULL;
    for (size_t i = outer_hash(n, m->cap); m->slots[i].node; i = (i + 1) & (m->cap - 1))
        if (m->slots[i].node == n) return &m->slots[i].pos;
    return NULL;
}
