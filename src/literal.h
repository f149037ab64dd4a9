/* literal.h -- NUMBER and STRING tokens to values, as CPython 3.11's parser.
 *
 * The tokenizer only checks the shape of a literal; this module does what
 * CPython's parser then does with the token's text (Parser/pegen.c
 * parsenumber, Parser/string_parser.c, Parser/action_helpers.c
 * _PyPegen_concatenate_strings), with the same values and the same error
 * messages:
 *
 *   - numbers: ints of any size (decimal text out), floats, imaginary parts;
 *   - one string token: prefix flags and, unless it is an f-string, the value
 *     with every escape decoded (str as UTF-8, lone surrogates as 3-byte
 *     WTF-8; bytes as bytes);
 *   - f-strings (3.11: the whole f-string is one STRING token): the body is
 *     cut into literal text and replacement fields, whose expression text the
 *     parser re-parses itself;
 *   - implicit concatenation of several STRING tokens, plain and f: the
 *     Constant, or the list of JoinedStr values with CPython's merging rules.
 *
 * Everything returned lives in the arena (arena.h); nothing here raises:
 * errors come back in an lp_literal_error_t, which says where CPython reports
 * them (see "Where CPython reports errors" below).
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_LITERAL_H
#define LP_LITERAL_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "ast.h"
#include "codecs.h"
#include "token.h"

/* ==== errors ==== */

/* Where CPython 3.11 reports a literal's SyntaxError.
 *
 * LP_LITERR_NEXT_TOKEN: most errors (escape decoding, "cannot mix bytes and
 *   nonbytes literals", every "f-string: ..." message of this module) are
 *   raised with RAISE_SYNTAX_ERROR while the parser reduces the whole run of
 *   STRING tokens, so they are placed at the last token the parser had read:
 *   the token right after the last STRING of the run (its lookahead).
 *   lineno/end_lineno and offset/end_offset are that token's, offsets 1-based:
 *   `x = '\x' + 1` -> offset 10, end_offset 11 (the '+'); `'\x'` at the end of
 *   a line -> the NEWLINE token (col 4 -> 5, 5).
 * LP_LITERR_TOKEN: "bytes can only contain ASCII literal characters" is
 *   placed on the offending token itself, STRING token [token] of the run:
 *   its lineno, col+1, end_lineno, end_col+1.
 * LP_LITERR_LINE: the int digit limit: lineno and end_lineno of the NUMBER
 *   token, offset 0 and end_offset 0 (CPython omits the columns on purpose).
 * LP_LITERR_CALLBACK: the expression callback of lp_literal_concat failed;
 *   the error is the callback's, [msg] is empty.
 *
 * CPython converts byte columns to character columns when it builds the
 * SyntaxError; that is the caller's business (see syntax_error.h). */
typedef enum {
    LP_LITERR_NEXT_TOKEN,
    LP_LITERR_TOKEN,
    LP_LITERR_LINE,
    LP_LITERR_CALLBACK,
} lp_literr_where_t;

typedef struct {
    char msg[256];           /* the SyntaxError message, exactly as CPython's */
    lp_literr_where_t where; /* how to place it, see above */
    int token;               /* index of the STRING token that failed (0 for one token) */
    int offset;              /* byte offset in that token where the problem was found
                              * (informational: CPython 3.11 does not report it) */
} lp_literal_error_t;

/* ==== numbers ==== */

/* The constant for the NUMBER token text [s][0..n) (valid per the
 * tokenizer): LP_CONST_INT with the decimal digits (any size; hex, octal,
 * binary converted), LP_CONST_FLOAT (overflow gives inf, as CPython),
 * LP_CONST_COMPLEX with the imaginary part.  Returns NULL with [err] filled
 * (LP_LITERR_LINE) when a decimal int exceeds lp_int_get_max_str_digits():
 * "Exceeds the limit (4300 digits) for integer string conversion: value has
 * 5000 digits; use sys.set_int_max_str_digits() to increase the limit -
 * Consider hexadecimal for huge integer literals to avoid decimal conversion
 * limits." */
lp_ast_const_t *lp_literal_number(lp_arena_t *a, const char *s, size_t n,
                                  lp_literal_error_t *err);

/* ==== one string token ==== */

