/* tokenizer.c -- the parser's view: CPython's C tokenizer, on re2c scanners.
 *
 * The scanners of grammar/lexer.re say what token starts where; this driver
 * owns everything that needs memory: the indentation stack (INDENT/DEDENT,
 * tabs to multiples of 8 checked against tabs of width 1 for TabError), the
 * bracket stack (no NEWLINE inside brackets, mismatches), NEWLINE versus
 * blank lines, continuation lines, string bodies, number and identifier
 * checks, type comments and the end of the file.  Messages and positions are
 * CPython 3.11's (Parser/tokenizer.c and the pegen error paths).
 *
 * SPDX-License-Identifier: MIT
 */
#include "tokenizer.h"

#include <stdio.h>
#include <string.h>

#include "codecs.h"
#include "gc.h"
#include "lexer.h"
#include "literal.h"
#include "unicode.h"

enum { TABSIZE = 8 };

struct lp_tokenizer {
    const char *buf, *end;   /* the text; *end is the NUL */
    const char *cur;         /* next byte to read */
    const char *line_start;  /* start of the current line */
    int lineno;              /* of the current line */
    int flags;               /* LP_TOKF_* */
    int atbol;               /* at the beginning of a line */
    int pendin;              /* INDENTs (> 0) or DEDENTs (< 0) still to return */
    int indent;              /* top of the indentation stacks */
    int indstack[LP_TOK_MAXINDENT];    /* columns, tabs to multiples of 8 */
    int altindstack[LP_TOK_MAXINDENT]; /* columns, tabs of width 1 */
    int level;               /* bracket depth */
    char parenstack[LP_TOK_MAXLEVEL];  /* the open brackets ... */
    int parenline[LP_TOK_MAXLEVEL];    /* ... their lines ... */
    int parencol[LP_TOK_MAXLEVEL];     /* ... and byte columns */
    int blankline;           /* the current line has no token (blank or comment) */
    int failed;              /* an error was reported: only ERRORTOKEN from now */
    int ended;               /* ENDMARKER was returned */
    lp_syntax_error_t err;
};

lp_tokenizer_t *lp_tok_new(const char *text, size_t len, int flags)
{
    lp_tokenizer_t *t = lp_alloc(sizeof *t);
    t->buf = t->cur = t->line_start = text;
    t->end = text + len;
    t->lineno = 1;
    t->flags = flags;
    t->atbol = 1;
    return t;
}

const lp_syntax_error_t *lp_tok_error(const lp_tokenizer_t *t) { return t->failed ? &t->err : NULL; }

/* ==== errors ==== */

/* Code points of the current line before byte [p]: CPython's offsets. */
static int chars_before(const lp_tokenizer_t *t, const char *line_start, const char *p)
{
    return (int)lp_utf8_length(line_start, (size_t)(p - line_start));
}

/* Reports an error with CPython's 1-based offsets [off] and [end_off]. */
static lp_tok_kind_t fail_raw(lp_tokenizer_t *t, const char *type, int lineno, const char *ls,
                              int off, int end_off, const char *msg)
{
    lp_syntax_error_set(&t->err, type, lineno, off, lineno, end_off, "%s", msg);
    t->err.line = ls;
    t->failed = 1;
    return LP_TOK_ERRORTOKEN;
}

/* Reports an error at line [lineno] whose line starts at [ls], the offsets
 * pointing at the characters at [at] and [end_at] (NULL: no offset; no
 * [end_at]: the same as [at]). */
static lp_tok_kind_t fail(lp_tokenizer_t *t, const char *type, int lineno, const char *ls,
                          const char *at, const char *end_at, const char *msg)
{
    int off = at ? chars_before(t, ls, at) + 1 : 0;
    int end_off = end_at ? chars_before(t, ls, end_at) + 1 : off;
    return fail_raw(t, type, lineno, ls, off, end_off, msg);
}

/* The 1-based offset of [at] for the errors CPython reports through its
 * parser: bytes, or code points when the source declared its encoding. */
static int parser_offset(const lp_tokenizer_t *t, const char *ls, const char *at)
{
    if (t->flags & LP_TOKF_CHAR_OFFSETS) return chars_before(t, ls, at) + 1;
    return (int)(at - ls) + 1;
}

