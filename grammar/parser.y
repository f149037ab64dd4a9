/* parser.y -- the grammar of Python 3.11, for the Lemon parser generator.
 *
 * This file is meant to be read as the language's specification.  Its rules
 * follow the Python Language Reference ("Full Grammar specification") in
 * order and in name: statements first, then expressions from the loosest
 * binding (conditional expressions, lambda) to the tightest (atoms), then
 * patterns.  Python's official grammar is PEG; this one is LALR(1), which
 * costs three standard devices, each noted where it is used:
 *
 *   - targets (of assignments, `del`, `with ... as`) are parsed as
 *     expressions and checked afterwards (the builders in parse_build.c set
 *     Store/Del contexts and give CPython's messages for what cannot be one);
 *   - parameter lists are a flat list of items sorted out by the builder;
 *   - binary operators get their precedence from %left/%right declarations.
 *
 * Every action is one call: an ast_* constructor (ast.h) or a builder from
 * parse_build.h.  Lemon must report no conflicts: it exits non-zero on any,
 * and the build fails.  The tokens come from src/parse.c, which maps the
 * tokenizer's kinds (tokens.h, keywords.h) onto these terminals by name.
 *
 * SPDX-License-Identifier: MIT
 */

%name lp_grammar
%token_prefix TK_
%token_type {const lp_token_t *}
%default_type {lp_ast_t *}
%extra_context {lp_parser_t *P}
%start_symbol start
%stack_size 0

%include {
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include "parse_build.h"
#define A (P->arena)
}

%syntax_error { lp_build_syntax_error(P, yyminor); }

/* Whether the parser [p], in its present state, would accept terminal [tk]:
 * simulates the reductions that lookahead would cause on a copy of the state
 * stack.  The driver uses it to word error messages ("expected ':'"). */
%code {
int lp_grammar_accepts(void *p, int tk)
{
    yyParser *parser = (yyParser *)p;
    int depth = (int)(parser->yytos - parser->yystack) + 1;
    YYACTIONTYPE *states = malloc(sizeof *states * (size_t)(depth + 64));
    int top = depth - 1, accepted = 0;
    if (!states) return 0;
    for (int i = 0; i < depth; i++) states[i] = parser->yystack[i].stateno;
    for (int steps = 0; steps < 10000; steps++) {
        YYACTIONTYPE act = yy_find_shift_action((YYCODETYPE)tk, states[top]);
        if (act >= YY_MIN_REDUCE) {
            int rule = act - YY_MIN_REDUCE, size = yyRuleInfoNRhs[rule];
            if (top + size < 0 || top + size + 1 >= depth + 64) break;
            act = yy_find_reduce_action(states[top + size], (YYCODETYPE)yyRuleInfoLhs[rule]);
            top += size + 1;
            states[top] = act;
            continue;
        }
        accepted = act <= YY_MAX_SHIFTREDUCE || act == YY_ACCEPT_ACTION;
        break;
    }
    free(states);
    return accepted;
}
}
%stack_overflow { lp_build_too_deep(P); }

/* The tokenizer's kinds, in tokens.h's order, then the keywords of
 * keywords.h, then the start-mode tokens the driver puts first. */
%token ENDMARKER NAME NUMBER STRING NEWLINE INDENT DEDENT
       LPAR RPAR LSQB RSQB COLON COMMA SEMI PLUS MINUS STAR SLASH VBAR AMPER LESS GREATER
       EQUAL DOT PERCENT LBRACE RBRACE EQEQUAL NOTEQUAL LESSEQUAL GREATEREQUAL TILDE
       CIRCUMFLEX LEFTSHIFT RIGHTSHIFT DOUBLESTAR PLUSEQUAL MINEQUAL STAREQUAL SLASHEQUAL
       PERCENTEQUAL AMPEREQUAL VBAREQUAL CIRCUMFLEXEQUAL LEFTSHIFTEQUAL RIGHTSHIFTEQUAL
       DOUBLESTAREQUAL DOUBLESLASH DOUBLESLASHEQUAL AT ATEQUAL RARROW ELLIPSIS COLONEQUAL
       OP AWAIT ASYNC TYPE_IGNORE TYPE_COMMENT SOFT_KEYWORD ERRORTOKEN COMMENT NL ENCODING
       FALSE NONE TRUE AND AS ASSERT BREAK CLASS CONTINUE DEF DEL ELIF ELSE EXCEPT FINALLY
       FOR FROM GLOBAL IF IMPORT IN IS LAMBDA NONLOCAL NOT OR PASS RAISE RETURN TRY WHILE
       WITH YIELD UNDERSCORE CASE MATCH
       FILE_MODE EVAL_MODE SINGLE_MODE FUNC_TYPE_MODE FSTRING_MODE.

/* Binary operators, loosest first (the Reference, 6.17 "Operator precedence").
 * UNARY is the precedence of unary +, - and ~. */
%left VBAR.
%left CIRCUMFLEX.
%left AMPER.
%left LEFTSHIFT RIGHTSHIFT.
%left PLUS MINUS.
%left STAR SLASH PERCENT DOUBLESLASH AT.
%right UNARY.
%right DOUBLESTAR.

/* ======================================================================
 * Start symbols: the driver puts one mode token first.
 * ====================================================================== */

start ::= FILE_MODE file.
start ::= EVAL_MODE eval.
start ::= SINGLE_MODE interactive.
start ::= FUNC_TYPE_MODE func_type.
start ::= FSTRING_MODE fstring.

file ::= . { P->result = ast_Module(A, lp_ast_seq_new(A), P->type_ignores, lp_build_nopos()); }
file ::= statements(S). { P->result = ast_Module(A, S, P->type_ignores, lp_build_nopos()); }

eval ::= expressions(E) newlines. { P->result = ast_Expression(A, E, lp_build_nopos()); }

interactive ::= NEWLINE. { P->result = ast_Interactive(A, lp_ast_seq_new(A), lp_build_nopos()); }
interactive ::= statement(S). { P->result = ast_Interactive(A, S, lp_build_nopos()); }

func_type ::= LPAR RPAR RARROW expression(R) newlines. { P->result = ast_FunctionType(A, lp_ast_seq_new(A), R, lp_build_nopos()); }
func_type ::= LPAR type_expressions(T) RPAR RARROW expression(R) newlines. { P->result = ast_FunctionType(A, T, R, lp_build_nopos()); }

/* An f-string's replacement field, which the driver wraps in parentheses. */
fstring ::= star_expressions(E) newlines. { P->result = E; }

newlines ::= .
newlines ::= newlines NEWLINE.

%type type_expressions {lp_ast_seq_t *}
type_expressions(R) ::= expression(E). { R = lp_build_seq1(P, E); }
type_expressions(R) ::= STAR expression(E). { R = lp_build_seq1(P, E); }
type_expressions(R) ::= DOUBLESTAR expression(E). { R = lp_build_seq1(P, E); }
type_expressions(R) ::= type_expressions(L) COMMA expression(E). { R = lp_build_append(P, L, E); }
type_expressions(R) ::= type_expressions(L) COMMA STAR expression(E). { R = lp_build_append(P, L, E); }
type_expressions(R) ::= type_expressions(L) COMMA DOUBLESTAR expression(E). { R = lp_build_append(P, L, E); }

