/* obj_func.c -- the callables and namespaces of obj_func.h: functions,
 * cells, built-in functions, bound methods and modules.
 *
 * A function's call slot enters the VM (src/vm.h lp_vm_call_function); the
 * VM itself calls functions without going through it.  Functions bind as
 * methods through descr_get, as CPython's func_descr_get.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>

#include "call.h"
#include "error.h"
#include "gc.h"
#include "names.h"
#include "obj_dict.h"
#include "obj_func.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"
#include "types.h"
#include "vm.h"

/* "0x7f..." for object [v] (CPython's %p). */
static const char *addr(lp_value v, char *buf, size_t n)
{
    snprintf(buf, n, "%#llx", (unsigned long long)lp_value_id(v));
    return buf;
}

/* ==== argument checking for native functions ==== */

void lp_check_args(const char *fname, size_t nargs, lp_value kwnames, size_t min, size_t max)
{
    if (kwnames && lp_tuple_len(kwnames) > 0)
        lp_raise(&lp_exc_TypeError, "%s() takes no keyword arguments", fname);
    if (nargs >= min && nargs <= max) return;
    if (max == 0) lp_raise(&lp_exc_TypeError, "%s() takes no arguments (%zu given)", fname, nargs);
    if (min == 1 && max == 1)
        lp_raise(&lp_exc_TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
    size_t n = nargs < min ? min : max;
    lp_raise(&lp_exc_TypeError, "%s expected %s%zu argument%s, got %zu", fname,
             min == max ? "" : nargs < min ? "at least " : "at most ", n, n == 1 ? "" : "s", nargs);
}

/* Reads the keyword arguments [names] (NULL-terminated) of a call to
 * [fname] into [out] (left alone when absent): [args] + nargs holds their
 * values.  Any other keyword is "'x' is an invalid keyword argument for f()". */
void lp_parse_kwargs(const char *fname, lp_value *args, size_t nargs, lp_value kwnames,
                     const char *const *names, lp_value *out)
{
    for (int64_t k = 0; kwnames && k < lp_tuple_len(kwnames); k++) {
        lp_value key = lp_tuple_get(kwnames, k);
        size_t i = 0;
        while (names[i] && !lp_str_eq_cstr(key, names[i])) i++;
        if (!names[i])
            lp_raise(&lp_exc_TypeError, "'%U' is an invalid keyword argument for %s()", key, fname);
        out[i] = args[nargs + (size_t)k];
    }
}

/* ==== functions ==== */

lp_value lp_function_new(lp_code_t *code, lp_value globals, lp_value builtins)
{
    lp_function_t *f = lp_alloc(sizeof *f);
    f->head.type = &lp_type_function;
    f->code = code;
    f->globals = globals;
    f->builtins = builtins;
    f->name = code->name;
    f->qualname = code->qualname ? code->qualname : code->name;
    lp_value doc = LP_NONE;
    if (lp_tuple_len(code->consts) > 0) {
        lp_value c0 = lp_tuple_get(code->consts, 0);
        if (lp_str_check(c0)) doc = c0;
    }
    f->doc = doc;
    lp_value mod = lp_dict_get(globals, LP_NAME(__name__));
    f->module = mod ? mod : LP_NONE;
    return lp_from_ptr(f);
}

static lp_value function_call(lp_value self, lp_value *args, size_t nargs, lp_value kwnames)
{
    return lp_vm_call_function(self, args, nargs, kwnames);
}

static lp_value function_descr_get(lp_value self, lp_value obj, lp_value owner)
{
    if (!obj || obj == LP_NONE) return self;
    return lp_method_new(self, obj);
}

static lp_value function_repr(lp_value self)
{
    char buf[32];
    lp_function_t *f = lp_as_ptr(self);
    return lp_str_format_c("<function %U at %s>", f->qualname, addr(self, buf, sizeof buf));
}

static lp_function_t *fn_of(lp_value self)
{
    return lp_as_ptr(self);
}

static lp_value or_none(lp_value v)
{
    return v ? v : LP_NONE;
}

static void require_str(lp_value v, const char *what)
{
    if (!v || !lp_str_check(v))
        lp_raise(&lp_exc_TypeError, "__%s__ must be set to a string object", what);
}

static lp_value fn_get_name(lp_value s) { return fn_of(s)->name; }
static void fn_set_name(lp_value s, lp_value v) { require_str(v, "name"); fn_of(s)->name = v; }
static lp_value fn_get_qualname(lp_value s) { return fn_of(s)->qualname; }
static void fn_set_qualname(lp_value s, lp_value v)
{
    require_str(v, "qualname");
    fn_of(s)->qualname = v;
}
static lp_value fn_get_doc(lp_value s) { return or_none(fn_of(s)->doc); }
static void fn_set_doc(lp_value s, lp_value v) { fn_of(s)->doc = or_none(v); }
static lp_value fn_get_module(lp_value s) { return or_none(fn_of(s)->module); }
static void fn_set_module(lp_value s, lp_value v) { fn_of(s)->module = or_none(v); }
static lp_value fn_get_code(lp_value s) { return lp_from_ptr(fn_of(s)->code); }
static lp_value fn_get_globals(lp_value s) { return fn_of(s)->globals; }
static lp_value fn_get_closure(lp_value s) { return or_none(fn_of(s)->closure); }
static lp_value fn_get_builtins(lp_value s) { return fn_of(s)->builtins; }

static void fn_set_code(lp_value s, lp_value v)
{
    if (!v || lp_type_of(v) != &lp_type_code)
        lp_raise(&lp_exc_TypeError, "__code__ must be set to a code object");
    lp_function_t *f = fn_of(s);
    lp_code_t *co = lp_as_ptr(v);
    int64_t nclosure = f->closure ? lp_tuple_len(f->closure) : 0;
    if (co->nfreevars != nclosure)
        lp_raise(&lp_exc_ValueError, "%U() requires a code object with %lld free vars, not %d",
                 f->name, (long long)nclosure, (int)co->nfreevars);
    f->code = co;
}

static lp_value fn_get_defaults(lp_value s) { return or_none(fn_of(s)->defaults); }
static void fn_set_defaults(lp_value s, lp_value v)
{
    if (v == LP_NONE) v = LP_NULL;
    if (v && !lp_tuple_check(v))
        lp_raise(&lp_exc_TypeError, "__defaults__ must be set to a tuple object");
    fn_of(s)->defaults = v;
}

static lp_value fn_get_kwdefaults(lp_value s) { return or_none(fn_of(s)->kwdefaults); }
static void fn_set_kwdefaults(lp_value s, lp_value v)
{
    if (v == LP_NONE) v = LP_NULL;
    if (v && !lp_dict_check(v))
        lp_raise(&lp_exc_TypeError, "__kwdefaults__ must be set to a dict object");
    fn_of(s)->kwdefaults = v;
}

static lp_value fn_get_annotations(lp_value s)
{
    lp_function_t *f = fn_of(s);
    if (!f->annotations) f->annotations = lp_dict_new();
    return f->annotations;
}
static void fn_set_annotations(lp_value s, lp_value v)
{
    if (v == LP_NONE) v = LP_NULL;
    if (v && !lp_dict_check(v))
        lp_raise(&lp_exc_TypeError, "__annotations__ must be set to a dict object");
    fn_of(s)->annotations = v;
}

static lp_value fn_get_dict(lp_value s)
{
    lp_function_t *f = fn_of(s);
    if (!f->dict) f->dict = lp_dict_new();
    return f->dict;
}
static void fn_set_dict(lp_value s, lp_value v)
{
    if (!v) lp_raise(&lp_exc_TypeError, "cannot delete __dict__");
    if (!lp_dict_check(v))
        lp_raise(&lp_exc_TypeError, "__dict__ must be set to a dictionary, not a '%T'", v);
    fn_of(s)->dict = v;
}

static const lp_getset_def_t function_getsets[] = {
    {"__name__", fn_get_name, fn_set_name, NULL},
    {"__qualname__", fn_get_qualname, fn_set_qualname, NULL},
    {"__doc__", fn_get_doc, fn_set_doc, NULL},
    {"__module__", fn_get_module, fn_set_module, NULL},
    {"__code__", fn_get_code, fn_set_code, NULL},
    {"__globals__", fn_get_globals, NULL, NULL},
    {"__builtins__", fn_get_builtins, NULL, NULL},
    {"__closure__", fn_get_closure, NULL, NULL},
    {"__defaults__", fn_get_defaults, fn_set_defaults, NULL},
    {"__kwdefaults__", fn_get_kwdefaults, fn_set_kwdefaults, NULL},
    {"__annotations__", fn_get_annotations, fn_set_annotations, NULL},
    {"__dict__", fn_get_dict, fn_set_dict, NULL},
    {NULL},
};

lp_type_t lp_type_function = {
    .name = "function",
    .size = sizeof(lp_function_t),
    .dictoffset = offsetof(lp_function_t, dict),
    .flags = LP_TPF_HAS_DICT,
    .doc = "Create a function object.",
    .call = function_call,
    .descr_get = function_descr_get,
    .repr = function_repr,
    .getsets = function_getsets,
};

/* ==== cells ==== */

lp_value lp_cell_new(lp_value v)
{
    lp_cell_t *c = lp_alloc(sizeof *c);
    c->head.type = &lp_type_cell;
    c->value = v;
    return lp_from_ptr(c);
}

static lp_value cell_repr(lp_value self)
{
    char a[32], b[32];
    lp_cell_t *c = lp_as_ptr(self);
    if (!c->value) return lp_str_format_c("<cell at %s: empty>", addr(self, a, sizeof a));
    return lp_str_format_c("<cell at %s: %T object at %s>", addr(self, a, sizeof a), c->value,
                           addr(c->value, b, sizeof b));
}

static lp_value cell_get_contents(lp_value self)
{
    lp_cell_t *c = lp_as_ptr(self);
    if (!c->value) lp_raise(&lp_exc_ValueError, "Cell is empty");
    return c->value;
}

static void cell_set_contents(lp_value self, lp_value v)
{
    ((lp_cell_t *)lp_as_ptr(self))->value = v;
}

static lp_value cell_compare(lp_value a, lp_value b, lp_cmpop_t op)
{
    if (lp_type_of(b) != &lp_type_cell) return LP_NOTIMPLEMENTED;
    lp_value x = ((lp_cell_t *)lp_as_ptr(a))->value, y = ((lp_cell_t *)lp_as_ptr(b))->value;
    if (x && y) return lp_compare(x, y, op);
    int c = (x != LP_NULL) - (y != LP_NULL);
    static const int want[6][3] = {{1, 0, 0}, {1, 1, 0}, {0, 1, 0}, {1, 0, 1}, {0, 0, 1}, {0, 1, 1}};
    return lp_bool(want[op][c + 1]);
}

static const lp_getset_def_t cell_getsets[] = {
    {"cell_contents", cell_get_contents, cell_set_contents, NULL},
    {NULL},
};

lp_type_t lp_type_cell = {
    .name = "cell",
    .size = sizeof(lp_cell_t),
    .doc = "Create a new cell object.",
    .repr = cell_repr,
    .compare = cell_compare,
    .getsets = cell_getsets,
};

/* ==== built-in functions ==== */

lp_value lp_builtin_new(const char *name, lp_native_fn fn, lp_value self)
{
    lp_builtin_t *b = lp_alloc(sizeof *b);
    b->head.type = &lp_type_builtin_function;
    b->name = name;
    b->fn = fn;
    b->self = self;
    return lp_from_ptr(b);
}

static lp_value builtin_call(lp_value self, lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_builtin_t *b = lp_as_ptr(self);
    if (!b->self) return b->fn(args, nargs, kwnames);
    size_t nkw = kwnames ? (size_t)lp_tuple_len(kwnames) : 0;
    lp_value small[8], *a = nargs + nkw + 1 <= 8 ? small : lp_alloc((nargs + nkw + 1) * sizeof *a);
    a[0] = b->self;
    for (size_t i = 0; i < nargs + nkw; i++) a[i + 1] = args[i];
    return b->fn(a, nargs + 1, kwnames);
}

static lp_value builtin_repr(lp_value self)
{
    char buf[32];
    lp_builtin_t *b = lp_as_ptr(self);
    if (!b->self || lp_type_of(b->self) == &lp_type_module)
        return lp_str_format_c("<built-in function %s>", b->name);
    return lp_str_format_c("<built-in method %s of %T object at %s>", b->name, b->self,
                           addr(b->self, buf, sizeof buf));
}

static lp_value builtin_get_name(lp_value s)
{
    return lp_str_from_cstr(((lp_builtin_t *)lp_as_ptr(s))->name);
}

static lp_value builtin_get_qualname(lp_value s)
{
    lp_builtin_t *b = lp_as_ptr(s);
    if (!b->self || lp_type_of(b->self) == &lp_type_module) return lp_str_from_cstr(b->name);
    const lp_type_t *t = lp_type_is_subtype(lp_type_of(b->self), &lp_type_type)
                             ? lp_as_ptr(b->self)
                             : lp_type_of(b->self);
    return lp_str_format_c("%s.%s", t->name, b->name);
}

static lp_value builtin_get_doc(lp_value s)
{
    lp_builtin_t *b = lp_as_ptr(s);
    return b->doc ? lp_str_from_cstr(b->doc) : LP_NONE;
}

static lp_value builtin_get_self(lp_value s)
{
    lp_builtin_t *b = lp_as_ptr(s);
    return b->self ? b->self : LP_NONE;
}

static lp_value builtin_get_module(lp_value s)
{
    lp_builtin_t *b = lp_as_ptr(s);
    return b->module ? b->module : LP_NONE;
}

static int64_t builtin_hash(lp_value self)
{
    lp_builtin_t *b = lp_as_ptr(self);
    return (int64_t)(((uintptr_t)b->fn >> 4) ^ (b->self ? (uint64_t)lp_hash(b->self) : 0));
}

static const lp_getset_def_t builtin_getsets[] = {
    {"__name__", builtin_get_name, NULL, NULL},
    {"__qualname__", builtin_get_qualname, NULL, NULL},
    {"__doc__", builtin_get_doc, NULL, NULL},
    {"__self__", builtin_get_self, NULL, NULL},
    {"__module__", builtin_get_module, NULL, NULL},
    {NULL},
};

lp_type_t lp_type_builtin_function = {
    .name = "builtin_function_or_method",
    .size = sizeof(lp_builtin_t),
    .call = builtin_call,
    .repr = builtin_repr,
    .hash = builtin_hash,
    .getsets = builtin_getsets,
};

/* ==== bound methods ==== */

lp_value lp_method_new(lp_value func, lp_value self)
{
    lp_method_t *m = lp_alloc(sizeof *m);
    m->head.type = &lp_type_method;
    m->func = func;
    m->self = self;
    return lp_from_ptr(m);
}

static lp_value method_call(lp_value self, lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_method_t *m = lp_as_ptr(self);
    size_t nkw = kwnames ? (size_t)lp_tuple_len(kwnames) : 0;
    lp_value small[8], *a = nargs + nkw + 1 <= 8 ? small : lp_alloc((nargs + nkw + 1) * sizeof *a);
    a[0] = m->self;
    for (size_t i = 0; i < nargs + nkw; i++) a[i + 1] = args[i];
    return lp_call(m->func, a, nargs + 1, kwnames);
}

static lp_value method_repr(lp_value self)
{
    lp_method_t *m = lp_as_ptr(self);
    lp_value name = lp_getattr_opt(m->func, LP_NAME(__qualname__));
    if (!name || !lp_str_check(name)) name = lp_getattr_opt(m->func, LP_NAME(__name__));
    if (!name || !lp_str_check(name)) name = lp_str_from_cstr("?");
    return lp_str_format_c("<bound method %U of %R>", name, m->self);
}

static lp_value method_getattr(lp_value self, lp_value name)
{
    lp_value v = lp_generic_getattr(self, name);
    if (v) return v;
    return lp_getattr(((lp_method_t *)lp_as_ptr(self))->func, name); /* the function's error */
}

static lp_value method_compare(lp_value a, lp_value b, lp_cmpop_t op)
{
    if ((op != LP_EQ && op != LP_NE) || lp_type_of(b) != &lp_type_method)
        return LP_NOTIMPLEMENTED;
    lp_method_t *x = lp_as_ptr(a), *y = lp_as_ptr(b);
    bool eq = x->self == y->self && lp_eq(x->func, y->func);
    return lp_bool(eq == (op == LP_EQ));
}

static int64_t method_hash(lp_value self)
{
    lp_method_t *m = lp_as_ptr(self);
    return (int64_t)(lp_value_id(m->self) >> 4) ^ lp_hash(m->func);
}

static lp_value method_get_func(lp_value s) { return ((lp_method_t *)lp_as_ptr(s))->func; }
static lp_value method_get_self(lp_value s) { return ((lp_method_t *)lp_as_ptr(s))->self; }

static const lp_getset_def_t method_getsets[] = {
    {"__func__", method_get_func, NULL, NULL},
    {"__self__", method_get_self, NULL, NULL},
    {NULL},
};

/* types.MethodType(function, instance) */
static lp_value method_new(lp_type_t *type, lp_value *args, size_t nargs, lp_value kwnames)
{
    if (kwnames && lp_tuple_len(kwnames))
        lp_raise(&lp_exc_TypeError, "method() takes no keyword arguments");
    if (nargs != 2) lp_raise(&lp_exc_TypeError, "method expected 2 arguments, got %zu", nargs);
    if (!lp_callable(args[0])) lp_raise(&lp_exc_TypeError, "first argument must be callable");
    if (args[1] == LP_NONE) lp_raise(&lp_exc_TypeError, "instance must not be None");
    return lp_method_new(args[0], args[1]);
}

lp_type_t lp_type_method = {
    .name = "method",
    .size = sizeof(lp_method_t),
    .doc = "Create a bound instance method object.",
    .new = method_new,
    .call = method_call,
    .repr = method_repr,
    .getattr = method_getattr,
    .compare = method_compare,
    .hash = method_hash,
    .getsets = method_getsets,
};

/* ==== modules ==== */

lp_value lp_module_new(lp_value name)
{
    lp_module_t *m = lp_alloc(sizeof *m);
    m->head.type = &lp_type_module;
    m->name = name;
    m->dict = lp_dict_new();
    lp_dict_set(m->dict, LP_NAME(__name__), name);
    lp_dict_set(m->dict, LP_NAME(__doc__), LP_NONE);
    lp_dict_set(m->dict, LP_NAME(__package__), LP_NONE);
    lp_dict_set(m->dict, LP_NAME(__loader__), LP_NONE);
    lp_dict_set(m->dict, LP_NAME(__spec__), LP_NONE);
    return lp_from_ptr(m);
}

static lp_value module_new(lp_type_t *t, lp_value *args, size_t nargs, lp_value kwnames)
{
    /* module(name, doc=None), Argument Clinic's messages */
    static const char *const names[] = {"name", "doc", NULL};
    size_t nkw = kwnames ? (size_t)lp_tuple_len(kwnames) : 0;
    if (nargs + nkw > 2)
        lp_raise(&lp_exc_TypeError, "module() takes at most 2 arguments (%zu given)", nargs + nkw);
    lp_value a[2] = {nargs > 0 ? args[0] : LP_NULL, nargs > 1 ? args[1] : LP_NULL};
    lp_parse_kwargs("module", args, nargs, kwnames, names, a);
    if (!a[0]) lp_raise(&lp_exc_TypeError, "module() missing required argument 'name' (pos 1)");
    if (!lp_str_check(a[0]))
        lp_raise(&lp_exc_TypeError, "module() argument 'name' must be str, not %T", a[0]);
    lp_value m = lp_module_new(a[0]);
    if (a[1]) lp_dict_set(((lp_module_t *)lp_as_ptr(m))->dict, LP_NAME(__doc__), a[1]);
    if (t != &lp_type_module) { /* a subclass: its own instance size and type */
        lp_object_t *o = lp_alloc(t->size > sizeof(lp_module_t) ? t->size : sizeof(lp_module_t));
        memcpy(o, lp_as_ptr(m), sizeof(lp_module_t));
        o->type = t;
        m = lp_from_ptr(o);
    }
    return m;
}

typedef struct {
    lp_value hook, module, result;
} module_repr_t;

static void module_repr_call(void *ud)
{
    module_repr_t *mr = ud;
    mr->result = lp_call1(mr->hook, mr->module);
}

/* repr(module), as importlib._bootstrap._module_repr: from __spec__ when
 * there is one, else from __loader__, __name__ and __file__. */
static lp_value module_repr(lp_value self)
{
    lp_value spec = lp_getattr_opt(self, LP_NAME(__spec__));
    lp_value loader = lp_getattr_opt(self, LP_NAME(__loader__));
    if (spec && lp_truth(spec)) {
        lp_value name = lp_getattr(spec, LP_NAME(name));
        lp_value origin = lp_getattr(spec, lp_str_intern_cstr("origin"));
        lp_value shown = name == LP_NONE ? lp_str_from_cstr("?") : name;
        if (origin == LP_NONE) {
            lp_value ld = lp_getattr(spec, lp_str_intern_cstr("loader"));
            if (ld == LP_NONE) return lp_str_format_c("<module %R>", shown);
            return lp_str_format_c("<module %R (%R)>", shown, ld);
        }
        if (lp_truth(lp_getattr(spec, lp_str_intern_cstr("has_location"))))
            return lp_str_format_c("<module %R from %R>", shown, origin);
        return lp_str_format_c("<module %R (%S)>", name, origin);
    }
    lp_value hook = loader ? lp_getattr_opt(loader, lp_str_intern_cstr("module_repr")) : LP_NULL;
    if (hook) {
        module_repr_t mr = {hook, self, LP_NULL};
        if (!lp_pcall(module_repr_call, &mr)) return mr.result;
    }
    lp_value name = lp_getattr_opt(self, LP_NAME(__name__));
    if (!name) name = lp_str_from_cstr("?");
    lp_value file = lp_getattr_opt(self, LP_NAME(__file__));
    if (file) return lp_str_format_c("<module %R from %R>", name, file);
    if (!loader || loader == LP_NONE) return lp_str_format_c("<module %R>", name);
    return lp_str_format_c("<module %R (%R)>", name, loader);
}

/* Attribute lookup with PEP 562's module __getattr__ as the last resort. */
static lp_value module_getattr(lp_value self, lp_value name)
{
    lp_value v = lp_generic_getattr(self, name);
    if (v) return v;
    lp_module_t *m = lp_as_ptr(self);
    lp_value hook = lp_dict_get(m->dict, LP_NAME(__getattr__));
    if (hook) return lp_call1(hook, name);
    return LP_NULL;
}

static lp_value module_get_dict(lp_value s)
{
    return ((lp_module_t *)lp_as_ptr(s))->dict;
}

static const lp_getset_def_t module_getsets[] = {
    {"__dict__", module_get_dict, NULL, NULL},
    {NULL},
};

lp_type_t lp_type_module = {
    .name = "module",
    .size = sizeof(lp_module_t),
    .dictoffset = offsetof(lp_module_t, dict),
    .flags = LP_TPF_BASETYPE | LP_TPF_HAS_DICT,
    .doc = "Create a module object.\n\nThe name must be a string; the optional doc argument "
           "can have any type.",
    .new = module_new,
    .repr = module_repr,
    .getattr = module_getattr,
    .getsets = module_getsets,
};