/* The offset of the line-continuation errors: as parser_offset for a file,
 * but counted from the start of the whole text for a string source (CPython
 * measures from its buffer, which holds the whole string then). */
static int continuation_offset(const lp_tokenizer_t *t, const char *ls, const char *at)
{
    if (t->flags & LP_TOKF_STRING_INPUT) return (int)(at - t->buf) + 1;
    return parser_offset(t, ls, at);
}

/* An error reported as CPython's syntaxerror(): the caret just before
 * [at] (CPython's offset is the length of the text before the cursor). */
static lp_tok_kind_t fail_here(lp_tokenizer_t *t, const char *at, const char *msg)
{
    return fail(t, "SyntaxError", t->lineno, t->line_start, at - 1 < t->line_start ? t->line_start : at - 1,
                NULL, msg);
}

/* ==== lines and indentation ==== */

/* The end of the file with brackets open: "'(' was never closed". */
static lp_tok_kind_t unclosed(lp_tokenizer_t *t)
{
    int i = t->level - 1;
    char msg[48];
    snprintf(msg, sizeof msg, "'%c' was never closed", t->parenstack[i]);
    const char *ls = t->buf;
    for (int line = 1; line < t->parenline[i]; ls++) line += *ls == '\n';
    return fail_raw(t, "SyntaxError", t->parenline[i], ls, parser_offset(t, ls, ls + t->parencol[i]),
                    0, msg);
}

/* Moves past the '\n' at t->cur - 1: a new line starts. */
static void new_line(lp_tokenizer_t *t)
{
    t->lineno++;
    t->line_start = t->cur;
}

/* Measures the indentation at the start of a line and queues INDENT or
 * DEDENT tokens.  Returns 0, or ERRORTOKEN after an error. */
static int indentation(lp_tokenizer_t *t)
{
    int col = 0, altcol = 0, cont_col = 0;
    const char *p = t->cur;
    for (;;) {
        if (*p == ' ') col++, altcol++;
        else if (*p == '\t') col = (col / TABSIZE + 1) * TABSIZE, altcol++;
        else if (*p == '\f') col = altcol = 0;
        else if (*p == '\\') { /* a continuation in the indentation: as CPython, the */
            cont_col = cont_col ? cont_col : col;   /* first backslash's column decides */
            if (p[1] != '\n')
                return fail_raw(t, "SyntaxError", t->lineno, t->line_start,
                                continuation_offset(t, t->line_start, p + 1), 0,
                                "unexpected character after line continuation character");
            const char *ls = t->line_start;
            t->cur = p += 2;
            if (p == t->end && t->level) return unclosed(t);
            if (p == t->end)
                return fail_raw(t, "SyntaxError", t->lineno, ls,
                                t->flags & LP_TOKF_STRING_INPUT ? continuation_offset(t, ls, p - 1) : 0,
                                -1, "unexpected EOF while parsing");
            new_line(t);
            continue;
        } else break;
        p++;
    }
    t->cur = p;
    if (*p == '#' || *p == '\n' || t->level > 0) return 0; /* blank line or inside brackets */
    if (cont_col) col = altcol = cont_col;
    if (p == t->end) col = altcol = 0;                       /* end of file: dedent all */
    if (col == t->indstack[t->indent]) {
        if (altcol != t->altindstack[t->indent]) goto tab_error;
    } else if (col > t->indstack[t->indent]) {
        if (t->indent + 1 >= LP_TOK_MAXINDENT)
            return fail_raw(t, "IndentationError", t->lineno, t->line_start, 1, 0,
                            "too many levels of indentation");
        if (altcol <= t->altindstack[t->indent]) goto tab_error;
        t->pendin++;
        t->indent++;
        t->indstack[t->indent] = col;
        t->altindstack[t->indent] = altcol;
    } else {
        while (t->indent > 0 && col < t->indstack[t->indent]) t->pendin--, t->indent--;
        if (col != t->indstack[t->indent]) /* the offset is the end of the line */
            return fail_raw(t, "IndentationError", t->lineno, t->line_start,
                            parser_offset(t, t->line_start, strchr(p, '\n')), -1,
                            "unindent does not match any outer indentation level");
        if (altcol != t->altindstack[t->indent]) goto tab_error;
    }
    return 0;
tab_error:
    return fail_raw(t, "TabError", t->lineno, t->line_start, 1, 0,
                    "inconsistent use of tabs and spaces in indentation");
}