/* ======================================================================
 * Statements (Reference 7 and 8)
 * ====================================================================== */

%type statements {lp_ast_seq_t *}
statements(R) ::= statement(S). { R = S; }
statements(R) ::= statements(L) statement(S). { R = lp_build_concat(P, L, S); }

%type statement {lp_ast_seq_t *}
statement(R) ::= compound_stmt(S). { R = lp_build_seq1(P, S); }
statement(R) ::= simple_stmts(S). { R = S; }

%type simple_stmts {lp_ast_seq_t *}
simple_stmts(R) ::= simple_stmt_list(L) NEWLINE. { R = L; }
simple_stmts(R) ::= simple_stmt_list(L) SEMI NEWLINE. { R = L; }

%type simple_stmt_list {lp_ast_seq_t *}
simple_stmt_list(R) ::= simple_stmt(S). { R = lp_build_seq1(P, S); }
simple_stmt_list(R) ::= simple_stmt_list(L) SEMI simple_stmt(S). { R = lp_build_append(P, L, S); }

/* ---- simple statements (Reference 7) ---- */

simple_stmt(R) ::= star_expressions(E). { R = lp_build_expr_stmt(P, E); }
simple_stmt(R) ::= yield_expr(E). { R = lp_build_expr_stmt(P, E); }
simple_stmt(R) ::= assignment(S). { R = S; }
simple_stmt(R) ::= return_stmt(S). { R = S; }
simple_stmt(R) ::= import_stmt(S). { R = S; }
simple_stmt(R) ::= raise_stmt(S). { R = S; }
simple_stmt(R) ::= PASS(T). { R = ast_Pass(A, lp_build_tpos(T)); }
simple_stmt(R) ::= del_stmt(S). { R = S; }
simple_stmt(R) ::= assert_stmt(S). { R = S; }
simple_stmt(R) ::= BREAK(T). { R = ast_Break(A, lp_build_tpos(T)); }
simple_stmt(R) ::= CONTINUE(T). { R = ast_Continue(A, lp_build_tpos(T)); }
simple_stmt(R) ::= global_stmt(S). { R = S; }
simple_stmt(R) ::= nonlocal_stmt(S). { R = S; }

/* Assignment statements: targets are parsed as expressions, then checked. */
assignment(R) ::= assign_targets(T) star_expressions(V) type_comment(C). { R = lp_build_assign(P, T, V, C); }
assignment(R) ::= assign_targets(T) yield_expr(V) type_comment(C). { R = lp_build_assign(P, T, V, C); }
assignment(R) ::= star_expressions(T) augassign(O) star_expressions(V). { R = lp_build_augassign(P, T, O, V); }
assignment(R) ::= star_expressions(T) augassign(O) yield_expr(V). { R = lp_build_augassign(P, T, O, V); }
assignment(R) ::= star_expressions(T) COLON expression(X). { R = lp_build_annassign(P, T, X, NULL); }
assignment(R) ::= star_expressions(T) COLON expression(X) EQUAL star_expressions(V). { R = lp_build_annassign(P, T, X, V); }
assignment(R) ::= star_expressions(T) COLON expression(X) EQUAL yield_expr(V). { R = lp_build_annassign(P, T, X, V); }

%type assign_targets {lp_ast_seq_t *}
/* (checked by lp_build_assign, which knows the value) */
assign_targets(R) ::= star_expressions(E) EQUAL. { R = lp_build_seq1(P, E); }
assign_targets(R) ::= assign_targets(L) star_expressions(E) EQUAL. { R = lp_build_append(P, L, E); }
assign_targets(R) ::= assign_targets(L) yield_expr(E) EQUAL. { R = lp_build_append(P, L, E); }

%type type_comment {const lp_token_t *}
type_comment(R) ::= . { R = NULL; }
type_comment(R) ::= TYPE_COMMENT(T). { R = T; }

%type augassign {int}
augassign(R) ::= PLUSEQUAL. { R = AST_Add; }
augassign(R) ::= MINEQUAL. { R = AST_Sub; }
augassign(R) ::= STAREQUAL. { R = AST_Mult; }
augassign(R) ::= ATEQUAL. { R = AST_MatMult; }
augassign(R) ::= SLASHEQUAL. { R = AST_Div; }
augassign(R) ::= PERCENTEQUAL. { R = AST_Mod; }
augassign(R) ::= AMPEREQUAL. { R = AST_BitAnd; }
augassign(R) ::= VBAREQUAL. { R = AST_BitOr; }
augassign(R) ::= CIRCUMFLEXEQUAL. { R = AST_BitXor; }
augassign(R) ::= LEFTSHIFTEQUAL. { R = AST_LShift; }
augassign(R) ::= RIGHTSHIFTEQUAL. { R = AST_RShift; }
augassign(R) ::= DOUBLESTAREQUAL. { R = AST_Pow; }
augassign(R) ::= DOUBLESLASHEQUAL. { R = AST_FloorDiv; }

return_stmt(R) ::= RETURN(T). { R = ast_Return(A, NULL, lp_build_tpos(T)); }
return_stmt(R) ::= RETURN(T) star_expressions(E). { R = ast_Return(A, E, lp_build_tnpos(P, T, E)); }

raise_stmt(R) ::= RAISE(T). { R = ast_Raise(A, NULL, NULL, lp_build_tpos(T)); }
raise_stmt(R) ::= RAISE(T) expression(E). { R = ast_Raise(A, E, NULL, lp_build_tnpos(P, T, E)); }
raise_stmt(R) ::= RAISE(T) expression(E) FROM expression(C). { R = ast_Raise(A, E, C, lp_build_tnpos(P, T, C)); }

global_stmt(R) ::= GLOBAL(T) name_list(L). { R = ast_Global(A, L, lp_build_tlastpos(P, T)); }
nonlocal_stmt(R) ::= NONLOCAL(T) name_list(L). { R = ast_Nonlocal(A, L, lp_build_tlastpos(P, T)); }

%type name_list {lp_ast_seq_t *}
name_list(R) ::= NAME(N). { R = lp_build_names1(P, N); }
name_list(R) ::= name_list(L) COMMA NAME(N). { R = lp_build_names_add(P, L, N); }

del_stmt(R) ::= DEL(T) star_expressions(E). { R = lp_build_del(P, T, E); }

assert_stmt(R) ::= ASSERT(T) expression(E). { R = ast_Assert(A, E, NULL, lp_build_tnpos(P, T, E)); }
assert_stmt(R) ::= ASSERT(T) expression(E) COMMA expression(M). { R = ast_Assert(A, E, M, lp_build_tnpos(P, T, M)); }

/* ---- import statements ---- */

import_stmt(R) ::= IMPORT(T) dotted_as_names(L). { R = ast_Import(A, L, lp_build_tlastpos(P, T)); }
import_stmt(R) ::= FROM(T) import_module(M) IMPORT import_targets(L). { R = lp_build_import_from(P, T, M, L); }

/* `from . import x`, `from ..a.b import x`: the module and the level. */
%type import_module {lp_import_module_t}
import_module(R) ::= dotted_name(D). { R = lp_build_import_module(0, D); }
import_module(R) ::= dots(N). { R = lp_build_import_module(N, NULL); }
import_module(R) ::= dots(N) dotted_name(D). { R = lp_build_import_module(N, D); }

