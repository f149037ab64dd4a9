/* gc.c -- Boehm GC glue: initialisation and the allocation entry points.
 *
 * Interior-pointer recognition is turned off before GC_INIT (heap objects
 * store only base pointers; pointers on the C stack are still recognised),
 * which saves a third of the memory of small objects.  A larger initial heap
 * cuts the number of early collections sharply (../shared/NOTES.md 6.4).
 * A large request that fails raises MemoryError; a small one is fatal.
 *
 * SPDX-License-Identifier: MIT
 */
#include "gc.h"

#include "error.h"
#include "types.h"

#include <gc/gc.h> /* the collector; "gc.h" is our own header */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { LP_INITIAL_HEAP = 32 << 20 };

static int initialised;

/* The collector's warnings (a failed heap expansion) are not the
 * program's output: a failed allocation is reported by out_of_memory. */
static void quiet_warning(char *msg, GC_word arg)
{
    (void)msg;
    (void)arg;
}

void lp_gc_init(void)
{
    if (initialised) return;
    initialised = 1;
    GC_set_all_interior_pointers(0);
    GC_INIT();
    GC_set_warn_proc(quiet_warning);
    GC_expand_hp(LP_INITIAL_HEAP);
}

/* A request of a megabyte or more that cannot be met is the program's
 * MemoryError (bytes(2**31) under a memory limit), as in CPython; running
 * out on small ones leaves no room to raise anything, so that is fatal. */
static _Noreturn void out_of_memory(size_t size)
{
    if (size >= ((size_t)1 << 20) && lp_handler_top)
        lp_raise_value(lp_from_ptr(&lp_exc_MemoryError));
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
