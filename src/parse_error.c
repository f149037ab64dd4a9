/* parse_error.c -- wording syntax errors as CPython 3.11 words them.
 *
 * When the grammar meets a token it cannot use, Lemon calls %syntax_error
 * and we arrive in lp_parse_syntax_error with that token.  CPython's PEG
 * parser finds its better messages with a second pass of "invalid_*" rules;
 * here each such rule is a small check that looks at the tokens around the
 * error (they are linked backwards, and more can be read ahead) and, where
 * it helps, asks the parser which tokens it would have accepted.  The first
 * check that recognises the situation reports; otherwise "invalid syntax".
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <string.h>

#include "parse_driver.h"
#include "parser.h"

static int starts_expression(int tk);
static int ends_expression(int tk);

static int between(const lp_ptoken_t *open, const lp_ptoken_t *t, int tk);

/* ==== the wording of syntax errors ==== */

/* The first token of the logical line that holds [t]. */
static const lp_ptoken_t *line_start_token(const lp_ptoken_t *t)
{
    while (!lp_parse_at_line_start(t->prev)) t = t->prev;
    return t;
}

/* The token after [t] on the same logical line (the tokens read so far are
 * linked backwards only), or NULL. */
static const lp_ptoken_t *token_after(const lp_ptoken_t *from, const lp_ptoken_t *t)
{
    for (const lp_ptoken_t *u = from; u && u->prev && u != t; u = u->prev)
        if (u->prev == t) return u;
    return NULL; /* also when [t] is [from] or after it: no walk to the file's start */
}

/* What CPython calls the statement whose block starts after [colon]. */
static const char *block_owner(const lp_ptoken_t *colon, int *line)
{
    const lp_ptoken_t *first = line_start_token(colon), *next = token_after(colon, first);
    *line = first->t.lineno;
    switch (first->tk) {
    case TK_IF: return "'if' statement";
    case TK_ELIF: return "'elif' statement";
    case TK_ELSE: return "'else' statement";
    case TK_WHILE: return "'while' statement";
    case TK_FOR: return "'for' statement";
    case TK_WITH: return "'with' statement";
    case TK_TRY: return "'try' statement";
    case TK_EXCEPT: return next && next->tk == TK_STAR ? "'except*' statement" : "'except' statement";
    case TK_FINALLY: return "'finally' statement";
    case TK_DEF: return "function definition";
    case TK_CLASS: return "class definition";
    case TK_MATCH: return "'match' statement";
    case TK_CASE: return "'case' statement";
    case TK_ASYNC:
        if (next && next->tk == TK_FOR) return "'for' statement";
        if (next && next->tk == TK_WITH) return "'with' statement";
        return "function definition";
    default: return NULL;
    }
}

static int ends_expression(int tk)
{
    return tk == TK_NAME || tk == TK_NUMBER || tk == TK_STRING || tk == TK_RPAR || tk == TK_RSQB ||
           tk == TK_RBRACE || tk == TK_TRUE || tk == TK_FALSE || tk == TK_NONE || tk == TK_ELLIPSIS;
}

int lp_parse_starts_expression(int tk) { return starts_expression(tk); }
int lp_parse_ends_expression(int tk) { return ends_expression(tk); }

static int starts_expression(int tk)
{
    return tk == TK_NAME || tk == TK_NUMBER || tk == TK_STRING || tk == TK_LPAR || tk == TK_LSQB ||
           tk == TK_LBRACE || tk == TK_TRUE || tk == TK_FALSE || tk == TK_NONE ||
           tk == TK_ELLIPSIS || tk == TK_LAMBDA || tk == TK_AWAIT || tk == TK_TILDE;
}

/* The first token of the primary expression that [t] ends: back over
 * attribute dots, calls and subscripts to the atom that starts it. */