/* ==== tokens ==== */

static lp_tok_kind_t make(lp_tokenizer_t *t, lp_token_t *tok, lp_tok_kind_t kind,
                          const char *start, const char *end)
{
    tok->kind = kind;
    tok->start = start;
    tok->end = end;
    tok->end_lineno = t->lineno;
    tok->end_col = (int)(end - t->line_start);
    return kind;
}

/* Checks the non-ASCII characters of a name, as CPython's verify_identifier. */
static lp_tok_kind_t check_identifier(lp_tokenizer_t *t, const char *s, const char *e)
{
    lp_decode_error_t de;
    if (!lp_utf8_check(s, (size_t)(e - s), &de)) {
        char msg[256];
        snprintf(msg, sizeof msg, "(unicode error) %s", de.message);
        return fail_raw(t, "SyntaxError", t->lineno, t->line_start,
                        parser_offset(t, t->line_start, e) - 1, -1, msg);
    }
    const char *p = s;
    for (int first = 1; p < e; first = 0) {
        const char *at = p;
        uint32_t c = lp_utf8_next(&p);
        if (first ? lp_unicode_is_id_start(c) : lp_unicode_is_id_continue(c)) continue;
        char msg[64], ch[5] = {0};
        lp_utf8_encode(c, ch);
        if (lp_unicode_is_printable(c)) snprintf(msg, sizeof msg, "invalid character '%s' (U+%04X)", ch, c);
        else snprintf(msg, sizeof msg, "invalid non-printable character U+%04X", c);
        return fail(t, "SyntaxError", t->lineno, t->line_start, at, NULL, msg);
    }
    return LP_TOK_NAME;
}

/* Whether [c] may continue an identifier (CPython's is_potential_identifier_char). */
static int ident_char(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_' || c >= 128;
}

/* ==== numbers ==== */

/* A cursor over a number, stepping as CPython's tok_nextc/tok_backup do, so
 * that error offsets land where CPython puts them. */
typedef struct {
    lp_tokenizer_t *t;
    const char *p; /* just past the last character read */
} numcur_t;

static int nextc(numcur_t *n) { return (unsigned char)*n->p++; }
static void backup(numcur_t *n) { n->p--; }
static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_xdigit(int c) { return is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }

/* An error with CPython's caret: the offset is the text before the cursor.
 * [kind] names the literal ("decimal", "octal", ...); [digit], when not 0,
 * is the digit that does not belong to it. */
static int num_error(numcur_t *n, const char *kind, int digit)
{
    char msg[64];
    if (digit) snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", digit, kind);
    else snprintf(msg, sizeof msg, "invalid %s literal", kind);
    fail_here(n->t, n->p, msg);
    return 0;
}

/* CPython's verify_end_of_number for the character [c] just read: the
 * keywords that may follow a number directly are let through (CPython warns
 * about them); any other identifier character is an error.  Returns 0 after
 * an error. */
static int end_of_number(numcur_t *n, int c, const char *kind)
{
    const char *q = n->p;
    int ok = (c == 'a' && strncmp(q, "nd", 2) == 0) || (c == 'e' && strncmp(q, "lse", 3) == 0) ||
             (c == 'f' && strncmp(q, "or", 2) == 0) || (c == 'o' && q[0] == 'r') ||
             (c == 'n' && strncmp(q, "ot", 2) == 0) ||
             (c == 'i' && (q[0] == 'f' || q[0] == 'n' || q[0] == 's'));
    if (ok || c >= 128 || !ident_char((unsigned char)c)) return 1; /* CPython checks ASCII only */
    backup(n);
    return num_error(n, kind, 0);
}

/* Digits and single underscores after a first digit; returns the character
 * after them, or 0 after an error (CPython's tok_decimal_tail). */
