/* buf.h -- a growable byte buffer in collected (atomic) memory.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_BUF_H
#define LP_BUF_H

#include <stddef.h>

typedef struct {
    char *data; /* len bytes, always followed by a NUL */
    size_t len;
    size_t cap; /* bytes allocated, NUL included */
} lp_buf_t;

/* Makes sure [b] has room for [extra] more bytes (plus the NUL) and returns
 * the address where they go. */
char *lp_buf_reserve(lp_buf_t *b, size_t extra);

/* Appends [n] bytes from [s]. */
void lp_buf_add(lp_buf_t *b, const char *s, size_t n);

/* Appends the NUL-terminated string [s]. */
void lp_buf_puts(lp_buf_t *b, const char *s);

/* Appends one byte [c]. */
static inline void lp_buf_putc(lp_buf_t *b, char c)
{
    if (b->len + 1 >= b->cap) lp_buf_reserve(b, 1);
    b->data[b->len++] = c;
    b->data[b->len] = 0;
}

/* Appends [n] copies of byte [c]. */
void lp_buf_fill(lp_buf_t *b, char c, size_t n);

/* Appends printf-style formatted text. */
void lp_buf_printf(lp_buf_t *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
