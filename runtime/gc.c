/* gc.c -- Boehm GC glue: initialisation and the allocation entry points.
 *
 * Interior-pointer recognition is turned off before GC_INIT (heap objects
 * store only base pointers; pointers on the C stack are still recognised),
 * which saves a third of the memory of small objects.  A larger initial heap
 * cuts the number of early collections sharply (../shared/NOTES.md 6.4).
 *
 * SPDX-License-Identifier: MIT
 */
#include "gc.h"

#include <gc/gc.h> /* the collector; "gc.h" is our own header */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { LP_INITIAL_HEAP = 32 << 20 };

static int initialised;

void lp_gc_init(void)
{
    if (initialised) return;
    initialised = 1;
    GC_set_all_interior_pointers(0);
    GC_INIT();
    GC_expand_hp(LP_INITIAL_HEAP);
}

static _Noreturn void out_of_memory(size_t size)
{
    fprintf(stderr, "lemonpy: out of memory allocating %zu bytes\n", size);
    abort();
}

void *lp_alloc(size_t size)
{
    void *p = GC_MALLOC(size);
    if (!p) out_of_memory(size);
    return p;
}

void *lp_alloc_atomic(size_t size)
{
    void *p = GC_MALLOC_ATOMIC(size);
    if (!p) out_of_memory(size);
    return p;
}

void *lp_realloc(void *p, size_t size)
{
    void *q = GC_REALLOC(p, size);
    if (!q) out_of_memory(size);
    return q;
}

void lp_free(void *p)
{
    GC_FREE(p);
}

char *lp_strdup(const char *s)
{
    size_t n = strlen(s) + 1;
    return memcpy(lp_alloc_atomic(n), s, n);
}