static int decimal_tail(numcur_t *n)
{
    for (;;) {
        int c;
        do c = nextc(n); while (is_digit(c));
        if (c != '_') return c;
        c = nextc(n);
        if (!is_digit(c)) {
            backup(n);
            return num_error(n, "decimal", 0);
        }
    }
}

/* 0x, 0o, 0b literals after the prefix; [radix] 16, 8 or 2. */
static int radix_number(numcur_t *n, int radix, const char *kind)
{
    int c = nextc(n);
    do {
        if (c == '_') c = nextc(n);
        int ok = radix == 16 ? is_xdigit(c) : c >= '0' && c < '0' + radix;
        if (!ok) {
            if (radix != 16 && is_digit(c)) return num_error(n, kind, c);
            backup(n);
            return num_error(n, kind, 0);
        }
        do c = nextc(n); while (radix == 16 ? is_xdigit(c) : c >= '0' && c < '0' + radix);
    } while (c == '_');
    if (radix != 16 && is_digit(c)) return num_error(n, kind, c);
    if (!end_of_number(n, c, kind)) return 0;
    backup(n);
    return 1;
}

/* The fraction, exponent and imaginary parts; [c] is the character after
 * the integer part (or after the '.'), [frac] whether a '.' was read. */
static int float_tail(numcur_t *n, int c, int frac)
{
    if (frac && is_digit(c) && !(c = decimal_tail(n))) return 0;
    if (c == 'e' || c == 'E') {
        int e = c;
        c = nextc(n);
        if (c == '+' || c == '-') {
            c = nextc(n);
            if (!is_digit(c)) {
                backup(n);
                return num_error(n, "decimal", 0);
            }
        } else if (!is_digit(c)) {
            backup(n);
            if (!end_of_number(n, e, "decimal")) return 0;
            backup(n);
            return 1;
        }
        if (!(c = decimal_tail(n))) return 0;
    }
    if (c == 'j' || c == 'J') {
        c = nextc(n);
        if (!end_of_number(n, c, "imaginary")) return 0;
    } else if (!end_of_number(n, c, "decimal")) {
        return 0;
    }
    backup(n);
    return 1;
}

/* A literal that starts with '0' and is no 0x/0o/0b: zeros, then maybe the
 * forbidden leading-zero form, a float or an imaginary number. */
static int zero_number(numcur_t *n, const char *start, int c)
{
    for (;;) {
        if (c == '_') {
            c = nextc(n);
            if (!is_digit(c)) {
                backup(n);
                return num_error(n, "decimal", 0);
            }
        }
        if (c != '0') break;
        c = nextc(n);
    }
    const char *zeros_end = n->p;
    int nonzero = is_digit(c);
    if (nonzero && !(c = decimal_tail(n))) return 0;
    if (c == '.') return float_tail(n, nextc(n), 1);
    if (c == 'e' || c == 'E' || c == 'j' || c == 'J') return float_tail(n, c, 0);
    if (nonzero) {
        lp_tokenizer_t *t = n->t;
        fail_raw(t, "SyntaxError", t->lineno, t->line_start, (int)(start - t->line_start) + 1,
                 (int)(zeros_end - t->line_start),
                 "leading zeros in decimal integer literals are not permitted; use an 0o prefix "
                 "for octal integers"); /* byte offsets, as CPython's */
        return 0;
    }
    if (!end_of_number(n, c, "decimal")) return 0;
    backup(n);
    return 1;
}

/* Checks the number literal at [s] as CPython's tokenizer does and sets
 * *[endp] past it.  The re2c scanner finds the longest valid literal; only
 * when an identifier character follows is the slow, exact path needed. */
static int number(lp_tokenizer_t *t, const char *s, const char **endp)
{
    const char *e = s + lp_lex_number(s);
    if (e > s && !ident_char((unsigned char)*e)) {
        *endp = e;
        return 1;
    }
    numcur_t n = {t, s};
    int c = nextc(&n), ok;
    if (c == '.') {
        ok = float_tail(&n, nextc(&n), 1);
    } else if (c == '0') {
        c = nextc(&n);
        int x = c | 0x20;
        if (x == 'x') ok = radix_number(&n, 16, "hexadecimal");
        else if (x == 'o') ok = radix_number(&n, 8, "octal");
        else if (x == 'b') ok = radix_number(&n, 2, "binary");
        else ok = zero_number(&n, s, c);
    } else {
        ok = (c = decimal_tail(&n)) && float_tail(&n, c == '.' ? nextc(&n) : c, c == '.');
    }
    *endp = n.p;
    return ok;
}

