/* vm_ops.c -- the slow paths of the eval loop's instructions.
 *
 * Everything an instruction of src/vm.c does beyond a few lines lives
 * here, with CPython 3.11's error messages (Python/ceval.c): names,
 * container building, unpacking, calls with * and **, exceptions, `with`,
 * `yield from`, pattern matching and imports.
 *
 * SPDX-License-Identifier: MIT
 */
#include <string.h>

#include "vm_ops.h"

#include "bytecode.h"
#include "call.h"
#include "error.h"
#include "gc.h"
#include "mod_sys.h"
#include "names.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_func.h"
#include "obj_gen.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_set.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"
#include "types.h"
#include "vm.h"

/* ==== names ==== */

static _Noreturn void name_error(lp_value name)
{
    lp_value exc = lp_exc_format(&lp_exc_NameError, "name '%U' is not defined", name);
    lp_setattr(exc, LP_NAME(name), name);
    lp_raise_value(exc);
}

typedef struct {
    lp_value map, key, result;
} getitem_t;

static void getitem_protected(void *ud)
{
    getitem_t *g = ud;
    g->result = lp_getitem(g->map, g->key);
}

/* map[key], or LP_NULL on a KeyError: for namespaces that are not dicts. */
static lp_value mapping_get(lp_value map, lp_value key)
{
    if (lp_type_of(map) == &lp_type_dict) return lp_dict_get(map, key);
    getitem_t g = {map, key, LP_NULL};
    lp_value exc = lp_pcall(getitem_protected, &g);
    if (!exc) return g.result;
    if (lp_is_instance(exc, &lp_exc_KeyError)) return LP_NULL;
    lp_raise_value(exc);
}

lp_value lp_vmop_load_global(lp_frame_t *f, lp_value name)
{
    lp_value v = lp_dict_get(f->globals, name);
    if (!v) v = mapping_get(f->builtins, name);
    if (!v) name_error(name);
    return v;
}

lp_value lp_vmop_load_name(lp_frame_t *f, lp_value name)
{
    if (!f->locals)
        lp_raise(&lp_exc_SystemError, "no locals when loading %R", name);
    lp_value v = mapping_get(f->locals, name);
    if (v) return v;
    if (f->locals == f->globals) {
        v = mapping_get(f->builtins, name);
        if (!v) name_error(name);
        return v;
    }
    return lp_vmop_load_global(f, name);
}

void lp_vmop_store_name(lp_frame_t *f, lp_value name, lp_value v)
{
    if (!f->locals) lp_raise(&lp_exc_SystemError, "no locals found when storing %R", name);
    if (lp_type_of(f->locals) == &lp_type_dict)
        lp_dict_set(f->locals, name, v);
    else
        lp_setitem(f->locals, name, v);
}

typedef struct {
    lp_value map, key;
} delitem_t;

static void delitem_protected(void *ud)
{
    delitem_t *d = ud;
    lp_delitem(d->map, d->key);
}

void lp_vmop_delete_name(lp_frame_t *f, lp_value name)
{
    if (!f->locals) lp_raise(&lp_exc_SystemError, "no locals when deleting %R", name);
    if (lp_type_of(f->locals) == &lp_type_dict) {
        if (!lp_dict_del(f->locals, name)) name_error(name);
        return;
    }
    delitem_t d = {f->locals, name};
    lp_value exc = lp_pcall(delitem_protected, &d);
    if (exc) {
        if (lp_is_instance(exc, &lp_exc_KeyError)) name_error(name);
        lp_raise_value(exc);
    }
}

void lp_vmop_delete_global(lp_frame_t *f, lp_value name)
{
    if (!lp_dict_del(f->globals, name)) name_error(name);
}

/* The name of cell slot [idx]: co_cellvars then co_freevars. */
static lp_value cell_name(lp_code_t *code, int idx)
{
    if (idx < code->ncellvars) return lp_tuple_get(code->cellvars, idx);
    return lp_tuple_get(code->freevars, idx - code->ncellvars);
}

lp_value lp_vmop_load_classderef(lp_frame_t *f, int idx)
{
    lp_value name = cell_name(f->code, idx);
    if (f->locals) {
        lp_value v = mapping_get(f->locals, name);
        if (v) return v;
    }
    lp_cell_t *cell = lp_as_ptr(f->slots[f->code->nlocals + idx]);
    if (!cell->value) lp_vmop_unbound_deref(f->code, idx);
    return cell->value;
}

_Noreturn void lp_vmop_unbound_local(lp_code_t *code, int idx)
{
    lp_value name = lp_tuple_get(code->varnames, idx);
    lp_value exc = lp_exc_format(&lp_exc_UnboundLocalError,
                                 "cannot access local variable '%U' where it is not associated "
                                 "with a value",
                                 name);
    lp_setattr(exc, LP_NAME(name), name);
    lp_raise_value(exc);
}

