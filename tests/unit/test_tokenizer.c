/* test_tokenizer.c -- the parser's view of the token stream (src/tokenizer.c).
 *
 * Most expected values come from tokenizer_cases.h, which
 * scripts/gen_tokenizer_cases.py writes by asking CPython 3.11:
 *
 *   - error cases, as `python3 FILE` reports them: each source goes through
 *     lp_source_decode and lp_tok_check, which must give CPython's exception
 *     type, message and position, or no error where CPython's error comes
 *     from its parser;
 *   - token streams of valid programs, from Lib/tokenize.py;
 *   - type comments, from ast.parse(src, type_comments=True).
 *
 * The tests at the end check behaviours that tokenizer.h defines rather than
 * CPython outputs (ERRORTOKEN after an error, keyword numbers, the
 * nesting limit, the trivia and type comment flags).
 *
 * SPDX-License-Identifier: MIT
 */
#include <criterion/criterion.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "gc.h"
#include "source.h"
#include "tokenizer.h"
#include "tokenizer_cases.h"

static void setup(void)
{
    lp_gc_init();
}

TestSuite(tok_errors, .init = setup);
TestSuite(tok_streams, .init = setup);
TestSuite(tok_type_comments, .init = setup);
TestSuite(tokenizer, .init = setup);

/* ==== helpers ==== */

/* [n] bytes of [s] as a C-like literal for messages, cut after 100 bytes. */
static const char *show(const char *s, size_t n)
{
    char *out = lp_alloc_atomic(4 * 100 + 8), *o = out;
    *o++ = '"';
    for (size_t i = 0; i < n && i < 100; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\n')
            o += sprintf(o, "\\n");
        else if (c == '\t')
            o += sprintf(o, "\\t");
        else if (c == '"' || c == '\\')
            o += sprintf(o, "\\%c", c);
        else if (c < 32 || c >= 127)
            o += sprintf(o, "\\x%02x", c);
        else
            *o++ = (char)c;
    }
    *o++ = '"';
    if (n > 100) o += sprintf(o, "...");
    *o = 0;
    return out;
}

/* Decodes the raw source [src] as lemonpy reads a script named
 * TC_FILENAME; NULL with [err] filled when it cannot.  [flags] gets the
 * tokenizer flags the source calls for (see source.h). */
static const char *decode(const char *src, size_t n, size_t *len, int *flags,
                          lp_syntax_error_t *err)
{
    return lp_source_decode(src, n, TC_FILENAME, LP_SOURCE_FILE, len, flags, err);
}

/* Decodes [src] and starts a tokenizer on it with [flags]. */
static lp_tokenizer_t *start(const char *src, int flags)
{
    size_t len;
    int implied;
    lp_syntax_error_t err;
    const char *text = decode(src, strlen(src), &len, &implied, &err);
    cr_assert(text != NULL, "%s: cannot decode: %s", show(src, strlen(src)), err.msg);
    return lp_tok_new(text, len, flags | implied);
}

/* ==== error cases: CPython's file mode ==== */

/* An attribute as CPython shows it: None (TC_NONE) is 0 in lp_syntax_error_t. */
static int attr(int v)
{
    return v == TC_NONE ? 0 : v;
}

static const char *describe(const char *type, const char *msg, int a, int b, int c, int d)
{
    char *out = lp_alloc_atomic(512);
    snprintf(out, 512, "%s: %s (lineno %d, offset %d, end_lineno %d, end_offset %d)", type, msg, a,
             b, c, d);
    return out;
}

/* Runs error case [i]: decode, then lp_tok_check; returns whether it failed,
 * with the error in [err]. */
static int run_case(int i, lp_syntax_error_t *err)
{
    const tc_error_t *c = &tc_errors[i];
    size_t len;
    int flags;
    memset(err, 0, sizeof *err);
    const char *text = decode(c->src, (size_t)c->len, &len, &flags, err);
    if (!text) return 1;
    return lp_tok_check(text, len, flags, err) != 0;
}

