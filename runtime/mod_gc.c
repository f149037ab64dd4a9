/* mod_gc.c -- the gc module, mapped onto the Boehm collector.
 *
 * lemonpy has no reference counts and no generations: every collection is
 * a full, conservative one (runtime/gc.c).  So:
 * - collect() runs a full collection and the finalizers (__del__, dropped
 *   generators) it queues, before returning; its result, "the number of
 *   unreachable objects" in CPython, is an estimate: the number of objects
 *   finalized.  The generation is checked as CPython does, then ignored.
 * - disable() only records the state (isenabled()): the collector also
 *   frees what CPython frees by reference counting, so it never stops.
 * - thresholds and debug flags are kept and returned, without effect;
 *   get_count() and get_stats() are approximations from the collector's
 *   figures; freeze() does nothing (the freeze count stays 0).
 * - get_objects() and get_referrers() cannot be answered by a conservative
 *   collector: they return empty lists.  get_referents() is exact for
 *   lists, tuples, dicts, sets and instances, and [] for other objects.
 * - callbacks are called around gc.collect() only (automatic collections
 *   happen inside allocations, where no Python code may run).
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdbool.h>

#include "error.h"
#include "finalize.h"
#include "gc.h"
#include "modules.h"
#include "obj_dict.h"
#include "obj_func.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_set.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"
#include "types.h"

static lp_value gc_module, gc_dict;
static bool enabled = true;
static int64_t thresholds[3] = {700, 10, 10};
static int64_t debug_flags;

static size_t nkw(lp_value kwnames)
{
    return kwnames ? (size_t)lp_tuple_len(kwnames) : 0;
}

/* An int argument ('float' object cannot be interpreted as an integer). */
static int64_t int_arg(lp_value v)
{
    return lp_as_ssize(v, &lp_exc_OverflowError);
}

/* ==== collecting ==== */

static lp_value info_dict(int64_t generation, int64_t collected)
{
    lp_value d = lp_dict_new();
    lp_dict_set_cstr(d, "generation", lp_from_int(generation));
    lp_dict_set_cstr(d, "collected", lp_from_int(collected));
    lp_dict_set_cstr(d, "uncollectable", lp_from_int(0));
    return d;
}

typedef struct {
    lp_value cb, args[2];
} callback_t;

static void call_callback(void *ud)
{
    callback_t *c = ud;
    lp_call(c->cb, c->args, 2, LP_NULL);
}

/* Calls each of gc.callbacks with ([phase], info); errors are reported. */
static void run_callbacks(const char *phase, int64_t generation, int64_t collected)
{
    lp_value cbs = lp_dict_get_cstr(gc_dict, "callbacks");
    if (!cbs || !lp_is_instance(cbs, &lp_type_list) || !lp_as_list(cbs)->len) return;
    lp_value info = info_dict(generation, collected);
    lp_value snapshot = lp_list_new(0);
    for (int64_t i = 0; i < lp_as_list(cbs)->len; i++) lp_list_append(snapshot, lp_as_list(cbs)->items[i]);
    for (int64_t i = 0; i < lp_as_list(snapshot)->len; i++) {
        callback_t c = {lp_as_list(snapshot)->items[i], {lp_str_from_cstr(phase), info}};
        lp_value err = lp_pcall(call_callback, &c);
        if (err) lp_write_unraisable(err, c.cb);
    }
}

static lp_value gc_collect(lp_value *args, size_t nargs, lp_value kwnames)
{
    if (nargs > 1)
        lp_raise(&lp_exc_TypeError, "collect() takes at most 1 argument (%zu given)", nargs);
    lp_value g = nargs ? args[0] : LP_NULL;
    static const char *const names[] = {"generation", NULL};
    if (nkw(kwnames)) {
        if (nargs + nkw(kwnames) > 1)
            lp_raise(&lp_exc_TypeError, "collect() takes at most 1 argument (%zu given)",
                     nargs + nkw(kwnames));
        lp_parse_kwargs("collect", args, nargs, kwnames, names, &g);
    }
    int64_t generation = g ? int_arg(g) : 2;
    if (generation < 0 || generation > 2) lp_raise(&lp_exc_ValueError, "invalid generation");
    run_callbacks("start", generation, 0);
    size_t n = lp_finalize_collect();
    run_callbacks("stop", generation, (int64_t)n);
    return lp_from_int((int64_t)n);
}

static lp_value gc_enable(lp_value *args, size_t nargs, lp_value kwnames)
{
    (void)args;
    lp_check_args("gc.enable", nargs, kwnames, 0, 0);
    enabled = true;
    return LP_NONE;
}

static lp_value gc_disable(lp_value *args, size_t nargs, lp_value kwnames)
{
    (void)args;
    lp_check_args("gc.disable", nargs, kwnames, 0, 0);
    enabled = false;
    return LP_NONE;
}

