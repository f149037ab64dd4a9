/* parse.c -- benchmark of the parser, driven by scripts/bench.
 *
 *   bench_parse FILE [REPEAT]
 *
 * Times lp_parse over the whole file (decoded source to syntax tree, what
 * CPython's ast.parse does), best of REPEAT runs (default 3), and prints
 *   lemonpy parser (source to tree): X.XX MB/s (N KB of tree)
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "arena.h"
#include "gc.h"
#include "parse.h"
#include "source.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s FILE [REPEAT]\n", argv[0]);
        return 2;
    }
    lp_gc_init();
    int repeat = argc > 2 ? atoi(argv[2]) : 3, flags = 0;
    size_t n, len, tree_bytes = 0;
    int errnum;
    const char *raw = lp_source_read_file(argv[1], &n, &errnum);
    lp_syntax_error_t err;
    const char *text = raw ? lp_source_decode(raw, n, argv[1], LP_SOURCE_STRING, &len, &flags, &err) : NULL;
    if (!text) {
        fprintf(stderr, "%s: cannot read or decode\n", argv[1]);
        return 1;
    }
    double best = 1e30;
    for (int i = 0; i < repeat; i++) {
        lp_arena_t *arena = lp_arena_new();
        double t0 = now();
        lp_ast_t *tree = lp_parse(arena, text, len, LP_PARSE_EXEC, flags, &err, NULL);
        double dt = now() - t0;
        tree_bytes = lp_arena_size(arena);
        lp_arena_free(arena);
        if (!tree) {
            fprintf(stderr, "%s:%d: %s\n", argv[1], err.lineno, err.msg);
            return 1;
        }
        if (dt < best) best = dt;
    }
    printf("lemonpy parser (source to tree): %.2f MB/s (%zu KB of tree)\n", n / 1e6 / best,
           tree_bytes / 1024);
    return 0;
}
