/* finalize.c -- the finalizer dispatcher: __del__, dropped generators, exit.
 *
 * runtime/gc.c queues unreachable objects that have the dispatcher and runs
 * them, oldest registration first, when lp_gc_run_finalizers is called: at
 * the VM's safe points (src/vm.c), in gc.collect() and at exit.  Python
 * code runs here only, never inside an allocation.  See finalize.h.
 *
 * SPDX-License-Identifier: MIT
 */
#include "finalize.h"

#include <stdint.h>
#include <string.h>

#include "error.h"
#include "gc.h"
#include "io.h"
#include "mod_sys.h"
#include "names.h"
#include "obj_dict.h"
#include "obj_func.h"
#include "obj_gen.h"
#include "obj_set.h"
#include "obj_list.h"
#include "obj_tuple.h"
#include "obj_str.h"
#include "ops.h"
#include "traceback.h"
#include "types.h"
#include "vm.h"

/* ==== reporting ==== */

typedef struct {
    lp_value exc, obj;
} unraisable_t;

static void write_unraisable(void *ud)
{
    unraisable_t *u = ud;
    lp_value err = lp_sys_get("stderr");
    if (!err || err == LP_NONE) return;
    lp_io_flush(lp_io_stdout());
    lp_value head = lp_str_from_cstr("Exception ignored in: ");
    lp_io_write(err, head);
    lp_value r = LP_NULL;
    if (u->obj) r = lp_repr(u->obj);
    lp_io_write(err, r ? r : lp_str_from_cstr("<object repr() failed>"));
    lp_io_write_cstr(err, "\n");
}

void lp_write_unraisable(lp_value exc, lp_value obj)
{
    unraisable_t u = {exc, obj};
    lp_pcall(write_unraisable, &u);
    lp_traceback_print(exc, LP_NULL);
}

/* ==== the dispatcher ==== */

/* runtime/mod_weakref.c: the callbacks of the weak references to [addr]. */
extern void lp_weakref_run_callbacks(void *addr) __attribute__((weak));

typedef struct {
    lp_value obj, del;
} del_call_t;

static void call_del(void *ud)
{
    del_call_t *c = ud;
    lp_value f = c->del;
    const lp_type_t *ft = lp_type_of(f);
    if (ft == &lp_type_function) {
        lp_call(f, &c->obj, 1, LP_NULL);
        return;
    }
    if (ft->descr_get) f = ft->descr_get(f, c->obj, lp_from_ptr((void *)lp_type_of(c->obj)));
    lp_call(f, NULL, 0, LP_NULL);
}

static void close_gen(void *ud)
{
    lp_call_method(*(lp_value *)ud, LP_NAME(close), NULL, 0);
}

size_t lp_finalize_live;
static bool exiting; /* finalizing what is alive at exit */

/* ==== cycles found by prompt collections ====
 *
 * CPython frees a reference cycle only when its cycle collector runs (later,
 * or at gc.collect()), not when the last outside reference goes.  So a
 * prompt collection defers the objects that lie on a cycle: they wait in
 * `deferred` (which keeps them alive) for the next real collection. */

static bool prompting;  /* inside a prompt collection */
static lp_value deferred; /* list of objects whose finalization waits */

enum { CYCLE_NODES = 1024 }; /* objects a cycle search visits at most */

typedef struct {
    lp_value *stack;
    size_t top, cap;
    uintptr_t *seen; /* open addressing, 0: empty */
    size_t nseen, seen_cap;
} search_t;

/* Pushes [v] unless seen; false when the search is over its budget. */
static bool visit(search_t *s, lp_value v)
{
    if (!lp_is_ptr(v)) return true;
    uintptr_t key = (uintptr_t)lp_as_ptr(v);
    size_t mask = s->seen_cap - 1, i = (key >> 4) & mask;
    while (s->seen[i]) {
        if (s->seen[i] == key) return true;
        i = (i + 1) & mask;
    }
    if (s->nseen >= CYCLE_NODES) return false;
    s->seen[i] = key;
    s->nseen++;
    s->stack[s->top++] = v;
    return true;
}

/* The objects [v] refers to that can lead back to it: instance attributes,
 * container items, a bound method's self.  False when over budget. */