%type dots {int}
dots(R) ::= DOT. { R = 1; }
dots(R) ::= ELLIPSIS. { R = 3; }
dots(R) ::= dots(L) DOT. { R = L + 1; }
dots(R) ::= dots(L) ELLIPSIS. { R = L + 3; }

%type import_targets {lp_ast_seq_t *}
import_targets(R) ::= STAR(T). { R = lp_build_seq1(P, ast_alias(A, "*", NULL, lp_build_tpos(T))); }
import_targets(R) ::= import_as_names(L). { R = L; }
import_targets(R) ::= import_as_names(L) COMMA(T). { R = lp_build_trailing_comma(P, L, T); }
import_targets(R) ::= LPAR import_as_names(L) RPAR. { R = L; }
import_targets(R) ::= LPAR import_as_names(L) COMMA RPAR. { R = L; }

%type import_as_names {lp_ast_seq_t *}
import_as_names(R) ::= import_as_name(N). { R = lp_build_seq1(P, N); }
import_as_names(R) ::= import_as_names(L) COMMA import_as_name(N). { R = lp_build_append(P, L, N); }

import_as_name(R) ::= NAME(N). { R = lp_build_alias(P, lp_build_dotted1(P, N), NULL); }
import_as_name(R) ::= NAME(N) AS NAME(M). { R = lp_build_alias(P, lp_build_dotted1(P, N), M); }

%type dotted_as_names {lp_ast_seq_t *}
dotted_as_names(R) ::= dotted_as_name(N). { R = lp_build_seq1(P, N); }
dotted_as_names(R) ::= dotted_as_names(L) COMMA dotted_as_name(N). { R = lp_build_append(P, L, N); }

dotted_as_name(R) ::= dotted_name(D). { R = lp_build_alias(P, D, NULL); }
dotted_as_name(R) ::= dotted_name(D) AS NAME(M). { R = lp_build_alias(P, D, M); }

/* A dotted name is an alias node whose name holds "a.b.c". */
dotted_name(R) ::= NAME(N). { R = lp_build_dotted1(P, N); }
dotted_name(R) ::= dotted_name(D) DOT NAME(N). { R = lp_build_dotted_add(P, D, N); }

/* ---- compound statements (Reference 8) ---- */

compound_stmt(R) ::= if_stmt(S). { R = S; }
compound_stmt(R) ::= while_stmt(S). { R = S; }
compound_stmt(R) ::= for_stmt(S). { R = S; }
compound_stmt(R) ::= try_stmt(S). { R = S; }
compound_stmt(R) ::= with_stmt(S). { R = S; }
compound_stmt(R) ::= function_def(S). { R = S; }
compound_stmt(R) ::= class_def(S). { R = S; }
compound_stmt(R) ::= decorators(D) function_def(S). { R = lp_build_decorated(P, D, S); }
compound_stmt(R) ::= decorators(D) class_def(S). { R = lp_build_decorated(P, D, S); }
compound_stmt(R) ::= match_stmt(S). { R = S; }

/* A block: statements on the same line, or an indented suite. */
%type block {lp_ast_seq_t *}
block(R) ::= simple_stmts(S). { R = S; }
block(R) ::= NEWLINE INDENT statements(S) DEDENT. { R = S; }

/* `if` with its `elif` chain and `else` */
if_stmt(R) ::= IF(T) named_expression(E) COLON block(B) else_clause(O). { R = lp_build_if(P, T, E, B, O); }

%type else_clause {lp_ast_seq_t *}
else_clause(R) ::= . { R = NULL; }
else_clause(R) ::= ELSE COLON block(B). { R = B; }
else_clause(R) ::= ELIF(T) named_expression(E) COLON block(B) else_clause(O). { R = lp_build_seq1(P, lp_build_if(P, T, E, B, O)); }

%type loop_else {lp_ast_seq_t *}
loop_else(R) ::= . { R = NULL; }
loop_else(R) ::= ELSE COLON block(B). { R = B; }

while_stmt(R) ::= WHILE(T) named_expression(E) COLON block(B) loop_else(O). { R = lp_build_while(P, T, E, B, O); }

for_stmt(R) ::= FOR(T) star_targets(X) IN star_expressions(E) COLON type_comment(C) block(B) loop_else(O). { R = lp_build_for(P, NULL, T, X, E, C, B, O); }
for_stmt(R) ::= ASYNC(K) FOR(T) star_targets(X) IN star_expressions(E) COLON type_comment(C) block(B) loop_else(O). { R = lp_build_for(P, K, T, X, E, C, B, O); }

/* `try` with `except`, `except*`, `else` and `finally` */
try_stmt(R) ::= TRY(T) COLON block(B) FINALLY COLON block(F). { R = lp_build_try(P, T, B, NULL, NULL, F); }
try_stmt(R) ::= TRY(T) COLON block(B) except_blocks(H) loop_else(O). { R = lp_build_try(P, T, B, H, O, NULL); }
try_stmt(R) ::= TRY(T) COLON block(B) except_blocks(H) loop_else(O) FINALLY COLON block(F). { R = lp_build_try(P, T, B, H, O, F); }

%type except_blocks {lp_ast_seq_t *}
except_blocks(R) ::= except_block(H). { R = lp_build_seq1(P, H); }
except_blocks(R) ::= except_blocks(L) except_block(H). { R = lp_build_append(P, L, H); }

except_block(R) ::= EXCEPT(T) COLON block(B). { R = lp_build_handler(P, T, 0, NULL, NULL, B); }
except_block(R) ::= EXCEPT(T) expression(E) COLON block(B). { R = lp_build_handler(P, T, 0, E, NULL, B); }
except_block(R) ::= EXCEPT(T) expression(E) AS NAME(N) COLON block(B). { R = lp_build_handler(P, T, 0, E, N, B); }
except_block(R) ::= EXCEPT(T) STAR expression(E) COLON block(B). { R = lp_build_handler(P, T, 1, E, NULL, B); }
except_block(R) ::= EXCEPT(T) STAR expression(E) AS NAME(N) COLON block(B). { R = lp_build_handler(P, T, 1, E, N, B); }

/* `with`: an item's target is parsed as an expression.  The parenthesised
 * form `with (a as b, c):` is parsed as a parenthesised atom whose items
 * may carry `as` (see atom), which the builder takes apart. */
with_stmt(R) ::= WITH(T) with_items(I) COLON type_comment(C) block(B). { R = lp_build_with(P, NULL, T, I, C, B); }
with_stmt(R) ::= ASYNC(K) WITH(T) with_items(I) COLON type_comment(C) block(B). { R = lp_build_with(P, K, T, I, C, B); }

%type with_items {lp_ast_seq_t *}
with_items(R) ::= with_item(I). { R = lp_build_seq1(P, I); }
with_items(R) ::= with_items(L) COMMA with_item(I). { R = lp_build_append(P, L, I); }

with_item(R) ::= expression(E). { R = ast_withitem(A, E, NULL, lp_build_nopos()); }
with_item(R) ::= expression(E) AS star_target(X). { R = ast_withitem(A, E, lp_build_target(P, X, AST_Store), lp_build_nopos()); }