static lp_value gc_isenabled(lp_value *args, size_t nargs, lp_value kwnames)
{
    (void)args;
    lp_check_args("gc.isenabled", nargs, kwnames, 0, 0);
    return lp_bool(enabled);
}

/* ==== figures ==== */

static lp_value gc_get_count(lp_value *args, size_t nargs, lp_value kwnames)
{
    (void)args;
    lp_check_args("gc.get_count", nargs, kwnames, 0, 0);
    lp_gc_stats_t st;
    lp_gc_get_stats(&st);
    int64_t young = (int64_t)(st.since_gc / 64); /* about one object per 64 bytes */
    if (young >= thresholds[0] && thresholds[0] > 0) young = thresholds[0] - 1;
    return lp_tuple_pack(3, lp_from_int(young), lp_from_int(0), lp_from_int(0));
}

static lp_value gc_get_threshold(lp_value *args, size_t nargs, lp_value kwnames)
{
    (void)args;
    lp_check_args("gc.get_threshold", nargs, kwnames, 0, 0);
    return lp_tuple_pack(3, lp_int_from_i64(thresholds[0]), lp_int_from_i64(thresholds[1]),
                         lp_int_from_i64(thresholds[2]));
}

static lp_value gc_set_threshold(lp_value *args, size_t nargs, lp_value kwnames)
{
    if (nkw(kwnames)) lp_raise(&lp_exc_TypeError, "set_threshold() takes no keyword arguments");
    if (nargs < 1)
        lp_raise(&lp_exc_TypeError, "set_threshold() takes at least 1 argument (0 given)");
    if (nargs > 3)
        lp_raise(&lp_exc_TypeError, "set_threshold() takes at most 3 arguments (%zu given)", nargs);
    int64_t t[3];
    for (size_t i = 0; i < nargs; i++) {
        t[i] = int_arg(args[i]);
        if (t[i] > 2147483647LL || t[i] < -2147483648LL)
            lp_raise(&lp_exc_OverflowError, "signed integer is greater than maximum");
    }
    for (size_t i = 0; i < nargs; i++) thresholds[i] = t[i];
    return LP_NONE;
}

static lp_value gen_stats(int64_t collections, int64_t collected)
{
    lp_value d = lp_dict_new();
    lp_dict_set_cstr(d, "collections", lp_int_from_i64(collections));
    lp_dict_set_cstr(d, "collected", lp_int_from_i64(collected));
    lp_dict_set_cstr(d, "uncollectable", lp_from_int(0));
    return d;
}

static lp_value gc_get_stats(lp_value *args, size_t nargs, lp_value kwnames)
{
    (void)args;
    lp_check_args("gc.get_stats", nargs, kwnames, 0, 0);
    lp_gc_stats_t st;
    lp_gc_get_stats(&st);
    lp_value l = lp_list_new(0);
    lp_list_append(l, gen_stats(0, 0));
    lp_list_append(l, gen_stats(0, 0));
    lp_list_append(l, gen_stats((int64_t)st.collections, (int64_t)st.finalized));
    return l;
}

static lp_value gc_get_debug(lp_value *args, size_t nargs, lp_value kwnames)
{
    (void)args;
    lp_check_args("gc.get_debug", nargs, kwnames, 0, 0);
    return lp_int_from_i64(debug_flags);
}

static lp_value gc_set_debug(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("gc.set_debug", nargs, kwnames, 1, 1);
    debug_flags = int_arg(args[0]);
    return LP_NONE;
}

/* ==== objects ==== */

/* CPython tracks containers; it untracks dicts and tuples holding only
 * atomic values (numbers, strings, None). */
static bool atomic(lp_value v)
{
    if (!lp_is_ptr(v)) return true;
    const lp_type_t *t = lp_type_of(v);
    return t == &lp_type_int || t == &lp_type_bool || t == &lp_type_float || t == &lp_type_str ||
           t == &lp_type_bytes || t == &lp_type_complex || t == &lp_type_none ||
           t == &lp_type_range || t == &lp_type_ellipsis || t == &lp_type_notimplemented;
}

static bool tracked(lp_value v)
{
    if (atomic(v)) return false;
    const lp_type_t *t = lp_type_of(v);
    if (t == &lp_type_tuple) {
        lp_tuple_t *tu = lp_as_tuple(v);
        for (int64_t i = 0; i < tu->len; i++)
            if (tracked(tu->items[i])) return true;
        return false;
    }
    if (t == &lp_type_dict) {
        int64_t pos = 0;
        lp_value k, x;
        while (lp_dict_next(v, &pos, &k, &x))
            if (tracked(k) || tracked(x)) return true;
        return false;
    }
    return t != &lp_type_type || (((lp_type_t *)lp_as_ptr(v))->flags & LP_TPF_HEAPTYPE);
}