_Noreturn void lp_vmop_unbound_deref(lp_code_t *code, int idx)
{
    lp_value name = cell_name(code, idx);
    if (idx < code->ncellvars) {
        lp_value exc = lp_exc_format(&lp_exc_UnboundLocalError,
                                     "cannot access local variable '%U' where it is not "
                                     "associated with a value",
                                     name);
        lp_setattr(exc, LP_NAME(name), name);
        lp_raise_value(exc);
    }
    lp_value exc = lp_exc_format(&lp_exc_NameError,
                                 "cannot access free variable '%U' where it is not associated "
                                 "with a value in enclosing scope",
                                 name);
    lp_setattr(exc, LP_NAME(name), name);
    lp_raise_value(exc);
}

/* ==== building ==== */

lp_value lp_vmop_build_map(lp_value *items, int n)
{
    lp_value d = lp_dict_new();
    for (int i = 0; i < n; i++) lp_dict_set(d, items[2 * i], items[2 * i + 1]);
    return d;
}

lp_value lp_vmop_build_const_key_map(lp_value *values, lp_value keys)
{
    lp_value d = lp_dict_new();
    int64_t n = lp_tuple_len(keys);
    for (int64_t i = 0; i < n; i++) lp_dict_set(d, lp_tuple_get(keys, i), values[i]);
    return d;
}

lp_value lp_vmop_build_string(lp_value *items, int n)
{
    if (n == 1) return items[0];
    return lp_str_concat_array(items, n, LP_NULL);
}

lp_value lp_vmop_build_set(lp_value *items, int n)
{
    lp_value s = lp_set_new(LP_NULL);
    for (int i = 0; i < n; i++) lp_set_add(s, items[i]);
    return s;
}

/* True when [v] can be iterated: an iter slot or __getitem__. */
static bool iterable(lp_value v)
{
    const lp_type_t *t = lp_type_of(v);
    return t->iter || t->getitem;
}

void lp_vmop_list_extend(lp_value list, lp_value it)
{
    if (!iterable(it))
        lp_raise(&lp_exc_TypeError, "Value after * must be an iterable, not %T", it);
    lp_list_extend(list, it);
}

/* True when [v] has a keys() method (CPython's PyMapping_Keys test). */
static bool has_keys(lp_value v)
{
    return lp_dict_check(v) || lp_getattr_opt(v, LP_NAME(keys)) != LP_NULL;
}

/* Calls [fn](key, value) for every item of mapping [m]. */
static void each_item(lp_value m, void (*fn)(void *ud, lp_value k, lp_value v), void *ud)
{
    /* a dict, or a subclass keeping dict's __iter__: its items directly,
     * whatever keys() says (CPython's dict_merge) */
    if (lp_dict_check(m) && lp_type_of(m)->iter == lp_type_dict.iter) {
        int64_t pos = 0;
        lp_value k, v;
        lp_value copy = lp_dict_copy(m);
        while (lp_dict_next(copy, &pos, &k, &v)) fn(ud, k, v);
        return;
    }
    lp_value keys = lp_mapping_keys_iter(m, lp_call_method(m, LP_NAME(keys), NULL, 0));
    lp_value k;
    while ((k = lp_iter_next(keys))) fn(ud, k, lp_getitem(m, k));
}

static void update_one(void *ud, lp_value k, lp_value v)
{
    lp_dict_set(*(lp_value *)ud, k, v);
}

void lp_vmop_dict_update(lp_value dict, lp_value update)
{
    if (!has_keys(update))
        lp_raise(&lp_exc_TypeError, "'%T' object is not a mapping", update);
    each_item(update, update_one, &dict);
}

typedef struct {
    lp_value dict, func;
} merge_t;

static void merge_one(void *ud, lp_value k, lp_value v)
{
    merge_t *m = ud;
    if (!lp_str_check(k))
        lp_raise(&lp_exc_TypeError, "keywords must be strings");
    if (lp_dict_get(m->dict, k))
        lp_raise(&lp_exc_TypeError, "%U got multiple values for keyword argument '%U'",
                 lp_vmop_function_str(m->func), k);
    lp_dict_set(m->dict, k, v);
}

void lp_vmop_dict_merge(lp_value dict, lp_value update, lp_value func)
{
    if (!has_keys(update))
        lp_raise(&lp_exc_TypeError, "%U argument after ** must be a mapping, not %T",
                 lp_vmop_function_str(func), update);
    merge_t m = {dict, func};
    each_item(update, merge_one, &m);
}

lp_value lp_vmop_format_value(lp_value v, int flags, lp_value spec)
{
    switch (flags & 3) {
    case LP_FVC_STR: v = lp_str(v); break;
    case LP_FVC_REPR: v = lp_repr(v); break;
    case LP_FVC_ASCII: v = lp_ascii(v); break;
    default: break;
    }
    if (!spec && lp_is_ptr(v) && lp_as_object(v)->type == &lp_type_str) return v;
    if (!spec && lp_is_int(v)) return lp_str_from_i64(lp_as_int(v)); /* f'{i}': no __format__ */
    return lp_format(v, spec ? spec : lp_str_empty());
}