/* ==== strings ==== */

/* Scans the body of a string whose prefix and opening quote(s) end at [p];
 * the literal is one STRING token, f-strings included (3.11).  A backslash
 * escapes the next character, a newline too; a bare newline ends a
 * single-quoted string with an error. */
static lp_tok_kind_t string(lp_tokenizer_t *t, lp_token_t *tok, const char *start, const char *p,
                            int quote_len)
{
    char q = p[-1];
    const char *body_start = p;
    int first_line = t->lineno;
    const char *first_line_start = t->line_start;
    for (;;) {
        char c = *p++;
        if (c == q) {
            if (quote_len == 1) break;
            if (p[0] == q && p[1] == q) { p += 2; break; }
        } else if (c == '\\') {
            if (p == t->end) c = 0;
            else if (*p++ == '\n') t->cur = p, new_line(t);
        }
        if (c == '\n' && quote_len == 3) t->cur = p, new_line(t);
        if ((c == '\n' && quote_len == 1) || (c == 0 && p > t->end)) {
            int at_line = c == '\n' ? t->lineno : t->lineno - 1; /* EOF: after the last '\n' */
            char msg[96];
            snprintf(msg, sizeof msg, "unterminated %sstring literal (detected at line %d)",
                     quote_len == 3 ? "triple-quoted " : "", at_line);
            return fail(t, "SyntaxError", first_line, first_line_start, start, start, msg);
        }
    }
    t->cur = p;
    lp_decode_error_t de;
    int declared_utf8 = (t->flags & LP_TOKF_CHAR_OFFSETS) && (t->flags & LP_TOKF_UNCHECKED_UTF8);
    if (declared_utf8 && !lp_literal_utf8_check(start, (size_t)(p - start), &de)) {
        /* a source declared UTF-8 is not validated in advance: CPython finds
         * bad bytes when it decodes the literal */
        char msg[256];
        snprintf(msg, sizeof msg, "(unicode error) %s", de.message);
        int off = parser_offset(t, first_line_start, body_start);
        return fail_raw(t, "SyntaxError", first_line, first_line_start, off, off, msg);
    }
    return make(t, tok, LP_TOK_STRING, start, p);
}

/* ==== brackets ==== */

static lp_tok_kind_t open_bracket(lp_tokenizer_t *t, const char *at)
{
    if (t->level >= LP_TOK_MAXLEVEL) return fail_here(t, at + 1, "too many nested parentheses");
    t->parenstack[t->level] = *at;
    t->parenline[t->level] = t->lineno;
    t->parencol[t->level] = (int)(at - t->line_start);
    t->level++;
    return LP_TOK_OP;
}

static lp_tok_kind_t close_bracket(lp_tokenizer_t *t, const char *at)
{
    char c = *at, msg[128];
    if (!t->level) {
        snprintf(msg, sizeof msg, "unmatched '%c'", c);
        return fail_here(t, at + 1, msg);
    }
    char open = t->parenstack[--t->level];
    if ((open == '(' && c == ')') || (open == '[' && c == ']') || (open == '{' && c == '}'))
        return LP_TOK_OP;
    if (t->parenline[t->level] != t->lineno)
        snprintf(msg, sizeof msg,
                 "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c,
                 open, t->parenline[t->level]);
    else
        snprintf(msg, sizeof msg, "closing parenthesis '%c' does not match opening parenthesis '%c'",
                 c, open);
    return fail_here(t, at + 1, msg);
}

/* ==== comments ==== */

/* A comment [s, e): with LP_TOKF_TYPE_COMMENTS, "# type: X" is TYPE_COMMENT
 * (text X) and "# type: ignore..." TYPE_IGNORE (text after "ignore").
 * Returns LP_TOK_COMMENT for any other comment. */