static lp_value gc_is_tracked(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("gc.is_tracked", nargs, kwnames, 1, 1);
    return lp_bool(tracked(args[0]));
}

static lp_value gc_is_finalized(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("gc.is_finalized", nargs, kwnames, 1, 1);
    return lp_bool(lp_is_ptr(args[0]) && lp_gc_is_finalized(lp_as_ptr(args[0])));
}

static lp_value gc_freeze(lp_value *args, size_t nargs, lp_value kwnames)
{
    (void)args;
    lp_check_args("gc.freeze", nargs, kwnames, 0, 0);
    return LP_NONE;
}

static lp_value gc_unfreeze(lp_value *args, size_t nargs, lp_value kwnames)
{
    (void)args;
    lp_check_args("gc.unfreeze", nargs, kwnames, 0, 0);
    return LP_NONE;
}

static lp_value gc_get_freeze_count(lp_value *args, size_t nargs, lp_value kwnames)
{
    (void)args;
    lp_check_args("gc.get_freeze_count", nargs, kwnames, 0, 0);
    return lp_from_int(0);
}

static lp_value gc_get_objects(lp_value *args, size_t nargs, lp_value kwnames)
{
    if (nargs + nkw(kwnames) > 1)
        lp_raise(&lp_exc_TypeError, "get_objects() takes at most 1 argument (%zu given)",
                 nargs + nkw(kwnames));
    lp_value g = nargs ? args[0] : LP_NULL;
    static const char *const names[] = {"generation", NULL};
    lp_parse_kwargs("get_objects", args, nargs, kwnames, names, &g);
    if (g && g != LP_NONE) {
        if (!lp_is_instance(g, &lp_type_int))
            lp_raise(&lp_exc_TypeError, "argument should be integer or None, not '%s'",
                     lp_type_of(g)->name);
        if (int_arg(g) >= 3)
            lp_raise(&lp_exc_ValueError,
                     "generation parameter must be less than the number of available "
                     "generations (3)");
    }
    return lp_list_new(0);
}

static lp_value gc_get_referrers(lp_value *args, size_t nargs, lp_value kwnames)
{
    (void)args;
    (void)nargs;
    if (nkw(kwnames)) lp_raise(&lp_exc_TypeError, "get_referrers() takes no keyword arguments");
    return lp_list_new(0);
}

/* Appends what [v] refers to, in CPython's traversal order. */
static void referents(lp_value out, lp_value v)
{
    if (!lp_is_ptr(v)) return;
    const lp_type_t *t = lp_type_of(v);
    int64_t pos = 0;
    lp_value k, x;
    if (lp_is_instance(v, &lp_type_list)) {
        lp_list_t *l = lp_as_list(v);
        for (int64_t i = l->len; --i >= 0;) lp_list_append(out, l->items[i]);
    } else if (lp_is_instance(v, &lp_type_tuple)) {
        lp_tuple_t *tu = lp_as_tuple(v);
        for (int64_t i = tu->len; --i >= 0;) lp_list_append(out, tu->items[i]);
    } else if (lp_is_instance(v, &lp_type_dict)) {
        bool str_keys = true;
        while (lp_dict_next(v, &pos, &k, &x)) str_keys = str_keys && lp_type_of(k) == &lp_type_str;
        pos = 0;
        while (lp_dict_next(v, &pos, &k, &x)) {
            lp_list_append(out, x);
            if (!str_keys) lp_list_append(out, k);
        }
    } else if (lp_is_instance(v, &lp_type_set) || lp_is_instance(v, &lp_type_frozenset)) {
        int64_t h;
        while (lp_set_next(v, &pos, &x, &h)) lp_list_append(out, x);
    }
    if ((t->flags & LP_TPF_HEAPTYPE) && t->dictoffset) {
        lp_value d = *(lp_value *)((char *)lp_as_ptr(v) + t->dictoffset);
        if (d)
            while (lp_dict_next(d, &pos, &k, &x)) lp_list_append(out, x);
        lp_list_append(out, lp_from_ptr((void *)t));
    }
}

static lp_value gc_get_referents(lp_value *args, size_t nargs, lp_value kwnames)
{
    if (nkw(kwnames)) lp_raise(&lp_exc_TypeError, "get_referents() takes no keyword arguments");
    lp_value out = lp_list_new(0);
    for (size_t i = 0; i < nargs; i++) referents(out, args[i]);
    return out;
}

/* ==== the module ==== */

