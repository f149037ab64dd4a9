/* mod_builtins.c -- the builtins module: print, len, isinstance, min, ...
 *
 * lp_builtins_dict builds the namespace once: the functions of the table at
 * the end of this file and of mod_builtins_code.c, the built-in types
 * (types.h and the iterators of obj_iter.c), the constants and every
 * exception class with its aliases.  Each function follows CPython 3.11's
 * Python/bltinmodule.c in behaviour and messages.
 *
 * SPDX-License-Identifier: MIT
 */
#include <string.h>

#include "error.h"
#include "gc.h"
#include "io.h"
#include "mod_builtins.h"
#include "mod_sys.h"
#include "names.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_float.h"
#include "obj_func.h"
#include "obj_gen.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"
#include "types.h"

static size_t nkw(lp_value kwnames)
{
    return kwnames ? (size_t)lp_tuple_len(kwnames) : 0;
}

void lp_builtins_check_args(const char *fname, size_t nargs, lp_value kwnames, size_t min, size_t max)
{
    if (nkw(kwnames)) lp_raise(&lp_exc_TypeError, "%s() takes no keyword arguments", fname);
    if (nargs >= min && nargs <= max) return;
    size_t n = nargs < min ? min : max;
    lp_raise(&lp_exc_TypeError, "%s expected %s%zu argument%s, got %zu", fname,
             min == max    ? ""
             : nargs < min ? "at least "
                           : "at most ",
             n, n == 1 ? "" : "s", nargs);
}