/* function definitions */
function_def(R) ::= DEF(T) NAME(N) LPAR def_arguments(L) RPAR returns(X) COLON func_body(B). { R = lp_build_funcdef(P, NULL, T, N, L, X, B); }
function_def(R) ::= ASYNC(K) DEF(T) NAME(N) LPAR def_arguments(L) RPAR returns(X) COLON func_body(B). { R = lp_build_funcdef(P, K, T, N, L, X, B); }

/* The parameters, sorted and checked as soon as the list ends. */
def_arguments(R) ::= parameters(L). { R = lp_build_arguments(P, L, 0); }

returns(R) ::= . { R = NULL; }
returns(R) ::= RARROW expression(E). { R = E; }

/* A body, with the function's type comment where CPython allows one. */
%type func_body {lp_func_body_t}
func_body(R) ::= simple_stmts(S). { R = lp_build_func_body(S, NULL); }
func_body(R) ::= NEWLINE INDENT statements(S) DEDENT. { R = lp_build_func_body(S, NULL); }
func_body(R) ::= TYPE_COMMENT(C) NEWLINE INDENT statements(S) DEDENT. { R = lp_build_func_body(S, C); }
func_body(R) ::= NEWLINE TYPE_COMMENT(C) NEWLINE INDENT statements(S) DEDENT. { R = lp_build_func_body(S, C); }

/* Parameters: a flat list of items, sorted out (and checked) by the builder. */
%type parameters {lp_params_t *}
parameters(R) ::= . { R = lp_build_params_new(P); }
parameters(R) ::= param_list(L). { R = L; }
parameters(R) ::= param_list(L) COMMA. { R = L; }
parameters(R) ::= param_list(L) COMMA TYPE_COMMENT(C). { R = lp_build_params_comment(P, L, C); }
parameters(R) ::= param_list(L) TYPE_COMMENT(C). { R = lp_build_params_comment(P, L, C); }

%type param_list {lp_params_t *}
param_list(R) ::= param(I). { R = lp_build_params_add(P, lp_build_params_new(P), I); }
param_list(R) ::= param_list(L) COMMA param(I). { R = lp_build_params_add(P, L, I); }
param_list(R) ::= param_list(L) COMMA TYPE_COMMENT(C) param(I). { R = lp_build_params_add(P, lp_build_params_comment(P, L, C), I); }

%type param {lp_param_t *}
param(R) ::= NAME(N). { R = lp_build_param(P, LP_PARAM_PLAIN, N, NULL, NULL); }
param(R) ::= NAME(N) COLON expression(X). { R = lp_build_param(P, LP_PARAM_PLAIN, N, X, NULL); }
param(R) ::= NAME(N) EQUAL expression(D). { R = lp_build_param(P, LP_PARAM_PLAIN, N, NULL, D); }
param(R) ::= NAME(N) COLON expression(X) EQUAL expression(D). { R = lp_build_param(P, LP_PARAM_PLAIN, N, X, D); }
param(R) ::= SLASH(T). { R = lp_build_param(P, LP_PARAM_SLASH, T, NULL, NULL); }
param(R) ::= STAR(T). { R = lp_build_param(P, LP_PARAM_STAR, T, NULL, NULL); }
param(R) ::= STAR NAME(N). { R = lp_build_param(P, LP_PARAM_VARARG, N, NULL, NULL); }
param(R) ::= STAR NAME(N) COLON expression(X). { R = lp_build_param(P, LP_PARAM_VARARG, N, X, NULL); }
param(R) ::= STAR NAME(N) COLON STAR(S) bitwise_or(X). { R = lp_build_param(P, LP_PARAM_VARARG, N, lp_build_starred_at(P, S, X), NULL); }
param(R) ::= DOUBLESTAR NAME(N). { R = lp_build_param(P, LP_PARAM_KWARG, N, NULL, NULL); }
param(R) ::= DOUBLESTAR NAME(N) COLON expression(X). { R = lp_build_param(P, LP_PARAM_KWARG, N, X, NULL); }

/* class definitions */
class_def(R) ::= CLASS(T) NAME(N) COLON block(B). { R = lp_build_classdef(P, T, N, NULL, B); }
class_def(R) ::= CLASS(T) NAME(N) LPAR RPAR COLON block(B). { R = lp_build_classdef(P, T, N, NULL, B); }
class_def(R) ::= CLASS(T) NAME(N) LPAR class_arguments(L) RPAR COLON block(B). { R = lp_build_classdef(P, T, N, L, B); }

/* Bases and keywords, sorted and checked as soon as the list ends; the
 * result is a Call node holding them. */
class_arguments(R) ::= arguments(L). { R = lp_build_class_arguments(P, L); }

%type decorators {lp_ast_seq_t *}
decorators(R) ::= AT named_expression(E) NEWLINE. { R = lp_build_seq1(P, E); }
decorators(R) ::= decorators(L) AT named_expression(E) NEWLINE. { R = lp_build_append(P, L, E); }

/* ---- the match statement (Reference 8.6) ---- */

match_stmt(R) ::= MATCH(T) subject(S) COLON NEWLINE INDENT case_blocks(C) DEDENT. { R = lp_build_match(P, T, S, C); }

subject(R) ::= named_expression(E). { R = E; }
subject(R) ::= star_named_expression(E) COMMA. { R = lp_build_tuple(P, lp_build_seq1(P, E), NULL, NULL); }
subject(R) ::= star_named_expression(E) COMMA star_named_list(L). { R = lp_build_tuple(P, lp_build_prepend(P, E, L), NULL, NULL); }
subject(R) ::= star_named_expression(E) COMMA star_named_list(L) COMMA. { R = lp_build_tuple(P, lp_build_prepend(P, E, L), NULL, NULL); }

%type case_blocks {lp_ast_seq_t *}
case_blocks(R) ::= case_block(C). { R = lp_build_seq1(P, C); }
case_blocks(R) ::= case_blocks(L) case_block(C). { R = lp_build_append(P, L, C); }

case_block(R) ::= CASE patterns(X) COLON block(B). { R = ast_match_case(A, X, NULL, B, lp_build_nopos()); }
case_block(R) ::= CASE patterns(X) IF named_expression(G) COLON block(B). { R = ast_match_case(A, X, G, B, lp_build_nopos()); }

/* ======================================================================
 * Expressions (Reference 6), loosest first
 * ====================================================================== */

/* `expressions` (eval input): one expression or a tuple */
expressions(R) ::= expression(E). { R = E; }
expressions(R) ::= expression(E) COMMA. { R = lp_build_tuple(P, lp_build_seq1(P, E), NULL, NULL); }
expressions(R) ::= expression_list(L). { R = lp_build_tuple(P, L, NULL, NULL); }
expressions(R) ::= expression_list(L) COMMA. { R = lp_build_tuple(P, L, NULL, NULL); }

%type expression_list {lp_ast_seq_t *}
expression_list(R) ::= expression(E) COMMA expression(F). { R = lp_build_append(P, lp_build_seq1(P, E), F); }
expression_list(R) ::= expression_list(L) COMMA expression(E). { R = lp_build_append(P, L, E); }

/* star_expressions: what an expression statement, `return` or the right
 * side of `=` holds; a tuple when there are commas. */