static const lp_ptoken_t *expression_start(const lp_ptoken_t *t)
{
    for (;;) {
        if (t->tk == TK_RPAR || t->tk == TK_RSQB || t->tk == TK_RBRACE) {
            const lp_ptoken_t *open = t->prev;
            while (open && open->level > t->level) open = open->prev;
            if (!open) return t;
            const lp_ptoken_t *before = open->prev;
            if (open->tk != TK_LBRACE && before && before->level == open->level &&
                (before->tk == TK_NAME || before->tk == TK_RPAR || before->tk == TK_RSQB ||
                 before->tk == TK_STRING)) {
                t = before;
                continue;
            }
            return open;
        }
        if (t->prev && t->prev->tk == TK_DOT && t->prev->prev && ends_expression(t->prev->prev->tk)) {
            t = t->prev->prev;
            continue;
        }
        if (t->tk == TK_STRING && t->prev && t->prev->tk == TK_STRING) { /* adjacent strings */
            t = t->prev;
            continue;
        }
        return t;
    }
}

/* An error at the end of the file: on its last line, after its last
 * character when the source was a string, without a column for a file. */
static _Noreturn void eof_error(lp_parser_t *P, const lp_ptoken_t *end, const char *type,
                                const char *msg)
{
    int line = end->t.lineno > 1 ? end->t.lineno - 1 : 1, off = 0;
    if (P->flags & LP_TOKF_STRING_INPUT) {
        const char *ls = lp_parse_line_start(P, line), *s = P->text + P->len;
        const char *le = memchr(ls, '\n', (size_t)(s - ls));
        off = lp_parse_offset(P, line, (int)((le ? le : s) - ls));
    }
    lp_parse_fail(P, type, line, off, line, -1, "%s", msg);
}

static _Noreturn void fail_span(lp_parser_t *P, const char *type, const lp_token_t *a,
                                const lp_token_t *b, const char *msg)
{
    lp_parse_fail(P, type, a->lineno, lp_parse_offset(P, a->lineno, a->col), b->end_lineno,
                  lp_parse_offset(P, b->end_lineno, b->end_col), "%s", msg);
}

/* The last token before the next one of kind [tk] at [level] on this
 * logical line, reading ahead; NULL if there is none. */
static const lp_ptoken_t *last_before(driver_t *d, int tk, int level)
{
    const lp_ptoken_t *last = NULL;
    for (lp_ptoken_t *u = d->last; u->tk != TK_NEWLINE && u->tk != 0; u = lp_parse_read_token(d)) {
        if (u->tk == tk && u->level == level) return last;
        last = u;
    }
    return NULL;
}

/* `except A, B:`: CPython's invalid_except_stmt. */
static void except_tuple(driver_t *d, const lp_ptoken_t *t)
{
    const lp_ptoken_t *first = line_start_token(t);
    if (t->tk != TK_COMMA || first->tk != TK_EXCEPT || t->level != first->level) return;
    const lp_ptoken_t *start = token_after(t, first);
    if (start && start->tk == TK_STAR) start = token_after(t, start);
    const lp_ptoken_t *end = last_before(d, TK_COLON, first->level);
    if (start && end) fail_span(d->P, "SyntaxError", &start->t, &end->t,
                                "multiple exception types must be parenthesized");
}

/* `a.b := 1`: CPython's invalid_named_expression. */
static void walrus_target(lp_parser_t *P, const lp_ptoken_t *t)
{
    const lp_ptoken_t *prev = t->prev;
    if (t->tk != TK_COLONEQUAL || !prev || !ends_expression(prev->tk)) return;
    const lp_ptoken_t *start = expression_start(prev);
    const char *what = prev->tk == TK_RSQB ? "subscript" : prev->tk == TK_RPAR ? "function call"
                       : prev->tk == TK_NUMBER || prev->tk == TK_STRING ? "literal"
                       : prev->prev && prev->prev->tk == TK_DOT ? "attribute" : NULL;
    if (prev->tk == TK_RPAR && start->tk == TK_LPAR)
        what = between(start, prev, TK_COMMA) || prev->prev == start ? "tuple" : NULL;
    if (!what) return;
    char msg[80];
    snprintf(msg, sizeof msg, "cannot use assignment expressions with %s", what);
    fail_span(P, "SyntaxError", &start->t, &prev->t, msg);
}