/* What a case gave, passed from the child that ran it. */
typedef struct {
    int failed;
    lp_syntax_error_t err; /* err.line and err.type point into the child: not used */
    char type[32];
} outcome_t;

/* Runs case [i] in a child process, so that a crash fails that case only;
 * returns 0 and fills [out], or the signal that killed the child. */
static int run_case_isolated(int i, outcome_t *out)
{
    int fd[2];
    cr_assert(pipe(fd) == 0);
    fflush(NULL);
    pid_t pid = fork();
    cr_assert(pid >= 0);
    if (pid == 0) {
        outcome_t o;
        memset(&o, 0, sizeof o);
        o.failed = run_case(i, &o.err);
        if (o.err.type) snprintf(o.type, sizeof o.type, "%s", o.err.type);
        ssize_t w = write(fd[1], &o, sizeof o);
        _exit(w == (ssize_t)sizeof o ? 0 : 1);
    }
    close(fd[1]);
    ssize_t got = read(fd[0], out, sizeof *out);
    close(fd[0]);
    int status;
    waitpid(pid, &status, 0);
    if (WIFSIGNALED(status)) return WTERMSIG(status);
    cr_assert(got == (ssize_t)sizeof *out && WIFEXITED(status) && WEXITSTATUS(status) == 0);
    out->err.type = out->type[0] ? out->type : NULL;
    out->err.line = NULL;
    return 0;
}

/* Checks error case [i] against CPython; a failure names the case. */
static void check_error_case(int i)
{
    const tc_error_t *c = &tc_errors[i];
    outcome_t o;
    const char *src = show(c->src, (size_t)c->len);
    int sig = run_case_isolated(i, &o);
    if (sig) {
        cr_expect_fail("error case %d [%s] %s\n    lemonpy crashed: signal %d (%s)", i, c->category,
                       src, sig, strsignal(sig));
        return;
    }
    int failed = o.failed;
    const lp_syntax_error_t err = o.err;
    const char *got = failed ? describe(err.type ? err.type : "(null)", err.msg, err.lineno,
                                        err.offset, err.end_lineno, err.end_offset)
                             : "no error";
    if (c->expect == TC_OK) {
        cr_expect(!failed,
                  "error case %d [%s] %s\n    python3: %s\n    lemonpy: %s\n"
                  "    (CPython's error, if any, is the parser's: lp_tok_check must accept)",
                  i, c->category, src,
                  c->type ? describe(c->type, c->msg, attr(c->lineno), attr(c->offset),
                                     attr(c->end_lineno), attr(c->end_offset))
                          : "no error",
                  got);
        return;
    }
    const char *want = describe(c->type, c->msg, attr(c->lineno), attr(c->offset),
                                attr(c->end_lineno), attr(c->end_offset));
    int same = failed && err.type && strcmp(err.type, c->type) == 0 &&
               strcmp(err.msg, c->msg) == 0 && err.lineno == attr(c->lineno) &&
               err.offset == attr(c->offset) && err.end_lineno == attr(c->end_lineno) &&
               err.end_offset == attr(c->end_offset);
    cr_expect(same, "error case %d [%s] %s\n    python3: %s\n    lemonpy: %s", i, c->category, src,
              want, got);
}

/* Checks every error case of [category]; there must be some. */
static void check_category(const char *category)
{
    int n = 0;
    for (int i = 0; i < TC_COUNT(tc_errors); i++) {
        if (strcmp(tc_errors[i].category, category) != 0) continue;
        n++;
        check_error_case(i);
    }
    cr_assert(n > 0, "no error cases in category %s", category);
}

static const char *const categories[] = {
    "indentation", "brackets",     "strings", "continuation", "numbers",   "identifiers",
    "null_bytes",  "nonprintable", "stray",   "parser",       "encodings",
};

