/* pyregex.c -- Python patterns translated to POSIX extended expressions
 * (pyregex.h says what is supported).
 *
 * One pass over the pattern writes the ERE: escapes become literals or
 * bracket classes, sets are rebuilt in POSIX order (`]` first, `-` last),
 * non-capturing and named groups become plain groups, lazy quantifiers
 * greedy ones.  The errors Python reports for malformed patterns are
 * reported with its words and positions.
 *
 * SPDX-License-Identifier: MIT
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "pyregex.h"

#include "buf.h"

/* The state of one translation. */
typedef struct {
    const char *pat;
    size_t i;
    lp_buf_t out;
    const char *err;
    int icase;
} tr_t;

/* Sets the error "MSG at position N" (the first one wins); returns 0. */
static int fail(tr_t *t, const char *msg, size_t pos)
{
    if (!t->err) {
        lp_buf_t b = {0};
        lp_buf_printf(&b, "%s at position %zu", msg, pos);
        t->err = b.data;
    }
    return 0;
}

/* Sets an "unsupported" error for [what]; returns 0. */
static int unsupported(tr_t *t, const char *what)
{
    if (!t->err) {
        lp_buf_t b = {0};
        lp_buf_printf(&b, "lemonpy's -x does not support %s (POSIX regular expressions)", what);
        t->err = b.data;
    }
    return 0;
}

/* Writes literal byte [c] outside a set. */
static void put_literal(tr_t *t, char c)
{
    if (strchr(".[]()*+?{}|^$\\", c)) lp_buf_putc(&t->out, '\\');
    lp_buf_putc(&t->out, c);
}

/* The byte a simple escape `\c` stands for, or -1 (classes, letters
 * Python rejects, digits). */
static int escape_char(char c)
{
    switch (c) {
    case 'n': return '\n';
    case 't': return '\t';
    case 'r': return '\r';
    case 'f': return '\f';
    case 'v': return '\v';
    case 'a': return '\a';
    default: return isalnum((unsigned char)c) ? -1 : c;
    }
}

/* The POSIX set body of class escape [c] (d, w, s), or NULL. */
static const char *class_body(char c)
{
    switch (tolower((unsigned char)c)) {
    case 'd': return "0-9";
    case 'w': return "[:alnum:]_";
    case 's': return "[:space:]";
    default: return NULL;
    }
}

/* Translates the escape at t->i (after the backslash) outside a set. */
static int escape_outside(tr_t *t)
{
    size_t at = t->i - 1;
    char c = t->pat[t->i++];
    if (!c) return fail(t, "bad escape (end of pattern)", at);
    const char *body = class_body(c);
    if (body) {
        lp_buf_printf(&t->out, "[%s%s]", isupper((unsigned char)c) ? "^" : "", body);
        return 1;
    }
    if (c == 'A') return lp_buf_putc(&t->out, '^'), 1;
    if (c == 'Z') return lp_buf_putc(&t->out, '$'), 1;
    if (c == 'b' || c == 'B') return unsupported(t, "\\b and \\B");
    if (isdigit((unsigned char)c)) return unsupported(t, "backreferences");
    int lit = escape_char(c);
    if (lit < 0) {
        char msg[32];
        snprintf(msg, sizeof msg, "bad escape \\%c", c);
        return fail(t, msg, at);
    }
    put_literal(t, (char)lit);
    return 1;
}

/* Sets Python's "bad character range X-Y" for the range written from
 * [from] to [to] (exclusive) of the pattern; returns 0. */
static int bad_range(tr_t *t, size_t from, size_t to)
{
    char msg[64];
    snprintf(msg, sizeof msg, "bad character range %.*s", (int)(to - from), t->pat + from);
    return fail(t, msg, from);
}

/* Reads one set item at t->i: a literal byte (returned) or a class escape
 * (*body set, -1 returned); -2 after an error. */
static int set_item(tr_t *t, size_t start, const char **body)
{
    char c = t->pat[t->i++];
    *body = NULL;
    if (c != '\\') return (unsigned char)c;
    char e = t->pat[t->i++];
    if (!e) return fail(t, "unterminated character set", start), -2;
    if ((*body = class_body(e))) {
        if (isupper((unsigned char)e)) return unsupported(t, "\\D, \\W or \\S in a set"), -2;
        return -1;
    }
    int lit = escape_char(e);
    if (lit < 0) {
        char msg[32];
        snprintf(msg, sizeof msg, "bad escape \\%c", e);
        return fail(t, msg, t->i - 2), -2;
    }
    return lit;
}