static const lp_method_def_t gc_functions[] = {
    {"enable", gc_enable, 0, "Enable automatic garbage collection."},
    {"disable", gc_disable, 0, "Disable automatic garbage collection."},
    {"isenabled", gc_isenabled, 0, "Returns true if automatic garbage collection is enabled."},
    {"collect", gc_collect, 0,
     "Run the garbage collector.\n\nWith no arguments, run a full collection.  The optional "
     "argument\nmay be an integer specifying which generation to collect.  A ValueError\nis "
     "raised if the generation number is invalid.\n\nThe number of unreachable objects is "
     "returned."},
    {"get_count", gc_get_count, 0, "Return a three-tuple of the current collection counts."},
    {"get_threshold", gc_get_threshold, 0, "Return the current collection thresholds."},
    {"set_threshold", gc_set_threshold, 0, "Set the collection thresholds."},
    {"get_stats", gc_get_stats, 0,
     "Return a list of dictionaries containing per-generation statistics."},
    {"get_debug", gc_get_debug, 0, "Get the garbage collection debugging flags."},
    {"set_debug", gc_set_debug, 0, "Set the garbage collection debugging flags."},
    {"is_tracked", gc_is_tracked, 0, "Returns true if the object is tracked by the garbage collector."},
    {"is_finalized", gc_is_finalized, 0,
     "Returns true if the object has been already finalized by the GC."},
    {"freeze", gc_freeze, 0, "Freeze all current tracked objects and ignore them for future collections."},
    {"unfreeze", gc_unfreeze, 0, "Unfreeze all objects in the permanent generation."},
    {"get_freeze_count", gc_get_freeze_count, 0,
     "Return the number of objects in the permanent generation."},
    {"get_objects", gc_get_objects, 0, "Return a list of objects tracked by the collector."},
    {"get_referrers", gc_get_referrers, 0, "Return the list of objects that directly refer to any of objs."},
    {"get_referents", gc_get_referents, 0, "Return the list of objects that are directly referred to by objs."},
    {NULL, NULL, 0, NULL},
};

static const char gc_doc[] =
    "This module provides access to the garbage collector for reference cycles.\n\n"
    "enable() -- Enable automatic garbage collection.\n"
    "disable() -- Disable automatic garbage collection.\n"
    "isenabled() -- Returns true if automatic collection is enabled.\n"
    "collect() -- Do a full collection right now.\n"
    "get_count() -- Return the current collection counts.\n"
    "get_stats() -- Return list of dictionaries containing per-generation stats.\n"
    "set_debug() -- Set debugging flags.\n"
    "get_debug() -- Get debugging flags.\n"
    "set_threshold() -- Set the collection thresholds.\n"
    "get_threshold() -- Return the current the collection thresholds.\n"
    "get_objects() -- Return a list of all objects tracked by the collector.\n"
    "is_tracked() -- Returns true if a given object is tracked.\n"
    "is_finalized() -- Returns true if a given object has been already finalized.\n"
    "get_referrers() -- Return the list of objects that refer to an object.\n"
    "get_referents() -- Return the list of objects that an object refers to.\n"
    "freeze() -- Freeze all tracked objects and ignore them for future collections.\n"
    "unfreeze() -- Unfreeze all objects in the permanent generation.\n"
    "get_freeze_count() -- Return the number of objects in the permanent generation.\n";

lp_value lp_gc_module(void)
{
    if (gc_module) return gc_module;
    lp_value m = lp_module_new(lp_str_from_cstr("gc"));
    lp_module_t *mod = lp_as_ptr(m);
    if (!mod->dict) mod->dict = lp_dict_new();
    gc_dict = mod->dict;
    gc_module = m;
    lp_value modname = lp_str_from_cstr("gc");
    lp_dict_set_cstr(gc_dict, "__name__", modname);
    lp_dict_set_cstr(gc_dict, "__doc__", lp_str_from_cstr(gc_doc));
    for (const lp_method_def_t *d = gc_functions; d->name; d++) {
        lp_value f = lp_builtin_new(d->name, d->fn, LP_NULL);
        ((lp_builtin_t *)lp_as_ptr(f))->module = modname;
        ((lp_builtin_t *)lp_as_ptr(f))->doc = d->doc;
        lp_dict_set_cstr(gc_dict, d->name, f);
    }
    lp_dict_set_cstr(gc_dict, "garbage", lp_list_new(0));
    lp_dict_set_cstr(gc_dict, "callbacks", lp_list_new(0));
    static const struct { const char *name; int v; } consts[] = {
        {"DEBUG_STATS", 1}, {"DEBUG_COLLECTABLE", 2}, {"DEBUG_UNCOLLECTABLE", 4},
        {"DEBUG_SAVEALL", 32}, {"DEBUG_LEAK", 38},
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++)
        lp_dict_set_cstr(gc_dict, consts[i].name, lp_from_int(consts[i].v));
    return m;
}
