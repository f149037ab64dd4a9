/* obj_union.c -- types.UnionType, the value of `int | str` (PEP 604).
 *
 * `X | Y` between classes, None, GenericAliases (`list[int]`) and unions
 * makes a union: its members flattened, duplicates dropped, None kept as
 * type(None).  Annotations such as `def f(x: int | None)` are evaluated
 * when the function is defined, so this must exist for them to run.
 * isinstance()/issubclass() read a union's __args__ (mod_builtins.c).
 *
 * SPDX-License-Identifier: MIT
 */
#include "obj_union.h"

#include <string.h>

#include "error.h"
#include "gc.h"
#include "obj_list.h"
#include "obj_set.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "ops.h"
#include "types.h"

typedef struct {
    lp_object_t head;
    lp_value args; /* tuple of the members */
} union_t;

static lp_value union_args_of(lp_value u)
{
    return ((union_t *)lp_as_ptr(u))->args;
}

static bool is_genericalias(lp_value v)
{
    return lp_is_ptr(v) && !strcmp(lp_type_of(v)->name, "types.GenericAlias");
}

/* Whether [v] may be a member of a union (CPython's is_unionable). */
static bool unionable(lp_value v)
{
    return v == LP_NONE || lp_is_instance(v, &lp_type_type) || is_genericalias(v) ||
           lp_type_of(v) == &lp_type_union;
}

/* Appends the members [v] stands for to [l], skipping ones already there. */
static void add_members(lp_value l, lp_value v)
{
    if (lp_type_of(v) == &lp_type_union) {
        lp_tuple_t *t = lp_as_tuple(union_args_of(v));
        for (int64_t i = 0; i < t->len; i++) add_members(l, t->items[i]);
        return;
    }
    if (v == LP_NONE) v = lp_from_ptr(&lp_type_none);
    lp_list_t *lst = lp_as_list(l);
    for (int64_t i = 0; i < lst->len; i++)
        if (lp_eq(lst->items[i], v)) return;
    lp_list_append(l, v);
}

lp_value lp_union_or(lp_value a, lp_value b)
{
    if (!unionable(a) || !unionable(b)) return LP_NOTIMPLEMENTED;
    lp_value l = lp_list_new(0);
    add_members(l, a);
    add_members(l, b);
    lp_list_t *lst = lp_as_list(l);
    if (lst->len == 1) return lst->items[0];
    lp_type_ready(&lp_type_union);
    union_t *u = lp_alloc(sizeof *u);
    u->head.type = &lp_type_union;
    u->args = lp_tuple_from_array(lst->items, lst->len);
    return lp_from_ptr(u);
}

lp_value lp_union_none_or(lp_value a, lp_value b)
{
    if (!is_genericalias(a) && !is_genericalias(b)) return LP_NOTIMPLEMENTED;
    return lp_union_or(a, b);
}

/* "int | None | list[str] | __main__.C" */
static lp_value union_repr(lp_value self)
{
    lp_tuple_t *t = lp_as_tuple(union_args_of(self));
    lp_value parts = lp_list_new(0);
    for (int64_t i = 0; i < t->len; i++) {
        lp_value m = t->items[i];
        if (m == lp_from_ptr(&lp_type_none)) lp_list_append(parts, lp_str_from_cstr("None"));
        else if (lp_is_instance(m, &lp_type_type))
            lp_list_append(parts, lp_type_qualified_name(lp_as_ptr(m)));
        else lp_list_append(parts, lp_repr(m));
    }
    return lp_str_concat_array(lp_as_list(parts)->items, lp_as_list(parts)->len,
                               lp_str_from_cstr(" | "));
}

static lp_value union_compare(lp_value self, lp_value other, lp_cmpop_t op)
{
    if (lp_type_of(other) != &lp_type_union || (op != LP_EQ && op != LP_NE))
        return LP_NOTIMPLEMENTED;
    bool eq = lp_eq(lp_frozenset_new(union_args_of(self)), lp_frozenset_new(union_args_of(other)));
    return lp_bool(eq == (op == LP_EQ));
}

static int64_t union_hash(lp_value self)
{
    return lp_hash(lp_frozenset_new(union_args_of(self)));
}

static lp_value union_get_args(lp_value self)
{
    return union_args_of(self);
}

static lp_value union_get_parameters(lp_value self)
{
    return lp_tuple_new(0);
}

static const lp_getset_def_t union_getsets[] = {
    {"__args__", union_get_args, NULL, NULL},
    {"__parameters__", union_get_parameters, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

lp_type_t lp_type_union = {
    .name = "types.UnionType",
    .size = sizeof(union_t),
    .repr = union_repr,
    .compare = union_compare,
    .hash = union_hash,
    .binop = {[LP_NB_OR] = lp_union_or},
    .getsets = union_getsets,
    .doc = "Represent a PEP 604 union type\n\nE.g. for int | str",
};
