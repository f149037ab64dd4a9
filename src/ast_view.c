/* ast_view.c -- `lemonpy -m ast`: the syntax tree as `python3 -m ast` prints it.
 *
 * CPython's `python -m ast [-m MODE] [--no-type-comments] [-a] [-i N] [FILE]`
 * reads the file as bytes, calls ast.parse(source, name, mode,
 * type_comments=True) and prints ast.dump(tree, indent=3).  This view does
 * the same with lemonpy's parser (parse.h) and dumper (ast.h); errors print
 * as CPython's traceback ends, with exit status 1.
 *
 * SPDX-License-Identifier: MIT
 */
#include "ast_view.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "ast.h"
#include "buf.h"
#include "parse.h"
#include "source.h"
#include "unicode.h"

static const char usage[] =
    "usage: python -m ast [-h] [-m {exec,single,eval,func_type}] [--no-type-comments] [-a]\n"
    "                     [-i INDENT]\n"
    "                     [infile]\n";

static int usage_error(const char *fmt, const char *arg)
{
    fputs(usage, stderr);
    fprintf(stderr, "python -m ast: error: ");
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
    return 2;
}

/* Parses the options; returns -1 to go on, or an exit status. */
static int options(int argc, char **argv, lp_ast_view_t *v)
{
    static const char *const modes[] = {"exec", "eval", "single", "func_type"};
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        const char *val = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fputs(usage, stdout);
            return 0;
        } else if (strcmp(a, "-m") == 0 || strcmp(a, "--mode") == 0) {
            if (!val) return usage_error("argument -m/--mode: expected one argument%s", "");
            int found = -1;
            for (int m = 0; m < 4; m++) found = strcmp(val, modes[m]) == 0 ? m : found;
            if (found < 0)
                return usage_error("argument -m/--mode: invalid choice: '%s' (choose from "
                                   "'exec', 'single', 'eval', 'func_type')", val);
            v->mode = (lp_parse_mode_t)found;
            i++;
        } else if (strcmp(a, "--no-type-comments") == 0) {
            v->type_comments = 0;
        } else if (strcmp(a, "-a") == 0 || strcmp(a, "--include-attributes") == 0) {
            v->attributes = 1;
        } else if (strcmp(a, "-i") == 0 || strcmp(a, "--indent") == 0) {
            char *end;
            if (!val) return usage_error("argument -i/--indent: expected one argument%s", "");
            v->indent = (int)strtol(val, &end, 10);
            if (*end || end == val)
                return usage_error("argument -i/--indent: invalid int value: '%s'", val);
            i++;
        } else if (a[0] == '-' && a[1]) {
            return usage_error("unrecognized arguments: %s", a);
        } else if (v->file) {
            return usage_error("unrecognized arguments: %s", a);
        } else {
            v->file = a;
        }
    }
    return -1;
}

lp_ast_t *lp_ast_view_parse(lp_arena_t *arena, const lp_ast_view_t *v, FILE *trace)
{
    size_t n, len;
    int errnum, tokflags = 0;
    const char *name = v->file ? v->file : "<stdin>";
    const char *raw = v->file ? lp_source_read_file(v->file, &n, &errnum) : lp_source_read_stdin(&n);
    if (!raw) {
        fprintf(stderr, "python -m ast: error: argument infile: can't open '%s': [Errno %d] %s\n",
                name, errnum, strerror(errnum));
        return NULL;
    }
    lp_syntax_error_t err = {0};
    const char *text = lp_source_decode(raw, n, name, LP_SOURCE_STRING, &len, &tokflags, &err);
    lp_ast_t *tree = NULL;
    if (text) {
        int flags = (v->type_comments ? LP_TOKF_TYPE_COMMENTS : 0) | tokflags;
        tree = lp_parse(arena, text, len, v->mode, flags, &err, trace);
    }
    if (!tree) {
        fprintf(stderr, "Traceback (most recent call last):\n");
        lp_syntax_error_print(stderr, name, &err);
    }
    return tree;
}

/* CPython turns the tree into Python objects under the recursion limit:
 * `python3 -m ast` gets through 988 nested nodes and no more (the limit,
 * 1000, less the frames already in use). */
enum { AST_CONSTRUCTION_DEPTH = 988 };

int lp_ast_view_main(int argc, char **argv)
{
    lp_ast_view_t v = {NULL, LP_PARSE_EXEC, 1, 0, 3};
    int status = options(argc, argv, &v);
    if (status >= 0) return status;
    lp_arena_t *arena = lp_arena_new();
    lp_ast_t *tree = lp_ast_view_parse(arena, &v, NULL);
    if (!tree) {
        lp_arena_free(arena);
        return 1;
    }
    if (lp_ast_too_deep(tree, AST_CONSTRUCTION_DEPTH)) {
        fprintf(stderr, "Traceback (most recent call last):\n"
                        "RecursionError: maximum recursion depth exceeded during ast construction\n");
        lp_arena_free(arena);
        return 1;
    }
    lp_buf_t out = {0};
    lp_ast_dump(&out, tree, v.indent, v.attributes);
    lp_buf_putc(&out, '\n');
    fwrite(out.data, 1, out.len, stdout);
    lp_arena_free(arena);
    return 0;
}
