/* tokenize_view.c -- `lemonpy -m tokenize`: the token stream as Lib/tokenize.py
 * shows it.
 *
 * `python3 -m tokenize` does not run CPython's C tokenizer: it runs the
 * pure-Python, regular-expression tokenizer of Lib/tokenize.py, which
 * validates nothing, emits COMMENT, NL and ERRORTOKEN, and has its own end-of-
 * file habits.  To print exactly what it prints, this view follows that
 * module's line-by-line algorithm (function `_tokenize`), step for step, and
 * recognises each token with the re2c scanners of grammar/lexer.re taken in
 * the order of tokenize.py's pattern alternatives (`PseudoToken`): extras
 * (continuation, end, comment, triple-quote opening), number, newline or
 * operator, single-quoted string, name (`\w+`).  For these patterns the first
 * alternative that matches is also the longest, so the DFAs agree with
 * Python's backtracking matcher; the string tails are scanned in C.
 *
 * Columns count code points, as Python's str indexes do.  Since tokenize.py
 * builds the whole token list before printing, any error prints no token:
 * the output is collected in a buffer and written only on success.
 *
 * SPDX-License-Identifier: MIT
 */
#define _GNU_SOURCE /* memmem */
#include "tokenize_view.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "codecs.h"
#include "gc.h"
#include "lexer.h"
#include "source.h"
#include "unicode.h"

enum { TABSIZE = 8 };

/* One physical line of decoded text, its newline included. */
typedef struct {
    const char *s;
    int n;     /* bytes */
    int ascii; /* all bytes < 0x80: byte offsets are columns */
} line_t;

/* The state of `_tokenize`, with the same names where it helps. */
typedef struct {
    const char *filename;
    const char *quoted_name; /* repr(filename), for the messages of detect_encoding */
    int exact;            /* -e: print exact operator types */
    lp_buf_t out;         /* printed tokens, written on success */
    line_t *lines;        /* the input, split after each '\n' */
    int nlines;
    int bad_line;         /* index of a line that does not decode, or -1 */
    const char *bad_msg;  /* str() of its UnicodeDecodeError */
    int lnum, parenlev, continued;
    int *indents, nindents, capindents;
    /* a string that continues on the next lines */
    const char *contstr;  /* its first byte, or NULL */
    int needcont;         /* single-quoted, continued by a backslash */
    int str_line, str_col;
    char quote;           /* its quote character */
    int triple;
    /* the error, if any: printed as tokenize.main prints it */
    lp_buf_t err;
} tv_state_t;

/* ==== output ==== */

static int column(const line_t *ln, int off)
{
    return ln->ascii ? off : (int)lp_utf8_length(ln->s, (size_t)off);
}

/* Appends Python's repr of [n] bytes at [s] to [b]. */
static void repr_into(lp_buf_t *b, const char *s, size_t n)
{
    char *dst = lp_buf_reserve(b, 10 * n + 3);
    b->len += lp_unicode_repr(s, n, dst);
    b->data[b->len] = 0;
}

/* Appends Python's repr of [n] bytes at [s], padded with blanks to 15 code
 * points: the `%-15r` of tokenize.main. */
static void put_repr(lp_buf_t *b, const char *s, size_t n)
{
    size_t before = b->len;
    repr_into(b, s, n);
    size_t width = lp_utf8_length(b->data + before, b->len - before);
    if (width < 15) lp_buf_fill(b, ' ', 15 - width);
}

static void emit(tv_state_t *st, lp_tok_kind_t kind, const char *s, size_t n, int l1, int c1,
                 int l2, int c2)
{
    lp_tok_kind_t shown = kind;
    if (!st->exact && lp_token_text(kind)) shown = LP_TOK_OP;
    char range[64];
    int w = snprintf(range, sizeof range, "%d,%d-%d,%d:", l1, c1, l2, c2);
    lp_buf_add(&st->out, range, (size_t)w);
    if (w < 20) lp_buf_fill(&st->out, ' ', (size_t)(20 - w));
    const char *name = lp_token_name(shown);
    size_t nl = strlen(name);
    lp_buf_add(&st->out, name, nl);
    if (nl < 15) lp_buf_fill(&st->out, ' ', 15 - nl);
    put_repr(&st->out, s, n);
    lp_buf_putc(&st->out, '\n');
}

