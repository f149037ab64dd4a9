/* gc.h -- the only door to the Boehm collector.
 *
 * Everything lemonpy allocates goes through these calls; runtime/gc.c is the
 * one file that includes <gc.h>.  Rules (DESIGN.md section 6): lp_alloc for
 * memory that holds pointers, lp_alloc_atomic for pointer-free payloads
 * (bytes, code, tables); never keep the only reference to a collected object
 * in malloc'd memory.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_GC_H
#define LP_GC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Starts the collector; call once, first thing in main and in every test
 * process.  Safe to call again. */
void lp_gc_init(void);

/* Returns [size] zeroed bytes that the collector scans for pointers.
 * Aborts with a message when memory is exhausted. */
void *lp_alloc(size_t size);

/* Returns [size] bytes that are never scanned (contents uninitialised). */
void *lp_alloc_atomic(size_t size);

/* Grows or shrinks [p] (from lp_alloc/lp_alloc_atomic, or NULL) to [size]
 * bytes, keeping its kind; the contents up to the smaller size are kept. */
void *lp_realloc(void *p, size_t size);

/* Gives [p] (from lp_alloc/lp_alloc_atomic, or NULL) back at once, for
 * owners that know nothing refers to it any more (GMP's scratch space). */
void lp_free(void *p);

/* Makes the word *[link] (in pointer-free memory: lp_alloc_atomic) a weak
 * pointer to [obj] (a base pointer from lp_alloc): the collector sets it to
 * NULL once obj is truly unreachable (after finalizers could revive it).
 * Read it only with lp_gc_weak_get. */
void lp_gc_weak_set(void **link, void *obj);

/* The object *[link] weakly points to, or NULL once it was collected. */
void *lp_gc_weak_get(void *const *link);

/* Returns a collected copy of the NUL-terminated string [s]. */
char *lp_strdup(const char *s);

/* ==== finalization (DESIGN.md section 6) ====
 *
 * One dispatcher per object, registered "no order" (cycles are finalized
 * too).  The collector only queues finalizable objects; they are run at
 * safe points by lp_gc_run_finalizers, in the order they were registered,
 * never inside an allocation. */

/* Called for each finalized object, from lp_gc_run_finalizers. */
typedef void (*lp_gc_finalize_fn)(void *obj);

/* Registers the dispatcher [fn] (one for the whole process) for [obj], a
 * base pointer from lp_alloc.  A second registration of the same object is
 * ignored.  The object is also remembered (weakly) for lp_gc_live_finalizable. */
bool lp_gc_register_finalizer(void *obj, lp_gc_finalize_fn fn); /* false: already had it */

/* Marks [obj], whose finalizer has just run, as finalized: it is never
 * finalized again (PEP 442) and lp_gc_is_finalized says so while it lives. */
void lp_gc_mark_finalized(void *obj);

/* True when [obj] was finalized (lp_gc_mark_finalized) and is alive again. */
bool lp_gc_is_finalized(const void *obj);

/* Sets [fn], called (inside the collector: it may only set a flag) when
 * finalizers are queued. */
void lp_gc_set_finalizer_notifier(void (*fn)(void));

/* Runs the queued finalizers, oldest registration first; returns how many
 * ran.  Does nothing when called from inside a finalizer. */
size_t lp_gc_run_finalizers(void);

/* The objects registered with a finalizer that are still reachable and not
 * finalized, oldest first: a new array of *[n] pointers (lp_alloc). */
void **lp_gc_live_finalizable(size_t *n);

/* ==== weak references (weakref.ref) ==== */

/* Stores [obj] in [*slot] hidden from the collector, and has the collector
 * clear the slot (to 0) as soon as obj becomes unreachable, before its
 * finalizer runs (a "short" link: unlike lp_gc_weak_set's, it is cleared
 * by the collection that queues obj's __del__, as CPython's weakrefs).  [slot] lies in a collected object (the registration
 * goes with it) or in static memory. */
void lp_gc_short_weak_set(uintptr_t *slot, void *obj);

/* The object [slot] refers to, or NULL once it is cleared. */
void *lp_gc_short_weak_get(const uintptr_t *slot);

/* ==== the collector, for the gc module ==== */

/* A full collection (the queued finalizers are not run). */
void lp_gc_collect(void);

/* Heap figures: collections so far, heap size, free bytes, bytes allocated
 * since the last collection and in all, total finalizers run. */
typedef struct {
    size_t collections, heap_size, free_bytes, since_gc, total_bytes, finalized;
} lp_gc_stats_t;
void lp_gc_get_stats(lp_gc_stats_t *st);

/* True when [p] points into (or at) an object of the collected heap. */
bool lp_gc_is_heap_ptr(const void *p);

#endif