/* The items of [seq] as an array (*n of them): tuples and lists directly. */
static lp_value *seq_items(lp_value seq, int64_t *n)
{
    const lp_type_t *t = lp_type_of(seq);
    if (t == &lp_type_tuple) {
        *n = lp_tuple_len(seq);
        return lp_as_tuple(seq)->items;
    }
    if (t == &lp_type_list) {
        *n = lp_as_list(seq)->len;
        return lp_as_list(seq)->items;
    }
    return NULL;
}

static lp_value unpack_iter(lp_value seq)
{
    if (!iterable(seq))
        lp_raise(&lp_exc_TypeError, "cannot unpack non-iterable %T object", seq);
    return lp_iter(seq);
}

void lp_vmop_unpack(lp_value seq, int n, lp_value *out)
{
    int64_t len;
    lp_value *items = seq_items(seq, &len);
    if (items && len == n) {
        for (int i = 0; i < n; i++) out[n - 1 - i] = items[i];
        return;
    }
    lp_value it = unpack_iter(seq);
    for (int i = 0; i < n; i++) {
        lp_value v = lp_iter_next(it);
        if (!v)
            lp_raise(&lp_exc_ValueError, "not enough values to unpack (expected %d, got %d)", n,
                     i);
        out[n - 1 - i] = v;
    }
    if (lp_iter_next(it))
        lp_raise(&lp_exc_ValueError, "too many values to unpack (expected %d)", n);
}

void lp_vmop_unpack_ex(lp_value seq, int before, int after, lp_value *out)
{
    int total = before + after + 1;
    lp_value it = unpack_iter(seq);
    for (int i = 0; i < before; i++) {
        lp_value v = lp_iter_next(it);
        if (!v)
            lp_raise(&lp_exc_ValueError,
                     "not enough values to unpack (expected at least %d, got %d)", before + after,
                     i);
        out[total - 1 - i] = v;
    }
    lp_value rest = lp_list_from_iterable(it);
    lp_list_t *l = lp_as_list(rest);
    if (l->len < after)
        lp_raise(&lp_exc_ValueError, "not enough values to unpack (expected at least %d, got %lld)",
                 before + after, (long long)(before + l->len));
    for (int i = 0; i < after; i++) out[after - 1 - i] = l->items[l->len - after + i];
    l->len -= after;
    out[after] = rest;
}

/* ==== functions and calls ==== */

/* Annotations as MAKE_FUNCTION receives them: a dict, or a tuple of
 * (name, value) pairs flattened (CPython 3.10+). */
static lp_value annotations_dict(lp_value ann)
{
    if (lp_dict_check(ann)) return ann;
    lp_value d = lp_dict_new();
    if (lp_tuple_check(ann))
        for (int64_t i = 0; i + 1 < lp_tuple_len(ann); i += 2)
            lp_dict_set(d, lp_tuple_get(ann, i), lp_tuple_get(ann, i + 1));
    return d;
}

lp_value lp_vmop_make_function(lp_frame_t *f, lp_value code, int flags, lp_value *vals)
{
    lp_value fv = lp_function_new(lp_as_ptr(code), f->globals, f->builtins);
    lp_function_t *fn = lp_as_ptr(fv);
    int i = 0;
    if (flags & LP_MKFN_DEFAULTS) fn->defaults = vals[i++];
    if (flags & LP_MKFN_KWDEFAULTS) fn->kwdefaults = vals[i++];
    if (flags & LP_MKFN_ANNOTATIONS) fn->annotations = annotations_dict(vals[i++]);
    if (flags & LP_MKFN_CLOSURE) fn->closure = vals[i++];
    return fv;
}

lp_value lp_vmop_function_str(lp_value func)
{
    lp_value qual = lp_getattr_opt(func, LP_NAME(__qualname__));
    if (!qual || !lp_str_check(qual)) return lp_str_format_c("%T object", func);
    lp_value mod = lp_getattr_opt(func, LP_NAME(__module__));
    if (mod && lp_str_check(mod) && !lp_str_eq_cstr(mod, "builtins"))
        return lp_str_format_c("%U.%U()", mod, qual);
    return lp_str_format_c("%U()", qual);
}