star_expressions(R) ::= star_expression(E). { R = E; }
star_expressions(R) ::= star_expression(E) COMMA. { R = lp_build_tuple(P, lp_build_seq1(P, E), NULL, NULL); }
star_expressions(R) ::= star_expression_list(L). { R = lp_build_tuple(P, L, NULL, NULL); }
star_expressions(R) ::= star_expression_list(L) COMMA. { R = lp_build_tuple(P, L, NULL, NULL); }

%type star_expression_list {lp_ast_seq_t *}
star_expression_list(R) ::= star_expression(E) COMMA star_expression(F). { R = lp_build_append(P, lp_build_seq1(P, E), F); }
star_expression_list(R) ::= star_expression_list(L) COMMA star_expression(E). { R = lp_build_append(P, L, E); }

star_expression(R) ::= STAR(T) bitwise_or(E). { R = lp_build_starred_at(P, T, E); }
star_expression(R) ::= expression(E). { R = E; }

%type star_named_list {lp_ast_seq_t *}
star_named_list(R) ::= star_named_expression(E). { R = lp_build_seq1(P, E); }
star_named_list(R) ::= star_named_list(L) COMMA star_named_expression(E). { R = lp_build_append(P, L, E); }

star_named_expression(R) ::= STAR(T) bitwise_or(E). { R = lp_build_starred_at(P, T, E); }
star_named_expression(R) ::= named_expression(E). { R = E; }

/* the walrus: NAME := expression */
named_expression(R) ::= NAME(N) COLONEQUAL expression(E). { R = lp_build_walrus(P, N, E); }
named_expression(R) ::= expression(E). { R = E; }

/* conditional expressions and lambda */
expression(R) ::= disjunction(B) IF disjunction(T) ELSE expression(O). { R = ast_IfExp(A, T, B, O, lp_build_npos(P, B, O)); }
expression(R) ::= disjunction(E). { R = E; }
expression(R) ::= lambdef(E). { R = E; }

lambdef(R) ::= LAMBDA(T) COLON expression(B). { R = lp_build_lambda(P, T, lp_build_arguments(P, lp_build_params_new(P), 1), B); }
lambdef(R) ::= LAMBDA(T) lambda_arguments(L) COLON expression(B). { R = lp_build_lambda(P, T, L, B); }

lambda_arguments(R) ::= lambda_params(L). { R = lp_build_arguments(P, L, 1); }

%type lambda_params {lp_params_t *}
lambda_params(R) ::= lambda_param_list(L). { R = L; }
lambda_params(R) ::= lambda_param_list(L) COMMA. { R = L; }

%type lambda_param_list {lp_params_t *}
lambda_param_list(R) ::= lambda_param(I). { R = lp_build_params_add(P, lp_build_params_new(P), I); }
lambda_param_list(R) ::= lambda_param_list(L) COMMA lambda_param(I). { R = lp_build_params_add(P, L, I); }

%type lambda_param {lp_param_t *}
lambda_param(R) ::= NAME(N). { R = lp_build_param(P, LP_PARAM_PLAIN, N, NULL, NULL); }
lambda_param(R) ::= NAME(N) EQUAL expression(D). { R = lp_build_param(P, LP_PARAM_PLAIN, N, NULL, D); }
lambda_param(R) ::= SLASH(T). { R = lp_build_param(P, LP_PARAM_SLASH, T, NULL, NULL); }
lambda_param(R) ::= STAR(T). { R = lp_build_param(P, LP_PARAM_STAR, T, NULL, NULL); }
lambda_param(R) ::= STAR NAME(N). { R = lp_build_param(P, LP_PARAM_VARARG, N, NULL, NULL); }
lambda_param(R) ::= DOUBLESTAR NAME(N). { R = lp_build_param(P, LP_PARAM_KWARG, N, NULL, NULL); }

/* Boolean operations: `a or b or c` is one BoolOp, as in CPython. */
disjunction(R) ::= conjunction(E). { R = E; }
disjunction(R) ::= disjunction(L) OR conjunction(E). { R = lp_build_boolop(P, AST_Or, L, E); }

conjunction(R) ::= inversion(E). { R = E; }
conjunction(R) ::= conjunction(L) AND inversion(E). { R = lp_build_boolop(P, AST_And, L, E); }

inversion(R) ::= NOT(T) inversion(E). { R = lp_build_unary(P, T, AST_Not, E); }
inversion(R) ::= comparison(E). { R = E; }

/* Comparisons chain into one Compare: a < b < c. */
comparison(R) ::= bitwise_or(E). { R = E; }
comparison(R) ::= comparison(L) compare_op(O) bitwise_or(E). { R = lp_build_compare(P, L, O, E); }

%type compare_op {int}
compare_op(R) ::= EQEQUAL. { R = AST_Eq; }
compare_op(R) ::= NOTEQUAL(T). { R = lp_build_noteq(P, T); }
compare_op(R) ::= LESS. { R = AST_Lt; }
compare_op(R) ::= LESSEQUAL. { R = AST_LtE; }
compare_op(R) ::= GREATER. { R = AST_Gt; }
compare_op(R) ::= GREATEREQUAL. { R = AST_GtE; }
compare_op(R) ::= IN. { R = AST_In; }
compare_op(R) ::= NOT IN. { R = AST_NotIn; }
compare_op(R) ::= IS. { R = AST_Is; }
compare_op(R) ::= IS NOT. { R = AST_IsNot; }

/* Binary and unary arithmetic: precedence from the declarations above.
 * The power operator binds tighter than a unary operator on its left and
 * looser than one on its right: -x**-y is -(x**(-y)). */
bitwise_or(R) ::= bitwise_or(L) VBAR bitwise_or(E). { R = lp_build_binop(P, L, AST_BitOr, E); }
bitwise_or(R) ::= bitwise_or(L) CIRCUMFLEX bitwise_or(E). { R = lp_build_binop(P, L, AST_BitXor, E); }
bitwise_or(R) ::= bitwise_or(L) AMPER bitwise_or(E). { R = lp_build_binop(P, L, AST_BitAnd, E); }
bitwise_or(R) ::= bitwise_or(L) LEFTSHIFT bitwise_or(E). { R = lp_build_binop(P, L, AST_LShift, E); }
bitwise_or(R) ::= bitwise_or(L) RIGHTSHIFT bitwise_or(E). { R = lp_build_binop(P, L, AST_RShift, E); }
bitwise_or(R) ::= bitwise_or(L) PLUS bitwise_or(E). { R = lp_build_binop(P, L, AST_Add, E); }
bitwise_or(R) ::= bitwise_or(L) MINUS bitwise_or(E). { R = lp_build_binop(P, L, AST_Sub, E); }
bitwise_or(R) ::= bitwise_or(L) STAR bitwise_or(E). { R = lp_build_binop(P, L, AST_Mult, E); }
bitwise_or(R) ::= bitwise_or(L) SLASH bitwise_or(E). { R = lp_build_binop(P, L, AST_Div, E); }
bitwise_or(R) ::= bitwise_or(L) DOUBLESLASH bitwise_or(E). { R = lp_build_binop(P, L, AST_FloorDiv, E); }
bitwise_or(R) ::= bitwise_or(L) PERCENT bitwise_or(E). { R = lp_build_binop(P, L, AST_Mod, E); }
bitwise_or(R) ::= bitwise_or(L) AT bitwise_or(E). { R = lp_build_binop(P, L, AST_MatMult, E); }
bitwise_or(R) ::= PLUS(T) bitwise_or(E). [UNARY] { R = lp_build_unary(P, T, AST_UAdd, E); }
bitwise_or(R) ::= MINUS(T) bitwise_or(E). [UNARY] { R = lp_build_unary(P, T, AST_USub, E); }
bitwise_or(R) ::= TILDE(T) bitwise_or(E). [UNARY] { R = lp_build_unary(P, T, AST_Invert, E); }
bitwise_or(R) ::= bitwise_or(L) DOUBLESTAR bitwise_or(E). { R = lp_build_binop(P, L, AST_Pow, E); }
bitwise_or(R) ::= await_primary(E). { R = E; }

