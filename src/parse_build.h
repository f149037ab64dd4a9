/* parse_build.h -- the tree builders that grammar/parser.y's actions call.
 *
 * Each builder makes one piece of the tree from what a grammar rule
 * recognised, computes its position, and checks what the LALR grammar leaves
 * to it (assignment targets, argument and parameter order, with-items, ...),
 * with CPython's messages.  An error does not return: it jumps out of the
 * parse (lp_parse_fail).
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_PARSE_BUILD_H
#define LP_PARSE_BUILD_H

#include "ast.h"
#include "parse.h"
#include "token.h"

/* Bits of lp_ast_t.flags the builders use. */
enum {
    LP_FLAG_BARE_GENEXP = 1, /* a generator expression as a call's argument, f(x for x in y) */
    LP_FLAG_WITH_ITEMS = 2,  /* a parenthesised list of with-items, (a as b, c) */
    LP_FLAG_EXCEPT_STAR = 4, /* an ExceptHandler of `except*` */
};

/* ==== values of nonterminals that are not nodes ==== */

/* A list of tokens (adjacent string literals). */
typedef struct {
    int len, cap;
    const lp_token_t **items;
} lp_tokens_t;

/* `from <module> import`: the relative level and the dotted name (an alias
 * node whose name is "a.b", or NULL). */
typedef struct {
    int level;
    lp_ast_t *dotted;
} lp_import_module_t;

/* A function body and the type comment in front of it. */
typedef struct {
    lp_ast_seq_t *body;
    const lp_token_t *type_comment;
} lp_func_body_t;

/* One item of a parameter list, before the builder sorts them out. */
typedef enum {
    LP_PARAM_PLAIN,  /* name[: annotation][= default] */
    LP_PARAM_SLASH,  /* / */
    LP_PARAM_STAR,   /* a bare * */
    LP_PARAM_VARARG, /* *name */
    LP_PARAM_KWARG,  /* **name */
} lp_param_kind_t;

typedef struct lp_param {
    lp_param_kind_t kind;
    const lp_token_t *tok;   /* the name, or the / or * token */
    lp_ast_t *arg;           /* the arg node (NULL for / and *) */
    lp_ast_t *def;           /* the default value, or NULL */
    struct lp_param *next;
} lp_param_t;

typedef struct {
    lp_param_t *first, *last;
} lp_params_t;

/* ==== positions ==== */

lp_ast_pos_t lp_build_nopos(void);
lp_ast_pos_t lp_build_tpos(const lp_token_t *t);
lp_ast_pos_t lp_build_ttpos(const lp_token_t *a, const lp_token_t *b);
/* Positions that start or end at a node take the node's outer extent: a
 * parenthesised node keeps its own position (as CPython's) but its parent
 * spans the parentheses too. */
lp_ast_pos_t lp_build_tnpos(lp_parser_t *P, const lp_token_t *t, const lp_ast_t *n);
lp_ast_pos_t lp_build_ntpos(lp_parser_t *P, const lp_ast_t *n, const lp_token_t *t);
lp_ast_pos_t lp_build_npos(lp_parser_t *P, const lp_ast_t *a, const lp_ast_t *b);
/* From [t] to the end of the last token the grammar has consumed. */
lp_ast_pos_t lp_build_tlastpos(lp_parser_t *P, const lp_token_t *t);

/* ==== sequences ==== */

lp_ast_seq_t *lp_build_seq1(lp_parser_t *P, lp_ast_t *n);
lp_ast_seq_t *lp_build_append(lp_parser_t *P, lp_ast_seq_t *s, lp_ast_t *n);
lp_ast_seq_t *lp_build_prepend(lp_parser_t *P, lp_ast_t *n, lp_ast_seq_t *s);
lp_ast_seq_t *lp_build_concat(lp_parser_t *P, lp_ast_seq_t *a, lp_ast_seq_t *b);
lp_tokens_t *lp_build_token_seq(lp_parser_t *P, lp_tokens_t *l, const lp_token_t *t);

