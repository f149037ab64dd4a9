/* buf.c -- growable byte buffers.
 *
 * SPDX-License-Identifier: MIT
 */
#include "buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "gc.h"

char *lp_buf_reserve(lp_buf_t *b, size_t extra)
{
    size_t need = b->len + extra + 1;
    if (need > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 256;
        while (cap < need) cap *= 2;
        char *data = lp_alloc_atomic(cap);
        if (b->len) memcpy(data, b->data, b->len);
        b->data = data;
        b->cap = cap;
        b->data[b->len] = 0;
    }
    return b->data + b->len;
}

void lp_buf_add(lp_buf_t *b, const char *s, size_t n)
{
    char *dst = lp_buf_reserve(b, n);
    memcpy(dst, s, n);
    b->len += n;
    b->data[b->len] = 0;
}

void lp_buf_puts(lp_buf_t *b, const char *s) { lp_buf_add(b, s, strlen(s)); }

void lp_buf_fill(lp_buf_t *b, char c, size_t n)
{
    char *dst = lp_buf_reserve(b, n);
    memset(dst, c, n);
    b->len += n;
    b->data[b->len] = 0;
}

void lp_buf_printf(lp_buf_t *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char small[256];
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) return; /* an encoding error: nothing to add */
    if (n < (int)sizeof small) {
        lp_buf_add(b, small, (size_t)n);
        return;
    }
    char *dst = lp_buf_reserve(b, (size_t)n);
    va_start(ap, fmt);
    vsnprintf(dst, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}