await_primary(R) ::= AWAIT(T) primary(E). { R = ast_Await(A, E, lp_build_tnpos(P, T, E)); }
await_primary(R) ::= primary(E). { R = E; }

/* Primaries: attribute references, subscriptions, slicings, calls. */
primary(R) ::= atom(E). { R = E; }
primary(R) ::= primary(E) DOT NAME(N). { R = ast_Attribute(A, E, lp_build_ident(P, N), AST_Load, lp_build_ntpos(P, E, N)); }
primary(R) ::= primary(E) LPAR(O) RPAR(T). { R = lp_build_call(P, E, O, NULL, T); }
primary(R) ::= primary(E) LPAR(O) arguments(L) RPAR(T). { R = lp_build_call(P, E, O, L, T); }
primary(R) ::= primary(E) LSQB slices(S) RSQB(T). { R = ast_Subscript(A, E, S, AST_Load, lp_build_ntpos(P, E, T)); }

/* Call arguments: positional, keyword, *iterable and **mapping in one
 * list, checked for order by the builder. */
%type arguments {lp_ast_seq_t *}
arguments(R) ::= argument_list(L). { R = L; }
arguments(R) ::= argument_list(L) COMMA. { R = lp_build_trailing_argument_comma(P, L); }

%type argument_list {lp_ast_seq_t *}
argument_list(R) ::= argument(E). { R = lp_build_seq1(P, E); }
argument_list(R) ::= argument_list(L) COMMA argument(E). { R = lp_build_append(P, L, E); }

argument(R) ::= named_expression(E). { R = E; }
argument(R) ::= named_expression(E) comprehension_for(G). { R = lp_build_genexp_arg(P, E, G); }
argument(R) ::= STAR(T) expression(E). { R = lp_build_starred_at(P, T, E); }
argument(R) ::= NAME(N) EQUAL expression(E). { R = lp_build_keyword(P, N, E); }
argument(R) ::= DOUBLESTAR(T) expression(E). { R = lp_build_keyword(P, T, E); }

/* Subscripts: one slice, or several making a tuple. */
slices(R) ::= slice(S). { R = lp_build_single_slice(P, S); }
slices(R) ::= slice(S) COMMA. { R = lp_build_tuple(P, lp_build_seq1(P, S), NULL, NULL); }
slices(R) ::= slice_list(L). { R = lp_build_tuple(P, L, NULL, NULL); }
slices(R) ::= slice_list(L) COMMA. { R = lp_build_tuple(P, L, NULL, NULL); }

%type slice_list {lp_ast_seq_t *}
slice_list(R) ::= slice(S) COMMA slice(T). { R = lp_build_append(P, lp_build_seq1(P, S), T); }
slice_list(R) ::= slice_list(L) COMMA slice(S). { R = lp_build_append(P, L, S); }

slice(R) ::= named_expression(E). { R = E; }
slice(R) ::= STAR(T) expression(E). { R = lp_build_starred_at(P, T, E); }
slice(R) ::= slice_bound(L) COLON(T) slice_bound(U). { R = lp_build_slice(P, L, T, U, NULL, NULL); }
slice(R) ::= slice_bound(L) COLON(T) slice_bound(U) COLON(C) slice_bound(S). { R = lp_build_slice(P, L, T, U, C, S); }

slice_bound(R) ::= . { R = NULL; }
slice_bound(R) ::= expression(E). { R = E; }

/* Atoms (Reference 6.2) */
atom(R) ::= NAME(N). { R = ast_Name(A, lp_build_ident(P, N), AST_Load, lp_build_tpos(N)); }
atom(R) ::= TRUE(T). { R = lp_build_singleton(P, T, LP_CONST_TRUE); }
atom(R) ::= FALSE(T). { R = lp_build_singleton(P, T, LP_CONST_FALSE); }
atom(R) ::= NONE(T). { R = lp_build_singleton(P, T, LP_CONST_NONE); }
atom(R) ::= ELLIPSIS(T). { R = lp_build_singleton(P, T, LP_CONST_ELLIPSIS); }
atom(R) ::= NUMBER(T). { R = lp_build_number(P, T); }
atom(R) ::= strings(S). { R = lp_build_strings(P, S); }

/* Parenthesised forms: the empty tuple, a group, a tuple, a generator
 * expression, a yield; and, for `with`, items that carry `as`. */
atom(R) ::= LPAR(T) RPAR(U). { R = lp_build_tuple(P, lp_ast_seq_new(A), T, U); }
atom(R) ::= LPAR(T) yield_expr(E) RPAR(U). { R = lp_build_group(P, T, E, U); }
atom(R) ::= LPAR(T) star_named_list(L) RPAR(U). { R = lp_build_paren_list(P, T, L, 0, U); }
atom(R) ::= LPAR(T) star_named_list(L) COMMA RPAR(U). { R = lp_build_paren_list(P, T, L, 1, U); }
atom(R) ::= LPAR(T) named_expression(E) comprehension_for(G) RPAR(U). { R = lp_build_comprehension(P, AST_GeneratorExp, T, E, NULL, G, U); }
atom(R) ::= LPAR(T) with_as_list(L) RPAR(U). { R = lp_build_with_items_atom(P, T, L, U); }
atom(R) ::= LPAR(T) with_as_list(L) COMMA RPAR(U). { R = lp_build_with_items_atom(P, T, L, U); }

/* `(a as b, c)`: a list with at least one `as` item */
%type with_as_list {lp_ast_seq_t *}
with_as_list(R) ::= expression(E) AS star_target(X). { R = lp_build_seq1(P, ast_withitem(A, E, lp_build_target(P, X, AST_Store), lp_build_nopos())); }
with_as_list(R) ::= star_named_list(L) COMMA expression(E) AS star_target(X). { R = lp_build_with_as_add(P, lp_build_with_as_list(P, L), E, X); }
with_as_list(R) ::= with_as_list(L) COMMA expression(E). { R = lp_build_with_as_add(P, L, E, NULL); }
with_as_list(R) ::= with_as_list(L) COMMA expression(E) AS star_target(X). { R = lp_build_with_as_add(P, L, E, X); }

