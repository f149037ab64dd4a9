/* obj_mappingproxy.c -- mappingproxy, the read-only view of a mapping.
 *
 * What CPython's descrobject.c gives types.MappingProxyType: item reads,
 * len, iteration, `in`, get/keys/values/items/copy and | delegated to the
 * mapping, repr "mappingproxy({...})", str and comparisons as the
 * mapping's; no item assignment (no setitem slot), unhashable as in 3.11.
 *
 * SPDX-License-Identifier: MIT
 */
#include "obj_mappingproxy.h"

#include "container.h"
#include "error.h"
#include "gc.h"
#include "obj_dict.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"
#include "types.h"

typedef struct {
    lp_object_t head;
    lp_value mapping;
} proxy_t;

#define MAPPING(v) (((proxy_t *)lp_as_ptr(v))->mapping)

lp_value lp_mappingproxy_new(lp_value mapping)
{
    const lp_type_t *t = lp_type_of(mapping);
    if (!t->getitem || lp_list_check(mapping) || lp_tuple_check(mapping))
        lp_raise(&lp_exc_TypeError, "mappingproxy() argument must be a mapping, not %T", mapping);
    lp_type_ready(&lp_type_mappingproxy);
    proxy_t *p = lp_alloc(sizeof *p);
    p->head.type = &lp_type_mappingproxy;
    p->mapping = mapping;
    return lp_from_ptr(p);
}

static lp_value proxy_new(lp_type_t *type, lp_value *args, size_t nargs, lp_value kwnames)
{
    size_t nkw = kwnames == LP_NULL ? 0 : (size_t)lp_tuple_len(kwnames);
    if (nargs + nkw == 0)
        lp_raise(&lp_exc_TypeError, "mappingproxy() missing required argument 'mapping' (pos 1)");
    if (nkw && !lp_str_eq_cstr(lp_tuple_get(kwnames, 0), "mapping"))
        lp_raise(&lp_exc_TypeError, "mappingproxy() got an unexpected keyword argument '%U'",
                 lp_tuple_get(kwnames, 0));
    if (nargs + nkw > 1)
        lp_raise(&lp_exc_TypeError, "mappingproxy() takes at most 1 argument (%zu given)",
                 nargs + nkw);
    return lp_mappingproxy_new(args[0]);
}

static lp_value proxy_repr(lp_value self)
{
    return lp_str_format_c("mappingproxy(%R)", MAPPING(self));
}

static lp_value proxy_str(lp_value self)
{
    return lp_str(MAPPING(self));
}

static lp_value proxy_compare(lp_value self, lp_value other, lp_cmpop_t op)
{
    return lp_compare(MAPPING(self), other, op);
}

static lp_value proxy_getitem(lp_value self, lp_value key)
{
    return lp_getitem(MAPPING(self), key);
}

static int64_t proxy_len(lp_value self)
{
    return lp_len(MAPPING(self));
}

static int proxy_contains(lp_value self, lp_value key)
{
    return lp_contains(MAPPING(self), key);
}

static lp_value proxy_iter(lp_value self)
{
    return lp_iter(MAPPING(self));
}

static lp_value proxy_or(lp_value a, lp_value b)
{
    if (lp_type_of(a) == &lp_type_mappingproxy) a = MAPPING(a);
    if (lp_type_of(b) == &lp_type_mappingproxy) b = MAPPING(b);
    return lp_binary_op(a, b, LP_NB_OR);
}

static lp_value proxy_ior(lp_value a, lp_value b)
{
    lp_raise(&lp_exc_TypeError, "'|=' is not supported by %T; use '|' instead", a);
}

/* A method of the proxy: the same method of the mapping, with its arguments. */
static lp_value delegate(const char *name, lp_value *args, size_t nargs)
{
    return lp_call_method(MAPPING(args[0]), lp_str_intern_cstr(name), args + 1, nargs - 1);
}

static lp_value proxy_get(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_range("mappingproxy.get", nargs - 1, kwnames, 1, 2);
    return delegate("get", args, nargs);
}

#define DELEGATE0(cname, pyname)                                                                   \
    static lp_value cname(lp_value *args, size_t nargs, lp_value kwnames)                          \
    {                                                                                              \
        lp_args_none("mappingproxy." pyname, nargs - 1, kwnames);                                  \
        return delegate(pyname, args, nargs);                                                      \
    }

DELEGATE0(proxy_keys, "keys")
DELEGATE0(proxy_values, "values")
DELEGATE0(proxy_items, "items")
DELEGATE0(proxy_copy, "copy")

static lp_value proxy_reversed(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_none("mappingproxy.__reversed__", nargs - 1, kwnames);
    return lp_call_method(MAPPING(args[0]), lp_str_intern_cstr("__reversed__"), NULL, 0);
}

static const lp_method_def_t proxy_methods[] = {
    {"get", proxy_get, 0, "D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None."},
    {"keys", proxy_keys, 0, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values", proxy_values, 0, "D.values() -> an object providing a view on D's values"},
    {"items", proxy_items, 0, "D.items() -> a set-like object providing a view on D's items"},
    {"copy", proxy_copy, 0, "D.copy() -> a shallow copy of D"},
    {"__reversed__", proxy_reversed, 0, "D.__reversed__() -> reverse iterator"},
    {NULL},
};

lp_type_t lp_type_mappingproxy = {
    .name = "mappingproxy",
    .base = &lp_type_object,
    .size = sizeof(proxy_t),
    .new = proxy_new,
    .repr = proxy_repr,
    .str = proxy_str,
    .compare = proxy_compare,
    .iter = proxy_iter,
    .len = proxy_len,
    .getitem = proxy_getitem,
    .contains = proxy_contains,
    .binop = {[LP_NB_OR] = proxy_or},
    .inplace = {[LP_NB_OR] = proxy_ior},
    .methods = proxy_methods,
};