/* `x = a if b` without else: CPython's invalid_expression. */
static void if_without_else(driver_t *d, const lp_ptoken_t *t)
{
    if (!lp_grammar_accepts(d->engine, TK_ELSE)) return;
    const lp_ptoken_t *u = t->prev;
    while (u && !(u->tk == TK_IF && u->level == t->level)) u = u->prev;
    if (!u || !u->prev) return;
    const lp_ptoken_t *start = expression_start(u->prev);
    while (!lp_parse_at_line_start(start->prev) && start->prev->level == t->level &&
           ends_expression(start->prev->tk) == 0 && start->prev->tk != TK_EQUAL &&
           start->prev->tk != TK_COMMA && start->prev->tk != TK_LPAR && start->prev->tk != TK_LSQB &&
           start->prev->tk != TK_LBRACE && start->prev->tk != TK_COLON &&
           start->prev->tk != TK_RETURN && start->prev->tk != TK_YIELD)
        start = start->prev;
    fail_span(d->P, "SyntaxError", &start->t, &t->prev->t, "expected 'else' after 'if' expression");
}

static int is_closer(int tk) { return tk == TK_RPAR || tk == TK_RSQB || tk == TK_RBRACE; }

/* The innermost bracket open at [t] (its opening token; a closing bracket's
 * own opener), or NULL. */
static const lp_ptoken_t *open_bracket(const lp_ptoken_t *t)
{
    int level = is_closer(t->tk) ? t->level + 1 : t->level;
    if (level == 0) return NULL;
    const lp_ptoken_t *u = t->prev;
    while (u && !(u->level == level - 1 &&
                  (u->tk == TK_LPAR || u->tk == TK_LSQB || u->tk == TK_LBRACE)))
        u = u->prev;
    return u;
}

/* Whether [open] starts the parameters of a `def`. */
static int def_parameters(const lp_ptoken_t *open)
{
    return open && open->tk == TK_LPAR && open->prev && open->prev->tk == TK_NAME &&
           open->prev->prev && open->prev->prev->tk == TK_DEF;
}

/* Whether [t] is among a lambda's parameters (before its ':'). */
static int lambda_parameters(const lp_ptoken_t *t)
{
    int level = is_closer(t->tk) ? t->level + 1 : t->level;
    for (const lp_ptoken_t *u = t->prev; u && u->level >= level && u->tk != TK_COLON; u = u->prev)
        if (u->tk == TK_LAMBDA && u->level == level) return 1;
    return 0;
}

/* Whether a token [tk] at the bracket's own level lies between [open] and [t]. */
static int between(const lp_ptoken_t *open, const lp_ptoken_t *t, int tk)
{
    for (const lp_ptoken_t *u = t->prev; u && u != open; u = u->prev)
        if (u->tk == tk && u->level == open->level + 1) return 1;
    return 0;
}

static int is_binary_operator(int tk)
{
    switch (tk) {
    case TK_PLUS: case TK_MINUS: case TK_STAR: case TK_SLASH: case TK_DOUBLESLASH:
    case TK_PERCENT: case TK_AT: case TK_DOUBLESTAR: case TK_LEFTSHIFT: case TK_RIGHTSHIFT:
    case TK_AMPER: case TK_VBAR: case TK_CIRCUMFLEX: case TK_LESS: case TK_GREATER:
    case TK_EQEQUAL: case TK_NOTEQUAL: case TK_LESSEQUAL: case TK_GREATEREQUAL: case TK_IN:
    case TK_IS: case TK_AND: case TK_OR: case TK_NOT: case TK_TILDE:
        return 1;
    default: return 0;
    }
}

/* The first token of the disjunction that [t] ends: back over primaries
 * joined by operators. */