static lp_tok_kind_t type_comment(const char *s, const char *e, const char **text)
{
    static const char prefix[] = "# type: ";
    const char *p = s;
    for (const char *q = prefix; *q; q++) {
        if (*q == ' ') {
            while (p < e && (*p == ' ' || *p == '\t')) p++;
        } else if (p < e && *p == *q) {
            p++;
        } else {
            return LP_TOK_COMMENT;
        }
    }
    const char *ign = p + 6;
    if (ign <= e && memcmp(p, "ignore", 6) == 0 &&
        !(ign < e && ((unsigned char)*ign >= 128 || (ident_char((unsigned char)*ign) && *ign != '_')))) {
        *text = ign;
        return LP_TOK_TYPE_IGNORE;
    }
    *text = p;
    return LP_TOK_TYPE_COMMENT;
}

/* ==== the next token ==== */

static lp_tok_kind_t operator(lp_tokenizer_t *t, lp_token_t *tok, const char *s);

/* The end of the file: NEWLINE was given by the last line; what remains is
 * DEDENTs (queued by indentation()) and ENDMARKER, or errors. */
static lp_tok_kind_t end_of_file(lp_tokenizer_t *t, lp_token_t *tok)
{
    if (t->level) return unclosed(t);
    t->ended = 1;
    return make(t, tok, LP_TOK_ENDMARKER, t->cur, t->cur);
}

/* One raw token at t->cur (blanks skipped); [blank] is set on lines with no
 * token but a comment. */
static lp_tok_kind_t scan(lp_tokenizer_t *t, lp_token_t *tok, int blank)
{
    for (;;) {
        const char *s = t->cur;
        lp_lexeme_t x;
        lp_lex_class_t cls = lp_lex_token(s, &x);
        tok->start = s;
        tok->lineno = t->lineno;
        tok->col = (int)(s - t->line_start);
        tok->kw = 0;
        switch (cls) {
        case LX_SPACE: t->cur += x.len; continue;
        case LX_END:
            if (s < t->end) return fail(t, "SyntaxError", t->lineno, t->line_start, NULL, NULL,
                                        "source code cannot contain null bytes");
            return end_of_file(t, tok);
        case LX_NEWLINE:
            t->cur++;
            t->atbol = 1;
            if (blank || t->level > 0) {
                lp_tok_kind_t k = make(t, tok, LP_TOK_NL, s, s + 1);
                new_line(t);
                if (t->flags & LP_TOKF_TRIVIA) return k;
                return -1; /* next line */
            }
            make(t, tok, LP_TOK_NEWLINE, s, s); /* zero width, as CPython's */
            new_line(t);
            return LP_TOK_NEWLINE;
        case LX_COMMENT: {
            const char *e = s + x.len, *text;
            t->cur = e;
            lp_tok_kind_t k = LP_TOK_COMMENT;
            if (t->flags & LP_TOKF_TYPE_COMMENTS) k = type_comment(s, e, &text);
            if (k == LP_TOK_COMMENT) {
                if (t->flags & LP_TOKF_TRIVIA) return make(t, tok, k, s, e);
                continue;
            }
            make(t, tok, k, text, e);
            tok->col = (int)(text - t->line_start); /* the comment's text, as CPython's */
            if (k == LP_TOK_TYPE_IGNORE && blank) t->cur++, t->atbol = 1, new_line(t);
            t->blankline = 0; /* as CPython: a NEWLINE follows a type comment */
            return k;
        }
        case LX_BACKSLASH: {
            t->cur++;
            if (*t->cur != '\n') {
                t->cur++;
                return fail_raw(t, "SyntaxError", t->lineno, t->line_start,
                                continuation_offset(t, t->line_start, t->cur - 1), 0,
                                "unexpected character after line continuation character");
            }
            const char *ls = t->line_start;
            t->cur++;
            if (t->cur == t->end) {
                if (t->level) return end_of_file(t, tok);
                return fail_raw(t, "SyntaxError", t->lineno, ls, continuation_offset(t, ls, t->cur - 1),
                                -1, "unexpected EOF while parsing");
            }
            new_line(t);
            continue;
        }
        case LX_NUMBER: {
            const char *e;
            if (!number(t, s, &e)) return LP_TOK_ERRORTOKEN;
            t->cur = e;
            return make(t, tok, LP_TOK_NUMBER, s, e);
        }
        case LX_STRING: return string(t, tok, s, s + x.len, x.quote_len);
        case LX_NAME: {
            t->cur = s + x.len;
            tok->kw = x.kw;
            tok->name = s;
            tok->name_len = (size_t)x.len;
            for (const char *p = s; p < t->cur; p++)
                if ((unsigned char)*p >= 0x80) {
                    if (check_identifier(t, s, t->cur) != LP_TOK_NAME) return LP_TOK_ERRORTOKEN;
                    tok->name = lp_unicode_nfkc(s, (size_t)x.len, &tok->name_len);
                    break;
                }
            return make(t, tok, LP_TOK_NAME, s, t->cur);
        }
        case LX_OTHER: return operator(t, tok, s);
        }
    }
}

