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

void lp_gc_weak_set(void **link, void *obj)
{
    *link = (void *)GC_HIDE_POINTER(obj);
    if (GC_register_long_link(link, obj) == GC_NO_MEMORY) out_of_memory(sizeof(void *));
}

void *lp_gc_weak_get(void *const *link)
{
    /* single-threaded: no collection can run between the load and the use */
    GC_hidden_pointer h = (GC_hidden_pointer)*link;
    return h ? GC_REVEAL_POINTER(h) : NULL;
}

char *lp_strdup(const char *s)
{
    size_t n = strlen(s) + 1;
    return memcpy(lp_alloc_atomic(n), s, n);
}

/* ==== finalization ====
 *
 * Finalize-on-demand: the collector queues unreachable objects that have a
 * finalizer and calls the notifier; the VM runs them at its next safe point
 * (lp_gc_run_finalizers).  Boehm's queue has no useful order, so the
 * dispatcher only moves each object to `pending` with its registration
 * number (the client data), and the batch runs sorted by that number:
 * objects die in the order they were made, as CPython's collector mostly
 * finalizes them.
 *
 * The registry remembers every registered object weakly (a hidden pointer
 * cleared by a disappearing link when the object becomes unreachable), so
 * that the interpreter can finalize at exit what is still alive. */

typedef struct {
    void *obj;
    uintptr_t seq;
} pending_t;

typedef struct {
    GC_hidden_pointer hp; /* 0: free (or cleared by the collector) */
    uintptr_t seq;        /* registration number; finalized entries have LP_FINALIZED set */
} reg_t;

#define LP_FINALIZED ((uintptr_t)1 << 63)
enum { REG_CHUNK = 1024 };

static lp_gc_finalize_fn finalize_fn;
static void (*notifier)(void);
static uintptr_t next_seq = 1;
static pending_t *pending; /* uncollectable, scanned: keeps queued objects alive */
static size_t npending, cap_pending;
static bool running;
static size_t finalized_total;
static reg_t **chunks; /* malloc'd table of uncollectable atomic chunks */
static size_t nchunks, cursor;

/* Boehm's finalizer: queue [obj] for the sorted batch. */
static void dispatch(void *obj, void *cd)
{
    if (npending == cap_pending) {
        cap_pending = cap_pending ? cap_pending * 2 : 64;
        pending = GC_REALLOC(pending, cap_pending * sizeof *pending);
        if (!pending) out_of_memory(cap_pending * sizeof *pending);
    }
    pending[npending].obj = obj;
    pending[npending].seq = (uintptr_t)cd;
    npending++;
}

static void notify(void)
{
    if (notifier) notifier();
}

/* A free registry entry: the cursor goes round the table once before it
 * grows, so registration is amortised constant time. */
static reg_t *reg_slot(void)
{
    size_t total = nchunks * REG_CHUNK;
    for (size_t tried = 0; tried < total; tried++) {
        size_t i = cursor;
        cursor = cursor + 1 < total ? cursor + 1 : 0;
        reg_t *r = &chunks[i / REG_CHUNK][i % REG_CHUNK];
        if (!r->hp) return r;
    }
    reg_t **t = realloc(chunks, (nchunks + 1) * sizeof *chunks);
    reg_t *c = GC_MALLOC_ATOMIC_UNCOLLECTABLE(REG_CHUNK * sizeof *c);
    if (!t || !c) out_of_memory(REG_CHUNK * sizeof *c);
    memset(c, 0, REG_CHUNK * sizeof *c);
    chunks = t;
    chunks[nchunks++] = c;
    cursor = total + 1;
    return c;
}

static void remember(void *obj, uintptr_t seq)
{
    reg_t *r = reg_slot();
    r->hp = GC_HIDE_POINTER(obj);
    r->seq = seq;
    GC_general_register_disappearing_link((void **)&r->hp, obj);
}

bool lp_gc_register_finalizer(void *obj, lp_gc_finalize_fn fn)
{
    if (!finalize_fn) {
        GC_set_finalize_on_demand(1);
        GC_set_finalizer_notifier(notify);
    }
    finalize_fn = fn;
    GC_finalization_proc old = 0;
    void *old_cd = NULL;
    uintptr_t seq = next_seq++;
    GC_register_finalizer_no_order(obj, dispatch, (void *)seq, &old, &old_cd);
    if (old) { /* already registered: keep its place in the order */
        GC_register_finalizer_no_order(obj, old, old_cd, NULL, NULL);
        return false;
    }
    remember(obj, seq);
    return true;
}