static const lp_ptoken_t *disjunction_start(const lp_ptoken_t *t)
{
    const lp_ptoken_t *s = expression_start(t);
    while (s->prev && is_binary_operator(s->prev->tk) && s->prev->level == s->level) {
        const lp_ptoken_t *op = s->prev;
        while (op->prev && is_binary_operator(op->prev->tk) && op->prev->level == s->level)
            op = op->prev; /* unary operators, `not in`, `is not` */
        if (!op->prev || !ends_expression(op->prev->tk)) /* prefix: unary, or *, ** unpacking */
            return op->tk == TK_STAR || op->tk == TK_DOUBLESTAR ? s : op;
        s = expression_start(op->prev);
    }
    return s;
}

/* Whether [t] is one of the soft keywords, as a name. */
static int is_soft_keyword(const lp_ptoken_t *t)
{
    return t->tk == TK_NAME && (t->t.kw == LP_KW_MATCH || t->t.kw == LP_KW_CASE ||
                                t->t.kw == LP_KW_UNDERSCORE);
}

/* The next token after [t], reading ahead when needed; NULL at the end. */
static const lp_ptoken_t *next_of(driver_t *d, const lp_ptoken_t *t)
{
    const lp_ptoken_t *u = token_after(d->last, t);
    if (u) return u;
    if (d->last != t) return NULL;
    const lp_ptoken_t *n = lp_parse_read_token(d);
    return n->tk ? n : NULL;
}

/* The last token of the expression that starts at [t] (a primary with its
 * trailers, adjacent strings, operators and their operands), reading ahead;
 * NULL when no complete expression starts there.  An operator's right
 * operand is followed in a loop, not by recursion: a line may hold any
 * number of them.  When an operand is not complete, the expression ends
 * before its operator ([done]). */
static const lp_ptoken_t *expression_end(driver_t *d, const lp_ptoken_t *t)
{
    const lp_ptoken_t *done = NULL, *u = t;
operand:
    while (u && (u->tk == TK_MINUS || u->tk == TK_PLUS || u->tk == TK_TILDE || u->tk == TK_NOT ||
                 u->tk == TK_AWAIT))
        u = next_of(d, u); /* prefix operators */
    if (!u || !starts_expression(u->tk)) return done;
    for (;;) {
        if (u->tk == TK_LPAR || u->tk == TK_LSQB || u->tk == TK_LBRACE) { /* to the closer */
            const lp_ptoken_t *v = next_of(d, u);
            while (v && v->level > u->level) v = next_of(d, v);
            if (!v) return done;
            u = v;
        }
        const lp_ptoken_t *n = next_of(d, u);
        if (!n) return u;
        if ((u->tk == TK_STRING && n->tk == TK_STRING) || n->tk == TK_LPAR || n->tk == TK_LSQB) {
            u = n;
        } else if (n->tk == TK_DOT) {
            const lp_ptoken_t *name = next_of(d, n);
            if (!name || name->tk != TK_NAME) return u;
            u = name;
        } else if (is_binary_operator(n->tk) && n->tk != TK_NOT) {
            done = u;
            u = next_of(d, n);
            goto operand;
        } else if (n->tk == TK_NOT && (n = next_of(d, n)) && n->tk == TK_IN) { /* `not in` */
            done = u;
            u = next_of(d, n);
            goto operand;
        } else {
            return u;
        }
    }
}

/* The last token of the `expression` that starts at [t]: lambdas and
 * conditional expressions around expression_end's operands, or NULL. */
static const lp_ptoken_t *full_expression_end(driver_t *d, const lp_ptoken_t *t)
{
    for (;;) {
        while (t && t->tk == TK_LAMBDA) { /* to the body after its colon */
            int level = t->level;
            do t = next_of(d, t);
            while (t && !(t->tk == TK_COLON && t->level == level));
            if (t) t = next_of(d, t);
        }
        const lp_ptoken_t *e = t ? expression_end(d, t) : NULL, *n = e ? next_of(d, e) : NULL;
        if (!n || n->tk != TK_IF) return e;
        const lp_ptoken_t *c = next_of(d, n), *cond = c ? expression_end(d, c) : NULL;
        const lp_ptoken_t *els = cond ? next_of(d, cond) : NULL;
        if (!els || els->tk != TK_ELSE) return e;
        t = next_of(d, els); /* the else branch is an expression too */
    }
}

