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

#include "error.h"
#include "gc.h"
#include "io.h"
#include "mod_sys.h"
#include "names.h"
#include "obj_dict.h"
#include "obj_gen.h"
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

/* The one finalizer of every tracked object. */
static void finalize_one(void *p)
{
    lp_value obj = lp_from_ptr(p);
    lp_gc_mark_finalized(p);
    if (lp_gen_check(obj)) {
        if (((lp_gen_t *)p)->state != LP_GEN_SUSPENDED) return;
        lp_value err = lp_pcall(close_gen, &obj);
        if (err) lp_write_unraisable(err, obj);
        return;
    }
    lp_value del = lp_type_lookup(lp_type_of(obj), LP_NAME(__del__));
    if (!del || del == LP_NONE) return;
    del_call_t c = {obj, del};
    lp_value err = lp_pcall(call_del, &c);
    if (err) lp_write_unraisable(err, del);
}

void lp_finalize_track(lp_value obj)
{
    lp_gc_register_finalizer(lp_as_ptr(obj), finalize_one);
}

size_t lp_finalize_pending(void)
{
    return lp_gc_run_finalizers();
}

size_t lp_finalize_collect(void)
{
    lp_vm_clear_dead_slots();
    lp_gc_collect();
    size_t n = lp_gc_run_finalizers();
    if (n) { /* what only the finalized objects kept alive */
        lp_gc_collect();
        n += lp_gc_run_finalizers();
    }
    return n;
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

void lp_finalize_at_exit(lp_value main_globals)
{
    lp_finalize_collect();
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