/* ==== names and constants ==== */

const char *lp_build_ident(lp_parser_t *P, const lp_token_t *name);
lp_ast_seq_t *lp_build_names1(lp_parser_t *P, const lp_token_t *name);
lp_ast_seq_t *lp_build_names_add(lp_parser_t *P, lp_ast_seq_t *s, const lp_token_t *name);
lp_ast_t *lp_build_singleton(lp_parser_t *P, const lp_token_t *t, lp_const_kind_t kind);
lp_ast_t *lp_build_number(lp_parser_t *P, const lp_token_t *t);
lp_ast_t *lp_build_strings(lp_parser_t *P, lp_tokens_t *strings);

/* ==== expressions ==== */

lp_ast_t *lp_build_tuple(lp_parser_t *P, lp_ast_seq_t *elts, const lp_token_t *l,
                         const lp_token_t *r);
lp_ast_t *lp_build_list(lp_parser_t *P, const lp_token_t *l, lp_ast_seq_t *elts,
                        const lp_token_t *r);
lp_ast_t *lp_build_set(lp_parser_t *P, const lp_token_t *l, lp_ast_seq_t *elts,
                       const lp_token_t *r);
lp_ast_t *lp_build_dict(lp_parser_t *P, const lp_token_t *l, lp_ast_t *items,
                        const lp_token_t *r);
lp_ast_t *lp_build_dict_item(lp_parser_t *P, lp_ast_t *key, lp_ast_t *value);
lp_ast_t *lp_build_dict_merge(lp_parser_t *P, lp_ast_t *items, lp_ast_t *item);
lp_ast_t *lp_build_group(lp_parser_t *P, const lp_token_t *l, lp_ast_t *e, const lp_token_t *r);
lp_ast_t *lp_build_paren_list(lp_parser_t *P, const lp_token_t *l, lp_ast_seq_t *elts,
                              int trailing_comma, const lp_token_t *r);
lp_ast_t *lp_build_comprehension(lp_parser_t *P, lp_ast_kind_t kind, const lp_token_t *l,
                                 lp_ast_t *elt, lp_ast_t *value, lp_ast_seq_t *gens,
                                 const lp_token_t *r);
lp_ast_t *lp_build_starred_at(lp_parser_t *P, const lp_token_t *star, lp_ast_t *e);
lp_ast_t *lp_build_walrus(lp_parser_t *P, const lp_token_t *name, lp_ast_t *value);
lp_ast_t *lp_build_lambda(lp_parser_t *P, const lp_token_t *t, lp_ast_t *args, lp_ast_t *body);
lp_ast_t *lp_build_boolop(lp_parser_t *P, int op, lp_ast_t *l, lp_ast_t *r);
lp_ast_t *lp_build_unary(lp_parser_t *P, const lp_token_t *t, int op, lp_ast_t *e);
lp_ast_t *lp_build_compare(lp_parser_t *P, lp_ast_t *l, int op, lp_ast_t *r);
int lp_build_noteq(lp_parser_t *P, const lp_token_t *t);
lp_ast_t *lp_build_binop(lp_parser_t *P, lp_ast_t *l, int op, lp_ast_t *r);
lp_ast_t *lp_build_call(lp_parser_t *P, lp_ast_t *func, const lp_token_t *lpar,
                        lp_ast_seq_t *args, const lp_token_t *rpar);
lp_ast_t *lp_build_genexp_arg(lp_parser_t *P, lp_ast_t *elt, lp_ast_seq_t *gens);
/* `f(x for x in y,)`: a trailing comma after call arguments. */
lp_ast_seq_t *lp_build_trailing_argument_comma(lp_parser_t *P, lp_ast_seq_t *args);
lp_ast_t *lp_build_keyword(lp_parser_t *P, const lp_token_t *name_or_stars, lp_ast_t *value);
lp_ast_t *lp_build_single_slice(lp_parser_t *P, lp_ast_t *s);
lp_ast_t *lp_build_slice(lp_parser_t *P, lp_ast_t *lower, const lp_token_t *colon,
                         lp_ast_t *upper, const lp_token_t *colon2, lp_ast_t *step);

