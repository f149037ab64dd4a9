/* token.h -- token kinds, keywords and the token record.
 *
 * Kinds come from tokens.h and keywords from keywords.h (one list each).
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_TOKEN_H
#define LP_TOKEN_H

#include <stddef.h>

typedef enum {
#define LP_TOKEN(name, text) LP_TOK_##name,
#include "tokens.h"
#undef LP_TOKEN
    LP_TOK__COUNT
} lp_tok_kind_t;

enum {
    LP_KW__IDENTIFIER = 0, /* a NAME that is no keyword */
#define LP_KEYWORD(name, text, soft) LP_KW_##name,
#include "keywords.h"
#undef LP_KEYWORD
    LP_KW__COUNT
};

/* One token.  Positions: lines count from 1, columns are UTF-8 byte offsets
 * from the start of the line (CPython's col_offset convention). */
typedef struct {
    lp_tok_kind_t kind;  /* exact kind: operators are LPAR, PLUS, ... never OP */
    int kw;              /* NAME: LP_KW_ number, or 0 for a plain identifier */
    const char *start;   /* text [start, end) in the decoded source */
    const char *end;
    int lineno, col;     /* where the token starts */
    int end_lineno, end_col; /* just past its end */
    const char *name;    /* NAME: the identifier NFKC-normalised (== start when ASCII) */
    size_t name_len;
} lp_token_t;

/* Python's name of token kind [k] (`token.tok_name[k]`). */
const char *lp_token_name(lp_tok_kind_t k);

/* The exact operator text of kind [k], or NULL if it is no operator. */
const char *lp_token_text(lp_tok_kind_t k);

/* The spelling of keyword [kw] (1 .. LP_KW__COUNT-1). */
const char *lp_keyword_text(int kw);

/* Whether keyword [kw] is soft (`match`, `case`, `_`). */
int lp_keyword_is_soft(int kw);

#endif