/* The last token of the `star_expressions` that start at [t] (a trailing
 * comma included), or NULL. */
static const lp_ptoken_t *star_expressions_end(driver_t *d, const lp_ptoken_t *t)
{
    const lp_ptoken_t *last = NULL;
    while (t) {
        const lp_ptoken_t *e = full_expression_end(d, t->tk == TK_STAR ? next_of(d, t) : t);
        if (!e) break;
        const lp_ptoken_t *comma = next_of(d, e);
        last = comma && comma->tk == TK_COMMA ? comma : e;
        if (last == e) break;
        t = next_of(d, comma);
    }
    return last;
}

/* `print x`: CPython's invalid_legacy_expression. */
static void legacy_print(driver_t *d, const lp_ptoken_t *t)
{
    const lp_ptoken_t *name = t->prev;
    if (!name || name->tk != TK_NAME || line_start_token(name) != name || !starts_expression(t->tk))
        return;
    int len = (int)(name->t.end - name->t.start);
    if (!((len == 5 && memcmp(name->t.start, "print", 5) == 0) ||
          (len == 4 && memcmp(name->t.start, "exec", 4) == 0)))
        return;
    const lp_ptoken_t *last = star_expressions_end(d, t);
    if (!last) return;
    char msg[96];
    snprintf(msg, sizeof msg, "Missing parentheses in call to '%.*s'. Did you mean %.*s(...)?", len,
             name->t.start, len, name->t.start);
    fail_span(d->P, "SyntaxError", &name->t, &last->t, msg);
}

/* Whether [t]'s text is [word]. */
static int is_word(const lp_ptoken_t *t, const char *word)
{
    size_t n = strlen(word);
    return (size_t)(t->t.end - t->t.start) == n && memcmp(t->t.start, word, n) == 0;
}

