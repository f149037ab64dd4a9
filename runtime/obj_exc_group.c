/* obj_exc_group.c -- BaseExceptionGroup and ExceptionGroup (PEP 654).
 *
 * BaseExceptionGroup(msg, excs) checks its arguments and picks its class as
 * CPython 3.11 does: a BaseExceptionGroup of Exceptions only is an
 * ExceptionGroup, an ExceptionGroup refuses BaseExceptions.  split() and
 * subgroup() walk the nested groups, rebuilding each partial group with
 * derive() and copying __traceback__, __cause__, __context__ and __notes__.
 *
 * ExceptionGroup derives from both BaseExceptionGroup and Exception;
 * lp_exc_types_init gives it that MRO.
 *
 * SPDX-License-Identifier: MIT
 */
#include <string.h>

#include "error.h"
#include "obj_genericalias.h"
#include "mod_builtins.h"
#include "names.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_exc_internal.h"
#include "obj_func.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "ops.h"
#include "types.h"

static lp_exc_group_t *as_group(lp_value v)
{
    return (lp_exc_group_t *)lp_exc_fixed(v);
}

/* The exceptions of group [v] (a tuple), or LP_NULL when it was never
 * initialised (made by object.__new__). */
static lp_value group_excs(lp_value v)
{
    lp_value t = as_group(v)->excs;
    return lp_tuple_check(t) ? t : LP_NULL;
}

/* PySequence_Check: anything with __getitem__ that is not a dict. */
static bool is_sequence(lp_value v)
{
    const lp_type_t *t = lp_type_of(v);
    return t->getitem && !lp_is_instance(v, &lp_type_dict);
}