typedef struct {
    int bytes, raw, fstring, u; /* prefix letters present (any case) */
    int kind_u;                 /* the token starts with a lower-case 'u': Constant kind='u' */
    int quote_len;              /* 1 or 3 */
    size_t body_start, body_end; /* the text between the quotes: tok[body_start, body_end) */
    const char *s;              /* not an f-string: the value, NUL-terminated in the arena */
    size_t n;                   /* its length in bytes */
} lp_strlit_t;

/* Reads the STRING token [tok][0..n) (prefix r/u/b/f/br/rb/fr/rf in any
 * case, quotes ' " ''' """): fills [out]'s flags and body, and for anything
 * but an f-string decodes the value: str escapes as CPython's unicode-escape
 * codec (\\ \' \" \a \b \f \n \r \t \v, \ooo up to 0o777, \xhh, \uXXXX,
 * \UXXXXXXXX up to 0x10FFFF, \N{NAME}, backslash-newline dropped, unknown
 * escapes kept with their backslash), bytes escapes as bytes' (\ooo above
 * 0o377 keeps the low 8 bits); raw strings undecoded.  Returns 0, or -1 with
 * [err]: "(unicode error) 'unicodeescape' codec can't decode bytes in
 * position 0-1: truncated \xXX escape" (positions as CPython computes them,
 * see literal.c), "(value error) invalid \x escape at position 0", "bytes can
 * only contain ASCII literal characters". */
int lp_literal_string(lp_arena_t *a, const char *tok, size_t n, lp_strlit_t *out,
                      lp_literal_error_t *err);

/* Checks that the str literal [tok][0..n) (a STRING token of a source
 * declared UTF-8, which is not validated in advance) decodes as CPython
 * decodes it: the whole body at once when it is raw or has no backslash,
 * else each run of non-ASCII bytes on its own, which sets the reason and the
 * position in [err].  Bytes literals pass (their error is lp_literal_string's).
 * f-strings are checked as one body, not piece by piece as CPython does. */
bool lp_literal_utf8_check(const char *tok, size_t n, lp_decode_error_t *err);

/* ==== f-strings and concatenation ==== */

/* A run of STRING tokens becomes one of these (CPython 3.11 rules):
 *
 *   - all bytes: LP_STRINGS_BYTES, the concatenated bytes (Constant, kind None);
 *   - no f-string among them: LP_STRINGS_STR, the concatenated str (Constant;
 *     kind='u' when the FIRST token starts with a lower-case 'u': U'x' has
 *     none, 'a' u'b' has none);
 *   - at least one f-string: LP_STRINGS_JOINED, a JoinedStr whose values are
 *     [values]: text (Constant) and fields (FormattedValue) in order.  Text
 *     runs across tokens and fields are merged (the literal before a field,
 *     the field's `=` text and any text after it up to the next field form
 *     one Constant); empty text never appears; an f-string with no text and
 *     no field adds nothing ('' f'' is JoinedStr(values=[])).
 *
 * Mixing bytes with str or f-strings is "cannot mix bytes and nonbytes
 * literals". */
typedef enum {
    LP_STRINGS_STR,
    LP_STRINGS_BYTES,
    LP_STRINGS_JOINED,
} lp_strings_kind_t;

typedef struct lp_fvalue lp_fvalue_t;
typedef struct lp_ffield lp_ffield_t;

/* A list of JoinedStr values: the top level of a run, or a format spec. */
typedef struct {
    int n;            /* number of values */
    lp_fvalue_t *v;   /* v[0..n) */
    int token;        /* a format spec: index of the token it is in; top level: -1 */
} lp_fstring_t;

/* One value: text (a Constant) or a replacement field (a FormattedValue).
 *
 * Positions, as CPython gives them (first/last: the run's first and last
 * STRING token): the top-level JoinedStr and all its values span first..last.
 * A format spec's JoinedStr spans the token that holds it (spec->token); the
 * fields inside a spec span first..last; text inside a spec spans first..last
 * when a field follows it, and only the spec's token when it is the spec's
 * last value ([span_token] >= 0).  Constant kind='u' follows the same split:
 * [kind_u] is the first token's lower-case 'u' for text spanning the run,
 * and 0 for the last text of a spec (u'a' f'{x:b{y}c}' gives 'b' kind='u'
 * and 'c' none). */