/* Errors about the shape of a logical line's header. */
static void header_errors(driver_t *d, const lp_ptoken_t *t)
{
    lp_parser_t *P = d->P;
    const lp_ptoken_t *prev = t->prev, *first = line_start_token(t);
    int line;
    if (!prev) return;
    if (prev->tk == TK_NAME && prev->prev && prev->prev->tk == TK_DEF && t->tk != TK_LPAR)
        fail_span(P, "SyntaxError", &t->t, &t->t, "expected '('");
    /* `try`, `else`, `finally`, a `def` header and a `for` header must be
     * followed by ':' (CPython's &&':'): the error is at the token met */
    if ((prev->tk == TK_ELSE || prev->tk == TK_TRY || prev->tk == TK_FINALLY) && t->tk != TK_COLON &&
        prev == line_start_token(prev))
        fail_span(P, "SyntaxError", &t->t, &t->t, "expected ':'");
    if (prev->tk == TK_RARROW && !starts_expression(t->tk))
        fail_span(P, "SyntaxError", &prev->t, &prev->t, "expected ':'");
    int forced = first->tk == TK_DEF || first->tk == TK_FOR ||
                 (first->tk == TK_ASYNC && token_after(t, first) &&
                  (token_after(t, first)->tk == TK_DEF || token_after(t, first)->tk == TK_FOR));
    if (forced && t->tk != TK_COLON && t->tk != TK_NEWLINE && t->level == first->level &&
        lp_grammar_accepts(d->engine, TK_COLON))
        fail_span(P, "SyntaxError", &t->t, &t->t, "expected ':'");
    /* other headers: ':' missing at the end of the line */
    const lp_ptoken_t *colon_after = NULL;
    if ((t->tk == TK_NEWLINE || t->tk == 0) && t->level == first->level && block_owner(prev, &line) &&
        lp_grammar_accepts(d->engine, TK_COLON))
        colon_after = prev;
    if ((t->tk == TK_NEWLINE || t->tk == 0) && first->tk == TK_NAME && is_word(first, "match") &&
        prev != first && ends_expression(prev->tk))
        colon_after = prev;
    if (prev == first && first->tk == TK_NAME && is_word(first, "match") && starts_expression(t->tk)) {
        const lp_ptoken_t *end = expression_end(d, t), *after = end ? next_of(d, end) : NULL;
        if (end && (!after || after->tk == TK_NEWLINE)) colon_after = end;
        else if (after) fail_span(P, "SyntaxError", &after->t, &after->t, "invalid syntax");
    }
    if (colon_after && colon_after == prev && t->tk == TK_NEWLINE)
        fail_span(P, "SyntaxError", &t->t, &t->t, "expected ':'");
    if (colon_after) {
        int off = lp_parse_offset(P, colon_after->t.end_lineno, colon_after->t.end_col);
        lp_parse_fail(P, "SyntaxError", colon_after->t.end_lineno, off, colon_after->t.end_lineno,
                      off, "expected ':'");
    }
    if (t->tk == TK_COLON && prev->tk == TK_STAR && prev->prev && prev->prev->tk == TK_EXCEPT)
        fail_span(P, "SyntaxError", &t->t, &t->t, "expected one or more exception types");
    if (t->tk != TK_EXCEPT && t->tk != TK_FINALLY && lp_grammar_accepts(d->engine, TK_EXCEPT) &&
        lp_grammar_accepts(d->engine, TK_FINALLY)) {
        if (t->tk == 0 || (t->tk == TK_DEDENT && t->t.start == P->text + P->len))
            eof_error(P, t, "SyntaxError", "expected 'except' or 'finally' block");
        fail_span(P, "SyntaxError", &t->t, &t->t, "expected 'except' or 'finally' block");
    }
}

/* `case x as 1:`: CPython's invalid_as_pattern. */
static void pattern_errors(driver_t *d, const lp_ptoken_t *t)
{
    const lp_ptoken_t *prev = t->prev;
    if (prev && prev->tk == TK_AS && line_start_token(t)->tk == TK_CASE && t->tk != TK_NAME)
        fail_span(d->P, "SyntaxError", &t->t, &t->t, "invalid pattern target");
}

/* Parameter lists: CPython's invalid_parameters and invalid_lambda_parameters. */
static void parameter_errors(driver_t *d, const lp_ptoken_t *t)
{
    lp_parser_t *P = d->P;
    const lp_ptoken_t *prev = t->prev, *open = open_bracket(t);
    int in_def = def_parameters(open), in_lambda = !in_def && lambda_parameters(t);
    if (!prev || (!in_def && !in_lambda)) return;
    if (in_def && prev->tk == TK_EQUAL && (t->tk == TK_COMMA || t->tk == TK_RPAR))
        fail_span(P, "SyntaxError", &prev->t, &prev->t, "expected default value expression");
    if (t->tk == TK_EQUAL && prev->tk == TK_NAME && prev->prev &&
        (prev->prev->tk == TK_STAR || prev->prev->tk == TK_DOUBLESTAR))
        fail_span(P, "SyntaxError", &t->t, &t->t,
                  prev->prev->tk == TK_STAR ? "var-positional argument cannot have default value"
                                            : "var-keyword argument cannot have default value");
    if (t->tk == TK_LPAR && prev && (prev->tk == TK_COMMA || prev == open || prev->tk == TK_LAMBDA)) {
        const lp_ptoken_t *close = t;
        for (lp_ptoken_t *u = d->last; u && u->tk != TK_NEWLINE && u->tk != 0; u = lp_parse_read_token(d))
            if (u->tk == TK_RPAR && u->level == t->level) {
                close = u;
                break;
            }
        fail_span(P, "SyntaxError", &t->t, &close->t,
                  in_lambda ? "Lambda expression parameters cannot be parenthesized"
                            : "Function parameters cannot be parenthesized");
    }
}