Test(tok_errors, every_case_has_a_test)
{
    for (int i = 0; i < TC_COUNT(tc_errors); i++) {
        int known = 0;
        for (size_t k = 0; k < sizeof categories / sizeof *categories; k++)
            known |= strcmp(tc_errors[i].category, categories[k]) == 0;
        cr_expect(known, "error case %d: category %s has no test", i, tc_errors[i].category);
    }
}

Test(tok_errors, indentation)
{
    check_category("indentation");
}
Test(tok_errors, brackets)
{
    check_category("brackets");
}
Test(tok_errors, strings)
{
    check_category("strings");
}
Test(tok_errors, continuation)
{
    check_category("continuation");
}
Test(tok_errors, numbers)
{
    check_category("numbers");
}
Test(tok_errors, identifiers)
{
    check_category("identifiers");
}
Test(tok_errors, null_bytes)
{
    check_category("null_bytes");
}
Test(tok_errors, nonprintable)
{
    check_category("nonprintable");
}
Test(tok_errors, stray_characters)
{
    check_category("stray");
}
Test(tok_errors, parser_errors_are_not_tokenizer_errors)
{
    check_category("parser");
}
Test(tok_errors, encodings)
{
    check_category("encodings");
}

/* ==== valid token streams: Lib/tokenize.py ==== */

static const char *kind_name(int k)
{
    return k >= 0 && k < LP_TOK__COUNT ? lp_token_name((lp_tok_kind_t)k) : "?";
}

/* Tokenizes stream [s] with [flags] and compares it token by token; the
 * first difference is reported (later tokens would be out of step). */
static void check_stream(const tc_stream_t *s, int flags)
{
    size_t len;
    int implied;
    lp_syntax_error_t err;
    const char *text = decode(s->src, (size_t)s->len, &len, &implied, &err);
    if (!text) {
        cr_expect_fail("stream %s: cannot decode: %s", s->name, err.msg);
        return;
    }
    lp_tokenizer_t *t = lp_tok_new(text, len, flags | implied);
    for (int i = 0; i < s->count; i++) {
        const tc_token_t *want = &tc_tokens[s->first + i];
        lp_token_t tok;
        lp_tok_kind_t k = lp_tok_next(t, &tok);
        const lp_syntax_error_t *e = lp_tok_error(t);
        int tlen = (int)(tok.end - tok.start);
        const char *got_text = k == LP_TOK_ERRORTOKEN ? "" : show(tok.start, (size_t)tlen);
        const char *want_text = want->text ? show(want->text, (size_t)want->len) : "";
        int ok = (int)k == want->kind;
        if (ok && want->text)
            ok = tlen == want->len && memcmp(tok.start, want->text, (size_t)want->len) == 0;
        if (ok && want->lineno >= 0)
            ok = tok.lineno == want->lineno && tok.col == want->col &&
                 tok.end_lineno == want->end_lineno && tok.end_col == want->end_col;
        if (ok && want->kind == LP_TOK_NAME) ok = tok.kw == want->kw;
        if (!ok) {
            cr_expect_fail("stream %s, token %d:\n    tokenize: %s %s (%d,%d)-(%d,%d) kw %d\n"
                           "    lemonpy:  %s %s (%d,%d)-(%d,%d) kw %d%s%s",
                           s->name, i, kind_name(want->kind), want_text, want->lineno, want->col,
                           want->end_lineno, want->end_col, want->kw, kind_name((int)k), got_text,
                           tok.lineno, tok.col, tok.end_lineno, tok.end_col, tok.kw,
                           e ? "\n    error: " : "", e ? e->msg : "");
            return;
        }
    }
}

Test(tok_streams, python_tokenize)
{
    cr_assert(TC_COUNT(tc_streams) > 0);
    for (int i = 0; i < TC_COUNT(tc_streams); i++)
        check_stream(&tc_streams[i], 0);
}

Test(tok_streams, python_tokenize_with_trivia)
{
    cr_assert(TC_COUNT(tc_trivia_streams) > 0);
    for (int i = 0; i < TC_COUNT(tc_trivia_streams); i++)
        check_stream(&tc_trivia_streams[i], LP_TOKF_TRIVIA);
}

