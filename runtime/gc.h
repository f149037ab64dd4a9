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

#include <stddef.h>

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

/* Returns a collected copy of the NUL-terminated string [s]. */
char *lp_strdup(const char *s);

#endif