/* Translates the set starting at t->i (after the '['). */
static int translate_set(tr_t *t)
{
    size_t start = t->i - 1;
    lp_buf_t items = {0};
    int negate = 0, close = 0, dash = 0, caret = 0, bracket = 0;
    if (t->pat[t->i] == '^') negate = 1, t->i++;
    for (int first = 1;; first = 0) {
        if (!t->pat[t->i]) return fail(t, "unterminated character set", start);
        if (t->pat[t->i] == ']' && !first) {
            t->i++;
            break;
        }
        size_t item = t->i;
        const char *body;
        int lit = set_item(t, start, &body);
        if (lit == -2) return 0;
        int range = t->pat[t->i] == '-' && t->pat[t->i + 1] && t->pat[t->i + 1] != ']';
        if (range) {
            t->i++;
            const char *hibody;
            int hi = set_item(t, start, &hibody);
            if (hi == -2) return 0;
            if (lit < 0 || hi < 0 || hi < lit) return bad_range(t, item, t->i);
            lp_buf_printf(&items, "%c-%c", lit, hi);
        } else if (lit < 0) {
            lp_buf_puts(&items, body);
        } else if (lit == ']') {
            close = 1;
        } else if (lit == '-') {
            dash = 1;
        } else if (lit == '^') {
            caret = 1;
        } else if (lit == '[') {
            bracket = 1; /* written last: "[:" inside a POSIX set opens a class */
        } else {
            lp_buf_putc(&items, (char)lit);
        }
    }
    int lead = close || items.len || bracket; /* something before a '^' */
    if (caret && !lead && !negate && !dash) return lp_buf_puts(&t->out, "\\^"), 1;
    lp_buf_putc(&t->out, '[');
    if (negate) lp_buf_putc(&t->out, '^');
    if (close) lp_buf_putc(&t->out, ']');
    if (items.len) lp_buf_puts(&t->out, items.data);
    if (bracket) lp_buf_putc(&t->out, '[');
    if (caret && !lead && !negate) lp_buf_putc(&t->out, '-'), dash = 0; /* "[-^]" */
    if (caret) lp_buf_putc(&t->out, '^');
    if (dash) lp_buf_putc(&t->out, '-');
    lp_buf_putc(&t->out, ']');
    return 1;
}

/* Translates "(?..." at t->i (after the '('); sets *group when a group is
 * opened (else the construct was a comment or flags). */
static int translate_extension(tr_t *t, int *group, int at_start)
{
    size_t at = t->i;
    t->i++; /* the '?' */
    char c = t->pat[t->i];
    if (c == ':') return t->i++, *group = 1, lp_buf_putc(&t->out, '('), 1;
    if (c == 'P' && t->pat[t->i + 1] == '<') {
        const char *gt = strchr(t->pat + t->i, '>');
        if (!gt) return fail(t, "missing >, unterminated name", t->i + 2);
        t->i = (size_t)(gt - t->pat) + 1;
        return *group = 1, lp_buf_putc(&t->out, '('), 1;
    }
    if (c == '#') {
        const char *end = strchr(t->pat + t->i, ')');
        if (!end) return fail(t, "missing ), unterminated comment", at - 1);
        t->i = (size_t)(end - t->pat) + 1;
        return *group = 0, 1;
    }
    if (c == '=' || c == '!' || c == '<') return unsupported(t, "lookahead or lookbehind");
    if (c == 'P' || c == '(') return unsupported(t, "backreferences and conditional groups");
    size_t k = t->i;
    while (t->pat[k] && strchr("aiLmsux", t->pat[k])) k++;
    if (k == t->i || (t->pat[k] != ')' && t->pat[k] != ':')) {
        char msg[40];
        snprintf(msg, sizeof msg, "unknown extension ?%c", c ? c : ' ');
        return fail(t, msg, at);
    }
    for (size_t j = t->i; j < k; j++) {
        if (t->pat[j] == 'x') return unsupported(t, "verbose patterns (?x)");
        if (t->pat[j] == 'i') t->icase = 1;
    }
    if (t->pat[k] == ')' && !at_start)
        return fail(t, "global flags not at the start of the expression", at - 1);
    if (t->pat[k] == ':') return t->i = k + 1, *group = 1, lp_buf_putc(&t->out, '('), 1;
    t->i = k + 1;
    return *group = 0, 1;
}