/* lists, sets, dicts and their comprehensions */
atom(R) ::= LSQB(T) RSQB(U). { R = lp_build_list(P, T, lp_ast_seq_new(A), U); }
atom(R) ::= LSQB(T) star_named_list(L) RSQB(U). { R = lp_build_list(P, T, L, U); }
atom(R) ::= LSQB(T) star_named_list(L) COMMA RSQB(U). { R = lp_build_list(P, T, L, U); }
atom(R) ::= LSQB(T) named_expression(E) comprehension_for(G) RSQB(U). { R = lp_build_comprehension(P, AST_ListComp, T, E, NULL, G, U); }
atom(R) ::= LBRACE(T) RBRACE(U). { R = lp_build_dict(P, T, NULL, U); }
atom(R) ::= LBRACE(T) dict_items(D) RBRACE(U). { R = lp_build_dict(P, T, D, U); }
atom(R) ::= LBRACE(T) dict_items(D) COMMA RBRACE(U). { R = lp_build_dict(P, T, D, U); }
atom(R) ::= LBRACE(T) star_named_list(L) RBRACE(U). { R = lp_build_set(P, T, L, U); }
atom(R) ::= LBRACE(T) star_named_list(L) COMMA RBRACE(U). { R = lp_build_set(P, T, L, U); }
atom(R) ::= LBRACE(T) named_expression(E) comprehension_for(G) RBRACE(U). { R = lp_build_comprehension(P, AST_SetComp, T, E, NULL, G, U); }
atom(R) ::= LBRACE(T) expression(K) COLON expression(V) comprehension_for(G) RBRACE(U). { R = lp_build_comprehension(P, AST_DictComp, T, K, V, G, U); }

/* Dict items accumulate in one Dict node: `**m` has no key. */
dict_items(R) ::= dict_item(D). { R = D; }
dict_items(R) ::= dict_items(L) COMMA dict_item(D). { R = lp_build_dict_merge(P, L, D); }

dict_item(R) ::= expression(K) COLON expression(V). { R = lp_build_dict_item(P, K, V); }
dict_item(R) ::= DOUBLESTAR bitwise_or(V). { R = lp_build_dict_item(P, NULL, V); }

/* Comprehensions: `for` targets are bitwise_or expressions (Python's
 * star_targets), which keeps `in` unambiguous; iterables and conditions are
 * disjunctions, as in Python's grammar. */
%type comprehension_for {lp_ast_seq_t *}
comprehension_for(R) ::= for_if_clause(C). { R = lp_build_seq1(P, C); }
comprehension_for(R) ::= comprehension_for(L) for_if_clause(C). { R = lp_build_append(P, L, C); }

for_if_clause(R) ::= FOR star_targets(X) IN disjunction(E) comprehension_ifs(I). { R = ast_comprehension(A, X, E, I, 0, lp_build_nopos()); }
for_if_clause(R) ::= ASYNC FOR star_targets(X) IN disjunction(E) comprehension_ifs(I). { R = ast_comprehension(A, X, E, I, 1, lp_build_nopos()); }

%type comprehension_ifs {lp_ast_seq_t *}
comprehension_ifs(R) ::= . { R = lp_ast_seq_new(A); }
comprehension_ifs(R) ::= comprehension_ifs(L) IF disjunction(E). { R = lp_build_append(P, L, E); }

/* Targets of `for` (and of comprehensions): one, or a tuple. */
star_targets(R) ::= star_target(X). { R = lp_build_target(P, X, AST_Store); }
star_targets(R) ::= star_target(X) COMMA. { R = lp_build_target(P, lp_build_tuple(P, lp_build_seq1(P, X), NULL, NULL), AST_Store); }
star_targets(R) ::= star_target_list(L). { R = lp_build_target(P, lp_build_tuple(P, L, NULL, NULL), AST_Store); }
star_targets(R) ::= star_target_list(L) COMMA. { R = lp_build_target(P, lp_build_tuple(P, L, NULL, NULL), AST_Store); }

%type star_target_list {lp_ast_seq_t *}
star_target_list(R) ::= star_target(X) COMMA star_target(Y). { R = lp_build_append(P, lp_build_seq1(P, X), Y); }
star_target_list(R) ::= star_target_list(L) COMMA star_target(X). { R = lp_build_append(P, L, X); }

star_target(R) ::= STAR(T) bitwise_or(E). { R = lp_build_starred_at(P, T, E); }
star_target(R) ::= bitwise_or(E). { R = E; }

/* yield expressions */
yield_expr(R) ::= YIELD(T). { R = ast_Yield(A, NULL, lp_build_tpos(T)); }
yield_expr(R) ::= YIELD(T) star_expressions(E). { R = ast_Yield(A, E, lp_build_tnpos(P, T, E)); }
yield_expr(R) ::= YIELD(T) FROM expression(E). { R = ast_YieldFrom(A, E, lp_build_tnpos(P, T, E)); }

/* Adjacent string literals concatenate (f-strings included). */
%type strings {lp_tokens_t *}
strings(R) ::= STRING(T). { R = lp_build_token_seq(P, NULL, T); }
strings(R) ::= strings(L) STRING(T). { R = lp_build_token_seq(P, L, T); }

/* ======================================================================
 * Patterns (Reference 8.6.4)
 * ====================================================================== */

patterns(R) ::= pattern(X). { R = X; }
patterns(R) ::= open_sequence_pattern(L). { R = lp_build_match_sequence(P, NULL, L, NULL); }

%type open_sequence_pattern {lp_ast_seq_t *}
open_sequence_pattern(R) ::= maybe_star_pattern(X) COMMA. { R = lp_build_seq1(P, X); }
open_sequence_pattern(R) ::= maybe_star_pattern(X) COMMA maybe_sequence_pattern(L). { R = lp_build_prepend(P, X, L); }

%type maybe_sequence_pattern {lp_ast_seq_t *}
maybe_sequence_pattern(R) ::= maybe_star_list(L). { R = L; }
maybe_sequence_pattern(R) ::= maybe_star_list(L) COMMA. { R = L; }

%type maybe_star_list {lp_ast_seq_t *}
maybe_star_list(R) ::= maybe_star_pattern(X). { R = lp_build_seq1(P, X); }
maybe_star_list(R) ::= maybe_star_list(L) COMMA maybe_star_pattern(X). { R = lp_build_append(P, L, X); }

maybe_star_pattern(R) ::= star_pattern(X). { R = X; }
maybe_star_pattern(R) ::= pattern(X). { R = X; }

pattern(R) ::= as_pattern(X). { R = X; }
pattern(R) ::= or_pattern(X). { R = X; }

as_pattern(R) ::= or_pattern(X) AS NAME(N). { R = lp_build_match_as(P, X, N); }

or_pattern(R) ::= closed_pattern(X). { R = X; }
or_pattern(R) ::= or_pattern(L) VBAR closed_pattern(X). { R = lp_build_match_or(P, L, X); }

closed_pattern(R) ::= literal_pattern(X). { R = X; }
closed_pattern(R) ::= capture_pattern(X). { R = X; }
closed_pattern(R) ::= value_pattern(X). { R = X; }
closed_pattern(R) ::= group_pattern(X). { R = X; }
closed_pattern(R) ::= sequence_pattern(X). { R = X; }
closed_pattern(R) ::= mapping_pattern(X). { R = X; }
closed_pattern(R) ::= class_pattern(X). { R = X; }

/* literals: numbers (signed, or complex as real +/- imaginary), strings,
 * None, True, False */