/* Emits a token that lies within line [ln], bytes [a, b). */
static void emit_in_line(tv_state_t *st, lp_tok_kind_t kind, const line_t *ln, int a, int b)
{
    emit(st, kind, ln->s + a, (size_t)(b - a), st->lnum, column(ln, a), st->lnum, column(ln, b));
}

/* ==== errors: what tokenize.main prints for each exception ==== */

static void fail_at(tv_state_t *st, const char *msg, int line, int col)
{
    lp_buf_printf(&st->err, "%s:%d:%d: error: %s\n", st->filename, line, col, msg);
}

/* ==== the patterns of tokenize.py ==== */

/* The tail of a string after its opening quote(s), `endpats[...]`: returns
 * the offset just past the closing quote(s), or -1 if [ln] does not close it.
 * A backslash escapes any character but '\n' ('.' does not match newline). */
static int string_tail(const line_t *ln, int i, char q, int triple)
{
    const char *s = ln->s;
    while (i < ln->n) {
        char c = s[i];
        if (c == q) {
            if (!triple) return i + 1;
            if (i + 2 < ln->n && s[i + 1] == q && s[i + 2] == q) return i + 3;
            i++;
        } else if (c == '\\') {
            if (i + 1 >= ln->n || s[i + 1] == '\n') return -1;
            i += 2;
        } else {
            i++;
        }
    }
    return -1;
}

/* `ContStr`: the rest of a single-quoted string on its first line, from just
 * after the quote.  Returns the end offset (after the closing quote, or after
 * a backslash-newline that continues it), or -1. */
static int contstr_tail(const line_t *ln, int i, char q)
{
    const char *s = ln->s;
    while (i < ln->n) {
        char c = s[i];
        if (c == q) return i + 1;
        if (c == '\n') return -1;
        if (c == '\\') {
            if (i + 1 >= ln->n) return -1;
            if (s[i + 1] == '\n') return i + 2;
            if (s[i + 1] == '\r' && i + 2 < ln->n && s[i + 2] == '\n') return i + 3;
            i += 2;
        } else {
            i++;
        }
    }
    return -1;
}

