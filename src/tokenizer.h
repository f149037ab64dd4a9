/* tokenizer.h -- the parser's view of the token stream.
 *
 * Turns decoded source (see source.h: UTF-8, "\n" line endings, a final
 * newline, a NUL after it) into the tokens CPython's C tokenizer gives its
 * parser: NAME (keywords carry their LP_KW_ number; non-ASCII identifiers
 * are checked against XID_Start/XID_Continue and NFKC-normalised), NUMBER, STRING (a whole
 * literal, f-strings included), operators with their exact kinds, NEWLINE,
 * INDENT, DEDENT and ENDMARKER; with LP_TOKF_TYPE_COMMENTS also TYPE_COMMENT
 * and TYPE_IGNORE, with LP_TOKF_TRIVIA also COMMENT and NL.  The first error
 * stops the stream with CPython's message and position.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_TOKENIZER_H
#define LP_TOKENIZER_H

#include <stddef.h>

#include "syntax_error.h"
#include "token.h"

enum {
    LP_TOKF_TYPE_COMMENTS = 1, /* `# type: ...` comments become tokens */
    LP_TOKF_TRIVIA = 2,        /* also return COMMENT and NL tokens */
    LP_TOKF_CHAR_OFFSETS = 4,  /* the source declared its encoding (see below) */
    LP_TOKF_UNCHECKED_UTF8 = 8, /* the text may hold invalid UTF-8 (see below) */
    LP_TOKF_STRING_INPUT = 16, /* the source came as a string (compile()); only the
                                  parser's error positions depend on it */
};

enum {
    LP_TOK_MAXINDENT = 100, /* indentation levels, as CPython */
    LP_TOK_MAXLEVEL = 200,  /* nested brackets, as CPython */
};

typedef struct lp_tokenizer lp_tokenizer_t;

/* About LP_TOKF_CHAR_OFFSETS: CPython reports some tokenizer errors through
 * its parser (unindent, unclosed bracket, end of file, line continuation,
 * stray characters), which counts columns in bytes unless the file declared
 * its encoding (cookie or BOM); then it counts code points.  Callers set the
 * flag from what lp_source_decode says, and lemonpy reports what CPython does.
 *
 * About LP_TOKF_UNCHECKED_UTF8: a file that declares UTF-8, and source given
 * as a string, are not validated in advance (as in CPython): invalid bytes
 * in comments pass, in names they are an error here, and in string literals
 * an error here for declared files and the literal decoder's otherwise. */

/* Starts tokenizing [len] bytes of decoded source at [text] with [flags]. */
lp_tokenizer_t *lp_tok_new(const char *text, size_t len, int flags);

/* Reads the next token into [tok] and returns its kind.  After an error it
 * returns LP_TOK_ERRORTOKEN, now and for every later call; a stray
 * character that is no token (`$`, `?`, `!`) comes back as LP_TOK_OP, for
 * the parser to report as invalid syntax. */
lp_tok_kind_t lp_tok_next(lp_tokenizer_t *t, lp_token_t *tok);

/* The error that stopped [t], or NULL. */
const lp_syntax_error_t *lp_tok_error(const lp_tokenizer_t *t);

/* Tokenizes all of [text] with [flags]; returns 0, or -1 with the first error in [err]
 * (a stray character counts as "invalid syntax"). */
int lp_tok_check(const char *text, size_t len, int flags, lp_syntax_error_t *err);

#endif
