/* parse.h -- the parser: tokens in, syntax tree out.
 *
 * lp_parse runs the tokenizer (tokenizer.h) and the Lemon parser generated
 * from grammar/parser.y over a decoded source and returns the tree (ast.h),
 * built in an arena, or NULL with CPython's SyntaxError in [err].  It accepts
 * exactly what CPython's ast.parse accepts; errors that CPython raises only
 * when compiling (`'return' outside function`, ...) are the compiler's.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_PARSE_H
#define LP_PARSE_H

#include <setjmp.h>
#include <stdio.h>

#include "arena.h"
#include "ast.h"
#include "syntax_error.h"
#include "tokenizer.h"

/* What to parse: the start symbols of compile()'s modes. */
typedef enum {
    LP_PARSE_EXEC,      /* a module: Module */
    LP_PARSE_EVAL,      /* an expression: Expression */
    LP_PARSE_SINGLE,    /* one interactive statement: Interactive */
    LP_PARSE_FUNC_TYPE, /* a function type comment: FunctionType */
    LP_PARSE_FSTRING,   /* an f-string replacement field: the expression itself */
} lp_parse_mode_t;


/* The parser's state, shared by the driver and the grammar's actions. */
typedef struct lp_parser {
    lp_arena_t *arena;
    const char *text;           /* the decoded source */
    size_t len;
    int flags;                  /* LP_TOKF_* given to the tokenizer */
    lp_tokenizer_t *tok;
    const lp_token_t *prev;     /* the last token handed to the grammar */
    const lp_token_t *cur;      /* the token being handed to it */
    lp_ast_t *result;           /* set by the start rule */
    lp_ast_seq_t *type_ignores; /* TypeIgnore nodes */
    int line_offset, col_offset; /* an f-string field's place: added to its tokens */
    lp_syntax_error_t *err;     /* where errors go */
    jmp_buf fail;               /* builders jump here on a syntax error */
    void *driver;               /* parse.c's own state */
} lp_parser_t;

/* Parses [len] bytes of decoded source [text] (see source.h) in [mode] into
 * a tree in [arena].  [flags] are the tokenizer's (LP_TOKF_TYPE_COMMENTS for
 * ast.parse(..., type_comments=True), and what lp_source_decode said).  Returns the root, or NULL with [err]
 * filled.  With [trace], Lemon's shift/reduce trace goes there. */
lp_ast_t *lp_parse(lp_arena_t *arena, const char *text, size_t len, lp_parse_mode_t mode,
                   int flags, lp_syntax_error_t *err, FILE *trace);

/* Parses an f-string's replacement field, given as "(" + text + ")", as
 * CPython's fstring_compile_expr: its tokens move [lines] down, and those
 * that end on the first line [cols] right, so the nodes sit where the text
 * is in the file; error columns stay relative to the text. */
lp_ast_t *lp_parse_field(lp_arena_t *arena, const char *text, size_t len, int flags, int lines,
                         int cols, lp_syntax_error_t *err);

/* Reports a syntax error: stops the parse (does not return). */
_Noreturn void lp_parse_fail(lp_parser_t *P, const char *type, int lineno, int offset,
                             int end_lineno, int end_offset, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));

/* Stops the parse with the error already in P->err (or the tokenizer's,
 * which CPython prefers, from further on). */
_Noreturn void lp_parse_raise(lp_parser_t *P);

/* Reports the syntax error the grammar met at token [t], worded as CPython
 * words it (does not return). */
_Noreturn void lp_parse_syntax_error(lp_parser_t *P, const lp_token_t *t);

/* Whether the token before [t] is `with`. */
int lp_parse_follows_with(lp_parser_t *P, const lp_token_t *t);

/* The extent of parenthesised node [n] with its parentheses: recorded by
 * lp_parse_outer_set, NULL when there is none. */
const lp_ast_pos_t *lp_parse_outer_get(lp_parser_t *P, const lp_ast_t *n);
void lp_parse_outer_set(lp_parser_t *P, const lp_ast_t *n, lp_ast_pos_t pos);

/* The token before [t] (NULL at the start). */
const lp_token_t *lp_parse_token_before(const lp_token_t *t);

/* The first token that starts where node [n] ends (for error positions). */
const lp_token_t *lp_parse_token_after_node(lp_parser_t *P, const lp_ast_t *n);

/* The start of line [lineno] of the text being parsed. */
const char *lp_parse_line_start(const lp_parser_t *P, int lineno);

/* The 1-based offset CPython reports for byte column [col] of line [lineno]:
 * bytes, or code points when the source declared its encoding. */
int lp_parse_offset(const lp_parser_t *P, int lineno, int col);

#endif