/* `Name = r'\w+'`: the end of a run of word characters from [i]. */
static int word_run(const line_t *ln, int i)
{
    while (i < ln->n) {
        unsigned char c = (unsigned char)ln->s[i];
        if (c < 0x80) {
            if (!(c == '_' || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')))
                break;
            i++;
        } else {
            const char *p = ln->s + i;
            if (!lp_unicode_is_word(lp_utf8_next(&p))) break;
            i = (int)(p - ln->s);
        }
    }
    return i;
}

/* What `PseudoToken` matched, which decides the branch of `_tokenize`. */
typedef enum {
    PM_NONE, PM_EMPTY, PM_CONTINUATION, PM_COMMENT, PM_TRIPLE, PM_NUMBER,
    PM_NEWLINE, PM_OP, PM_STRING, PM_NAME
} pseudo_t;

/* `PseudoToken.match(line, pos)`: skips blanks, then tries the alternatives
 * in tokenize.py's order; [*start, *end) is group 1. */
static pseudo_t pseudo_match(const line_t *ln, int pos, int *start, int *end, lp_tok_kind_t *op)
{
    const char *s = ln->s;
    while (pos < ln->n && (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '\f')) pos++;
    *start = pos;
    if (pos == ln->n) { *end = pos; return PM_EMPTY; } /* \Z */
    char c = s[pos];
    if (c == '\\') {
        int k = pos + 1 < ln->n && s[pos + 1] == '\r' ? pos + 2 : pos + 1;
        if (k < ln->n && s[k] == '\n') { *end = k + 1; return PM_CONTINUATION; }
        return PM_NONE;
    }
    if (c == '#') {
        int e = pos;
        while (e < ln->n && s[e] != '\r' && s[e] != '\n') e++;
        *end = e;
        return PM_COMMENT;
    }
    int qlen = 0, slen = lp_lex_string_start(s + pos, &qlen);
    if (slen && qlen == 3) { *end = pos + slen; return PM_TRIPLE; }
    if ((c >= '0' && c <= '9') || (c == '.' && s[pos + 1] >= '0' && s[pos + 1] <= '9')) {
        *end = pos + lp_lex_number(s + pos);
        return PM_NUMBER;
    }
    if (c == '\n' || (c == '\r' && pos + 1 < ln->n && s[pos + 1] == '\n')) {
        *end = pos + (c == '\r' ? 2 : 1);
        return PM_NEWLINE;
    }
    int olen = lp_lex_operator(s + pos, op);
    if (olen) { *end = pos + olen; return PM_OP; }
    if (slen) {
        int e = contstr_tail(ln, pos + slen, s[pos + slen - 1]);
        if (e >= 0) { *end = e; return PM_STRING; }
    }
    int e = word_run(ln, pos);
    if (e > pos) { *end = e; return PM_NAME; }
    return PM_NONE;
}

/* ==== the loop of `_tokenize` ==== */

/* A new logical line: measures indentation, handles blank and comment-only
 * lines.  Returns 0 to go on with the tokens of the line, 1 when the line is
 * done, -1 to stop reading (a blank last line), -2 on error. */
static int new_statement(tv_state_t *st, const line_t *ln, int *ppos)
{
    int pos = 0, col = 0;
    while (pos < ln->n) {
        char c = ln->s[pos];
        if (c == ' ') col++;
        else if (c == '\t') col = (col / TABSIZE + 1) * TABSIZE;
        else if (c == '\f') col = 0;
        else break;
        pos++;
    }
    if (pos == ln->n) return -1;
    char c = ln->s[pos];
    if (c == '#' || c == '\r' || c == '\n') {
        if (c == '#') {
            int e = ln->n;
            while (e > pos && (ln->s[e - 1] == '\r' || ln->s[e - 1] == '\n')) e--;
            emit_in_line(st, LP_TOK_COMMENT, ln, pos, e);
            pos = e;
        }
        emit_in_line(st, LP_TOK_NL, ln, pos, ln->n);
        return 1;
    }
    if (col > st->indents[st->nindents - 1]) {
        if (st->nindents == st->capindents) {
            st->capindents *= 2;
            st->indents = lp_realloc(st->indents, sizeof(int) * (size_t)st->capindents);
        }
        st->indents[st->nindents++] = col;
        emit_in_line(st, LP_TOK_INDENT, ln, 0, pos);
    }
    while (col < st->indents[st->nindents - 1]) {
        int found = 0;
        for (int i = 0; i < st->nindents; i++) found |= st->indents[i] == col;
        if (!found) {
            fail_at(st, "unindent does not match any outer indentation level", st->lnum, pos);
            return -2;
        }
        st->nindents--;
        emit_in_line(st, LP_TOK_DEDENT, ln, pos, pos);
    }
    *ppos = pos;
    return 0;
}

/* A line inside a string that started on an earlier line.  Returns the
 * offset where tokens resume, or -1 when the whole line was consumed. */
static int continue_string(tv_state_t *st, const line_t *ln)
{
    int end = string_tail(ln, 0, st->quote, st->triple);
    if (end >= 0) {
        emit(st, LP_TOK_STRING, st->contstr, (size_t)(ln->s + end - st->contstr), st->str_line,
             st->str_col, st->lnum, column(ln, end));
        st->contstr = NULL;
        st->needcont = 0;
        return end;
    }
    int n = ln->n;
    int backslashed = (n >= 2 && ln->s[n - 2] == '\\' && ln->s[n - 1] == '\n') ||
                      (n >= 3 && ln->s[n - 3] == '\\' && ln->s[n - 2] == '\r' &&
                       ln->s[n - 1] == '\n');
    if (st->needcont && !backslashed) {
        emit(st, LP_TOK_ERRORTOKEN, st->contstr, (size_t)(ln->s + n - st->contstr),
             st->str_line, st->str_col, st->lnum, column(ln, n));
        st->contstr = NULL;
    }
    return -1;
}

/* Starts a string that goes on past this line. */
static void open_string(tv_state_t *st, const line_t *ln, int start, char quote, int triple)
{
    st->contstr = ln->s + start;
    st->str_line = st->lnum;
    st->str_col = column(ln, start);
    st->quote = quote;
    st->triple = triple;
}

/* The tokens of one line from [pos]: the inner `while pos < max` loop. */
static void scan_tokens(tv_state_t *st, const line_t *ln, int pos)
{
    while (pos < ln->n) {
        int start, end;
        lp_tok_kind_t op = LP_TOK_OP;
        pseudo_t m = pseudo_match(ln, pos, &start, &end, &op);
        if (m == PM_NONE) {
            const char *p = ln->s + pos;
            lp_utf8_next(&p);
            int next = (int)(p - ln->s);
            emit_in_line(st, LP_TOK_ERRORTOKEN, ln, pos, next);
            pos = next;
            continue;
        }
        pos = end;
        switch (m) {
        case PM_EMPTY: break;
        case PM_NUMBER: emit_in_line(st, LP_TOK_NUMBER, ln, start, end); break;
        case PM_NEWLINE:
            emit_in_line(st, st->parenlev > 0 ? LP_TOK_NL : LP_TOK_NEWLINE, ln, start, end);
            break;
        case PM_COMMENT: emit_in_line(st, LP_TOK_COMMENT, ln, start, end); break;
        case PM_TRIPLE: {
            char q = ln->s[end - 1];
            int e = string_tail(ln, end, q, 1);
            if (e < 0) {
                open_string(st, ln, start, q, 1);
                return;
            }
            emit_in_line(st, LP_TOK_STRING, ln, start, e);
            pos = e;
            break;
        }
        case PM_STRING:
            if (ln->s[end - 1] == '\n') {
                int q = start;
                while (ln->s[q] != '\'' && ln->s[q] != '"') q++;
                open_string(st, ln, start, ln->s[q], 0);
                st->needcont = 1;
                return;
            }
            emit_in_line(st, LP_TOK_STRING, ln, start, end);
            break;
        case PM_NAME: {
            const char *p = ln->s + start;
            uint32_t initial = lp_utf8_next(&p);
            emit_in_line(st, lp_unicode_is_id_start(initial) ? LP_TOK_NAME : LP_TOK_OP, ln, start,
                         end);
            break;
        }
        case PM_CONTINUATION: st->continued = 1; break;
        case PM_OP:
            if (op == LP_TOK_LPAR || op == LP_TOK_LSQB || op == LP_TOK_LBRACE) st->parenlev++;
            else if (op == LP_TOK_RPAR || op == LP_TOK_RSQB || op == LP_TOK_RBRACE) st->parenlev--;
            emit_in_line(st, op, ln, start, end);
            break;
        case PM_NONE: break;
        }
    }
}

/* Whether `line.strip().startswith("#")`, with str.strip's white space. */
static int stripped_starts_with_hash(const line_t *ln)
{
    const char *p = ln->s, *end = ln->s + ln->n;
    while (p < end) {
        const char *q = p;
        uint32_t c = lp_utf8_next(&q);
        if (!lp_unicode_is_space(c)) return c == '#';
        p = q;
    }
    return 0;
}

/* Runs `_tokenize` over the lines; returns 0, or -1 with st->err filled. */
static int run(tv_state_t *st)
{
    static const line_t eof = {"", 0, 1};
    const line_t *line = &eof, *last_line = &eof;
    int next = 0;
    for (;;) {
        last_line = line;
        if (next == st->bad_line) {
            lp_buf_printf(&st->err, "unexpected error: %s\nUnicodeDecodeError: %s\n", st->bad_msg,
                          st->bad_msg);
            return -1;
        }
        line = next < st->nlines ? &st->lines[next++] : &eof;
        st->lnum++;
        int pos = 0;
        if (st->contstr) {
            if (line->n == 0) {
                fail_at(st, "EOF in multi-line string", st->str_line, st->str_col);
                return -1;
            }
            pos = continue_string(st, line);
            if (pos < 0) continue;
        } else if (st->parenlev == 0 && !st->continued) {
            if (line->n == 0) break;
            int r = new_statement(st, line, &pos);
            if (r == -2) return -1;
            if (r == -1) break;
            if (r == 1) continue;
        } else {
            if (line->n == 0) {
                fail_at(st, "EOF in multi-line statement", st->lnum, 0);
                return -1;
            }
            st->continued = 0;
        }
        scan_tokens(st, line, pos);
    }
    if (last_line->n && last_line->s[last_line->n - 1] != '\r' &&
        last_line->s[last_line->n - 1] != '\n' && !stripped_starts_with_hash(last_line)) {
        int len = column(last_line, last_line->n);
        emit(st, LP_TOK_NEWLINE, "", 0, st->lnum - 1, len, st->lnum - 1, len + 1);
    }
    for (int i = 1; i < st->nindents; i++) emit(st, LP_TOK_DEDENT, "", 0, st->lnum, 0, st->lnum, 0);
    emit(st, LP_TOK_ENDMARKER, "", 0, st->lnum, 0, st->lnum, 0);
    return 0;
}

/* ==== input: tokenize.detect_encoding and per-line decoding ==== */

/* Splits [n] bytes of decoded text into lines ending after each '\n'. */
static void split_lines(tv_state_t *st, const char *s, size_t n)
{
    int cap = 64;
    st->lines = lp_alloc_atomic(sizeof(line_t) * (size_t)cap);
    const char *p = s, *end = s + n;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *e = nl ? nl + 1 : end;
        if (st->nlines == cap) {
            cap *= 2;
            st->lines = lp_realloc(st->lines, sizeof(line_t) * (size_t)cap);
        }
        int ascii = 1;
        for (const char *q = p; q < e; q++) ascii &= (unsigned char)*q < 0x80;
        st->lines[st->nlines++] = (line_t){p, (int)(e - p), ascii};
        p = e;
    }
}

/* Decodes the raw lines of [src] one at a time, as `line.decode(encoding)`
 * does; stops at the first line that fails and records it. */
static void decode_lines(tv_state_t *st, const lp_codec_t *codec, int strip_boms, const char *src,
                         size_t n)
{
    lp_buf_t text = {0};
    int count = 0;
    const char *p = src, *end = src + n;
    st->bad_line = -1;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *e = nl ? nl + 1 : end;
        const char *b = p;
        if (strip_boms && e - b >= 3 && memcmp(b, "\xef\xbb\xbf", 3) == 0) b += 3;
        size_t len;
        lp_decode_error_t err;
        char *dec = lp_codec_decode(codec, b, (size_t)(e - b), &len, &err);
        if (!dec) {
            st->bad_line = count;
            st->bad_msg = lp_strdup(err.message);
            break;
        }
        lp_buf_add(&text, dec, len);
        count++;
        p = e;
    }
    split_lines(st, text.data ? text.data : "", text.len);
}