/* ==== targets and statements ==== */

/* Gives [e] the context [ctx] (AST_Store or AST_Del) all the way down, or
 * fails with CPython's "cannot assign to ..." message. */
lp_ast_t *lp_build_target(lp_parser_t *P, lp_ast_t *e, int ctx);
lp_ast_t *lp_build_expr_stmt(lp_parser_t *P, lp_ast_t *e);
lp_ast_t *lp_build_assign(lp_parser_t *P, lp_ast_seq_t *targets, lp_ast_t *value,
                          const lp_token_t *type_comment);
lp_ast_t *lp_build_augassign(lp_parser_t *P, lp_ast_t *target, int op, lp_ast_t *value);
lp_ast_t *lp_build_annassign(lp_parser_t *P, lp_ast_t *target, lp_ast_t *annotation,
                             lp_ast_t *value);
lp_ast_t *lp_build_del(lp_parser_t *P, const lp_token_t *t, lp_ast_t *targets);
lp_import_module_t lp_build_import_module(int level, lp_ast_t *dotted);
lp_ast_t *lp_build_import_from(lp_parser_t *P, const lp_token_t *t, lp_import_module_t m,
                               lp_ast_seq_t *names);
lp_ast_seq_t *lp_build_trailing_comma(lp_parser_t *P, lp_ast_seq_t *names,
                                      const lp_token_t *comma);
lp_ast_t *lp_build_dotted1(lp_parser_t *P, const lp_token_t *name);
lp_ast_t *lp_build_dotted_add(lp_parser_t *P, lp_ast_t *dotted, const lp_token_t *name);
lp_ast_t *lp_build_alias(lp_parser_t *P, lp_ast_t *dotted, const lp_token_t *asname);
lp_ast_t *lp_build_if(lp_parser_t *P, const lp_token_t *t, lp_ast_t *test, lp_ast_seq_t *body,
                      lp_ast_seq_t *orelse);
lp_ast_t *lp_build_while(lp_parser_t *P, const lp_token_t *t, lp_ast_t *test,
                         lp_ast_seq_t *body, lp_ast_seq_t *orelse);
lp_ast_t *lp_build_for(lp_parser_t *P, const lp_token_t *async, const lp_token_t *t,
                       lp_ast_t *target, lp_ast_t *iter, const lp_token_t *type_comment,
                       lp_ast_seq_t *body, lp_ast_seq_t *orelse);
lp_ast_t *lp_build_try(lp_parser_t *P, const lp_token_t *t, lp_ast_seq_t *body,
                       lp_ast_seq_t *handlers, lp_ast_seq_t *orelse, lp_ast_seq_t *finalbody);
lp_ast_t *lp_build_handler(lp_parser_t *P, const lp_token_t *t, int star, lp_ast_t *type,
                           const lp_token_t *name, lp_ast_seq_t *body);
lp_ast_t *lp_build_with(lp_parser_t *P, const lp_token_t *async, const lp_token_t *t,
                        lp_ast_seq_t *items, const lp_token_t *type_comment,
                        lp_ast_seq_t *body);
lp_ast_t *lp_build_with_items_atom(lp_parser_t *P, const lp_token_t *l, lp_ast_seq_t *items,
                                   const lp_token_t *r);
lp_ast_seq_t *lp_build_with_as_list(lp_parser_t *P, lp_ast_seq_t *exprs);
lp_ast_seq_t *lp_build_with_as_add(lp_parser_t *P, lp_ast_seq_t *items, lp_ast_t *e,
                                   lp_ast_t *target);
