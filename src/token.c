/* token.c -- names and texts of token kinds and keywords, from the lists.
 *
 * SPDX-License-Identifier: MIT
 */
#include "token.h"

static const char *const names[] = {
#define LP_TOKEN(name, text) #name,
#include "tokens.h"
#undef LP_TOKEN
};

static const char *const texts[] = {
#define LP_TOKEN(name, text) text,
#include "tokens.h"
#undef LP_TOKEN
};

static const struct { const char *text; int soft; } keywords[] = {
    {0, 0},
#define LP_KEYWORD(name, text, soft) {text, soft},
#include "keywords.h"
#undef LP_KEYWORD
};

_Static_assert(sizeof names / sizeof *names == LP_TOK__COUNT, "tokens.h");
_Static_assert(LP_TOK_ENCODING == 63, "token numbers must equal Python's token module");

const char *lp_token_name(lp_tok_kind_t k) { return names[k]; }
const char *lp_token_text(lp_tok_kind_t k) { return texts[k]; }
const char *lp_keyword_text(int kw) { return keywords[kw].text; }
int lp_keyword_is_soft(int kw) { return keywords[kw].soft; }