/* "f() takes exactly one argument (N given)" */
static void check_one(const char *fname, size_t nargs, lp_value kwnames)
{
    if (nkw(kwnames)) lp_raise(&lp_exc_TypeError, "%s() takes no keyword arguments", fname);
    if (nargs != 1)
        lp_raise(&lp_exc_TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
}


/* ==== print and input ==== */

typedef struct {
    lp_value *args;
    size_t nargs;
    lp_value sep, end, file; /* sep, end: LP_NULL for the defaults */
} print_t;

/* The writes of one print() call. */
static void print_items(void *ud)
{
    print_t *p = ud;
    for (size_t i = 0; i < p->nargs; i++) {
        if (i > 0) {
            if (p->sep)
                lp_io_write(p->file, p->sep);
            else
                lp_io_write(p->file, lp_str_from_char(0x20));
        }
        lp_io_write(p->file, lp_str(p->args[i]));
    }
    if (p->end)
        lp_io_write(p->file, p->end);
    else
        lp_io_write(p->file, lp_str_from_char(0x0a));
}

static lp_value b_print(lp_value *args, size_t nargs, lp_value kwnames)
{
    static const char *const names[] = {"sep", "end", "file", "flush", NULL};
    lp_value kw[4] = {LP_NULL, LP_NULL, LP_NULL, LP_NULL};
    lp_parse_kwargs("print", args, nargs, kwnames, names, kw);
    lp_value file = kw[2] && kw[2] != LP_NONE ? kw[2] : lp_sys_get("stdout");
    if (!file || file == LP_NONE) return LP_NONE;
    if (kw[0] && kw[0] != LP_NONE && !lp_str_check(kw[0]))
        lp_raise(&lp_exc_TypeError, "sep must be None or a string, not %T", kw[0]);
    if (kw[1] && kw[1] != LP_NONE && !lp_str_check(kw[1]))
        lp_raise(&lp_exc_TypeError, "end must be None or a string, not %T", kw[1]);
    print_t p = {args, nargs, kw[0] && kw[0] != LP_NONE ? kw[0] : LP_NULL,
                 kw[1] && kw[1] != LP_NONE ? kw[1] : LP_NULL, file};
    lp_io_hold(file, true);
    lp_value exc = lp_pcall(print_items, &p);
    lp_io_hold(file, false);
    if (exc) lp_raise_value(exc);
    if (kw[3] && lp_truth(kw[3])) lp_io_flush(file);
    return LP_NONE;
}

static lp_value b_input(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_builtins_check_args("input", nargs, kwnames, 0, 1);
    lp_value in = lp_sys_get("stdin"), out = lp_sys_get("stdout"), err = lp_sys_get("stderr");
    if (!in || in == LP_NONE) lp_raise(&lp_exc_RuntimeError, "input(): lost sys.stdin");
    if (!out || out == LP_NONE) lp_raise(&lp_exc_RuntimeError, "input(): lost sys.stdout");
    if (err && err != LP_NONE) lp_io_flush(err);
    if (nargs == 1) lp_io_write(out, lp_str(args[0]));
    lp_io_flush(out);
    if (in == lp_io_stdin()) {
        bool nl;
        lp_value line = lp_io_read_line_stdin(&nl);
        if (!line) lp_raise(&lp_exc_EOFError, "EOF when reading a line");
        return line;
    }
    lp_value line = lp_call_method(in, lp_str_intern_cstr("readline"), NULL, 0);
    if (!lp_str_check(line)) lp_raise(&lp_exc_TypeError, "object.readline() returned non-string");
    int64_t n = lp_str_len(line);
    if (n == 0) lp_raise(&lp_exc_EOFError, "EOF when reading a line");
    if (lp_str_at(lp_as_str(line), n - 1) == '\n') line = lp_str_substr(line, 0, n - 1);
    return line;
}

/* ==== text and numbers ==== */

static lp_value b_repr(lp_value *args, size_t nargs, lp_value kwnames)
{
    check_one("repr", nargs, kwnames);
    return lp_repr(args[0]);
}

static lp_value b_ascii(lp_value *args, size_t nargs, lp_value kwnames)
{
    check_one("ascii", nargs, kwnames);
    return lp_ascii(args[0]);
}

static lp_value b_format(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_builtins_check_args("format", nargs, kwnames, 1, 2);
    lp_value spec = nargs == 2 ? args[1] : lp_str_empty();
    if (!lp_str_check(spec))
        lp_raise(&lp_exc_TypeError, "format() argument 2 must be str, not %s",
                 lp_arg_type_name(spec));
    return lp_format(args[0], spec);
}

static lp_value b_len(lp_value *args, size_t nargs, lp_value kwnames)
{
    check_one("len", nargs, kwnames);
    return lp_int_from_i64(lp_len(args[0]));
}

static lp_value b_abs(lp_value *args, size_t nargs, lp_value kwnames)
{
    check_one("abs", nargs, kwnames);
    return lp_abs(args[0]);
}

static lp_value b_hash(lp_value *args, size_t nargs, lp_value kwnames)
{
    check_one("hash", nargs, kwnames);
    return lp_int_from_i64(lp_hash(args[0]));
}

static lp_value b_id(lp_value *args, size_t nargs, lp_value kwnames)
{
    check_one("id", nargs, kwnames);
    return lp_int_from_u64(lp_value_id(args[0]));
}

static lp_value b_callable(lp_value *args, size_t nargs, lp_value kwnames)
{
    check_one("callable", nargs, kwnames);
    return lp_bool(lp_callable(args[0]));
}

static lp_value b_chr(lp_value *args, size_t nargs, lp_value kwnames)
{
    check_one("chr", nargs, kwnames);
    lp_value i = lp_index(args[0]);
    int64_t c;
    if (!lp_int_as_i64(i, &c) || c < -2147483648LL || c > 2147483647LL)
        lp_raise(&lp_exc_OverflowError, "Python int too large to convert to C int");
    if (c < 0 || c > 0x10ffff) lp_raise(&lp_exc_ValueError, "chr() arg not in range(0x110000)");
    return lp_str_from_char((uint32_t)c);
}

static lp_value b_ord(lp_value *args, size_t nargs, lp_value kwnames)
{
    check_one("ord", nargs, kwnames);
    lp_value c = args[0];
    if (lp_str_check(c)) {
        int64_t n = lp_str_len(c);
        if (n != 1)
            lp_raise(&lp_exc_TypeError,
                     "ord() expected a character, but string of length %lld found", (long long)n);
        return lp_from_int(lp_str_at(lp_as_str(c), 0));
    }
    if (lp_is_instance(c, &lp_type_bytes) || lp_is_instance(c, &lp_type_bytearray)) {
        int64_t n = lp_len(c);
        if (n != 1)
            lp_raise(&lp_exc_TypeError,
                     "ord() expected a character, but string of length %lld found", (long long)n);
        return lp_getitem(c, lp_from_int(0));
    }
    lp_raise(&lp_exc_TypeError, "ord() expected string of length 1, but %T found", c);
}

static lp_value b_bin(lp_value *args, size_t nargs, lp_value kwnames)
{
    check_one("bin", nargs, kwnames);
    return lp_int_repr_base(lp_index(args[0]), 2);
}

static lp_value b_oct(lp_value *args, size_t nargs, lp_value kwnames)
{
    check_one("oct", nargs, kwnames);
    return lp_int_repr_base(lp_index(args[0]), 8);
}

static lp_value b_hex(lp_value *args, size_t nargs, lp_value kwnames)
{
    check_one("hex", nargs, kwnames);
    return lp_int_repr_base(lp_index(args[0]), 16);
}

/* a.__divmod__(b) / b.__rdivmod__(a) for classes that define them. */
static lp_value divmod_dunder(lp_value a, lp_value b)
{
    lp_value f = lp_type_lookup(lp_type_of(a), lp_str_intern_cstr("__divmod__"));
    if (f) {
        lp_value r = lp_call_method(a, lp_str_intern_cstr("__divmod__"), &b, 1);
        if (r != LP_NOTIMPLEMENTED) return r;
    }
    if (lp_type_of(a) != lp_type_of(b) &&
        lp_type_lookup(lp_type_of(b), lp_str_intern_cstr("__rdivmod__"))) {
        lp_value r = lp_call_method(b, lp_str_intern_cstr("__rdivmod__"), &a, 1);
        if (r != LP_NOTIMPLEMENTED) return r;
    }
    return LP_NOTIMPLEMENTED;
}

static lp_value b_divmod(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_builtins_check_args("divmod", nargs, kwnames, 2, 2);
    lp_value a = args[0], b = args[1], r = LP_NOTIMPLEMENTED;
    bool ai = lp_int_unwrap(a) != LP_NULL, bi = lp_int_unwrap(b) != LP_NULL;
    bool af = lp_is_instance(a, &lp_type_float), bf = lp_is_instance(b, &lp_type_float);
    bool plain = (lp_type_of(a) == &lp_type_int || lp_type_of(a) == &lp_type_bool ||
                  lp_type_of(a) == &lp_type_float) &&
                 (lp_type_of(b) == &lp_type_int || lp_type_of(b) == &lp_type_bool ||
                  lp_type_of(b) == &lp_type_float);
    if (plain && ai && bi)
        r = lp_int_divmod_op(a, b);
    else if (plain && (af || bf) && (ai || af) && (bi || bf))
        r = lp_float_divmod_op(a, b);
    else
        r = divmod_dunder(a, b);
    if (r == LP_NOTIMPLEMENTED)
        lp_raise(&lp_exc_TypeError, "unsupported operand type(s) for divmod(): '%T' and '%T'", a,
                 b);
    return r;
}

static lp_value b_pow(lp_value *args, size_t nargs, lp_value kwnames)
{
    static const char *const names[] = {"base", "exp", "mod", NULL};
    lp_value v[3] = {LP_NULL, LP_NULL, LP_NULL};
    if (nargs > 3)
        lp_raise(&lp_exc_TypeError, "pow() takes at most 3 arguments (%zu given)", nargs);
    for (size_t i = 0; i < nargs; i++)
        v[i] = args[i];
    lp_parse_kwargs("pow", args, nargs, kwnames, names, v);
    if (!v[0]) lp_raise(&lp_exc_TypeError, "pow() missing required argument 'base' (pos 1)");
    if (!v[1]) lp_raise(&lp_exc_TypeError, "pow() missing required argument 'exp' (pos 2)");
    if (!v[2] || v[2] == LP_NONE) return lp_binary_op(v[0], v[1], LP_NB_POWER);
    return lp_power3(v[0], v[1], v[2]);
}

static lp_value b_round(lp_value *args, size_t nargs, lp_value kwnames)
{
    static const char *const names[] = {"number", "ndigits", NULL};
    lp_value v[2] = {LP_NULL, LP_NULL};
    if (nargs > 2)
        lp_raise(&lp_exc_TypeError, "round() takes at most 2 arguments (%zu given)", nargs);
    for (size_t i = 0; i < nargs; i++)
        v[i] = args[i];
    lp_parse_kwargs("round", args, nargs, kwnames, names, v);
    if (!v[0]) lp_raise(&lp_exc_TypeError, "round() missing required argument 'number' (pos 1)");
    lp_value name = LP_NAME(__round__);
    if (!lp_type_lookup(lp_type_of(v[0]), name))
        lp_raise(&lp_exc_TypeError, "type %T doesn't define __round__ method", v[0]);
    if (!v[1] || v[1] == LP_NONE) return lp_call_method(v[0], name, NULL, 0);
    return lp_call_method(v[0], name, &v[1], 1);
}

/* ==== attributes ==== */

static void check_name(lp_value name)
{
    if (!lp_str_check(name))
        lp_raise(&lp_exc_TypeError, "attribute name must be string, not '%T'", name);
}

typedef struct {
    lp_value obj, name, result;
} getattr_call_t;

static void do_getattr(void *ud)
{
    getattr_call_t *g = ud;
    g->result = lp_getattr(g->obj, g->name);
}

/* obj.name, or LP_NULL when that raises AttributeError (other errors
 * propagate). */
static lp_value getattr_or_null(lp_value obj, lp_value name)
{
    getattr_call_t g = {obj, name, LP_NULL};
    lp_value exc = lp_pcall(do_getattr, &g);
    if (!exc) return g.result;
    if (lp_is_instance(exc, &lp_exc_AttributeError)) return LP_NULL;
    lp_raise_value(exc);
}

static lp_value b_getattr(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_builtins_check_args("getattr", nargs, kwnames, 2, 3);
    check_name(args[1]);
    if (nargs == 2) return lp_getattr(args[0], args[1]);
    lp_value v = getattr_or_null(args[0], args[1]);
    return v ? v : args[2];
}

static lp_value b_hasattr(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_builtins_check_args("hasattr", nargs, kwnames, 2, 2);
    check_name(args[1]);
    return lp_bool(getattr_or_null(args[0], args[1]) != LP_NULL);
}

static lp_value b_setattr(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_builtins_check_args("setattr", nargs, kwnames, 3, 3);
    check_name(args[1]);
    lp_setattr(args[0], args[1], args[2]);
    return LP_NONE;
}

static lp_value b_delattr(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_builtins_check_args("delattr", nargs, kwnames, 2, 2);
    check_name(args[1]);
    lp_delattr(args[0], args[1]);
    return LP_NONE;
}

/* ==== isinstance and issubclass ==== */

static bool is_type(lp_value v)
{
    return lp_is_ptr(v) && lp_is_instance(v, &lp_type_type);
}

/* The __bases__ of [cls] as a tuple, or LP_NULL (CPython's
 * abstract_get_bases). */
static lp_value get_bases(lp_value cls)
{
    lp_value b = getattr_or_null(cls, lp_str_intern_cstr("__bases__"));
    return b && lp_tuple_check(b) ? b : LP_NULL;
}

static bool abstract_issubclass(lp_value derived, lp_value cls, int depth)
{
    if (derived == cls) return true;
    lp_value bases = get_bases(derived);
    if (!bases || depth > 1000) return false;
    for (int64_t i = 0; i < lp_tuple_len(bases); i++)
        if (abstract_issubclass(lp_tuple_get(bases, i), cls, depth + 1)) return true;
    return false;
}

static bool type_is_plain_check(lp_value cls, const char *hook)
{
    /* a class whose metaclass is exactly type has no custom hook */
    if (lp_type_of(cls) == &lp_type_type) return true;
    lp_value name = lp_str_intern_cstr(hook);
    lp_value h = lp_type_lookup(lp_type_of(cls), name);
    return !h || h == lp_dict_get(lp_type_type.dict, name);
}

/* The __args__ tuple of a types.UnionType [cls] (int | str), or LP_NULL. */
static lp_value union_args(lp_value cls)
{
    if (strcmp(lp_type_of(cls)->name, "types.UnionType") != 0) return LP_NULL;
    lp_value a = lp_getattr_opt(cls, lp_str_intern_cstr("__args__"));
    return a && lp_tuple_check(a) ? a : LP_NULL;
}

/* The __class__ of [obj] when it may differ from its type (a class that
 * overrides __class__ or attribute lookup), else LP_NULL. */
static lp_value claimed_class(lp_value obj)
{
    const lp_type_t *t = lp_type_of(obj);
    static lp_value object_class;
    if (!object_class) object_class = lp_type_lookup(&lp_type_object, LP_NAME(__class__));
    if (t->getattr == lp_type_object.getattr &&
        lp_type_lookup(t, LP_NAME(__class__)) == object_class)
        return LP_NULL;
    lp_value c = getattr_or_null(obj, LP_NAME(__class__));
    return c && c != lp_from_ptr((void *)t) ? c : LP_NULL;
}

/* cls.hook(arg) for the special method [hook] found on type(cls). */
static lp_value call_hook(lp_value hook, lp_value cls, lp_value arg)
{
    const lp_type_t *ht = lp_type_of(hook);
    if (ht->descr_get) hook = ht->descr_get(hook, cls, lp_from_ptr(lp_type_of(cls)));
    return lp_call1(hook, arg);
}

static bool do_isinstance(lp_value obj, lp_value cls, int depth)
{
    if (depth > 1000)
        lp_raise(&lp_exc_RecursionError, "maximum recursion depth exceeded in __instancecheck__");
    bool cls_is_type = is_type(cls);
    if (cls_is_type && lp_type_of(obj) == lp_as_ptr(cls)) return true;
    if (cls_is_type && type_is_plain_check(cls, "__instancecheck__")) {
        if (lp_is_instance(obj, lp_as_ptr(cls))) return true;
        lp_value c = claimed_class(obj);
        return c && is_type(c) && lp_type_is_subtype(lp_as_ptr(c), lp_as_ptr(cls));
    }
    if (!cls_is_type) {
        lp_value u = lp_tuple_check(cls) ? LP_NULL : union_args(cls);
        if (u) cls = u;
        if (lp_tuple_check(cls)) {
            for (int64_t i = 0; i < lp_tuple_len(cls); i++)
                if (do_isinstance(obj, lp_tuple_get(cls, i), depth + 1)) return true;
            return false;
        }
    }
    lp_value hook = lp_type_lookup(lp_type_of(cls), LP_NAME(__instancecheck__));
    if (hook) return lp_truth(call_hook(hook, cls, obj));
    if (!get_bases(cls))
        lp_raise(&lp_exc_TypeError,
                 "isinstance() arg 2 must be a type, a tuple of types, or a union");
    lp_value c = getattr_or_null(obj, LP_NAME(__class__));
    return c && abstract_issubclass(c, cls, 0);
}

static lp_value b_isinstance(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_builtins_check_args("isinstance", nargs, kwnames, 2, 2);
    return lp_bool(do_isinstance(args[0], args[1], 0));
}

static bool do_issubclass(lp_value derived, lp_value cls, int depth)
{
    if (depth > 1000)
        lp_raise(&lp_exc_RecursionError, "maximum recursion depth exceeded in __subclasscheck__");
    if (is_type(cls) && is_type(derived) && type_is_plain_check(cls, "__subclasscheck__"))
        return lp_type_is_subtype(lp_as_ptr(derived), lp_as_ptr(cls));
    lp_value u = union_args(cls);
    if (u) cls = u;
    if (lp_tuple_check(cls)) {
        for (int64_t i = 0; i < lp_tuple_len(cls); i++)
            if (do_issubclass(derived, lp_tuple_get(cls, i), depth + 1)) return true;
        return false;
    }
    lp_value hook = lp_type_lookup(lp_type_of(cls), LP_NAME(__subclasscheck__));
    if (hook && !(is_type(cls) && type_is_plain_check(cls, "__subclasscheck__")))
        return lp_truth(call_hook(hook, cls, derived));
    if (!is_type(derived) && !get_bases(derived))
        lp_raise(&lp_exc_TypeError, "issubclass() arg 1 must be a class");
    if (!is_type(cls) && !get_bases(cls))
        lp_raise(&lp_exc_TypeError,
                 "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return abstract_issubclass(derived, cls, 0);
}

static lp_value b_issubclass(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_builtins_check_args("issubclass", nargs, kwnames, 2, 2);
    return lp_bool(do_issubclass(args[0], args[1], 0));
}

/* ==== iteration ==== */

static lp_value b_iter(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_builtins_check_args("iter", nargs, kwnames, 1, 2);
    if (nargs == 1) return lp_iter(args[0]);
    if (!lp_callable(args[0])) lp_raise(&lp_exc_TypeError, "iter(v, w): v must be callable");
    return lp_callable_iter_new(args[0], args[1]);
}

static lp_value b_next(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_builtins_check_args("next", nargs, kwnames, 1, 2);
    const lp_type_t *t = lp_type_of(args[0]);
    if (!t->next) lp_raise(&lp_exc_TypeError, "'%s' object is not an iterator", t->name);
    if (lp_gen_check(args[0])) { /* the generator's return value goes in StopIteration */
        lp_value ret = LP_NONE;
        lp_value v = lp_gen_send_ex(args[0], LP_NONE, &ret);
        if (v) return v;
        if (nargs == 2) return args[1];
        if (ret && ret != LP_NONE) lp_raise_value(lp_exc_stop_iteration(ret));
        lp_raise_value(lp_from_ptr(&lp_exc_StopIteration));
    }
    lp_value v = lp_iter_next(args[0]);
    if (v) return v;
    if (nargs == 2) return args[1];
    lp_raise_value(lp_from_ptr(&lp_exc_StopIteration));
}

static lp_value b_all(lp_value *args, size_t nargs, lp_value kwnames)
{
    check_one("all", nargs, kwnames);
    lp_value it = lp_iter(args[0]), v;
    while ((v = lp_iter_next(it)))
        if (!lp_truth(v)) return LP_FALSE;
    return LP_TRUE;
}

static lp_value b_any(lp_value *args, size_t nargs, lp_value kwnames)
{
    check_one("any", nargs, kwnames);
    lp_value it = lp_iter(args[0]), v;
    while ((v = lp_iter_next(it)))
        if (lp_truth(v)) return LP_TRUE;
    return LP_FALSE;
}

/* min() and max(): [op] LP_LT for min, LP_GT for max. */
static lp_value min_max(const char *name, lp_value *args, size_t nargs, lp_value kwnames,
                        lp_cmpop_t op)
{
    static const char *const names[] = {"key", "default", NULL};
    lp_value kw[2] = {LP_NULL, LP_NULL};
    if (nargs == 0) lp_raise(&lp_exc_TypeError, "%s expected at least 1 argument, got 0", name);
    lp_parse_kwargs(name, args, nargs, kwnames, names, kw); /* after the count, as CPython */
    if (nargs > 1 && kw[1])
        lp_raise(&lp_exc_TypeError,
                 "Cannot specify a default for %s() with multiple positional arguments", name);
    lp_value key = kw[0] && kw[0] != LP_NONE ? kw[0] : LP_NULL;
    lp_value it = nargs == 1 ? lp_iter(args[0]) : LP_NULL;
    lp_value best = LP_NULL, bestkey = LP_NULL, v;
    for (size_t i = 0; it ? (v = lp_iter_next(it)) != LP_NULL : i < nargs; i++) {
        if (!it) v = args[i]; /* several arguments: no tuple, no iterator */
        lp_value k = key ? lp_call1(key, v) : v;
        if (!best) {
            best = v;
            bestkey = k;
        } else if (lp_is_int(k) && lp_is_int(bestkey) && !key) {
            bool better =
                op == LP_LT ? lp_as_int(k) < lp_as_int(bestkey) : lp_as_int(k) > lp_as_int(bestkey);
            if (better) best = bestkey = k;
        } else if (lp_compare_bool(k, bestkey, op)) {
            best = v;
            bestkey = k;
        }
    }
    if (best) return best;
    if (kw[1]) return kw[1];
    lp_raise(&lp_exc_ValueError, "%s() arg is an empty sequence", name);
}

static lp_value b_min(lp_value *args, size_t nargs, lp_value kwnames)
{
    return min_max("min", args, nargs, kwnames, LP_LT);
}

static lp_value b_max(lp_value *args, size_t nargs, lp_value kwnames)
{
    return min_max("max", args, nargs, kwnames, LP_GT);
}

/* sum() of small ints and floats without allocating; falls back to + for
 * everything else (CPython's fast paths give the same results). */
static lp_value b_sum(lp_value *args, size_t nargs, lp_value kwnames)
{
    static const char *const names[] = {"start", NULL};
    lp_value kw[1] = {LP_NULL};
    lp_parse_kwargs("sum", args, nargs, kwnames, names, kw);
    if (nargs == 0)
        lp_raise(&lp_exc_TypeError, "sum() takes at least 1 positional argument (0 given)");
    if (nargs > 2)
        lp_raise(&lp_exc_TypeError, "sum() takes at most 2 arguments (%zu given)", nargs);
    lp_value it = lp_iter(args[0]), v;
    lp_value acc = nargs == 2 ? args[1] : kw[0] ? kw[0] : lp_from_int(0);
    if (lp_str_check(acc))
        lp_raise(&lp_exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (lp_is_instance(acc, &lp_type_bytes))
        lp_raise(&lp_exc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (lp_is_instance(acc, &lp_type_bytearray))
        lp_raise(&lp_exc_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
    while ((v = lp_iter_next(it))) {
        if (lp_is_int(acc) && lp_is_int(v)) {
            int64_t s = lp_as_int(acc) + lp_as_int(v);
            if (lp_int_fits(s)) {
                acc = lp_from_int(s);
                continue;
            }
        }
        acc = lp_binary_op(acc, v, LP_NB_ADD);
    }
    return acc;
}

static lp_value b_sorted(lp_value *args, size_t nargs, lp_value kwnames)
{
    static const char *const names[] = {"key", "reverse", NULL};
    lp_value kw[2] = {LP_NULL, LP_NULL};
    if (nargs != 1) lp_raise(&lp_exc_TypeError, "sorted expected 1 argument, got %zu", nargs);
    lp_parse_kwargs("sort", args, nargs, kwnames, names, kw);
    lp_value l = lp_list_from_iterable(args[0]);
    bool reverse = false;
    if (kw[1]) {
        if (lp_is_instance(kw[1], &lp_type_float))
            lp_raise(&lp_exc_TypeError, "'float' object cannot be interpreted as an integer");
        int64_t r;
        if (!lp_int_as_i64(lp_index(kw[1]), &r) || r < INT32_MIN || r > INT32_MAX)
            lp_raise(&lp_exc_OverflowError, "Python int too large to convert to C int");
        reverse = r != 0;
    }
    lp_list_sort(l, kw[0] && kw[0] != LP_NONE ? kw[0] : LP_NULL, reverse);
    return l;
}

/* ==== async iteration ==== */

static lp_value b_aiter(lp_value *args, size_t nargs, lp_value kwnames)
{
    check_one("aiter", nargs, kwnames);
    lp_value name = lp_str_intern_cstr("__aiter__");
    if (!lp_type_lookup(lp_type_of(args[0]), name))
        lp_raise(&lp_exc_TypeError, "'%T' object is not an async iterable", args[0]);
    lp_value it = lp_call_method(args[0], name, NULL, 0);
    if (!lp_type_lookup(lp_type_of(it), lp_str_intern_cstr("__anext__")))
        lp_raise(&lp_exc_TypeError, "aiter() returned not an async iterator of type '%T'", it);
    return it;
}

static lp_value b_anext(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_builtins_check_args("anext", nargs, kwnames, 1, 2);
    lp_value name = lp_str_intern_cstr("__anext__");
    if (!lp_type_lookup(lp_type_of(args[0]), name))
        lp_raise(&lp_exc_TypeError, "'%T' object is not an async iterator", args[0]);
    if (nargs == 2)
        lp_raise(&lp_exc_NotImplementedError, "anext() with a default is not supported yet");
    return lp_call_method(args[0], name, NULL, 0);
}

/* ==== exit() and quit() (CPython's site module adds them) ==== */

static void close_stream(void *ud)
{
    lp_call_method(*(lp_value *)ud, lp_str_intern_cstr("close"), NULL, 0);
}

/* exit and quit are _sitebuiltins.Quitter objects: callable, with a hint
 * as their repr. */
typedef struct {
    lp_object_t head;
    const char *name; /* "exit" or "quit" */
} quitter_t;

static lp_value quitter_call(lp_value self, lp_value *args, size_t nargs, lp_value kwnames)
{
    if (nkw(kwnames))
        lp_raise(&lp_exc_TypeError, "Quitter.__call__() got an unexpected keyword argument '%U'",
                 lp_tuple_get(kwnames, 0));
    if (nargs > 1)
        lp_raise(&lp_exc_TypeError,
                 "Quitter.__call__() takes from 1 to 2 positional arguments but %zu were given",
                 nargs + 1);
    lp_value code = nargs ? args[0] : LP_NONE;
    lp_value in = lp_sys_get("stdin"); /* site's Quitter closes stdin first */
    if (in && in != LP_NONE) lp_pcall(close_stream, &in);
    lp_raise_value(lp_exc_new(&lp_exc_SystemExit, &code, 1));
}

static lp_value quitter_repr(lp_value self)
{
    return lp_str_format_c("Use %s() or Ctrl-D (i.e. EOF) to exit",
                           ((quitter_t *)lp_as_ptr(self))->name);
}

static lp_type_t quitter_type = {
    .name = "_sitebuiltins.Quitter",
    .size = sizeof(quitter_t),
    .call = quitter_call,
    .repr = quitter_repr,
};

static lp_value quitter_new(const char *name)
{
    lp_type_ready(&quitter_type);
    quitter_t *q = lp_alloc(sizeof *q);
    q->head.type = &quitter_type;
    q->name = name;
    return lp_from_ptr(q);
}

/* ==== the namespace ==== */

static const lp_method_def_t builtin_functions[] = {
    {"abs", b_abs, 0, "Return the absolute value of the argument."},
    {"aiter", b_aiter, 0, NULL},
    {"anext", b_anext, 0, NULL},
    {"all", b_all, 0, NULL},
    {"any", b_any, 0, NULL},
    {"ascii", b_ascii, 0, NULL},
    {"bin", b_bin, 0, NULL},
    {"callable", b_callable, 0, NULL},
    {"chr", b_chr, 0, NULL},
    {"delattr", b_delattr, 0, NULL},
    {"divmod", b_divmod, 0, NULL},
    {"format", b_format, 0, NULL},
    {"getattr", b_getattr, 0, NULL},
    {"hasattr", b_hasattr, 0, NULL},
    {"hash", b_hash, 0, NULL},
    {"hex", b_hex, 0, NULL},
    {"id", b_id, 0, NULL},
    {"input", b_input, 0, NULL},
    {"isinstance", b_isinstance, 0, NULL},
    {"issubclass", b_issubclass, 0, NULL},
    {"iter", b_iter, 0, NULL},
    {"len", b_len, 0, "Return the number of items in a container."},
    {"max", b_max, 0, NULL},
    {"min", b_min, 0, NULL},
    {"next", b_next, 0, NULL},
    {"oct", b_oct, 0, NULL},
    {"ord", b_ord, 0, NULL},
    {"pow", b_pow, 0, NULL},
    {"print", b_print, 0, NULL},
    {"repr", b_repr, 0, NULL},
    {"round", b_round, 0, NULL},
    {"setattr", b_setattr, 0, NULL},
    {"sorted", b_sorted, 0, NULL},
    {"sum", b_sum, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static lp_value builtins_dict;
static lp_value builtins_module;

static void add_types(lp_value d)
{
    struct {
        const char *name;
        lp_type_t *type;
    } types[] = {
        {"bool", &lp_type_bool},
        {"bytearray", &lp_type_bytearray},
        {"bytes", &lp_type_bytes},
        {"classmethod", &lp_type_classmethod},
        {"complex", &lp_type_complex},
        {"dict", &lp_type_dict},
        {"enumerate", &lp_type_enumerate},
        {"filter", &lp_type_filter},
        {"float", &lp_type_float},
        {"frozenset", &lp_type_frozenset},
        {"int", &lp_type_int},
        {"list", &lp_type_list},
        {"map", &lp_type_map},
        {"memoryview", &lp_type_memoryview},
        {"object", &lp_type_object},
        {"property", &lp_type_property},
        {"range", &lp_type_range},
        {"reversed", &lp_type_reversed},
        {"set", &lp_type_set},
        {"slice", &lp_type_slice},
        {"staticmethod", &lp_type_staticmethod},
        {"str", &lp_type_str},
        {"super", &lp_type_super},
        {"tuple", &lp_type_tuple},
        {"type", &lp_type_type},
        {"zip", &lp_type_zip},
    };
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        lp_dict_set_cstr(d, types[i].name, lp_from_ptr(types[i].type));
}

static void add_constants(lp_value d)
{
    lp_dict_set_cstr(d, "None", LP_NONE);
    lp_dict_set_cstr(d, "True", LP_TRUE);
    lp_dict_set_cstr(d, "False", LP_FALSE);
    lp_dict_set_cstr(d, "Ellipsis", LP_ELLIPSIS);
    lp_dict_set_cstr(d, "NotImplemented", LP_NOTIMPLEMENTED);
    lp_dict_set_cstr(d, "__debug__", LP_TRUE);
    lp_dict_set_cstr(d, "__name__", lp_str_from_cstr("builtins"));
    lp_dict_set_cstr(d, "__package__", lp_str_empty());
    lp_dict_set_cstr(d, "__loader__", LP_NONE);
    lp_dict_set_cstr(d, "__spec__", LP_NONE);
    lp_dict_set_cstr(
        d, "__doc__",
        lp_str_from_cstr(
            "Built-in functions, exceptions, and other objects.\n\nNoteworthy: None is the `nil' "
            "object; Ellipsis represents `...' in slices."));
#define X(name, base) lp_dict_set_cstr(d, #name, lp_from_ptr(&lp_exc_##name));
    LP_EXCEPTIONS(X)
#undef X
#define X(alias, name) lp_dict_set_cstr(d, #alias, lp_from_ptr(&lp_exc_##name));
    LP_EXCEPTION_ALIASES(X)
#undef X
}

lp_value lp_builtins_dict(void)
{
    if (builtins_dict) return builtins_dict;
    lp_value d = builtins_dict = lp_dict_new();
    lp_exc_types_init();
    lp_builtins_types_init();
    for (const lp_method_def_t *m = builtin_functions; m->name; m++) {
        lp_value f = lp_builtin_new(m->name, m->fn, LP_NULL);
        ((lp_builtin_t *)lp_as_ptr(f))->doc = m->doc;
        lp_dict_set_cstr(d, m->name, f);
    }
    lp_builtins_add_code_functions(d);
    lp_dict_set_cstr(d, "open", lp_io_open_function());
    lp_dict_set_cstr(d, "exit", quitter_new("exit"));
    lp_dict_set_cstr(d, "quit", quitter_new("quit"));
    add_types(d);
    add_constants(d);
    return d;
}

lp_value lp_builtins_module(void)
{
    if (builtins_module) return builtins_module;
    lp_value m = lp_module_new(lp_str_from_cstr("builtins"));
    ((lp_module_t *)lp_as_ptr(m))->dict = lp_builtins_dict();
    builtins_module = m;
    return m;
}
