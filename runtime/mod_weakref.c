/* mod_weakref.c -- the _weakref module: weak references (weakref.ref).
 *
 * A ref keeps its referent hidden from the collector in a slot that the
 * collector clears when the referent becomes unreachable (runtime/gc.h
 * lp_gc_short_weak_set: a disappearing link).  A callback is run by the
 * finalizer dispatcher of the referent (runtime/finalize.c), at a safe
 * point after the collection that found it unreachable; the ref objects
 * with callbacks are kept alive until then (CPython drops the callback of a
 * ref that dies first).  The referent must be a class instance, function,
 * type, set, frozenset, generator or bound method, as CPython's
 * weak-referenceable types.  There are no proxies.  The Python side
 * (WeakValueDictionary, WeakKeyDictionary, WeakSet, finalize) is
 * runtime/lib/weakref.py.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>

#include "error.h"
#include "finalize.h"
#include "gc.h"
#include "modules.h"
#include "obj_dict.h"
#include "obj_func.h"
#include "obj_gen.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"
#include "types.h"

typedef struct {
    lp_object_t head;
    uintptr_t referent; /* hidden; 0 once the referent is gone */
    lp_value callback;  /* or LP_NULL */
    int64_t hash;       /* -1 until computed */
} weakref_t;

lp_type_t lp_type_weakref;

/* ~id(referent) -> list of the refs with callbacks to it. */
static lp_value callbacks;

typedef struct {
    lp_value fn, arg;
} cb_call_t;

static void call_callback(void *ud)
{
    cb_call_t *c = ud;
    lp_call(c->fn, &c->arg, 1, LP_NULL);
}

/* The key of [addr] in `callbacks`: the address inverted, since an int
 * equal to it (its hash too) would look like a pointer to the collector
 * and keep the referent alive. */
static lp_value addr_key(const void *addr)
{
    return lp_int_from_i64((int64_t)~(uintptr_t)addr);
}

static lp_value weak_target(const weakref_t *w)
{
    void *p = lp_gc_short_weak_get(&w->referent);
    return p ? lp_from_ptr(p) : LP_NULL;
}

/* CPython's weak-referenceable objects. */
static bool referenceable(lp_value v)
{
    if (!lp_is_ptr(v)) return false;
    const lp_type_t *t = lp_type_of(v);
    if (t->flags & LP_TPF_HEAPTYPE) return true;
    return t == &lp_type_function || t == &lp_type_type || t == &lp_type_set ||
           t == &lp_type_frozenset || t == &lp_type_generator || t == &lp_type_method ||
           t == &lp_type_code || t == &lp_type_property || t == &lp_type_weakref ||
           t == &lp_type_module || (t->flags & LP_TPF_EXC_SUBCLASS) || lp_is_instance(v, &lp_type_type);
}

bool lp_weakref_has_callbacks(void *addr);
bool lp_weakref_has_callbacks(void *addr)
{
    return callbacks && lp_dict_get(callbacks, addr_key(addr));
}

/* The dispatcher's part (finalize.c): calls the callbacks of the refs to
 * the object at [addr], which has just become unreachable. */
void lp_weakref_run_callbacks(void *addr);
void lp_weakref_run_callbacks(void *addr)
{
    if (!callbacks) return;
    lp_value key = addr_key(addr);
    lp_value refs = lp_dict_get(callbacks, key);
    if (!refs) return;
    lp_dict_del(callbacks, key);
    lp_list_t *l = lp_as_list(refs);
    for (int64_t i = l->len; --i >= 0;) { /* newest first, as CPython */
        weakref_t *w = lp_as_ptr(l->items[i]);
        lp_value cb = w->callback;
        w->callback = LP_NULL;
        if (!cb) continue;
        cb_call_t c = {cb, l->items[i]};
        lp_value err = lp_pcall(call_callback, &c);
        if (err) lp_write_unraisable(err, cb);
    }
}

static lp_value weakref_new(lp_type_t *type, lp_value *args, size_t nargs, lp_value kwnames)
{
    (void)type;
    if (kwnames && lp_tuple_len(kwnames))
        lp_raise(&lp_exc_TypeError, "ref() takes no keyword arguments");
    if (nargs < 1 || nargs > 2)
        lp_raise(&lp_exc_TypeError, "__new__ expected at most 2 arguments, got %zu", nargs);
    lp_value obj = args[0];
    if (!referenceable(obj))
        lp_raise(&lp_exc_TypeError, "cannot create weak reference to '%s' object",
                 lp_type_of(obj)->name);
    lp_value cb = nargs == 2 && args[1] != LP_NONE ? args[1] : LP_NULL;
    weakref_t *w = lp_alloc(sizeof *w);
    w->head.type = &lp_type_weakref;
    w->hash = -1;
    w->callback = cb;
    lp_gc_short_weak_set(&w->referent, lp_as_ptr(obj));
    if (cb) {
        if (!callbacks) callbacks = lp_dict_new();
        lp_value key = addr_key(lp_as_ptr(obj));
        lp_value refs = lp_dict_get(callbacks, key);
        if (!refs) {
            refs = lp_list_new(0);
            lp_dict_set(callbacks, key, refs);
        }
        lp_list_append(refs, lp_from_ptr(w));
        lp_finalize_track_weak(obj);
    }
    return lp_from_ptr(w);
}