void lp_vmop_call_ex_args(lp_value func, lp_value args, lp_value kwargs, lp_value **argv,
                          size_t *nargs, lp_value *kwnames)
{
    if (lp_type_of(args) != &lp_type_tuple) { /* a subclass may override __iter__ */
        if (!iterable(args))
            lp_raise(&lp_exc_TypeError, "%U argument after * must be an iterable, not %T",
                     lp_vmop_function_str(func), args);
        lp_value l = lp_list_from_iterable(args);
        args = lp_tuple_from_array(lp_as_list(l)->items, lp_as_list(l)->len);
    }
    int64_t n = lp_tuple_len(args), nkw = 0;
    if (kwargs && !lp_dict_check(kwargs)) {
        lp_value d = lp_dict_new();
        lp_vmop_dict_merge(d, kwargs, func);
        kwargs = d;
    }
    if (kwargs) nkw = lp_dict_len(kwargs);
    lp_value *a = lp_alloc((n + nkw + 1) * sizeof *a);
    memcpy(a, lp_as_tuple(args)->items, n * sizeof *a);
    *kwnames = LP_NULL;
    if (nkw) {
        lp_value names = lp_tuple_new(nkw);
        int64_t pos = 0, i = 0;
        lp_value k, v;
        while (lp_dict_next(kwargs, &pos, &k, &v)) {
            if (!lp_str_check(k)) lp_raise(&lp_exc_TypeError, "keywords must be strings");
            lp_as_tuple(names)->items[i] = k;
            a[n + i++] = v;
        }
        *kwnames = names;
    }
    *argv = a;
    *nargs = (size_t)n;
}

lp_value lp_vmop_load_build_class(lp_frame_t *f)
{
    lp_value bc = mapping_get(f->builtins, LP_NAME(__build_class__));
    if (!bc) lp_raise(&lp_exc_NameError, "__build_class__ not found");
    return bc;
}

void lp_vmop_setup_annotations(lp_frame_t *f)
{
    if (!f->locals) lp_raise(&lp_exc_SystemError, "no locals found when setting up annotations");
    if (!mapping_get(f->locals, LP_NAME(__annotations__)))
        lp_vmop_store_name(f, LP_NAME(__annotations__), lp_dict_new());
}

/* ==== exceptions ==== */

static bool is_exc_class(lp_value v)
{
    return lp_is_ptr(v) && lp_type_is_subtype(lp_type_of(v), &lp_type_type) &&
           lp_type_is_subtype(lp_as_ptr(v), &lp_exc_BaseException);
}

lp_value lp_vmop_exc_instance(lp_value v)
{
    if (is_exc_class(v)) {
        lp_value inst = lp_call0(v);
        if (!lp_exc_check(inst))
            lp_raise(&lp_exc_TypeError,
                     "calling %R should have returned an instance of BaseException, not %R", v,
                     lp_from_ptr(lp_type_of(inst)));
        return inst;
    }
    if (!lp_exc_check(v)) lp_raise(&lp_exc_TypeError, "exceptions must derive from BaseException");
    return v;
}

void lp_vmop_set_cause(lp_value exc, lp_value cause)
{
    if (cause == LP_NONE) {
        cause = LP_NULL;
    } else if (is_exc_class(cause)) {
        lp_value cls = cause;
        cause = lp_call0(cls);
        if (!lp_exc_check(cause))
            lp_raise(&lp_exc_TypeError,
                     "calling %R should have returned an instance of BaseException, not %R",
                     cls, lp_from_ptr(lp_type_of(cause)));
    } else if (!lp_exc_check(cause)) {
        lp_raise(&lp_exc_TypeError, "exception causes must derive from BaseException");
    }
    lp_as_exc(exc)->cause = cause;
    lp_as_exc(exc)->suppress_context = true;
}

void lp_vmop_chain(lp_value exc, lp_value handled)
{
    if (!handled || handled == exc || !lp_exc_check(exc) || !lp_exc_check(handled)) return;
    /* cut a cycle that setting the context would close (Floyd's tortoise
     * keeps a pre-existing cycle from looping forever) */
    lp_value o = handled, slow = handled;
    bool step = false;
    for (;;) {
        lp_value c = lp_as_exc(o)->context;
        if (!c) break;
        if (c == exc) {
            lp_as_exc(o)->context = LP_NULL;
            break;
        }
        o = c;
        if (o == slow) break;
        if (step) slow = lp_as_exc(slow)->context;
        step = !step;
    }
    lp_as_exc(exc)->context = handled;
}

bool lp_vmop_exc_match(lp_value exc, lp_value type)
{
    if (lp_tuple_check(type)) {
        for (int64_t i = 0; i < lp_tuple_len(type); i++)
            if (!is_exc_class(lp_tuple_get(type, i)))
                lp_raise(&lp_exc_TypeError,
                         "catching classes that do not inherit from BaseException is not allowed");
        for (int64_t i = 0; i < lp_tuple_len(type); i++)
            if (lp_is_instance(exc, lp_as_ptr(lp_tuple_get(type, i)))) return true;
        return false;
    }
    if (!is_exc_class(type))
        lp_raise(&lp_exc_TypeError,
                 "catching classes that do not inherit from BaseException is not allowed");
    return lp_is_instance(exc, lp_as_ptr(type));
}

/* The special method [name] of [v]'s type bound to v, or LP_NULL. */
static lp_value special_method(lp_value v, lp_value name)
{
    const lp_type_t *t = lp_type_of(v);
    lp_value m = lp_type_lookup(t, name);
    if (!m) return LP_NULL;
    const lp_type_t *mt = lp_type_of(m);
    return mt->descr_get ? mt->descr_get(m, v, lp_from_ptr(t)) : m;
}