literal_pattern(R) ::= signed_number(E). { R = lp_build_match_value(P, E); }
literal_pattern(R) ::= signed_number(L) PLUS NUMBER(T). { R = lp_build_match_value(P, lp_build_complex_literal(P, L, AST_Add, T)); }
literal_pattern(R) ::= signed_number(L) MINUS NUMBER(T). { R = lp_build_match_value(P, lp_build_complex_literal(P, L, AST_Sub, T)); }
literal_pattern(R) ::= strings(S). { R = lp_build_match_value(P, lp_build_strings(P, S)); }
literal_pattern(R) ::= NONE(T). { R = lp_build_match_singleton(P, T, LP_CONST_NONE); }
literal_pattern(R) ::= TRUE(T). { R = lp_build_match_singleton(P, T, LP_CONST_TRUE); }
literal_pattern(R) ::= FALSE(T). { R = lp_build_match_singleton(P, T, LP_CONST_FALSE); }

signed_number(R) ::= NUMBER(T). { R = lp_build_number(P, T); }
signed_number(R) ::= MINUS(T) NUMBER(N). { R = lp_build_unary(P, T, AST_USub, lp_build_number(P, N)); }

/* a bare name captures (`_` is the wildcard) */
capture_pattern(R) ::= NAME(N). { R = lp_build_match_capture(P, N); }

/* a dotted name is a value to compare with */
value_pattern(R) ::= attr(E). { R = lp_build_match_value(P, E); }

attr(R) ::= NAME(N) DOT NAME(M). { R = ast_Attribute(A, lp_build_pattern_name(P, N), lp_build_ident(P, M), AST_Load, lp_build_ttpos(N, M)); }
attr(R) ::= attr(E) DOT NAME(M). { R = ast_Attribute(A, E, lp_build_ident(P, M), AST_Load, lp_build_ntpos(P, E, M)); }

name_or_attr(R) ::= NAME(N). { R = lp_build_pattern_name(P, N); }
name_or_attr(R) ::= attr(E). { R = E; }

group_pattern(R) ::= LPAR(T) pattern(X) RPAR(U). { R = lp_build_group(P, T, X, U); }

sequence_pattern(R) ::= LSQB(T) RSQB(U). { R = lp_build_match_sequence(P, T, lp_ast_seq_new(A), U); }
sequence_pattern(R) ::= LSQB(T) maybe_sequence_pattern(L) RSQB(U). { R = lp_build_match_sequence(P, T, L, U); }
sequence_pattern(R) ::= LPAR(T) RPAR(U). { R = lp_build_match_sequence(P, T, lp_ast_seq_new(A), U); }
sequence_pattern(R) ::= LPAR(T) open_sequence_pattern(L) RPAR(U). { R = lp_build_match_sequence(P, T, L, U); }
sequence_pattern(R) ::= LPAR(T) star_pattern(X) RPAR(U). { R = lp_build_match_sequence(P, T, lp_build_seq1(P, X), U); }

star_pattern(R) ::= STAR(T) NAME(N). { R = lp_build_match_star(P, T, N); }

/* mappings: key: pattern items, then maybe **rest */
mapping_pattern(R) ::= LBRACE(T) RBRACE(U). { R = lp_build_match_mapping(P, T, NULL, NULL, U); }
mapping_pattern(R) ::= LBRACE(T) double_star_pattern(S) RBRACE(U). { R = lp_build_match_mapping(P, T, NULL, S, U); }
mapping_pattern(R) ::= LBRACE(T) double_star_pattern(S) COMMA RBRACE(U). { R = lp_build_match_mapping(P, T, NULL, S, U); }
mapping_pattern(R) ::= LBRACE(T) items_pattern(I) RBRACE(U). { R = lp_build_match_mapping(P, T, I, NULL, U); }
mapping_pattern(R) ::= LBRACE(T) items_pattern(I) COMMA RBRACE(U). { R = lp_build_match_mapping(P, T, I, NULL, U); }
mapping_pattern(R) ::= LBRACE(T) items_pattern(I) COMMA double_star_pattern(S) RBRACE(U). { R = lp_build_match_mapping(P, T, I, S, U); }
mapping_pattern(R) ::= LBRACE(T) items_pattern(I) COMMA double_star_pattern(S) COMMA RBRACE(U). { R = lp_build_match_mapping(P, T, I, S, U); }

%type double_star_pattern {const lp_token_t *}
double_star_pattern(R) ::= DOUBLESTAR NAME(N). { R = N; }

/* the items of a mapping pattern accumulate in a MatchMapping node */
items_pattern(R) ::= key_value_pattern(I). { R = I; }
items_pattern(R) ::= items_pattern(L) COMMA key_value_pattern(I). { R = lp_build_mapping_merge(P, L, I); }

key_value_pattern(R) ::= signed_number(K) COLON pattern(X). { R = lp_build_mapping_item(P, K, X); }
key_value_pattern(R) ::= signed_number(L) PLUS NUMBER(T) COLON pattern(X). { R = lp_build_mapping_item(P, lp_build_complex_literal(P, L, AST_Add, T), X); }
key_value_pattern(R) ::= signed_number(L) MINUS NUMBER(T) COLON pattern(X). { R = lp_build_mapping_item(P, lp_build_complex_literal(P, L, AST_Sub, T), X); }
key_value_pattern(R) ::= strings(S) COLON pattern(X). { R = lp_build_mapping_item(P, lp_build_strings(P, S), X); }
key_value_pattern(R) ::= NONE(T) COLON pattern(X). { R = lp_build_mapping_item(P, lp_build_singleton(P, T, LP_CONST_NONE), X); }
key_value_pattern(R) ::= TRUE(T) COLON pattern(X). { R = lp_build_mapping_item(P, lp_build_singleton(P, T, LP_CONST_TRUE), X); }
key_value_pattern(R) ::= FALSE(T) COLON pattern(X). { R = lp_build_mapping_item(P, lp_build_singleton(P, T, LP_CONST_FALSE), X); }
key_value_pattern(R) ::= attr(K) COLON pattern(X). { R = lp_build_mapping_item(P, K, X); }

/* classes: Name(positional patterns, keyword=patterns) */
class_pattern(R) ::= name_or_attr(C) LPAR RPAR(U). { R = lp_build_match_class(P, C, NULL, U); }
class_pattern(R) ::= name_or_attr(C) LPAR class_args(L) RPAR(U). { R = lp_build_match_class(P, C, L, U); }
class_pattern(R) ::= name_or_attr(C) LPAR class_args(L) COMMA RPAR(U). { R = lp_build_match_class(P, C, L, U); }

/* positional and keyword patterns in one MatchClass node; the builder
 * rejects positional after keyword */
class_args(R) ::= pattern(X). { R = lp_build_class_arg(P, NULL, NULL, X); }
class_args(R) ::= NAME(N) EQUAL pattern(X). { R = lp_build_class_arg(P, NULL, N, X); }
class_args(R) ::= class_args(L) COMMA pattern(X). { R = lp_build_class_arg(P, L, NULL, X); }
class_args(R) ::= class_args(L) COMMA NAME(N) EQUAL pattern(X). { R = lp_build_class_arg(P, L, N, X); }