static lp_value group_new(lp_type_t *type, lp_value *args, size_t nargs, lp_value kwnames)
{
    if (kwnames && lp_tuple_len(kwnames))
        lp_raise(&lp_exc_TypeError, "BaseExceptionGroup.__new__() takes no keyword arguments");
    if (nargs != 2)
        lp_raise(&lp_exc_TypeError,
                 "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)", nargs);
    if (!lp_str_check(args[0]))
        lp_raise(&lp_exc_TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                 lp_arg_type_name(args[0]));
    if (!is_sequence(args[1]))
        lp_raise(&lp_exc_TypeError, "second argument (exceptions) must be a sequence");
    lp_value l = lp_list_from_iterable(args[1]);
    int64_t n = lp_as_list(l)->len;
    if (n == 0)
        lp_raise(&lp_exc_ValueError, "second argument (exceptions) must be a non-empty sequence");
    bool nested_base = false;
    for (int64_t i = 0; i < n; i++) {
        lp_value x = lp_as_list(l)->items[i];
        if (!lp_exc_check(x))
            lp_raise(&lp_exc_ValueError,
                     "Item %lld of second argument (exceptions) is not an exception", (long long)i);
        if (!lp_is_instance(x, &lp_exc_Exception)) nested_base = true;
    }
    if (type == &lp_exc_BaseExceptionGroup) {
        if (!nested_base) type = &lp_exc_ExceptionGroup;
    } else if (type == &lp_exc_ExceptionGroup) {
        if (nested_base)
            lp_raise(&lp_exc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
    } else if (nested_base && lp_type_is_subtype(type, &lp_exc_Exception)) {
        lp_raise(&lp_exc_TypeError, "Cannot nest BaseExceptions in '%s'", type->name);
    }
    lp_value self = lp_exc_alloc(type, lp_tuple_from_array(args, 2));
    as_group(self)->msg = args[0];
    as_group(self)->excs = lp_tuple_from_array(lp_as_list(l)->items, n);
    return self;
}

static void group_init(lp_value self, lp_value *args, size_t nargs, lp_value kwnames)
{
    if (kwnames && lp_tuple_len(kwnames))
        lp_raise(&lp_exc_TypeError, "%T() takes no keyword arguments", self);
    lp_as_exc(self)->args = lp_tuple_from_array(args, (int64_t)nargs);
}

static lp_value group_str(lp_value self)
{
    if (!group_excs(self)) return lp_exc_base_str(self);
    int64_t n = lp_tuple_len(group_excs(self));
    return lp_str_format_c("%S (%lld sub-exception%s)", as_group(self)->msg, (long long)n,
                           n > 1 ? "s" : "");
}

static lp_value group_get_message(lp_value self)
{
    return as_group(self)->msg;
}

static lp_value group_get_exceptions(lp_value self)
{
    return as_group(self)->excs;
}

/* ==== matching and splitting ==== */

typedef enum { MATCH_TYPE, MATCH_PREDICATE } match_kind_t;

static bool is_exc_class(lp_value v)
{
    return lp_is_instance(v, &lp_type_type) &&
           lp_type_is_subtype((const lp_type_t *)lp_as_ptr(v), &lp_exc_BaseException);
}

/* Checks split()'s argument: an exception class, a tuple of them, or a
 * callable. */
static match_kind_t match_kind(lp_value cond)
{
    if (is_exc_class(cond)) return MATCH_TYPE;
    if (lp_tuple_check(cond)) {
        bool ok = true;
        for (int64_t i = 0; i < lp_tuple_len(cond); i++)
            ok = ok && is_exc_class(lp_tuple_get(cond, i));
        if (ok) return MATCH_TYPE;
    } else if (lp_callable(cond)) {
        return MATCH_PREDICATE;
    }
    lp_raise(&lp_exc_TypeError, "expected a function, exception type or tuple of exception types");
}

static bool matches(lp_value exc, lp_value cond, match_kind_t kind)
{
    if (kind == MATCH_PREDICATE) return lp_truth(lp_call1(cond, exc));
    if (!lp_tuple_check(cond)) return lp_is_instance(exc, (const lp_type_t *)lp_as_ptr(cond));
    for (int64_t i = 0; i < lp_tuple_len(cond); i++)
        if (lp_is_instance(exc, (const lp_type_t *)lp_as_ptr(lp_tuple_get(cond, i)))) return true;
    return false;
}

/* self.derive(excs), with the metadata of [self] copied over. */
static lp_value derive_copy(lp_value self, lp_value excs)
{
    lp_value g = lp_call_method(self, lp_str_intern_cstr("derive"), &excs, 1);
    if (!lp_is_instance(g, &lp_exc_BaseExceptionGroup))
        lp_raise(&lp_exc_TypeError, "derive must return an instance of BaseExceptionGroup");
    lp_exc_t *from = lp_as_exc(self), *to = lp_as_exc(g);
    to->traceback = from->traceback;
    to->cause = from->cause;
    to->context = from->context;
    lp_value notes = from->dict ? lp_dict_get_cstr(from->dict, "__notes__") : LP_NULL;
    if (notes && is_sequence(notes))
        lp_setattr(g, lp_str_intern_cstr("__notes__"), lp_list_from_iterable(notes));
    return g;
}

/* Splits [exc] into the part matching [cond] (*match) and the rest
 * (*rest); either may come back LP_NULL. */
static void split_rec(lp_value exc, lp_value cond, match_kind_t kind, bool want_rest,
                      lp_value *match, lp_value *rest)
{
    *match = *rest = LP_NULL;
    if (matches(exc, cond, kind)) {
        *match = exc;
        return;
    }
    lp_value excs = lp_is_instance(exc, &lp_exc_BaseExceptionGroup) ? group_excs(exc) : LP_NULL;
    if (!excs) {
        if (want_rest) *rest = exc;
        return;
    }
    lp_value ml = lp_list_new(0), rl = lp_list_new(0);
    for (int64_t i = 0; i < lp_tuple_len(excs); i++) {
        lp_value m, r;
        split_rec(lp_tuple_get(excs, i), cond, kind, want_rest, &m, &r);
        if (m) lp_list_append(ml, m);
        if (r) lp_list_append(rl, r);
    }
    if (lp_as_list(ml)->len) *match = derive_copy(exc, ml);
    if (want_rest && lp_as_list(rl)->len) *rest = derive_copy(exc, rl);
}

/* split(x) / subgroup(x): CPython unpacks them with the method's name. */
static void group_one_arg(const char *name, size_t nargs, lp_value kwnames)
{
    if (kwnames && lp_tuple_len(kwnames))
        lp_raise(&lp_exc_TypeError, "BaseExceptionGroup.%s() takes no keyword arguments", name);
    if (nargs != 2) lp_raise(&lp_exc_TypeError, "%s expected 1 argument, got %zu", name, nargs - 1);
}

static lp_value group_split(lp_value *args, size_t nargs, lp_value kwnames)
{
    group_one_arg("split", nargs, kwnames);
    lp_value m, r;
    split_rec(args[0], args[1], match_kind(args[1]), true, &m, &r);
    return lp_tuple_pack(2, m ? m : LP_NONE, r ? r : LP_NONE);
}

static lp_value group_subgroup(lp_value *args, size_t nargs, lp_value kwnames)
{
    group_one_arg("subgroup", nargs, kwnames);
    lp_value m, r;
    split_rec(args[0], args[1], match_kind(args[1]), false, &m, &r);
    return m ? m : LP_NONE;
}

static lp_value group_derive(lp_value *args, size_t nargs, lp_value kwnames)
{
    if (kwnames && lp_tuple_len(kwnames))
        lp_raise(&lp_exc_TypeError, "BaseExceptionGroup.derive() takes no keyword arguments");
    if (nargs != 2)
        lp_raise(&lp_exc_TypeError, "function takes exactly 1 argument (%zu given)", nargs - 1);
    lp_value a[2] = {as_group(args[0])->msg, args[1]};
    return lp_call(lp_from_ptr(&lp_exc_BaseExceptionGroup), a, 2, LP_NULL);
}

static const lp_method_def_t group_methods[] = {
    {"derive", group_derive, 0, NULL},
    {"split", group_split, 0, NULL},
    {"subgroup", group_subgroup, 0, NULL},
    {"__class_getitem__", lp_class_getitem, LP_METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

static const lp_getset_def_t group_getsets[] = {
    {"message", group_get_message, NULL, "exception message"},
    {"exceptions", group_get_exceptions, NULL, "nested exceptions"},
    {NULL, NULL, NULL, NULL},
};

void lp_exc_install_group(void)
{
    lp_type_t *t = &lp_exc_BaseExceptionGroup;
    t->size = sizeof(lp_exc_group_t);
    t->new = group_new;
    t->init = group_init;
    t->str = group_str;
    t->methods = group_methods;
    t->getsets = group_getsets;
}

void lp_exc_types_init(void)
{
    lp_type_t *t = &lp_exc_ExceptionGroup;
    if (t->bases && lp_tuple_len(t->bases) == 2) return;
    lp_type_ready(&lp_exc_BaseExceptionGroup);
    lp_type_ready(&lp_exc_Exception);
    lp_value bases =
        lp_tuple_pack(2, lp_from_ptr(&lp_exc_BaseExceptionGroup), lp_from_ptr(&lp_exc_Exception));
    t->bases = bases;
    t->mro = lp_type_c3_mro(t, bases);
}

/* ==== except* (the VM's helpers) ==== */

void lp_exc_group_match(lp_value exc, lp_value type, lp_value *match, lp_value *rest)
{
    *match = *rest = LP_NONE;
    if (!exc || exc == LP_NONE) return;
    if (matches(exc, type, MATCH_TYPE)) {
        if (lp_is_instance(exc, &lp_exc_BaseExceptionGroup)) {
            *match = exc;
        } else { /* a naked exception is wrapped */
            lp_value args[2] = {lp_str_empty(), lp_tuple_pack(1, exc)};
            *match = lp_call(lp_from_ptr(&lp_exc_BaseExceptionGroup), args, 2, LP_NULL);
        }
        return;
    }
    if (lp_is_instance(exc, &lp_exc_BaseExceptionGroup) && group_excs(exc)) {
        lp_value pair = lp_call_method(exc, lp_str_intern_cstr("split"), &type, 1);
        *match = lp_tuple_get(pair, 0);
        *rest = lp_tuple_get(pair, 1);
    }
}

/* Adds the leaves of [exc] (nested groups walked) to the dict [ids]. */
static void collect_leaf_ids(lp_value exc, lp_value ids)
{
    if (!exc || exc == LP_NONE) return;
    lp_value excs = lp_is_instance(exc, &lp_exc_BaseExceptionGroup) ? group_excs(exc) : LP_NULL;
    if (!excs) {
        lp_dict_set(ids, lp_int_from_u64(lp_value_id(exc)), LP_NONE);
        return;
    }
    for (int64_t i = 0; i < lp_tuple_len(excs); i++)
        collect_leaf_ids(lp_tuple_get(excs, i), ids);
}

/* The part of group [eg] whose leaves are in [ids] (same nesting and
 * metadata), or LP_NULL. */
static lp_value project(lp_value eg, lp_value ids)
{
    lp_value excs = lp_is_instance(eg, &lp_exc_BaseExceptionGroup) ? group_excs(eg) : LP_NULL;
    if (!excs) return lp_dict_get(ids, lp_int_from_u64(lp_value_id(eg))) ? eg : LP_NULL;
    lp_value keep = lp_list_new(0);
    for (int64_t i = 0; i < lp_tuple_len(excs); i++) {
        lp_value m = project(lp_tuple_get(excs, i), ids);
        if (m) lp_list_append(keep, m);
    }
    return lp_as_list(keep)->len ? derive_copy(eg, keep) : LP_NULL;
}

/* True when [a] and [b] carry the same traceback, cause, context and notes
 * (a re-raised exception, not a new one). */
static bool same_metadata(lp_value a, lp_value b)
{
    lp_exc_t *x = lp_as_exc(a), *y = lp_as_exc(b);
    lp_value nx = x->dict ? lp_dict_get_cstr(x->dict, "__notes__") : LP_NULL;
    lp_value ny = y->dict ? lp_dict_get_cstr(y->dict, "__notes__") : LP_NULL;
    return nx == ny && x->traceback == y->traceback && x->cause == y->cause &&
           x->context == y->context;
}

lp_value lp_exc_prep_reraise_star(lp_value orig, lp_value raised)
{
    int64_t n = lp_as_list(raised)->len;
    if (n == 0) return LP_NONE;
    if (!lp_is_instance(orig, &lp_exc_BaseExceptionGroup)) return lp_as_list(raised)->items[0];
    lp_value new_list = lp_list_new(0), reraised_ids = lp_dict_new();
    for (int64_t i = 0; i < n; i++) {
        lp_value e = lp_as_list(raised)->items[i];
        if (e == LP_NONE) continue;
        if (same_metadata(e, orig))
            collect_leaf_ids(e, reraised_ids);
        else
            lp_list_append(new_list, e);
    }
    lp_value reraised = lp_dict_len(reraised_ids) ? project(orig, reraised_ids) : LP_NULL;
    if (lp_as_list(new_list)->len == 0) return reraised ? reraised : LP_NONE;
    if (reraised) lp_list_append(new_list, reraised);
    if (lp_as_list(new_list)->len == 1) return lp_as_list(new_list)->items[0];
    lp_value args[2] = {lp_str_empty(), new_list};
    return lp_call(lp_from_ptr(&lp_exc_BaseExceptionGroup), args, 2, LP_NULL);
}
