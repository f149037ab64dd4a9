/* lexer.h -- the scanners that re2c generates from grammar/lexer.re.
 *
 * Each scanner looks at one position of a NUL-terminated UTF-8 buffer and
 * says what starts there and how long it is; none keeps state or allocates.
 * The drivers (tokenizer.c, tokenize_view.c) own lines, indentation, brackets
 * and errors.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_LEXER_H
#define LP_LEXER_H

#include "token.h"

/* What lp_lex_token found. */
typedef enum {
    LX_END,       /* the NUL at the end of the buffer (or an embedded NUL) */
    LX_SPACE,     /* a run of blanks, tabs and form feeds */
    LX_COMMENT,   /* '#' up to the end of the line, newline excluded */
    LX_NEWLINE,   /* '\n' */
    LX_BACKSLASH, /* '\\' (a line continuation if '\n' follows) */
    LX_NUMBER,    /* a digit, or '.' and a digit: call lp_lex_number */
    LX_STRING,    /* a string prefix and its opening quote(s) */
    LX_NAME,      /* an identifier or keyword; bytes >= 0x80 still to check */
    LX_OTHER,     /* anything else: an operator, or a stray character */
} lp_lex_class_t;

typedef struct {
    int len;       /* bytes matched (0 for LX_END, LX_NUMBER, LX_OTHER) */
    int kw;        /* LX_NAME: the LP_KW_ number of a keyword, else 0 */
    int quote_len; /* LX_STRING: 1 or 3 */
} lp_lexeme_t;

/* Classifies the token that starts at [s] (not at a blank), filling [x]. */
lp_lex_class_t lp_lex_token(const char *s, lp_lexeme_t *x);

/* Returns the length of the longest operator or delimiter at [s] and stores
 * its exact kind in [kind]; 0 when none starts there. */
int lp_lex_operator(const char *s, lp_tok_kind_t *kind);

/* Returns the length of the longest number literal at [s] (Python's lexical
 * definitions, which Lib/tokenize.py's Number pattern also follows); 0 when
 * none starts there. */
int lp_lex_number(const char *s);

/* Returns the length of a string prefix plus opening quote(s) at [s], with 1
 * or 3 in [quote_len]; 0 when no string starts there. */
int lp_lex_string_start(const char *s, int *quote_len);

#endif