/* The cookie of one line, as `cookie_re` finds it:
 * r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)' with ASCII \w.  Copies the
 * name into [name] and returns 1, or returns 0. */
static int find_cookie_name(const char *s, size_t n, char *name, size_t cap)
{
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\f')) i++;
    if (i >= n || s[i] != '#') return 0;
    for (i++; i + 7 <= n; i++) {
        if (s[i] == '\n') return 0;
        if (memcmp(s + i, "coding", 6) != 0 || (s[i + 6] != ':' && s[i + 6] != '=')) continue;
        size_t j = i + 7, k;
        while (j < n && (s[j] == ' ' || s[j] == '\t')) j++;
        for (k = j; k < n; k++) {
            char c = s[k];
            int ok = c == '-' || c == '.' || c == '_' || (c >= '0' && c <= '9') ||
                     ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
            if (!ok) break;
        }
        if (k > j) {
            size_t len = k - j < cap - 1 ? k - j : cap - 1;
            memcpy(name, s + j, len);
            name[len] = 0;
            return 1;
        }
    }
    return 0;
}

/* `_get_normal_name`: only the first 12 characters matter. */
static const char *normal_name(const char *orig)
{
    char enc[13];
    size_t i;
    for (i = 0; i < 12 && orig[i]; i++) {
        char c = orig[i];
        if (c >= 'A' && c <= 'Z') c += 32;
        enc[i] = c == '_' ? '-' : c;
    }
    enc[i] = 0;
    if (strcmp(enc, "utf-8") == 0 || strncmp(enc, "utf-8-", 6) == 0) return "utf-8";
    static const char *const latin[] = {"latin-1", "iso-8859-1", "iso-latin-1"};
    for (int k = 0; k < 3; k++) {
        size_t len = strlen(latin[k]);
        if (strcmp(enc, latin[k]) == 0 || (strncmp(enc, latin[k], len) == 0 && enc[len] == '-'))
            return "iso-8859-1";
    }
    return orig;
}