static bool push_referents(search_t *s, lp_value v)
{
    const lp_type_t *t = lp_as_object(v)->type;
    int64_t pos = 0, h;
    lp_value k, x, d = LP_NULL;
    if (t == &lp_type_list || t == &lp_type_tuple) {
        const lp_value *items = t == &lp_type_list ? lp_as_list(v)->items : lp_as_tuple(v)->items;
        int64_t n = t == &lp_type_list ? lp_as_list(v)->len : lp_as_tuple(v)->len;
        for (int64_t i = 0; i < n; i++)
            if (!visit(s, items[i])) return false;
        return true;
    }
    if (t == &lp_type_set || t == &lp_type_frozenset) {
        while (lp_set_next(v, &pos, &x, &h))
            if (!visit(s, x)) return false;
        return true;
    }
    if (t == &lp_type_method) return visit(s, ((lp_method_t *)lp_as_ptr(v))->self);
    if (t == &lp_type_dict) d = v;
    else if ((t->flags & LP_TPF_HEAPTYPE) && t->dictoffset)
        d = *(lp_value *)((char *)lp_as_ptr(v) + t->dictoffset);
    if (!d || !lp_dict_check(d)) return true;
    while (lp_dict_next(d, &pos, &k, &x))
        if (!visit(s, k) || !visit(s, x)) return false;
    return true;
}

/* True when [obj] can reach itself (or the search gives up: then it is
 * treated as cyclic, the safe side). */
static bool on_cycle(lp_value obj)
{
    static lp_value *stack; /* reused (a static root: scanned) */
    static uintptr_t *seen;
    if (!stack) {
        stack = lp_alloc((CYCLE_NODES + 1) * sizeof *stack);
        seen = lp_alloc_atomic(2 * CYCLE_NODES * sizeof *seen);
    }
    search_t s = {stack, 0, CYCLE_NODES + 1, seen, 0, 2 * CYCLE_NODES};
    memset(seen, 0, 2 * CYCLE_NODES * sizeof *seen);
    bool cyclic = !push_referents(&s, obj); /* over budget: treated as cyclic */
    while (!cyclic && s.top) {
        lp_value v = s.stack[--s.top];
        cyclic = v == obj || !push_referents(&s, v);
    }
    memset(stack, 0, (CYCLE_NODES + 1) * sizeof *stack); /* no stale references */
    return cyclic;
}

static void finalize_one(void *p);

/* Runs the finalizations that prompt collections deferred. */
static size_t run_deferred(void)
{
    if (!deferred || !lp_as_list(deferred)->len) return 0;
    lp_value l = deferred;
    deferred = LP_NULL;
    size_t n = (size_t)lp_as_list(l)->len;
    for (size_t i = 0; i < n; i++) finalize_one(lp_as_ptr(lp_as_list(l)->items[i]));
    return n;
}

/* The one finalizer of every tracked object. */
static void finalize_one(void *p)
{
    lp_value obj = lp_from_ptr(p);
    if (prompting && on_cycle(obj)) {
        if (!deferred) deferred = lp_list_new(0);
        lp_list_append(deferred, obj);
        return;
    }
    lp_gc_mark_finalized(p);
    if (lp_finalize_live) lp_finalize_live--;
    if (lp_gen_check(obj)) {
        if (((lp_gen_t *)p)->state == LP_GEN_SUSPENDED) {
            lp_value err = lp_pcall(close_gen, &obj);
            if (err) lp_write_unraisable(err, obj);
        }
    } else {
        lp_value del = lp_type_lookup(lp_type_of(obj), LP_NAME(__del__));
        if (del && del != LP_NONE) {
            del_call_t c = {obj, del};
            lp_value err = lp_pcall(call_del, &c);
            if (err) lp_write_unraisable(err, del);
        }
    }
    if (lp_weakref_run_callbacks && !exiting) lp_weakref_run_callbacks(p);
}

void lp_finalize_track_weak(lp_value obj)
{
    lp_finalize_track(obj);
}

void lp_finalize_track(lp_value obj)
{
    if (lp_gc_register_finalizer(lp_as_ptr(obj), finalize_one)) lp_finalize_live++;
}

size_t lp_finalize_pending(void)
{
    return run_deferred() + lp_gc_run_finalizers();
}

/* The collection itself: [prompt] defers cyclic objects.  Returns the
 * number of objects finalized. */
static size_t collect(bool prompt)
{
    prompting = prompt;
    size_t before = deferred ? (size_t)lp_as_list(deferred)->len : 0;
    lp_vm_clear_dead_slots();
    lp_gc_collect();
    size_t n = (prompt ? 0 : run_deferred()) + lp_gc_run_finalizers();
    if (n && !prompt) { /* what only the finalized objects kept alive */
        lp_gc_collect();
        n += lp_gc_run_finalizers();
    }
    prompting = false;
    size_t after = deferred ? (size_t)lp_as_list(deferred)->len : 0;
    return n - (after - before < n ? after - before : n);
}

size_t lp_finalize_collect(void)
{
    return collect(false);
}

/* ==== prompt finalization ==== */

/* runtime/mod_weakref.c: true when weak references with callbacks refer
 * to [addr]. */
extern bool lp_weakref_has_callbacks(void *addr) __attribute__((weak));

