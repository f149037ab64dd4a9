/* test_finalize.c -- the finalizer dispatcher of runtime/gc.c: queued
 * objects run once, oldest registration first, only when asked (never
 * inside the collection); a second registration is ignored; the registry
 * of live finalizable objects; the finalized mark.  What Python code sees
 * (__del__, generators, exit) is checked by tests/scripts/gc/.
 *
 * The collector is conservative: an object may survive a collection
 * through a stale word on the C stack, so the checks allow a few
 * survivors where they count objects.
 *
 * SPDX-License-Identifier: MIT
 */
#include <criterion/criterion.h>
#include <stdint.h>
#include <string.h>

#include "gc.h"

typedef struct {
    void *next; /* keeps the shape of a pointer-holding object */
    intptr_t id;
} item_t;

enum { N = 200 };

static intptr_t order[4 * N];
static size_t nrun;

static void record(void *obj)
{
    if (nrun < 4 * N) order[nrun] = ((item_t *)obj)->id;
    nrun++;
}

static void setup(void)
{
    lp_gc_init();
}

TestSuite(finalize, .init = setup);

/* Makes [n] finalizable items numbered from [first]; keeps none. */
static __attribute__((noinline)) void make_items(intptr_t first, int n)
{
    for (int i = 0; i < n; i++) {
        item_t *it = lp_alloc(sizeof *it);
        it->id = first + i;
        lp_gc_register_finalizer(it, record);
    }
}

/* Overwrites a stretch of the stack the helpers used. */
static __attribute__((noinline)) void scrub_stack(void)
{
    volatile char buf[16384];
    memset((char *)buf, 0, sizeof buf);
}

Test(finalize, queued_objects_run_in_registration_order_when_asked)
{
    nrun = 0;
    make_items(1000, N);
    scrub_stack();
    lp_gc_collect();
    cr_expect_eq(nrun, 0, "finalizers ran inside the collection");
    size_t ran = lp_gc_run_finalizers();
    cr_expect_eq(ran, nrun);
    cr_expect_geq(nrun, N - 5, "only %zu of %d finalized", nrun, N);
    for (size_t i = 1; i < nrun && i < 4 * N; i++)
        cr_expect_lt(order[i - 1], order[i], "out of order at %zu", i);
    size_t again = nrun;
    lp_gc_collect();
    lp_gc_run_finalizers();
    cr_expect_eq(nrun, again, "a finalizer ran twice");
}

Test(finalize, second_registration_is_ignored_and_live_objects_are_listed)
{
    item_t *keep[3];
    for (int i = 0; i < 3; i++) {
        keep[i] = lp_alloc(sizeof(item_t));
        keep[i]->id = 50 + i;
        cr_expect(lp_gc_register_finalizer(keep[i], record));
    }
    cr_expect_not(lp_gc_register_finalizer(keep[1], record));
    size_t n;
    void **live = lp_gc_live_finalizable(&n);
    int found = 0;
    intptr_t last = 0;
    for (size_t i = 0; i < n; i++)
        for (int k = 0; k < 3; k++)
            if (live[i] == keep[k]) {
                cr_expect_gt(keep[k]->id, last, "not oldest first");
                last = keep[k]->id;
                found++;
            }
    cr_expect_eq(found, 3);
    cr_expect_not(lp_gc_is_finalized(keep[0]));
    lp_gc_mark_finalized(keep[0]);
    cr_expect(lp_gc_is_finalized(keep[0]));
    nrun = 0;
    lp_gc_collect();
    lp_gc_run_finalizers();
    for (size_t i = 0; i < nrun && i < 4 * N; i++)
        cr_expect_neq(order[i], 50, "a finalized (unregistered) object ran");
    cr_expect_eq(keep[2]->id, 52); /* still alive and intact */
}
