/* test_lexer.c -- the re2c scanners of grammar/lexer.re (src/lexer.h).
 *
 * The tables come from tokenizer_cases.h, written by
 * scripts/gen_tokenizer_cases.py from CPython 3.11: token.tok_name,
 * token.EXACT_TOKEN_TYPES, the first token Lib/tokenize.py finds in every
 * operator followed by a one-character operator, the longest prefix of
 * tricky inputs that tokenize.Number matches, and string openings matched
 * with tokenize.StringPrefix.  The classification tests at the end check
 * what lexer.h defines.
 *
 * SPDX-License-Identifier: MIT
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "gc.h"
#include "lexer.h"
#include "token.h"
#include "tokenizer_cases.h"

static void setup(void)
{
    lp_gc_init();
}

TestSuite(lexer, .init = setup);

/* ==== token kinds ==== */

/* tokens.h numbers its kinds as Python's token module. */
Test(lexer, token_names_are_pythons)
{
    cr_assert_eq(LP_TOK__COUNT, TC_N_TOKEN, "token.N_TOKENS");
    for (int k = 0; k < LP_TOK__COUNT; k++)
        cr_expect_str_eq(lp_token_name((lp_tok_kind_t)k), tc_tok_names[k], "kind %d", k);
}

/* lp_token_text is token.EXACT_TOKEN_TYPES turned around. */
Test(lexer, token_texts_are_exact_token_types)
{
    int with_text = 0;
    for (int k = 0; k < LP_TOK__COUNT; k++)
        with_text += lp_token_text((lp_tok_kind_t)k) != NULL;
    cr_expect_eq(with_text, TC_COUNT(tc_ops), "kinds with an operator text");
    for (int i = 0; i < TC_COUNT(tc_ops); i++) {
        const char *text = lp_token_text((lp_tok_kind_t)tc_ops[i].kind);
        cr_expect(text && strcmp(text, tc_ops[i].text) == 0, "%s: lp_token_text gives %s",
                  tc_ops[i].text, text ? text : "NULL");
    }
}

/* ==== operators ==== */

/* Each operator alone (followed by the NUL, or by a blank). */
Test(lexer, every_operator)
{
    for (int i = 0; i < TC_COUNT(tc_ops); i++) {
        const tc_op_t *op = &tc_ops[i];
        char buf[8];
        for (int blank = 0; blank < 2; blank++) {
            snprintf(buf, sizeof buf, "%s%s", op->text, blank ? " " : "");
            lp_tok_kind_t kind = LP_TOK_ERRORTOKEN;
            int len = lp_lex_operator(buf, &kind);
            cr_expect(len == op->len && (int)kind == op->kind,
                      "\"%s\": length %d kind %s, want %d %s", buf, len,
                      len ? lp_token_name(kind) : "-", op->len,
                      lp_token_name((lp_tok_kind_t)op->kind));
        }
    }
}

/* An operator followed by another: the longest match, as tokenize.py. */
Test(lexer, operator_pairs_longest_match)
{
    for (int i = 0; i < TC_COUNT(tc_op_pairs); i++) {
        const tc_op_t *op = &tc_op_pairs[i];
        lp_tok_kind_t kind = LP_TOK_ERRORTOKEN;
        int len = lp_lex_operator(op->text, &kind);
        cr_expect(len == op->len && (int)kind == op->kind,
                  "\"%s\": length %d kind %s, tokenize gives %d %s", op->text, len,
                  len ? lp_token_name(kind) : "-", op->len, lp_token_name((lp_tok_kind_t)op->kind));
    }
}

/* Characters that start no operator. */
Test(lexer, no_operator)
{
    static const char *const none[] = {"",  "$", "?",  "!", "`",  "a",  "1",
                                       "'", "#", "\\", " ", "\n", "!x", "\xc3\xa9"};
    for (size_t i = 0; i < sizeof none / sizeof *none; i++) {
        lp_tok_kind_t kind;
        cr_expect_eq(lp_lex_operator(none[i], &kind), 0, "\"%s\"", none[i]);
    }
}

/* ==== numbers ==== */

Test(lexer, number_lengths)
{
    for (int i = 0; i < TC_COUNT(tc_numbers); i++) {
        const tc_number_t *n = &tc_numbers[i];
        cr_expect_eq(lp_lex_number(n->text), n->len, "\"%s\": %d, tokenize.Number matches %d",
                     n->text, lp_lex_number(n->text), n->len);
    }
}

/* The same inputs with something after them that no number can take. */
Test(lexer, number_lengths_followed_by_a_blank)
{
    for (int i = 0; i < TC_COUNT(tc_numbers); i++) {
        const tc_number_t *n = &tc_numbers[i];
        char buf[64];
        snprintf(buf, sizeof buf, "%s )", n->text);
        cr_expect_eq(lp_lex_number(buf), n->len, "\"%s\"", buf);
    }
}

/* ==== string openings ==== */

