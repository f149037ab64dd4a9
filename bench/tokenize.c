/* tokenize.c -- benchmark of the tokenizer, driven by scripts/bench.
 *
 *   bench_tokenize FILE [REPEAT]
 *
 * Times the parser's view (lp_tok_next over the whole file) and the
 * `-m tokenize` view (formatting every token, output to /dev/null), best of
 * REPEAT runs (default 3), and prints one line per view:
 *   NAME: X.XX MB/s (N tokens)
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "gc.h"
#include "source.h"
#include "tokenize_view.h"
#include "tokenizer.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* Tokenizes [text] once in the parser's view; returns the token count or -1. */
static long parser_view(const char *text, size_t len)
{
    lp_tokenizer_t *t = lp_tok_new(text, len, 0);
    lp_token_t tok;
    long count = 0;
    for (;;) {
        lp_tok_kind_t k = lp_tok_next(t, &tok);
        if (k == LP_TOK_ERRORTOKEN) return -1;
        count++;
        if (k == LP_TOK_ENDMARKER) return count;
    }
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s FILE [REPEAT]\n", argv[0]);
        return 2;
    }
    lp_gc_init();
    int repeat = argc > 2 ? atoi(argv[2]) : 3;
    size_t n, len;
    int errnum;
    const char *raw = lp_source_read_file(argv[1], &n, &errnum);
    lp_syntax_error_t err;
    const char *text = raw ? lp_source_decode(raw, n, argv[1], LP_SOURCE_FILE, &len, NULL, &err) : NULL;
    if (!text) {
        fprintf(stderr, "%s: cannot read or decode\n", argv[1]);
        return 1;
    }
    double mb = (double)n / 1e6, best = 1e30;
    long tokens = 0;
    for (int i = 0; i < repeat; i++) {
        double t0 = now();
        tokens = parser_view(text, len);
        double dt = now() - t0;
        if (dt < best) best = dt;
    }
    if (tokens < 0) {
        fprintf(stderr, "%s: tokenizer error\n", argv[1]);
        return 1;
    }
    printf("lemonpy tokenizer, parser view: %.2f MB/s (%ld tokens)\n", mb / best, tokens);
    FILE *null = fopen("/dev/null", "w");
    best = 1e30;
    for (int i = 0; i < repeat; i++) {
        double t0 = now();
        lp_tokenize_view_main(argv[1], 0, null, stderr);
        double dt = now() - t0;
        if (dt < best) best = dt;
    }
    printf("lemonpy -m tokenize view (formatting each token): %.2f MB/s\n", mb / best);
    return 0;
}