/* Displays and comprehensions: CPython's invalid_comprehension,
 * invalid_dict_comprehension, invalid_double_starred_kvpairs, invalid_kvpair. */
static void display_errors(driver_t *d, const lp_ptoken_t *t)
{
    lp_parser_t *P = d->P;
    const lp_ptoken_t *open = open_bracket(t), *prev = t->prev;
    if (!open || !prev) return;
    const lp_ptoken_t *first = token_after(t, open);
    if (open->tk == TK_LBRACE && t->tk == TK_STAR && prev->tk == TK_COLON) {
        const lp_ptoken_t *operand = lp_parse_read_token(d);
        fail_span(P, "SyntaxError", &t->t, operand->tk ? &operand->t : &t->t,
                  "cannot use a starred expression in a dictionary value");
    }
    if (open->tk == TK_LBRACE && (t->tk == TK_COMMA || t->tk == TK_RBRACE || t->tk == TK_FOR) &&
        lp_grammar_accepts(d->engine, TK_COLON)) {
        int off = lp_parse_offset(P, prev->t.end_lineno, prev->t.end_col) - 1;
        lp_parse_fail(P, "SyntaxError", prev->t.end_lineno, off, prev->t.end_lineno, 0,
                      "':' expected after dictionary key");
    }
    if (t->tk == TK_FOR || t->tk == TK_ASYNC) {
        if (first && first->tk == TK_DOUBLESTAR)
            fail_span(P, "SyntaxError", &first->t, &first->t,
                      "dict unpacking cannot be used in dict comprehension");
        if (first && first->tk == TK_STAR)
            fail_span(P, "SyntaxError", &first->t, &prev->t,
                      "iterable unpacking cannot be used in comprehension");
        if (first && open->tk != TK_LPAR && between(open, t, TK_COMMA))
            fail_span(P, "SyntaxError", &first->t, &prev->t,
                      "did you forget parentheses around the comprehension target?");
    }
}

/* `=` where an expression goes: CPython's invalid_named_expression and
 * invalid_kwarg. */