Test(lexer, string_starts)
{
    for (int i = 0; i < TC_COUNT(tc_string_starts); i++) {
        const tc_string_start_t *s = &tc_string_starts[i];
        int q = -1;
        int len = lp_lex_string_start(s->text, &q);
        cr_expect_eq(len, s->len, "\"%s\": length %d, tokenize.StringPrefix gives %d", s->text, len,
                     s->len);
        if (s->len) cr_expect_eq(q, s->quote_len, "\"%s\": quote length %d", s->text, q);
    }
}

/* ==== lp_lex_token: what lexer.h defines ==== */

static lp_lex_class_t classify(const char *s, lp_lexeme_t *x)
{
    memset(x, 0x55, sizeof *x);
    return lp_lex_token(s, x);
}

/* Every string opening of the table is an LX_STRING of the same length. */
Test(lexer, token_strings)
{
    for (int i = 0; i < TC_COUNT(tc_string_starts); i++) {
        const tc_string_start_t *s = &tc_string_starts[i];
        if (!s->len) continue;
        lp_lexeme_t x;
        lp_lex_class_t c = classify(s->text, &x);
        cr_expect(c == LX_STRING && x.len == s->len && x.quote_len == s->quote_len,
                  "\"%s\": class %d len %d quote %d", s->text, c, x.len, x.quote_len);
    }
}

/* A digit, or '.' and a digit, starts a number; the length is left to
 * lp_lex_number. */
Test(lexer, token_numbers)
{
    for (int i = 0; i < TC_COUNT(tc_numbers); i++) {
        const char *t = tc_numbers[i].text;
        int starts = (t[0] >= '0' && t[0] <= '9') || (t[0] == '.' && t[1] >= '0' && t[1] <= '9');
        lp_lexeme_t x;
        lp_lex_class_t c = classify(t, &x);
        if (starts)
            cr_expect_eq(c, LX_NUMBER, "\"%s\": class %d", t, c);
        else
            cr_expect_neq(c, LX_NUMBER, "\"%s\"", t);
    }
}

/* Keywords (keyword.kwlist + keyword.softkwlist) are LX_NAME with their
 * LP_KW_ number; with one more identifier character they are plain names. */
Test(lexer, token_keywords)
{
    cr_assert_eq(TC_COUNT(tc_keywords), LP_KW__COUNT - 1);
    for (int i = 0; i < TC_COUNT(tc_keywords); i++) {
        const char *kw = tc_keywords[i];
        static const char *const tails[] = {"", " ", "(", ".", ":", "\n"};
        for (size_t t = 0; t < sizeof tails / sizeof *tails; t++) {
            char buf[32];
            snprintf(buf, sizeof buf, "%s%s", kw, tails[t]);
            lp_lexeme_t x;
            lp_lex_class_t c = classify(buf, &x);
            cr_expect(c == LX_NAME && x.kw == i + 1 && x.len == (int)strlen(kw),
                      "\"%s\": class %d kw %d len %d", buf, c, x.kw, x.len);
        }
        static const char *const longer[] = {"_", "x", "0", "\xc3\xa9"};
        for (size_t t = 0; t < sizeof longer / sizeof *longer; t++) {
            char buf[32];
            snprintf(buf, sizeof buf, "%s%s", kw, longer[t]);
            lp_lexeme_t x;
            lp_lex_class_t c = classify(buf, &x);
            cr_expect(c == LX_NAME && x.kw == 0 && x.len == (int)strlen(buf),
                      "\"%s\": class %d kw %d len %d", buf, c, x.kw, x.len);
        }
    }
}

Test(lexer, token_classes)
{
    static const struct {
        const char *s;
        lp_lex_class_t cls;
        int len; /* -1: not checked (lexer.h says 0 for LX_NUMBER, LX_OTHER) */
    } cases[] = {
        {"", LX_END, 0},
        {" ", LX_SPACE, 1},
        {" \t\f x", LX_SPACE, 4},
        {"# comment\nx", LX_COMMENT, 9},
        {"#", LX_COMMENT, 1},
        {"\n", LX_NEWLINE, 1},
        {"\\\n", LX_BACKSLASH, 1},
        {"\\x", LX_BACKSLASH, 1},
        {"1", LX_NUMBER, -1},
        {".5", LX_NUMBER, -1},
        {"x", LX_NAME, 1},
        {"_x1 ", LX_NAME, 3},
        {"rb", LX_NAME, 2},
        {"f(", LX_NAME, 1},
        {"caf\xc3\xa9 ", LX_NAME, 5},
        {"\xe2\x82\xac", LX_NAME, 3}, /* bytes >= 0x80 are checked by the driver */
        {".", LX_OTHER, -1},
        {"...", LX_OTHER, -1},
        {"+", LX_OTHER, -1},
        {"$", LX_OTHER, -1},
        {"'", LX_STRING, 1},
        {"rb'''", LX_STRING, 5},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        lp_lexeme_t x;
        lp_lex_class_t c = classify(cases[i].s, &x);
        cr_expect_eq(c, cases[i].cls, "case %zu: class %d, want %d", i, c, cases[i].cls);
        if (cases[i].len >= 0) cr_expect_eq(x.len, cases[i].len, "case %zu: len %d", i, x.len);
    }
}