lp_value lp_vmop_before_with(lp_value mgr, lp_value *exit)
{
    lp_value enter = special_method(mgr, LP_NAME(__enter__));
    if (!enter)
        lp_raise(&lp_exc_TypeError, "'%T' object does not support the context manager protocol",
                 mgr);
    *exit = special_method(mgr, LP_NAME(__exit__));
    if (!*exit)
        lp_raise(&lp_exc_TypeError,
                 "'%T' object does not support the context manager protocol (missed __exit__ "
                 "method)",
                 mgr);
    return lp_call0(enter);
}

lp_value lp_vmop_with_except_start(lp_value exit, lp_value exc)
{
    lp_value tb = lp_exc_check(exc) ? lp_as_exc(exc)->traceback : LP_NULL;
    lp_value args[3] = {lp_from_ptr(lp_type_of(exc)), exc, tb ? tb : LP_NONE};
    return lp_call(exit, args, 3, LP_NULL);
}

static bool is_group(lp_value v)
{
    return lp_is_instance(v, &lp_exc_BaseExceptionGroup);
}

/* except* T: T must be exception classes, and not exception groups. */
static void check_star_type(lp_value type)
{
    int64_t n = lp_tuple_check(type) ? lp_tuple_len(type) : 1;
    for (int64_t i = 0; i < n; i++) {
        lp_value t = lp_tuple_check(type) ? lp_tuple_get(type, i) : type;
        if (!is_exc_class(t))
            lp_raise(&lp_exc_TypeError,
                     "catching classes that do not inherit from BaseException is not allowed");
        if (lp_type_is_subtype(lp_as_ptr(t), &lp_exc_BaseExceptionGroup))
            lp_raise(&lp_exc_TypeError,
                     "catching ExceptionGroup with except* is not allowed. Use except instead.");
    }
}

/* A new ExceptionGroup("", excs) (excs a tuple or list). */
static lp_value new_group(lp_value excs)
{
    lp_value args[2] = {lp_str_empty(), excs};
    return lp_call(lp_from_ptr(&lp_exc_BaseExceptionGroup), args, 2, LP_NULL);
}

void lp_vmop_check_eg_match(lp_value *sp)
{
    lp_value type = sp[-1], exc = sp[-2], match, rest;
    check_star_type(type);
    if (exc == LP_NONE) {
        match = rest = LP_NONE;
    } else if (lp_vmop_exc_match(exc, type)) {
        if (is_group(exc)) {
            match = exc;
        } else {
            match = new_group(lp_tuple_pack(1, exc));
            lp_as_exc(match)->traceback = lp_as_exc(exc)->traceback;
        }
        rest = LP_NONE;
    } else if (is_group(exc)) {
        lp_value pair = lp_call_method(exc, lp_str_intern_cstr("split"), &type, 1);
        match = lp_tuple_get(pair, 0);
        rest = lp_tuple_get(pair, 1);
    } else {
        match = rest = LP_NONE;
    }
    if (match == LP_NONE) {
        sp[-1] = LP_NONE; /* [exc, None] */
        return;
    }
    sp[-2] = rest;
    sp[-1] = match;
    lp_vm_set_handled_exception(match);
}

/* The ids of the leaf exceptions of [e] (groups are walked) into set [ids]. */
static void collect_leaf_ids(lp_value e, lp_value ids)
{
    if (e == LP_NONE) return;
    if (!is_group(e)) {
        lp_set_add(ids, lp_int_from_u64(lp_value_id(e)));
        return;
    }
    lp_value excs = lp_getattr(e, lp_str_intern_cstr("exceptions"));
    for (int64_t i = 0; i < lp_tuple_len(excs); i++) collect_leaf_ids(lp_tuple_get(excs, i), ids);
}

static lp_value leaf_in_ids(lp_value *args, size_t nargs, lp_value kwnames)
{
    /* args[0]: the id set (bound as self), args[1]: the exception */
    if (is_group(args[1])) return LP_FALSE;
    return lp_bool(lp_set_contains(args[0], lp_int_from_u64(lp_value_id(args[1]))));
}

/* The part of group [eg] whose leaves are leaves of the exceptions in
 * [keep] (CPython's exception_group_projection), or None. */
static lp_value group_projection(lp_value eg, lp_value keep)
{
    lp_value ids = lp_set_new(LP_NULL);
    lp_list_t *k = lp_as_list(keep);
    for (int64_t i = 0; i < k->len; i++) collect_leaf_ids(k->items[i], ids);
    if (lp_set_len(ids) == 0) return LP_NONE;
    lp_value pred = lp_builtin_new("<leaf test>", leaf_in_ids, ids);
    lp_value pair = lp_call_method(eg, lp_str_intern_cstr("split"), &pred, 1);
    return lp_tuple_get(pair, 0);
}