/* [v] itself has a finalizer worth running now. */
static bool finalizable(lp_value v)
{
    if (!lp_is_ptr(v)) return false;
    const lp_type_t *t = lp_as_object(v)->type;
    if (t->flags & LP_TPF_HAS_DEL) return true;
    if (lp_weakref_has_callbacks && lp_weakref_has_callbacks(lp_as_ptr(v))) return true;
    if (t != &lp_type_generator && t != &lp_type_coroutine) return false;
    lp_gen_t *g = lp_as_ptr(v);
    return g->state == LP_GEN_SUSPENDED && g->code->nexc;
}

enum { SCAN_MAX = 64 }; /* items of a container looked at */

bool lp_finalize_droppable(lp_value v)
{
    if (!lp_is_ptr(v)) return false;
    if (finalizable(v)) return true;
    const lp_type_t *t = lp_as_object(v)->type;
    lp_value d = LP_NULL;
    if (t == &lp_type_list || t == &lp_type_tuple) {
        const lp_value *items = t == &lp_type_list ? lp_as_list(v)->items : lp_as_tuple(v)->items;
        int64_t n = t == &lp_type_list ? lp_as_list(v)->len : lp_as_tuple(v)->len;
        for (int64_t i = 0; i < n && i < SCAN_MAX; i++)
            if (finalizable(items[i])) return true;
        return false;
    }
    if (t == &lp_type_dict) d = v;
    else if ((t->flags & LP_TPF_HEAPTYPE) && t->dictoffset)
        d = *(lp_value *)((char *)lp_as_ptr(v) + t->dictoffset);
    if (!d || !lp_dict_check(d)) return false;
    int64_t pos = 0;
    lp_value k, x;
    for (int i = 0; i < SCAN_MAX && lp_dict_next(d, &pos, &k, &x); i++)
        if (finalizable(x)) return true;
    return false;
}

static struct {
    uint32_t skip; /* triggers to skip after the next failure */
    uint32_t wait; /* triggers still to skip */
    uint32_t misses; /* collections in a row that finalized nothing */
} backoff[LP_DROP_KINDS];
static size_t spent; /* bytes of live heap marked by prompt collections */

void lp_finalize_dropped(int kind)
{
    if (backoff[kind].wait) {
        backoff[kind].wait--;
        return;
    }
    lp_gc_stats_t st;
    lp_gc_get_stats(&st);
    /* a collection costs about its live heap (plus a fixed part): allow
     * 512 MB of that (a few tenths of a second), plus a quarter of what
     * the program itself allocates */
    if (spent > ((size_t)512 << 20) + st.total_bytes / 4) return;
    spent += st.heap_size - st.free_bytes + ((size_t)256 << 10);
    if (collect(true)) {
        backoff[kind].skip = 0;
        backoff[kind].misses = 0;
        return;
    }
    /* the object lives on elsewhere: after a few misses in a row, skip
     * 1, 2, 4, ... of the next drops */
    if (++backoff[kind].misses <= 4) return;
    uint32_t s = backoff[kind].skip;
    backoff[kind].skip = s ? (s < (1u << 20) ? 2 * s : s) : 1;
    backoff[kind].wait = backoff[kind].skip;
}

/* ==== exit ==== */

/* Finalizes [obj] if it is in [live] (and not done yet). */
static void finalize_live(void **live, size_t n, void *obj)
{
    for (size_t i = 0; i < n; i++)
        if (live[i] == obj) {
            live[i] = NULL;
            finalize_one(obj);
            return;
        }
}

static void weakref_exit(void *ud)
{
    (void)ud;
    lp_value mod = lp_dict_get(lp_sys_modules(), lp_str_from_cstr("weakref"));
    if (!mod || mod == LP_NONE) return;
    lp_value fin = lp_getattr_opt(mod, lp_str_from_cstr("finalize"));
    if (fin) lp_call_method(fin, lp_str_from_cstr("_exitfunc"), NULL, 0);
}

void lp_finalize_at_exit(lp_value main_globals)
{
    lp_value err = lp_pcall(weakref_exit, NULL); /* weakref.finalize's atexit hook */
    if (err) lp_traceback_print(err, LP_NULL);
    lp_finalize_collect();
    exiting = true; /* the objects still alive: no weakref callbacks (CPython's
                     * refs usually die with the module before their referents) */
    size_t n;
    void **live = lp_gc_live_finalizable(&n);
    if (!n) return;
    if (main_globals && lp_dict_check(main_globals)) {
        int64_t pos = 0;
        lp_value k, v;
        while (lp_dict_next(main_globals, &pos, &k, &v))
            if (lp_is_ptr(v)) finalize_live(live, n, lp_as_ptr(v));
    }
    for (size_t i = 0; i < n; i++) {
        void *obj = live[i];
        if (!obj) continue;
        live[i] = NULL;
        finalize_one(obj);
    }
    lp_gc_run_finalizers();
}
