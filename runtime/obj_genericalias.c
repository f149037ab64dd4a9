/* obj_genericalias.c -- types.GenericAlias, the value of `list[int]`.
 *
 * Enough of CPython's Objects/genericaliasobject.c for annotations and
 * simple introspection: __origin__, __args__, __parameters__ (always
 * empty: no TypeVars yet), CPython's repr, calling the origin, equality and
 * hashing; other attributes are looked up on the origin.
 *
 * SPDX-License-Identifier: MIT
 */
#include "obj_genericalias.h"

#include "container.h"
#include "error.h"
#include "gc.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "obj_union.h"
#include "ops.h"
#include "types.h"

typedef struct {
    lp_object_t head;
    lp_value origin;
    lp_value args; /* tuple */
} lp_genericalias_t;

static lp_type_t lp_type_genericalias;

#define GA(v) ((lp_genericalias_t *)lp_as_ptr(v))

lp_value lp_genericalias_new(lp_value origin, lp_value args)
{
    lp_type_ready(&lp_type_genericalias);
    lp_genericalias_t *g = lp_alloc(sizeof *g);
    g->head.type = &lp_type_genericalias;
    g->origin = origin;
    g->args = lp_type_of(args) == &lp_type_tuple ? args : lp_tuple_pack(1, args);
    return lp_from_ptr(g);
}

lp_value lp_class_getitem(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_one("__class_getitem__", nargs - 1, kwnames);
    return lp_genericalias_new(args[0], args[1]);
}

/* One item of the repr: a class by its qualified name, ... for Ellipsis. */
static void put_item(lp_strbuf_t *b, lp_value v)
{
    if (v == LP_ELLIPSIS)
        lp_strbuf_puts(b, "...");
    else if (lp_is_instance(v, &lp_type_type))
        lp_strbuf_put_str(b, lp_type_qualified_name(lp_as_ptr(v)));
    else
        lp_strbuf_put_str(b, lp_repr(v));
}

static lp_value ga_repr(lp_value self)
{
    lp_genericalias_t *g = GA(self);
    lp_strbuf_t b;
    lp_strbuf_init(&b);
    put_item(&b, g->origin);
    lp_strbuf_putc(&b, '[');
    int64_t n = lp_tuple_len(g->args);
    if (n == 0) lp_strbuf_puts(&b, "()");
    for (int64_t i = 0; i < n; i++) {
        if (i) lp_strbuf_puts(&b, ", ");
        put_item(&b, lp_tuple_get(g->args, i));
    }
    lp_strbuf_putc(&b, ']');
    return lp_strbuf_finish(&b);
}

static lp_value ga_call(lp_value self, lp_value *args, size_t nargs, lp_value kwnames)
{
    return lp_call(GA(self)->origin, args, nargs, kwnames);
}

static int64_t ga_hash(lp_value self)
{
    int64_t h = lp_hash(GA(self)->origin) ^ lp_hash(GA(self)->args);
    return h == -1 ? -2 : h;
}

static lp_value ga_compare(lp_value self, lp_value other, lp_cmpop_t op)
{
    if (lp_type_of(other) != &lp_type_genericalias || (op != LP_EQ && op != LP_NE))
        return LP_NOTIMPLEMENTED;
    bool eq = lp_eq(GA(self)->origin, GA(other)->origin) && lp_eq(GA(self)->args, GA(other)->args);
    return lp_bool(op == LP_EQ ? eq : !eq);
}

/* CPython's ga_getattro: all but a few names are the origin's (list[int].__name__). */
static lp_value ga_getattr(lp_value self, lp_value name)
{
    static const char *const own[] = {
        "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
        "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
        "__copy__", "__deepcopy__", NULL,
    };
    for (const char *const *p = own; *p; p++)
        if (lp_str_eq_cstr(name, *p)) return lp_generic_getattr(self, name);
    return lp_getattr(GA(self)->origin, name); /* its AttributeError */
}

static lp_value ga_instancecheck(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_raise(&lp_exc_TypeError, "isinstance() argument 2 cannot be a parameterized generic");
}

static lp_value ga_subclasscheck(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_raise(&lp_exc_TypeError, "issubclass() argument 2 cannot be a parameterized generic");
}

static lp_value ga_mro_entries(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_args_one("__mro_entries__", nargs - 1, kwnames);
    return lp_tuple_pack(1, GA(args[0])->origin);
}

static const lp_method_def_t ga_methods[] = {
    {"__mro_entries__", ga_mro_entries, 0, NULL},
    {"__instancecheck__", ga_instancecheck, 0, NULL},
    {"__subclasscheck__", ga_subclasscheck, 0, NULL},
    {NULL},
};

static lp_value ga_origin(lp_value self)
{
    return GA(self)->origin;
}

static lp_value ga_args(lp_value self)
{
    return GA(self)->args;
}

static lp_value ga_parameters(lp_value self)
{
    return lp_tuple_new(0);
}

static const lp_getset_def_t ga_getsets[] = {
    {"__origin__", ga_origin, NULL, NULL},
    {"__args__", ga_args, NULL, NULL},
    {"__parameters__", ga_parameters, NULL, NULL},
    {NULL},
};

static lp_type_t lp_type_genericalias = {
    .name = "types.GenericAlias",
    .base = &lp_type_object,
    .size = sizeof(lp_genericalias_t),
    .repr = ga_repr,
    .call = ga_call,
    .hash = ga_hash,
    .compare = ga_compare,
    .getattr = ga_getattr,
    .getsets = ga_getsets,
    .methods = ga_methods,
    .binop = {[LP_NB_OR] = lp_union_or}, /* list[int] | None */
};