/* True when [a] is [b] re-raised: the same traceback, cause, context and
 * notes (CPython's is_same_exception_metadata). */
static bool same_metadata(lp_value a, lp_value b)
{
    lp_exc_t *x = lp_as_exc(a), *y = lp_as_exc(b);
    lp_value notes = lp_str_intern_cstr("__notes__");
    return x->traceback == y->traceback && x->cause == y->cause && x->context == y->context &&
           lp_getattr_opt(a, notes) == lp_getattr_opt(b, notes);
}

lp_value lp_vmop_prep_reraise_star(lp_value orig, lp_value list)
{
    lp_list_t *l = lp_as_list(list);
    if (l->len == 0) return LP_NONE;
    if (!is_group(orig)) return l->items[0];
    lp_value raised = lp_list_new(0), reraised = lp_list_new(0);
    for (int64_t i = 0; i < l->len; i++) {
        lp_value e = l->items[i];
        if (e == LP_NONE) continue;
        lp_list_append(same_metadata(e, orig) ? reraised : raised, e);
    }
    lp_value re = group_projection(orig, reraised);
    lp_list_t *r = lp_as_list(raised);
    if (r->len == 0) return re;
    if (re != LP_NONE) lp_list_append(raised, re);
    if (r->len == 1) return r->items[0];
    return new_group(raised);
}

/* ==== generators ==== */

typedef struct {
    lp_value iter, v, result;
} send_t;

static void send_protected(void *ud)
{
    send_t *s = ud;
    if (s->v == LP_NONE) {
        /* a class's __next__ is called as a method, so that the value of
         * the StopIteration it raises reaches `yield from` */
        if (lp_type_of(s->iter)->flags & LP_TPF_HEAPTYPE)
            s->result = lp_call_method(s->iter, LP_NAME(__next__), NULL, 0);
        else
            s->result = lp_iter_next(s->iter);
    } else {
        s->result = lp_call_method(s->iter, LP_NAME(send), &s->v, 1);
    }
}

lp_value lp_vmop_send(lp_value iter, lp_value v, lp_value *ret)
{
    if (lp_gen_check(iter)) {
        lp_value r = lp_gen_send_ex(iter, v, ret);
        return r;
    }
    send_t s = {iter, v, LP_NULL};
    lp_value exc = lp_pcall(send_protected, &s);
    if (exc) {
        if (!lp_is_instance(exc, &lp_exc_StopIteration)) lp_raise_value(exc);
        *ret = lp_exc_stop_value(exc);
        return LP_NULL;
    }
    if (!s.result) *ret = LP_NONE;
    return s.result;
}

lp_value lp_vmop_get_yield_from_iter(lp_value v)
{
    if (lp_gen_check(v)) {
        if (lp_type_of(v) == &lp_type_coroutine)
            lp_raise(&lp_exc_TypeError,
                     "cannot 'yield from' a coroutine object in a non-coroutine generator");
        return v;
    }
    return lp_iter(v);
}

lp_value lp_vmop_get_awaitable(lp_value v, int where)
{
    if (lp_type_of(v) == &lp_type_coroutine) return v;
    lp_value await = special_method(v, lp_str_intern_cstr("__await__"));
    if (!await) {
        if (where == 1)
            lp_raise(&lp_exc_TypeError,
                     "'async with' received an object from __aenter__ that does not implement "
                     "__await__: %T",
                     v);
        if (where == 2)
            lp_raise(&lp_exc_TypeError,
                     "'async with' received an object from __aexit__ that does not implement "
                     "__await__: %T",
                     v);
        lp_raise(&lp_exc_TypeError, "object %T can't be used in 'await' expression", v);
    }
    lp_value it = lp_call0(await);
    if (lp_type_of(it) == &lp_type_coroutine || !lp_type_of(it)->next)
        lp_raise(&lp_exc_TypeError, "__await__() returned non-iterator of type '%T'", it);
    return it;
}

lp_value lp_vmop_get_aiter(lp_value v)
{
    lp_value m = special_method(v, lp_str_intern_cstr("__aiter__"));
    if (!m)
        lp_raise(&lp_exc_TypeError, "'async for' requires an object with __aiter__ method, got %T",
                 v);
    lp_value it = lp_call0(m);
    if (!lp_type_lookup(lp_type_of(it), lp_str_intern_cstr("__anext__")))
        lp_raise(&lp_exc_TypeError,
                 "'async for' received an object from __aiter__ that does not implement "
                 "__anext__: %T",
                 it);
    return it;
}

lp_value lp_vmop_get_anext(lp_value aiter)
{
    lp_value m = special_method(aiter, lp_str_intern_cstr("__anext__"));
    if (!m)
        lp_raise(&lp_exc_TypeError,
                 "'async for' requires an iterator with __anext__ method, got %T", aiter);
    lp_value aw = lp_call0(m);
    if (lp_type_of(aw) == &lp_type_coroutine) return aw;
    if (!lp_type_lookup(lp_type_of(aw), lp_str_intern_cstr("__await__")))
        lp_raise(&lp_exc_TypeError, "'async for' received an invalid object from __anext__: %T",
                 aw);
    return lp_vmop_get_awaitable(aw, 0);
}