/* `find_cookie`: returns the encoding a cookie on this line names, NULL if
 * there is none, or sets an error and returns "". */
static const char *find_cookie(tv_state_t *st, const char *s, size_t n, int bom_found)
{
    const char *quoted = st->quoted_name;
    if (!lp_utf8_check(s, n, NULL)) {
        lp_buf_printf(&st->err, "%s: error: invalid or missing encoding declaration for %s\n",
                      st->filename, quoted);
        return "";
    }
    char raw[256];
    if (!find_cookie_name(s, n, raw, sizeof raw)) return NULL;
    const char *enc = normal_name(raw);
    if (!lp_codec_lookup(enc)) {
        if (lp_codec_known(enc))
            lp_buf_printf(&st->err, "%s: error: encoding %s is not supported by lemonpy\n",
                          st->filename, enc);
        else
            lp_buf_printf(&st->err, "%s: error: unknown encoding for %s: %s\n", st->filename,
                          quoted, enc);
        return "";
    }
    if (bom_found) {
        if (strcmp(enc, "utf-8") != 0) {
            lp_buf_printf(&st->err, "%s: error: encoding problem for %s: utf-8\n", st->filename,
                          quoted);
            return "";
        }
        return "utf-8-sig";
    }
    return lp_strdup(enc);
}