/* The tokens are the same whatever the flags, apart from the flagged ones. */
Test(tok_streams, type_comment_flag_changes_nothing_else)
{
    for (int i = 0; i < TC_COUNT(tc_streams); i++) {
        if (strcmp(tc_streams[i].name, "comments") == 0) continue; /* holds "# type: int" */
        check_stream(&tc_streams[i], LP_TOKF_TYPE_COMMENTS);
    }
}

/* ==== type comments: ast.parse(src, type_comments=True) ==== */

Test(tok_type_comments, from_ast)
{
    for (int i = 0; i < TC_COUNT(tc_type_comments); i++) {
        const tc_type_comment_t *c = &tc_type_comments[i];
        lp_tokenizer_t *t = start(c->src, LP_TOKF_TYPE_COMMENTS);
        lp_token_t tok;
        int found = 0;
        for (lp_tok_kind_t k; (k = lp_tok_next(t, &tok)) != LP_TOK_ENDMARKER;) {
            if (k == LP_TOK_ERRORTOKEN) {
                cr_expect_fail("type comment case %d %s: error %s", i, show(c->src, strlen(c->src)),
                               lp_tok_error(t)->msg);
                break;
            }
            if (k != LP_TOK_TYPE_COMMENT && k != LP_TOK_TYPE_IGNORE) continue;
            found++;
            size_t n = (size_t)(tok.end - tok.start);
            cr_expect((int)k == c->kind && c->text && n == strlen(c->text) &&
                          memcmp(tok.start, c->text, n) == 0,
                      "type comment case %d %s:\n    ast:     %s %s\n    lemonpy: %s %s", i,
                      show(c->src, strlen(c->src)), c->kind ? kind_name(c->kind) : "none",
                      c->text ? show(c->text, strlen(c->text)) : "", kind_name((int)k),
                      show(tok.start, n));
        }
        cr_expect(found == (c->kind ? 1 : 0),
                  "type comment case %d %s: %d type comment tokens, ast has %d", i,
                  show(c->src, strlen(c->src)), found, c->kind ? 1 : 0);
    }
}

/* Without LP_TOKF_TYPE_COMMENTS a type comment is a comment. */
Test(tok_type_comments, only_with_the_flag)
{
    for (int i = 0; i < TC_COUNT(tc_type_comments); i++) {
        lp_tokenizer_t *t = start(tc_type_comments[i].src, 0);
        lp_token_t tok;
        for (lp_tok_kind_t k; (k = lp_tok_next(t, &tok)) != LP_TOK_ENDMARKER;) {
            cr_assert(k != LP_TOK_ERRORTOKEN);
            cr_expect(k != LP_TOK_TYPE_COMMENT && k != LP_TOK_TYPE_IGNORE && k != LP_TOK_COMMENT,
                      "type comment case %d: %s without the flag", i, kind_name((int)k));
        }
    }
}

/* A type comment alone on the line after `def ...:` is followed by the
 * NEWLINE that CPython's grammar wants there (Grammar/python.gram:
 * func_type_comment: NEWLINE TYPE_COMMENT &(NEWLINE INDENT)). */
Test(tok_type_comments, own_line_type_comment_then_newline)
{
    lp_tokenizer_t *t =
        start("def f(a):\n    # type: (int) -> None\n    pass\n", LP_TOKF_TYPE_COMMENTS);
    static const lp_tok_kind_t want[] = {
        LP_TOK_NAME,  LP_TOK_NAME,    LP_TOK_LPAR,         LP_TOK_NAME,      LP_TOK_RPAR,
        LP_TOK_COLON, LP_TOK_NEWLINE, LP_TOK_TYPE_COMMENT, LP_TOK_NEWLINE,   LP_TOK_INDENT,
        LP_TOK_NAME,  LP_TOK_NEWLINE, LP_TOK_DEDENT,       LP_TOK_ENDMARKER,
    };
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        lp_token_t tok;
        lp_tok_kind_t k = lp_tok_next(t, &tok);
        cr_assert_eq(k, want[i], "token %zu: %s, want %s", i, kind_name((int)k),
                     kind_name((int)want[i]));
    }
}