/* An operator or delimiter, or a stray character. */
static lp_tok_kind_t operator(lp_tokenizer_t *t, lp_token_t *tok, const char *s)
{
    lp_tok_kind_t kind;
    int len = lp_lex_operator(s, &kind);
    if (s[0] == '<' && s[1] == '>') kind = LP_TOK_NOTEQUAL, len = 2; /* PEP 401 */
    if (len == 0) {
        const char *p = s;
        uint32_t c = lp_utf8_next(&p);
        if (!lp_unicode_is_printable(c)) {
            char msg[64];
            snprintf(msg, sizeof msg, "invalid non-printable character U+%04X", c);
            return fail_here(t, s + 1, msg);
        }
        t->cur = p;
        return make(t, tok, LP_TOK_OP, s, p);
    }
    if (len == 1 && (*s == '(' || *s == '[' || *s == '{') && open_bracket(t, s) != LP_TOK_OP)
        return LP_TOK_ERRORTOKEN;
    if (len == 1 && (*s == ')' || *s == ']' || *s == '}') && close_bracket(t, s) != LP_TOK_OP)
        return LP_TOK_ERRORTOKEN;
    t->cur = s + len;
    return make(t, tok, kind, s, s + len);
}

lp_tok_kind_t lp_tok_next(lp_tokenizer_t *t, lp_token_t *tok)
{
    if (t->failed) return LP_TOK_ERRORTOKEN;
    for (;;) {
        if (t->ended) return make(t, tok, LP_TOK_ENDMARKER, t->cur, t->cur);
        if (t->atbol) {
            t->atbol = 0;
            if (indentation(t) != 0) return LP_TOK_ERRORTOKEN;
            t->blankline = *t->cur == '#' || *t->cur == '\n';
        }
        if (t->pendin) {
            lp_tok_kind_t k = t->pendin > 0 ? LP_TOK_INDENT : LP_TOK_DEDENT;
            t->pendin += t->pendin > 0 ? -1 : 1;
            tok->lineno = t->lineno;
            tok->col = (int)(t->cur - t->line_start);
            tok->kw = 0;
            return make(t, tok, k, t->cur, t->cur);
        }
        lp_tok_kind_t k = scan(t, tok, t->blankline);
        if ((int)k != -1) return k;
    }
}

int lp_tok_check(const char *text, size_t len, int flags, lp_syntax_error_t *err)
{
    lp_tokenizer_t *t = lp_tok_new(text, len, flags);
    lp_token_t tok;
    for (;;) {
        lp_tok_kind_t k = lp_tok_next(t, &tok);
        if (k == LP_TOK_ENDMARKER) return 0;
        if (k == LP_TOK_ERRORTOKEN) {
            *err = t->err;
            return -1;
        }
        if (k == LP_TOK_OP) { /* a stray character: the parser's "invalid syntax" */
            const char *ls = tok.start - tok.col;
            lp_syntax_error_set(err, "SyntaxError", tok.lineno, parser_offset(t, ls, tok.start),
                                tok.lineno, parser_offset(t, ls, tok.end), "invalid syntax");
            err->line = ls;
            return -1;
        }
    }
}