lp_value lp_vmop_before_async_with(lp_value mgr, lp_value *exit)
{
    lp_value enter = special_method(mgr, lp_str_intern_cstr("__aenter__"));
    if (!enter)
        lp_raise(&lp_exc_TypeError,
                 "'%T' object does not support the asynchronous context manager protocol", mgr);
    *exit = special_method(mgr, lp_str_intern_cstr("__aexit__"));
    if (!*exit)
        lp_raise(&lp_exc_TypeError,
                 "'%T' object does not support the asynchronous context manager protocol "
                 "(missed __aexit__ method)",
                 mgr);
    return lp_call0(enter);
}

/* ==== pattern matching ==== */

bool lp_vmop_match_mapping(lp_value v)
{
    return lp_dict_check(v);
}

bool lp_vmop_match_sequence(lp_value v)
{
    const lp_type_t *t = lp_type_of(v);
    return lp_list_check(v) || lp_tuple_check(v) || lp_type_is_subtype(t, &lp_type_range);
}

lp_value lp_vmop_match_keys(lp_value subject, lp_value keys)
{
    int64_t n = lp_tuple_len(keys);
    if (n == 0) return lp_tuple_new(0);
    lp_value seen = lp_set_new(LP_NULL);
    lp_value vals = lp_tuple_new(n);
    lp_value get = lp_getattr(subject, lp_str_intern_cstr("get"));
    lp_value dummy = lp_from_ptr(lp_alloc(sizeof(lp_object_t)));
    ((lp_object_t *)lp_as_ptr(dummy))->type = &lp_type_object;
    for (int64_t i = 0; i < n; i++) {
        lp_value k = lp_tuple_get(keys, i);
        if (lp_set_contains(seen, k))
            lp_raise(&lp_exc_ValueError, "mapping pattern checks duplicate key (%R)", k);
        lp_set_add(seen, k);
        lp_value v = lp_call2(get, k, dummy);
        if (v == dummy) return LP_NONE;
        lp_as_tuple(vals)->items[i] = v;
    }
    return vals;
}

/* getattr(subject, name), or LP_NULL when missing. */
static lp_value match_attr(lp_value subject, lp_value name, lp_value seen)
{
    if (lp_set_contains(seen, name))
        lp_raise(&lp_exc_TypeError, "%T() got multiple sub-patterns for attribute %R", subject,
                 name);
    lp_set_add(seen, name);
    return lp_getattr_opt(subject, name);
}

/* Types whose single positional sub-pattern matches the subject itself. */
static bool matches_self(lp_type_t *t)
{
    static lp_type_t *const self_types[] = {
        &lp_type_bool, &lp_type_bytearray, &lp_type_bytes, &lp_type_dict, &lp_type_float,
        &lp_type_frozenset, &lp_type_int, &lp_type_list, &lp_type_set, &lp_type_str,
        &lp_type_tuple,
    };
    for (size_t i = 0; i < sizeof self_types / sizeof *self_types; i++)
        if (lp_type_is_subtype(t, self_types[i])) return true;
    return false;
}

lp_value lp_vmop_match_class(lp_value subject, lp_value cls, int nargs, lp_value names)
{
    if (!lp_is_ptr(cls) || !lp_type_is_subtype(lp_type_of(cls), &lp_type_type))
        lp_raise(&lp_exc_TypeError, "called match pattern must be a type");
    lp_type_t *t = lp_as_ptr(cls);
    if (!lp_is_instance(subject, t)) return LP_NONE;
    int64_t nkw = lp_tuple_len(names);
    lp_value out = lp_tuple_new(nargs + nkw);
    lp_value seen = lp_set_new(LP_NULL);
    int64_t k = 0;
    if (nargs) {
        lp_value ma = lp_getattr_opt(cls, LP_NAME(__match_args__));
        if (!ma) {
            if (!matches_self(t) || nargs > 1)
                lp_raise(&lp_exc_TypeError, "%s() accepts %d positional sub-pattern%s (%d given)",
                         t->name, matches_self(t) ? 1 : 0, matches_self(t) ? "" : "s", nargs);
            lp_as_tuple(out)->items[k++] = subject;
        } else {
            if (!lp_tuple_check(ma))
                lp_raise(&lp_exc_TypeError, "%s.__match_args__ must be a tuple (got %T)", t->name,
                         ma);
            if (lp_tuple_len(ma) < nargs)
                lp_raise(&lp_exc_TypeError, "%s() accepts %lld positional sub-pattern%s (%d given)",
                         t->name, (long long)lp_tuple_len(ma), lp_tuple_len(ma) == 1 ? "" : "s",
                         nargs);
            for (int i = 0; i < nargs; i++) {
                lp_value name = lp_tuple_get(ma, i);
                if (!lp_str_check(name))
                    lp_raise(&lp_exc_TypeError, "__match_args__ elements must be strings (got %T)",
                             name);
                lp_value v = match_attr(subject, name, seen);
                if (!v) return LP_NONE;
                lp_as_tuple(out)->items[k++] = v;
            }
        }
    }
    for (int64_t i = 0; i < nkw; i++) {
        lp_value v = match_attr(subject, lp_tuple_get(names, i), seen);
        if (!v) return LP_NONE;
        lp_as_tuple(out)->items[k++] = v;
    }
    return out;
}