/* A type: ignore alone on its line takes the line's newline with it. */
Test(tok_type_comments, own_line_type_ignore_takes_newline)
{
    lp_tokenizer_t *t = start("x = 1\n# type: ignore\ny = 2\n", LP_TOKF_TYPE_COMMENTS);
    static const lp_tok_kind_t want[] = {
        LP_TOK_NAME, LP_TOK_EQUAL, LP_TOK_NUMBER, LP_TOK_NEWLINE, LP_TOK_TYPE_IGNORE,
        LP_TOK_NAME, LP_TOK_EQUAL, LP_TOK_NUMBER, LP_TOK_NEWLINE, LP_TOK_ENDMARKER,
    };
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        lp_token_t tok;
        lp_tok_kind_t k = lp_tok_next(t, &tok);
        cr_assert_eq(k, want[i], "token %zu: %s, want %s", i, kind_name((int)k),
                     kind_name((int)want[i]));
    }
}

/* ==== behaviours tokenizer.h defines ==== */

/* After an error, lp_tok_next returns ERRORTOKEN now and for every later
 * call, and lp_tok_error keeps the first error. */
Test(tokenizer, errortoken_forever_after_an_error)
{
    lp_tokenizer_t *t = start("x = (1]\ny = 2\n", 0);
    lp_token_t tok;
    lp_tok_kind_t k;
    int n = 0;
    while ((k = lp_tok_next(t, &tok)) != LP_TOK_ERRORTOKEN) {
        cr_assert(k != LP_TOK_ENDMARKER, "no error reported");
        cr_assert(lp_tok_error(t) == NULL, "error before ERRORTOKEN");
        n++;
    }
    cr_expect_eq(n, 4, "x = ( 1 before the error");
    const lp_syntax_error_t *e = lp_tok_error(t);
    cr_assert(e != NULL);
    char msg[sizeof e->msg];
    strcpy(msg, e->msg);
    int lineno = e->lineno;
    for (int i = 0; i < 10; i++) {
        cr_expect_eq(lp_tok_next(t, &tok), LP_TOK_ERRORTOKEN, "call %d after the error", i);
        cr_expect(lp_tok_error(t) != NULL);
        cr_expect_str_eq(lp_tok_error(t)->msg, msg);
        cr_expect_eq(lp_tok_error(t)->lineno, lineno);
    }
}

/* No error: lp_tok_error stays NULL up to and including ENDMARKER. */
Test(tokenizer, no_error_no_error_record)
{
    lp_tokenizer_t *t = start("if x:\n    y = [1,\n 2]\n", 0);
    lp_token_t tok;
    lp_tok_kind_t k;
    do {
        k = lp_tok_next(t, &tok);
        cr_assert(k != LP_TOK_ERRORTOKEN);
        cr_assert(lp_tok_error(t) == NULL);
    } while (k != LP_TOK_ENDMARKER);
}

/* keywords.h is keyword.kwlist + keyword.softkwlist, in that order. */
Test(tokenizer, keyword_list_is_pythons)
{
    cr_assert_eq(LP_KW__COUNT - 1, TC_COUNT(tc_keywords));
    for (int kw = 1; kw < LP_KW__COUNT; kw++) {
        cr_expect_str_eq(lp_keyword_text(kw), tc_keywords[kw - 1], "keyword %d", kw);
        cr_expect_eq(!!lp_keyword_is_soft(kw), kw > LP_KW__COUNT - 1 - TC_N_SOFT, "%s soft",
                     lp_keyword_text(kw));
    }
}

/* Every keyword, soft ones included, is a NAME carrying its LP_KW_ number;
 * a longer name that starts with it carries 0. */
