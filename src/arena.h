/* arena.h -- bump allocation for the syntax tree, freed all at once.
 *
 * The parser allocates nodes, sequences, identifiers and constants here, not
 * in the collected heap: the tree is short-lived, and Lemon's parser stack
 * (plain realloc) may hold the only pointers to it, which the collector would
 * not see.  Arena memory must never hold the only pointer to a collected
 * object (DESIGN.md section 6).
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_ARENA_H
#define LP_ARENA_H

#include <stddef.h>

typedef struct lp_arena lp_arena_t;

/* A new, empty arena. */
lp_arena_t *lp_arena_new(void);

/* [size] zeroed bytes, aligned for any type, valid until lp_arena_free. */
void *lp_arena_alloc(lp_arena_t *a, size_t size);

/* A NUL-terminated copy of [n] bytes at [s]. */
char *lp_arena_strndup(lp_arena_t *a, const char *s, size_t n);

/* Releases everything allocated from [a], and [a] itself. */
void lp_arena_free(lp_arena_t *a);

/* Bytes allocated from [a] so far (for statistics). */
size_t lp_arena_size(const lp_arena_t *a);

#endif