lp_func_body_t lp_build_func_body(lp_ast_seq_t *body, const lp_token_t *type_comment);
lp_ast_t *lp_build_funcdef(lp_parser_t *P, const lp_token_t *async, const lp_token_t *t,
                           const lp_token_t *name, lp_ast_t *args, lp_ast_t *returns,
                           lp_func_body_t body);
lp_ast_t *lp_build_class_arguments(lp_parser_t *P, lp_ast_seq_t *args);
lp_ast_t *lp_build_classdef(lp_parser_t *P, const lp_token_t *t, const lp_token_t *name,
                            lp_ast_t *args, lp_ast_seq_t *body);
lp_ast_t *lp_build_decorated(lp_parser_t *P, lp_ast_seq_t *decorators, lp_ast_t *def);

/* ==== parameters ==== */

lp_params_t *lp_build_params_new(lp_parser_t *P);
lp_params_t *lp_build_params_add(lp_parser_t *P, lp_params_t *l, lp_param_t *p);
lp_params_t *lp_build_params_comment(lp_parser_t *P, lp_params_t *l, const lp_token_t *c);
lp_param_t *lp_build_param(lp_parser_t *P, lp_param_kind_t kind, const lp_token_t *t,
                           lp_ast_t *annotation, lp_ast_t *def);
/* Sorts a parameter list into an `arguments` node, with CPython's errors. */
lp_ast_t *lp_build_arguments(lp_parser_t *P, const lp_params_t *l, int lambda);

/* ==== match statements ==== */

lp_ast_t *lp_build_match(lp_parser_t *P, const lp_token_t *t, lp_ast_t *subject,
                         lp_ast_seq_t *cases);
lp_ast_t *lp_build_match_value(lp_parser_t *P, lp_ast_t *e);
/* The name that starts a dotted value or class pattern (not `_`). */
lp_ast_t *lp_build_pattern_name(lp_parser_t *P, const lp_token_t *name);
/* `1 + 2j` in a pattern: a real part, then + or -, then an imaginary one. */
lp_ast_t *lp_build_complex_literal(lp_parser_t *P, lp_ast_t *real, int op, const lp_token_t *imag);
lp_ast_t *lp_build_match_singleton(lp_parser_t *P, const lp_token_t *t, lp_const_kind_t kind);
lp_ast_t *lp_build_match_capture(lp_parser_t *P, const lp_token_t *name);
lp_ast_t *lp_build_match_star(lp_parser_t *P, const lp_token_t *star, const lp_token_t *name);
lp_ast_t *lp_build_match_as(lp_parser_t *P, lp_ast_t *pattern, const lp_token_t *name);
lp_ast_t *lp_build_match_or(lp_parser_t *P, lp_ast_t *l, lp_ast_t *r);
lp_ast_t *lp_build_match_sequence(lp_parser_t *P, const lp_token_t *l, lp_ast_seq_t *patterns,
                                  const lp_token_t *r);
lp_ast_t *lp_build_match_mapping(lp_parser_t *P, const lp_token_t *l, lp_ast_t *items,
                                 const lp_token_t *rest, const lp_token_t *r);
lp_ast_t *lp_build_mapping_item(lp_parser_t *P, lp_ast_t *key, lp_ast_t *pattern);
lp_ast_t *lp_build_mapping_merge(lp_parser_t *P, lp_ast_t *items, lp_ast_t *item);
lp_ast_t *lp_build_match_class(lp_parser_t *P, lp_ast_t *cls, lp_ast_t *args,
                               const lp_token_t *r);
lp_ast_t *lp_build_class_arg(lp_parser_t *P, lp_ast_t *args, const lp_token_t *kw,
                             lp_ast_t *pattern);

/* ==== errors ==== */

/* The grammar met a token it cannot use. */
void lp_build_syntax_error(lp_parser_t *P, const lp_token_t *t);

/* Lemon's stack is exhausted (never with a growing stack; kept for safety). */
void lp_build_too_deep(lp_parser_t *P);

#endif