Test(tokenizer, keywords_carry_their_numbers)
{
    for (int kw = 1; kw < LP_KW__COUNT; kw++) {
        char src[64];
        snprintf(src, sizeof src, "%s %s_ x%s\n", lp_keyword_text(kw), lp_keyword_text(kw),
                 lp_keyword_text(kw));
        lp_tokenizer_t *t = start(src, 0);
        lp_token_t tok;
        cr_assert_eq(lp_tok_next(t, &tok), LP_TOK_NAME, "%s", src);
        cr_expect_eq(tok.kw, kw, "%s: kw %d", src, tok.kw);
        cr_expect_eq(tok.end - tok.start, (long)strlen(lp_keyword_text(kw)));
        cr_assert_eq(lp_tok_next(t, &tok), LP_TOK_NAME, "%s", src);
        cr_expect_eq(tok.kw, 0, "%s: second name kw %d", src, tok.kw);
        cr_assert_eq(lp_tok_next(t, &tok), LP_TOK_NAME, "%s", src);
        cr_expect_eq(tok.kw, 0, "%s: third name kw %d", src, tok.kw);
    }
}

/* LP_TOKF_TRIVIA adds COMMENT and NL tokens and changes nothing else;
 * without it they never come.  (Their places: tok_streams above.) */
Test(tokenizer, trivia_flag)
{
    static const char src[] = "# a\nx = (1,  # b\n  2)\n\ny = 3  # c\n";
    lp_tokenizer_t *plain = start(src, 0), *trivia = start(src, LP_TOKF_TRIVIA);
    lp_token_t a, b;
    int comments = 0, nls = 0;
    for (;;) {
        lp_tok_kind_t kb = lp_tok_next(trivia, &b);
        cr_assert(kb != LP_TOK_ERRORTOKEN);
        if (kb == LP_TOK_COMMENT) {
            comments++;
            cr_expect_eq(*b.start, '#');
            cr_expect_neq(b.end[-1], '\n');
            continue;
        }
        if (kb == LP_TOK_NL) {
            nls++;
            continue;
        }
        lp_tok_kind_t ka = lp_tok_next(plain, &a);
        cr_assert(ka != LP_TOK_COMMENT && ka != LP_TOK_NL, "trivia without the flag");
        cr_assert_eq(ka, kb, "%s without the flag, %s with it", kind_name((int)ka),
                     kind_name((int)kb));
        cr_assert(a.start == b.start && a.end == b.end && a.lineno == b.lineno && a.col == b.col);
        if (ka == LP_TOK_ENDMARKER) break;
    }
    cr_expect_eq(comments, 3);
    cr_expect(nls > 0);
}

/* Nesting: LP_TOK_MAXLEVEL brackets are fine, one more is an error. */
Test(tokenizer, bracket_nesting_limit)
{
    char src[2 * LP_TOK_MAXLEVEL + 8];
    for (int depth = LP_TOK_MAXLEVEL - 1; depth <= LP_TOK_MAXLEVEL + 1; depth++) {
        int n = 0;
        for (int i = 0; i < depth; i++)
            src[n++] = "([{"[i % 3];
        for (int i = depth - 1; i >= 0; i--)
            src[n++] = ")]}"[i % 3];
        src[n++] = '\n';
        src[n] = 0;
        lp_syntax_error_t err;
        int r = lp_tok_check(src, (size_t)n, 0, &err);
        if (depth <= LP_TOK_MAXLEVEL) {
            cr_expect_eq(r, 0, "depth %d: %s", depth, err.msg);
        } else {
            cr_expect_eq(r, -1, "depth %d accepted", depth);
            cr_expect_str_eq(err.msg, "too many nested parentheses");
        }
    }
}