struct lp_fvalue {
    const char *s;      /* text: decoded UTF-8 (WTF-8), NUL-terminated; NULL for a field */
    size_t n;           /* text: its length (never 0) */
    int kind_u;         /* text: Constant kind='u' */
    int span_token;     /* text: -1 spans first..last; >= 0 spans only that token */
    lp_ffield_t *field; /* a field, or NULL for text */
};

/* A replacement field {expr=!c:spec}. */
struct lp_ffield {
    int token;               /* index of the STRING token holding it */
    const char *tok;         /* that token's text */
    size_t expr_start;       /* the expression: tok[expr_start, expr_end), the text after '{' */
    size_t expr_end;         /*   up to the '=', '!', ':' or '}' that ends it, spaces kept */
    int lines, cols;         /* CPython's fstring_find_expr_location, see below */
    const char *debug;       /* `=`: the text from after '{' through '=' and the white space
                              * after it ("x = "), already merged into the text value before
                              * this field; NULL without '=' */
    size_t debug_len;
    int conversion;          /* -1, 's', 'r' or 'a'; 'r' when there is '=' but neither a
                              * conversion nor a spec (f'{x=}'); '=' with a spec keeps -1 */
    lp_fstring_t *spec;      /* NULL without ':'; else the spec's values (maybe none:
                              * f'{x:}' has format_spec=JoinedStr(values=[])) */
    void *node;              /* free for the caller: the parsed expression */
};

/* Re-parsing a field's expression (CPython's fstring_compile_expr): the
 * parser runs on "(" + expression text + ")" in f-string mode, and its errors
 * are prefixed "f-string: " (f'{1+}' -> "f-string: invalid syntax").
 * Positions: the text's lines are numbered from tok.lineno + lines (the "("
 * is on that line); a node on that first line gets its column within the
 * "(...)" text plus ([lines] == 0 ? tok.col + cols : cols), nodes on later
 * lines keep their column in the text.  (f'{x}' at col 4: x at 4 + 2 + 1.)
 * Errors inside the expression are reported relative to the "(...)" text,
 * not shifted: f'{a b}' -> offset 2, end_offset 5, line tok.lineno + lines. */

/* Called for each field, in CPython's order (as soon as the expression's
 * extent is known and found not empty, before its conversion and spec are
 * read; fields of a spec too).  Returns 0 to go on (typically after setting
 * field->node), non-zero to stop: lp_literal_concat then fails with
 * LP_LITERR_CALLBACK and the callback's own error stands. */
typedef int (*lp_fexpr_fn)(void *ud, lp_ffield_t *field);

typedef struct {
    lp_strings_kind_t kind;
    const char *s;          /* STR, BYTES: the value, NUL-terminated */
    size_t n;
    int kind_u;             /* STR: Constant kind='u' */
    lp_fstring_t values;    /* JOINED: the JoinedStr's values */
} lp_strings_t;

/* Turns the run of [ntoks] STRING tokens [toks] (implicit concatenation)
 * into [out], in CPython's order: each token in turn is decoded (errors as
 * lp_literal_string), checked against the first for bytes/str mixing, and if
 * it is an f-string, split into text and fields, calling [fn] (may be NULL)
 * for each field's expression.  Returns 0, or -1 with [err].  The f-string
 * messages: "f-string: expecting '}'", "f-string: single '}' is not
 * allowed", "f-string: empty expression not allowed", "f-string: expression
 * required before '!'" (or ':' '='), "f-string expression part cannot
 * include a backslash", "f-string expression part cannot include '#'",
 * "f-string: invalid conversion character: expected 's', 'r', or 'a'",
 * "f-string: unmatched ')'", "f-string: closing parenthesis '}' does not
 * match opening parenthesis '('", "f-string: unterminated string",
 * "f-string: too many nested parenthesis", "f-string: expressions nested too
 * deeply". */
int lp_literal_concat(lp_arena_t *a, const lp_token_t *toks, int ntoks, lp_fexpr_fn fn,
                      void *ud, lp_strings_t *out, lp_literal_error_t *err);

/* The values of the single f-string token [tok][0..n), as lp_literal_concat
 * gives them for a run of one token with no callback. */
int lp_fstring_parse(lp_arena_t *a, const char *tok, size_t n, lp_fstring_t *out,
                     lp_literal_error_t *err);

#endif