/* ==== modules ==== */

lp_value lp_vmop_import_name(lp_frame_t *f, lp_value name, lp_value fromlist, lp_value level)
{
    lp_value imp = mapping_get(f->builtins, LP_NAME(__import__));
    if (!imp) lp_raise(&lp_exc_ImportError, "__import__ not found");
    lp_value args[5] = {name, f->globals, f->locals ? f->locals : LP_NONE, fromlist, level};
    return lp_call(imp, args, 5, LP_NULL);
}

/* ImportError(msg, name=[modname], path=[path]) ([path] may be LP_NULL). */
static _Noreturn void import_from_error(lp_value msg, lp_value modname, lp_value path)
{
    lp_value e = lp_exc_new(&lp_exc_ImportError, &msg, 1);
    if (modname) lp_setattr(e, LP_NAME(name), modname);
    if (path) lp_setattr(e, LP_NAME(path), path);
    lp_raise_value(e);
}

/* Is [module]'s __spec__ still running its code (a circular import)? */
static bool module_initializing(lp_value module)
{
    lp_value spec = lp_getattr_opt(module, LP_NAME(__spec__));
    if (!spec || spec == LP_NONE) return false;
    lp_value v = lp_getattr_opt(spec, lp_str_intern_cstr("_initializing"));
    return v && lp_truth(v);
}

lp_value lp_vmop_import_from(lp_value module, lp_value name)
{
    lp_value v = lp_getattr_opt(module, name);
    if (v) return v;
    /* a submodule in sys.modules but not yet an attribute of its package */
    lp_value modname = lp_getattr_opt(module, LP_NAME(__name__));
    if (modname && !lp_str_check(modname)) modname = LP_NULL;
    if (modname) {
        lp_value sub = lp_dict_get(lp_sys_modules(), lp_str_format_c("%U.%U", modname, name));
        if (sub) return sub;
    }
    lp_value shown = modname ? modname : lp_str_from_cstr("<unknown module name>");
    lp_value file = LP_NULL;
    if (lp_is_instance(module, &lp_type_module))
        file = lp_dict_get(((lp_module_t *)lp_as_ptr(module))->dict, LP_NAME(__file__));
    if (!file || !lp_str_check(file))
        import_from_error(lp_str_format_c("cannot import name %R from %R (unknown location)", name,
                                          shown),
                          modname, LP_NULL);
    if (module_initializing(module))
        import_from_error(lp_str_format_c("cannot import name %R from partially initialized module "
                                          "%R (most likely due to a circular import) (%U)",
                                          name, shown, file),
                          modname, file);
    import_from_error(lp_str_format_c("cannot import name %R from %R (%U)", name, shown, file),
                      modname, file);
}

void lp_vmop_import_star(lp_frame_t *f, lp_value module)
{
    if (!f->locals) lp_raise(&lp_exc_SystemError, "no locals found during 'import *'");
    lp_value all = lp_getattr_opt(module, LP_NAME(__all__));
    lp_value names;
    bool skip_private = false;
    if (all) {
        names = all;
    } else {
        lp_value d = lp_getattr_opt(module, LP_NAME(__dict__));
        if (!d)
            lp_raise(&lp_exc_ImportError,
                     "from-import-* object has no __dict__ and no __all__");
        names = lp_call_method(d, LP_NAME(keys), NULL, 0);
        skip_private = true;
    }
    lp_value it = lp_iter(names), name;
    while ((name = lp_iter_next(it))) {
        if (!lp_str_check(name))
            lp_raise(&lp_exc_TypeError, "%s in %U.%s must be str, not %T",
                     all ? "Item" : "Key", lp_getattr(module, LP_NAME(__name__)),
                     all ? "__all__" : "__dict__", name);
        if (skip_private && lp_str_len(name) > 0 && lp_str_at(lp_as_str(name), 0) == '_')
            continue;
        lp_vmop_store_name(f, name, lp_getattr(module, name));
    }
}

void lp_vmop_print_expr(lp_frame_t *f, lp_value v)
{
    if (v == LP_NONE) return;
    lp_dict_set(f->builtins, lp_str_intern_cstr("_"), LP_NONE);
    lp_value print = mapping_get(f->builtins, lp_str_intern_cstr("print"));
    if (print) lp_call1(print, lp_repr(v));
    lp_dict_set(f->builtins, lp_str_intern_cstr("_"), v);
}