/* `blank_re`: rb'^[ \t\f]*(?:[#\r\n]|$)'. */
static int blank_line(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\f')) i++;
    return i == n || s[i] == '#' || s[i] == '\r' || s[i] == '\n';
}

static size_t line_len(const char *s, size_t n)
{
    const char *nl = memchr(s, '\n', n);
    return nl ? (size_t)(nl - s) + 1 : n;
}

/* `detect_encoding` then the decoding of every line.  Returns the encoding
 * to show in the ENCODING token, or NULL with st->err filled. */
static const char *prepare(tv_state_t *st, const char *src, size_t n)
{
    int bom = n >= 3 && memcmp(src, "\xef\xbb\xbf", 3) == 0;
    if (bom) src += 3, n -= 3;
    const char *enc = bom ? "utf-8-sig" : "utf-8";
    size_t first = line_len(src, n);
    if (first) {
        const char *found = find_cookie(st, src, first, bom);
        if (found && !*found) return NULL;
        if (found) enc = found;
        else if (blank_line(src, first) && first < n) {
            found = find_cookie(st, src + first, line_len(src + first, n - first), bom);
            if (found && !*found) return NULL;
            if (found) enc = found;
        }
    }
    int sig = strcmp(enc, "utf-8-sig") == 0;
    if ((sig || strcmp(enc, "utf-8") == 0) && lp_utf8_check(src, n, NULL) &&
        !(sig && n >= 3 && memcmp(src, "\xef\xbb\xbf", 3) == 0) &&
        !(sig && memmem(src, n, "\n\xef\xbb\xbf", 4))) {
        st->bad_line = -1;
        split_lines(st, src, n);
    } else {
        decode_lines(st, lp_codec_lookup(enc), sig, src, n);
    }
    return sig ? "utf-8" : enc;
}

/* ==== entry point ==== */

int lp_tokenize_view_main(const char *filename, int exact, FILE *out, FILE *errout)
{
    tv_state_t st = {0};
    st.exact = exact;
    st.capindents = 16;
    st.indents = lp_alloc_atomic(sizeof(int) * (size_t)st.capindents);
    st.indents[st.nindents++] = 0;
    st.bad_line = -1;

    const char *encoding = NULL;
    if (filename) {
        st.filename = filename;
        lp_buf_t q = {0};
        repr_into(&q, filename, strlen(filename));
        st.quoted_name = q.data;
        size_t n;
        int errnum;
        const char *src = lp_source_read_file(filename, &n, &errnum);
        if (!src) {
            fprintf(errout, "error: [Errno %d] %s: %s\n", errnum, strerror(errnum), st.quoted_name);
            return 1;
        }
        encoding = prepare(&st, src, n);
        if (!encoding) {
            fputs(st.err.data, errout);
            return 1;
        }
        emit(&st, LP_TOK_ENCODING, encoding, strlen(encoding), 0, 0, 0, 0);
    } else {
        st.filename = "<stdin>";
        size_t n;
        const char *src = lp_source_read_stdin(&n); /* POSIX sys.stdin splits at "\n" only */
        if (lp_utf8_check(src, n, NULL)) split_lines(&st, src, n);
        else decode_lines(&st, lp_codec_lookup("utf-8"), 0, src, n);
    }
    if (run(&st) != 0) {
        fputs(st.err.data, errout);
        return 1;
    }
    fwrite(st.out.data, 1, st.out.len, out);
    return 0;
}