static lp_value weakref_call(lp_value self, lp_value *args, size_t nargs, lp_value kwnames)
{
    (void)args;
    if (kwnames && lp_tuple_len(kwnames))
        lp_raise(&lp_exc_TypeError, "weakref() takes no keyword arguments");
    if (nargs) lp_raise(&lp_exc_TypeError, "weakref() takes exactly 0 arguments (%zu given)", nargs);
    lp_value v = weak_target(lp_as_ptr(self));
    return v ? v : LP_NONE;
}

static lp_value weakref_repr(lp_value self)
{
    weakref_t *w = lp_as_ptr(self);
    lp_value v = weak_target(w);
    char buf[200];
    if (!v) {
        snprintf(buf, sizeof buf, "<weakref at %p; dead>", (void *)w);
        return lp_str_from_cstr(buf);
    }
    snprintf(buf, sizeof buf, "<weakref at %p; to '", (void *)w);
    char tail[64];
    snprintf(tail, sizeof tail, "' at %p>", lp_as_ptr(v));
    return lp_str_format_c("%s%s%s", buf, lp_type_of(v)->name, tail);
}

static int64_t weakref_hash(lp_value self)
{
    weakref_t *w = lp_as_ptr(self);
    if (w->hash != -1) return w->hash;
    lp_value v = weak_target(w);
    if (!v) lp_raise(&lp_exc_TypeError, "weak object has gone away");
    w->hash = lp_hash(v);
    return w->hash;
}

static lp_value weakref_compare(lp_value self, lp_value other, lp_cmpop_t op)
{
    if ((op != LP_EQ && op != LP_NE) || !lp_is_ptr(other) || lp_type_of(other) != &lp_type_weakref)
        return LP_NOTIMPLEMENTED;
    lp_value a = weak_target(lp_as_ptr(self)), b = weak_target(lp_as_ptr(other));
    if (!a || !b) {
        bool same = self == other;
        return lp_bool(op == LP_EQ ? same : !same);
    }
    return lp_compare(a, b, op);
}

static lp_value weakref_get_callback(lp_value self)
{
    lp_value cb = ((weakref_t *)lp_as_ptr(self))->callback;
    return cb ? cb : LP_NONE;
}

static const lp_getset_def_t weakref_getsets[] = {
    {"__callback__", weakref_get_callback, NULL, NULL},
    {NULL},
};

lp_type_t lp_type_weakref = {
    .name = "ReferenceType",
    .base = &lp_type_object,
    .size = sizeof(weakref_t),
    .new = weakref_new,
    .call = weakref_call,
    .repr = weakref_repr,
    .hash = weakref_hash,
    .compare = weakref_compare,
    .getsets = weakref_getsets,
};

/* ==== module functions ==== */

/* getweakrefcount(obj): counts only the refs with a callback (the others
 * are not tracked). */
static lp_value wr_getweakrefcount(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("getweakrefcount", nargs, kwnames, 1, 1);
    if (!callbacks || !lp_is_ptr(args[0])) return lp_from_int(0);
    lp_value refs = lp_dict_get(callbacks, addr_key(lp_as_ptr(args[0])));
    return lp_from_int(refs ? lp_as_list(refs)->len : 0);
}

static lp_value weakref_module, weakref_dict;

lp_value lp_weakref_module(void)
{
    if (weakref_module) return weakref_module;
    lp_value m = lp_module_new(lp_str_from_cstr("_weakref"));
    lp_module_t *mod = lp_as_ptr(m);
    if (!mod->dict) mod->dict = lp_dict_new();
    weakref_dict = mod->dict;
    weakref_module = m;
    lp_value modname = lp_str_from_cstr("_weakref");
    lp_dict_set_cstr(weakref_dict, "__name__", modname);
    lp_dict_set_cstr(weakref_dict, "__doc__", lp_str_from_cstr("Weak-reference support module."));
    if (!(lp_type_weakref.flags & LP_TPF_READY)) {
        lp_type_weakref.module = lp_str_from_cstr("weakref");
        lp_type_ready(&lp_type_weakref);
    }
    lp_dict_set_cstr(weakref_dict, "ref", lp_from_ptr(&lp_type_weakref));
    lp_dict_set_cstr(weakref_dict, "ReferenceType", lp_from_ptr(&lp_type_weakref));
    lp_value f = lp_builtin_new("getweakrefcount", wr_getweakrefcount, LP_NULL);
    ((lp_builtin_t *)lp_as_ptr(f))->module = modname;
    lp_dict_set_cstr(weakref_dict, "getweakrefcount", f);
    return m;
}
