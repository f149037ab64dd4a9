/* compile.h -- the compiler: syntax tree + symbol table -> code objects.
 *
 * lp_compile follows CPython 3.11's Python/compile.c: the same instructions
 * in the same order where lemonpy has them (src/opcodes.h), the same code
 * object attributes (co_consts with the docstring or None first for
 * functions, co_varnames with the parameters first, co_cellvars and
 * co_freevars, flags, qualified names with `<locals>`), positions per code
 * unit for tracebacks, an exception table for try/with/except, and the
 * SyntaxErrors CPython's compiler raises ('return' outside function, ...).
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_COMPILE_H
#define LP_COMPILE_H

#include <stddef.h>

#include "ast.h"
#include "source.h"
#include "symtable.h"
#include "syntax_error.h"
#include "value.h"

/* compile()'s modes. */
typedef enum {
    LP_COMPILE_EXEC,   /* a Module: runs the statements, returns None */
    LP_COMPILE_EVAL,   /* an Expression: returns its value */
    LP_COMPILE_SINGLE, /* an Interactive statement: expression values are printed */
} lp_compile_mode_t;

/* The optimization level of the compilations to come (compile()'s
 * optimize, python -O): 0 none; 1 drops assert statements and makes
 * __debug__ False; 2 also drops docstrings (module, class and function
 * docstrings become plain expression statements, as CPython's -OO). */
extern int lp_compile_optimize;

/* Compiles [mod] (Module, Expression or Interactive, with its symbol table
 * [st]) into the module's code object.  Returns LP_NULL with [err] filled on
 * a SyntaxError (err->line is left NULL: the caller has the source) or a
 * RecursionError (type "RecursionError") for a tree nested too deep. */
lp_value lp_compile(const lp_ast_t *mod, const lp_symtable_t *st, const char *filename,
                    lp_syntax_error_t *err);

/* Decodes (see source.h; [is_file]: a file's bytes with its coding cookie,
 * else compile()'s string rules), parses, analyses and compiles the [n] bytes
 * of [src] in [mode].  Returns the code object, or LP_NULL with [err] filled,
 * err->line pointing into the decoded source. */
lp_value lp_compile_source(const char *src, size_t n, const char *filename,
                           lp_compile_mode_t mode, int is_file, lp_syntax_error_t *err);

/* lp_compile_source for source given as [smode] says (source.h): a str's
 * UTF-8 (LP_SOURCE_TEXT), compile()'s bytes or a file's. */
lp_value lp_compile_source_as(const char *src, size_t n, const char *filename,
                              lp_compile_mode_t mode, lp_source_mode_t smode,
                              lp_syntax_error_t *err);

#endif