/* Reads a Python quantifier `{m}`, `{m,}`, `{,n}`, `{m,n}` at t->i (on
 * the '{'); writes it in POSIX form.  Returns 0 when the brace is a literal. */
static int translate_braces(tr_t *t)
{
    const char *p = t->pat + t->i + 1;
    unsigned long lo = 0, hi = 0;
    int has_lo = 0, has_hi = 0, comma = 0;
    while (isdigit((unsigned char)*p)) lo = lo * 10 + (unsigned long)(*p++ - '0'), has_lo = 1;
    if (*p == ',') {
        comma = 1;
        p++;
        while (isdigit((unsigned char)*p)) hi = hi * 10 + (unsigned long)(*p++ - '0'), has_hi = 1;
    }
    if (*p != '}' || (!has_lo && !has_hi && comma) || (!has_lo && !comma)) return 0;
    if (has_lo && has_hi && hi < lo)
        return fail(t, "min repeat greater than max repeat", t->i + 1) + 1;
    if (!comma) lp_buf_printf(&t->out, "{%lu}", lo);
    else if (!has_hi) lp_buf_printf(&t->out, "{%lu,}", lo);
    else lp_buf_printf(&t->out, "{%lu,%lu}", lo, hi);
    t->i = (size_t)(p - t->pat) + 1;
    return 1;
}

/* The main loop: returns 1 when the whole pattern was translated. */
static int translate(tr_t *t)
{
    size_t opens[256];
    int depth = 0, repeatable = 0, quantified = 0;
    while (t->pat[t->i] && !t->err) {
        size_t at = t->i;
        char c = t->pat[t->i++];
        int is_quant = c == '*' || c == '+' || c == '?';
        if (c == '{') {
            t->i--;
            if (!(is_quant = translate_braces(t))) t->i++;
        }
        if (t->err) break;
        if (is_quant) {
            if (quantified) return fail(t, "multiple repeat", at);
            if (!repeatable) return fail(t, "nothing to repeat", at);
            if (c != '{') lp_buf_putc(&t->out, c);
            if (t->pat[t->i] == '?') t->i++; /* lazy: same answer for search */
            quantified = 1;
            continue;
        }
        quantified = 0;
        repeatable = 1;
        if (c == '\\') {
            escape_outside(t);
            repeatable = t->pat[t->i - 1] != 'A' && t->pat[t->i - 1] != 'Z';
        } else if (c == '[') {
            translate_set(t);
        } else if (c == '(') {
            int group = 1;
            if (t->pat[t->i] == '?') translate_extension(t, &group, at == 0);
            else lp_buf_putc(&t->out, '(');
            if (group) {
                if (depth == 256) return unsupported(t, "groups nested over 256 deep");
                opens[depth++] = at;
                repeatable = 0;
            } else {
                repeatable = 0;
            }
        } else if (c == ')') {
            if (!depth) return fail(t, "unbalanced parenthesis", at);
            depth--;
            lp_buf_putc(&t->out, ')');
        } else if (c == '|' || c == '^' || c == '$') {
            lp_buf_putc(&t->out, c);
            repeatable = 0;
        } else if (c == '.') {
            lp_buf_putc(&t->out, '.');
        } else {
            put_literal(t, c);
        }
    }
    if (!t->err && depth) fail(t, "missing ), unterminated subpattern", opens[depth - 1]);
    return !t->err;
}

const char *lp_pyregex_compile(regex_t *rx, const char *pattern)
{
    tr_t t = {pattern, 0, {0}, NULL, 0};
    lp_buf_puts(&t.out, "");
    if (!translate(&t)) return t.err;
    int rc = regcomp(rx, t.out.data, REG_EXTENDED | REG_NOSUB | (t.icase ? REG_ICASE : 0));
    if (rc != 0) {
        char msg[200];
        regerror(rc, rx, msg, sizeof msg);
        lp_buf_t b = {0};
        lp_buf_printf(&b, "%s (in the POSIX translation %s)", msg, t.out.data);
        return b.data;
    }
    return NULL;
}

int lp_pyregex_search(const regex_t *rx, const char *s)
{
    return regexec(rx, s, 0, NULL, 0) == 0;
}