/* Indentation: LP_TOK_MAXINDENT - 1 levels are fine, one more is an error. */
Test(tokenizer, indentation_limit)
{
    for (int levels = LP_TOK_MAXINDENT - 1; levels <= LP_TOK_MAXINDENT; levels++) {
        char *src = lp_alloc_atomic((size_t)(levels + 1) * (levels + 8) + 1), *p = src;
        for (int i = 0; i < levels; i++)
            p += sprintf(p, "%*sif 1:\n", i, "");
        p += sprintf(p, "%*spass\n", levels, "");
        lp_syntax_error_t err;
        int r = lp_tok_check(src, (size_t)(p - src), 0, &err);
        if (levels < LP_TOK_MAXINDENT) {
            cr_expect_eq(r, 0, "%d levels: %s", levels, err.msg);
        } else {
            cr_expect_eq(r, -1, "%d levels accepted", levels);
            cr_expect_str_eq(err.msg, "too many levels of indentation");
        }
    }
}

/* A stray character is an OP token for the parser to reject, not an
 * error of the tokenizer. */
Test(tokenizer, stray_character_is_op)
{
    static const char *const strays[] = {"$", "?", "!", "`"};
    for (size_t i = 0; i < sizeof strays / sizeof *strays; i++) {
        char src[16];
        snprintf(src, sizeof src, "x %s y\n", strays[i]);
        lp_tokenizer_t *t = start(src, 0);
        lp_token_t tok;
        cr_assert_eq(lp_tok_next(t, &tok), LP_TOK_NAME);
        cr_assert_eq(lp_tok_next(t, &tok), LP_TOK_OP, "%s", src);
        cr_expect_eq(tok.end - tok.start, 1);
        cr_expect_eq(*tok.start, strays[i][0]);
        cr_expect_eq(tok.col, 2);
        cr_expect(lp_tok_error(t) == NULL);
        cr_expect_eq(lp_tok_next(t, &tok), LP_TOK_NAME, "%s: the stream goes on", src);
    }
}

/* Operators come back with their exact kinds, never as OP. */
Test(tokenizer, operators_have_exact_kinds)
{
    for (int k = 0; k < LP_TOK__COUNT; k++) {
        const char *op = lp_token_text((lp_tok_kind_t)k);
        if (!op || strchr("()[]{}", op[0])) continue; /* brackets: next test */
        char src[16];
        snprintf(src, sizeof src, "a %s b\n", op);
        lp_tokenizer_t *t = start(src, 0);
        lp_token_t tok;
        lp_tok_next(t, &tok);
        lp_tok_kind_t got = lp_tok_next(t, &tok);
        cr_expect_eq(got, (lp_tok_kind_t)k, "%s: %s", src, kind_name((int)got));
        cr_expect_eq(tok.end - tok.start, (long)strlen(op), "%s", src);
    }
}

Test(tokenizer, brackets_have_exact_kinds)
{
    static const lp_tok_kind_t want[] = {
        LP_TOK_LPAR, LP_TOK_LSQB, LP_TOK_LBRACE,  LP_TOK_RBRACE,
        LP_TOK_RSQB, LP_TOK_RPAR, LP_TOK_NEWLINE, LP_TOK_ENDMARKER,
    };
    lp_tokenizer_t *t = start("( [ {\n} ] )\n", 0);
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        lp_token_t tok;
        lp_tok_kind_t k = lp_tok_next(t, &tok);
        cr_assert_eq(k, want[i], "token %zu: %s, want %s", i, kind_name((int)k),
                     kind_name((int)want[i]));
    }
}

/* The last line always ends with a NEWLINE token, even without "\n". */
Test(tokenizer, newline_at_end_without_final_newline)
{
    lp_tokenizer_t *t = start("x", 0);
    lp_token_t tok;
    cr_assert_eq(lp_tok_next(t, &tok), LP_TOK_NAME);
    cr_assert_eq(lp_tok_next(t, &tok), LP_TOK_NEWLINE);
    cr_expect_eq(tok.lineno, 1);
    cr_assert_eq(lp_tok_next(t, &tok), LP_TOK_ENDMARKER);
}
