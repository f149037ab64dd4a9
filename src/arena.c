/* arena.c -- bump allocation for the syntax tree, freed all at once.
 *
 * An arena is a list of malloc'd chunks.  Small requests are carved from the
 * newest chunk (64 KB); a request larger than a quarter of that gets a chunk
 * of its own, linked behind the newest so the space left there is not lost.
 * Chunks come from calloc, so every allocation is already zeroed.  None of
 * this memory is known to the collector: it must never hold the only pointer
 * to a collected object (arena.h).
 *
 * SPDX-License-Identifier: MIT
 */
#include "arena.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
    ALIGN = 16,                  /* every allocation starts on this boundary */
    CHUNK_SIZE = 64 * 1024,      /* payload of an ordinary chunk */
    BIG_REQUEST = CHUNK_SIZE / 4 /* larger requests get a chunk of their own */
};

typedef struct chunk {
    struct chunk *next; /* the chunk allocated before this one (or NULL) */
    size_t size;        /* payload bytes */
    size_t used;        /* payload bytes handed out, a multiple of ALIGN */
    _Alignas(ALIGN) unsigned char data[];
} chunk_t;

struct lp_arena {
    chunk_t *head; /* the chunk small requests come from; NULL before the first */
    size_t total;  /* bytes handed out, rounded up to ALIGN */
};

static _Noreturn void out_of_memory(size_t size)
{
    fprintf(stderr, "lemonpy: out of memory allocating %zu bytes for the syntax tree\n", size);
    abort();
}

/* A zeroed chunk with [size] payload bytes. */
static chunk_t *chunk_new(size_t size)
{
    chunk_t *c = calloc(1, sizeof(chunk_t) + size);
    if (!c) out_of_memory(size);
    c->size = size;
    return c;
}

lp_arena_t *lp_arena_new(void)
{
    lp_arena_t *a = calloc(1, sizeof *a);
    if (!a) out_of_memory(sizeof *a);
    return a;
}

/* Gives [size] bytes (a multiple of ALIGN, above BIG_REQUEST) a chunk of
 * their own, placed behind the head so the head keeps serving small ones. */
static void *alloc_big(lp_arena_t *a, size_t size)
{
    chunk_t *c = chunk_new(size);
    c->used = size;
    if (a->head) {
        c->next = a->head->next;
        a->head->next = c;
    } else {
        a->head = c;
    }
    return c->data;
}

void *lp_arena_alloc(lp_arena_t *a, size_t size)
{
    if (size == 0) size = 1;
    if (size > (size_t)-1 - 2 * ALIGN) out_of_memory(size);
    size = (size + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    a->total += size;
    if (size > BIG_REQUEST) return alloc_big(a, size);
    chunk_t *c = a->head;
    if (!c || c->size - c->used < size) {
        c = chunk_new(CHUNK_SIZE);
        c->next = a->head;
        a->head = c;
    }
    void *p = c->data + c->used;
    c->used += size;
    return p;
}

char *lp_arena_strndup(lp_arena_t *a, const char *s, size_t n)
{
    char *p = lp_arena_alloc(a, n + 1);
    if (n) memcpy(p, s, n);
    p[n] = 0;
    return p;
}

void lp_arena_free(lp_arena_t *a)
{
    if (!a) return;
    chunk_t *c = a->head;
    while (c) {
        chunk_t *next = c->next;
        free(c);
        c = next;
    }
    free(a);
}

size_t lp_arena_size(const lp_arena_t *a)
{
    return a->total;
}