static void equal_errors(driver_t *d, const lp_ptoken_t *t)
{
    lp_parser_t *P = d->P;
    const lp_ptoken_t *prev = t->prev, *open = open_bracket(t), *first = line_start_token(t);
    if (t->tk != TK_EQUAL || !prev) return;
    if (first->tk == TK_YIELD && t->level == first->level)
        fail_span(P, "SyntaxError", &first->t, &prev->t, "assignment to yield expression not possible");
    int in_call = open && open->tk == TK_LPAR && open->prev && ends_expression(open->prev->tk) &&
                  !def_parameters(open);
    if (in_call && ends_expression(prev->tk)) {
        if (prev->tk == TK_TRUE || prev->tk == TK_FALSE || prev->tk == TK_NONE) {
            char msg[40];
            snprintf(msg, sizeof msg, "cannot assign to %.*s", (int)(prev->t.end - prev->t.start),
                     prev->t.start);
            fail_span(P, "SyntaxError", &prev->t, &t->t, msg);
        }
        const lp_ptoken_t *start = disjunction_start(prev);
        if (!start->prev || (start->prev->tk != TK_STAR && start->prev->tk != TK_DOUBLESTAR))
            fail_span(P, "SyntaxError", &start->t, &t->t,
                      "expression cannot contain assignment, perhaps you meant \"==\"?");
    }
    int in_comprehension = open && between(open, t, TK_FOR);
    int unpacked = prev->prev && (prev->prev->tk == TK_STAR || prev->prev->tk == TK_DOUBLESTAR);
    if (prev->tk == TK_NAME && !in_comprehension && !unpacked && first->tk != TK_WITH &&
        (t->level > first->level || (first->tk != TK_NAME && first != prev))) {
        const lp_ptoken_t *value = next_of(d, t);
        const lp_ptoken_t *end = value ? expression_end(d, value) : NULL;
        if (end) /* CPython's rule needs an operand after the '=' */
            fail_span(P, "SyntaxError", &prev->t, &end->t,
                      "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
}

_Noreturn void lp_parse_syntax_error(lp_parser_t *P, const lp_token_t *tok)
{
    driver_t *d = P->driver;
    const lp_ptoken_t *t = (const lp_ptoken_t *)tok, *prev = t->prev;
    int line;
    if (t->tk == TK_INDENT) { /* CPython reports this before looking further */
        int off = lp_parse_offset(P, t->t.lineno, t->t.col) - 1;
        lp_syntax_error_set(P->err, "IndentationError", t->t.lineno, off, t->t.lineno, -1,
                            "unexpected indent");
        P->err->line = lp_parse_line_start(P, t->t.lineno);
        longjmp(P->fail, 1);
    }
    int at_end = t->tk == 0 || (t->tk == TK_DEDENT && t->t.start == P->text + P->len);
    if (prev && prev->tk == TK_NEWLINE && prev->prev &&
        (prev->prev->tk == TK_COLON || prev->prev->tk == TK_TYPE_COMMENT)) {
        const char *owner = block_owner(prev->prev, &line);
        if (owner) {
            char msg[128];
            if (prev->prev->tk == TK_TYPE_COMMENT) /* CPython's generic invalid_block */
                snprintf(msg, sizeof msg, "expected an indented block");
            else
                snprintf(msg, sizeof msg, "expected an indented block after %s on line %d", owner, line);
            if (at_end) eof_error(P, t, "IndentationError", msg);
            if (t->tk == TK_DEDENT) /* CPython's DEDENT tokens have no column */
                lp_parse_fail(P, "IndentationError", t->t.lineno, 0, t->t.lineno, -1, "%s", msg);
            int off = lp_parse_offset(P, t->t.lineno, t->t.col);
            int end = P->flags & LP_TOKF_STRING_INPUT ? lp_parse_offset(P, t->t.lineno, t->t.end_col) : -1;
            lp_parse_fail(P, "IndentationError", t->t.lineno, off, t->t.lineno, end, "%s", msg);
        }
    }
    legacy_print(d, t);
    except_tuple(d, t);
    walrus_target(P, t);
    if_without_else(d, t);
    parameter_errors(d, t);
    pattern_errors(d, t);
    display_errors(d, t);
    equal_errors(d, t);
    header_errors(d, t);
    if (prev && t->level > 0 && ends_expression(prev->tk) && starts_expression(t->tk) &&
        !(prev->tk == TK_NAME && t->tk == TK_STRING && disjunction_start(prev) == prev) &&
        !is_soft_keyword(prev) && t->tk != TK_ELLIPSIS &&
        !def_parameters(open_bracket(t)) && !lambda_parameters(t)) {
        const lp_ptoken_t *end = expression_end(d, t);
        if (end)
            fail_span(P, "SyntaxError", &disjunction_start(prev)->t, &end->t,
                      "invalid syntax. Perhaps you forgot a comma?");
    }
    if (t->tk == TK_RSQB && prev && prev->tk == TK_LSQB && prev->prev && t->level > 0 &&
        ends_expression(prev->prev->tk)) /* (a[]): the [] is a list after a missing comma */
        fail_span(P, "SyntaxError", &disjunction_start(prev->prev)->t, &t->t,
                  "invalid syntax. Perhaps you forgot a comma?");
    if (t->tk == 0) { /* CPython's ENDMARKER: the last line, no column */
        int l = t->t.lineno > 1 ? t->t.lineno - 1 : 1;
        lp_parse_fail(P, "SyntaxError", l, 0, l, 0, "invalid syntax");
    }
    fail_span(P, "SyntaxError", &t->t, &t->t, "invalid syntax");
}
