/* ast_view.h -- `lemonpy -m ast`, the syntax tree as `python3 -m ast` prints it.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_AST_VIEW_H
#define LP_AST_VIEW_H

#include <stdio.h>

#include "arena.h"
#include "ast.h"
#include "parse.h"

/* What `python -m ast` was asked for. */
typedef struct {
    const char *file;     /* NULL: stdin */
    lp_parse_mode_t mode; /* -m exec|eval|single|func_type */
    int type_comments;    /* unless --no-type-comments */
    int attributes;       /* -a */
    int indent;           /* -i N (3) */
} lp_ast_view_t;

/* Runs `python -m ast` with the arguments that follow `-m ast`: prints the
 * tree or the error; returns the exit status. */
int lp_ast_view_main(int argc, char **argv);

/* Reads, decodes and parses [v]'s file into [arena] (Lemon's trace to
 * [trace] unless NULL); prints the SyntaxError and returns NULL on error. */
lp_ast_t *lp_ast_view_parse(lp_arena_t *arena, const lp_ast_view_t *v, FILE *trace);

#endif