void lp_gc_mark_finalized(void *obj)
{
    remember(obj, LP_FINALIZED);
}

/* The registry entry of [obj], or NULL. */
static reg_t *reg_find(const void *obj, bool finalized)
{
    GC_hidden_pointer hp = GC_HIDE_POINTER(obj);
    for (size_t c = 0; c < nchunks; c++)
        for (size_t i = 0; i < REG_CHUNK; i++)
            if (chunks[c][i].hp == hp && ((chunks[c][i].seq & LP_FINALIZED) != 0) == finalized)
                return &chunks[c][i];
    return NULL;
}

bool lp_gc_is_finalized(const void *obj)
{
    return reg_find(obj, true) != NULL;
}

void lp_gc_set_finalizer_notifier(void (*fn)(void))
{
    notifier = fn;
}

static int by_seq(const void *a, const void *b)
{
    uintptr_t x = ((const pending_t *)a)->seq, y = ((const pending_t *)b)->seq;
    return x < y ? -1 : x > y;
}

size_t lp_gc_run_finalizers(void)
{
    if (running || !finalize_fn) return 0;
    running = true;
    size_t ran = 0;
    for (;;) {
        if (GC_should_invoke_finalizers()) GC_invoke_finalizers();
        if (!npending) break;
        size_t n = npending;
        pending_t *batch = GC_MALLOC(n * sizeof *batch); /* scanned: keeps them alive */
        if (!batch) out_of_memory(n * sizeof *batch);
        memcpy(batch, pending, n * sizeof *batch);
        memset(pending, 0, n * sizeof *pending);
        npending = 0;
        qsort(batch, n, sizeof *batch, by_seq);
        for (size_t i = 0; i < n; i++) {
            void *obj = batch[i].obj;
            batch[i].obj = NULL;
            finalize_fn(obj);
            ran++;
        }
    }
    finalized_total += ran;
    running = false;
    return ran;
}

typedef struct {
    void *obj;
    uintptr_t seq;
} live_t;

void **lp_gc_live_finalizable(size_t *n)
{
    size_t count = 0;
    for (size_t c = 0; c < nchunks; c++)
        for (size_t i = 0; i < REG_CHUNK; i++)
            if (chunks[c][i].hp && !(chunks[c][i].seq & LP_FINALIZED)) count++;
    live_t *l = GC_MALLOC((count ? count : 1) * sizeof *l);
    if (!l) out_of_memory(count * sizeof *l);
    size_t k = 0;
    for (size_t c = 0; c < nchunks && k < count; c++)
        for (size_t i = 0; i < REG_CHUNK && k < count; i++) {
            reg_t *r = &chunks[c][i];
            if (!r->hp || (r->seq & LP_FINALIZED)) continue;
            l[k].obj = GC_REVEAL_POINTER(r->hp);
            l[k].seq = r->seq;
            k++;
        }
    qsort(l, k, sizeof *l, by_seq);
    void **out = (void **)l; /* compacted in place: obj pointers first */
    for (size_t i = 0; i < k; i++) out[i] = l[i].obj;
    memset(out + k, 0, k * sizeof *out);
    *n = k;
    return out;
}

/* ==== weak references ==== */

void lp_gc_short_weak_set(uintptr_t *slot, void *obj)
{
    *slot = GC_HIDE_POINTER(obj);
    GC_general_register_disappearing_link((void **)slot, obj);
}

void *lp_gc_short_weak_get(const uintptr_t *slot)
{
    uintptr_t h = *(const volatile uintptr_t *)slot;
    return h ? GC_REVEAL_POINTER(h) : NULL;
}

/* ==== the collector, for the gc module ==== */

/* Zeroes the C stack below the caller: the collector's own frames are
 * then free of stale pointers left there by deeper calls made earlier. */
static __attribute__((noinline)) void clear_stack_below(void)
{
    char buf[32 << 10];
    memset(buf, 0, sizeof buf);
    __asm__ volatile("" : : "r"(buf) : "memory");
}

void lp_gc_collect(void)
{
    clear_stack_below();
    GC_gcollect();
}

void lp_gc_get_stats(lp_gc_stats_t *st)
{
    GC_word heap, free_bytes, unmapped, since, total;
    GC_get_heap_usage_safe(&heap, &free_bytes, &unmapped, &since, &total);
    st->collections = GC_get_gc_no();
    st->heap_size = heap;
    st->free_bytes = free_bytes;
    st->since_gc = since;
    st->total_bytes = total;
    st->finalized = finalized_total;
}

bool lp_gc_is_heap_ptr(const void *p)
{
    return GC_base((void *)p) != NULL;
}
