/* mod_sys.c -- a minimal sys module.
 *
 * argv, the standard streams (io.h), exit, the recursion limit (the VM's),
 * the int string-conversion limit (obj_int.h), version and platform facts,
 * modules and path, exc_info/exception, intern, and the default
 * excepthook (traceback.h).  The module is made on first use; main sets
 * argv through lp_sys_set_argv.
 *
 * SPDX-License-Identifier: MIT
 */
#include <float.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "error.h"
#include "frame.h"
#include "gc.h"
#include "io.h"
#include "mod_builtins.h"
#include "mod_sys.h"
#include "modules.h"
#include "names.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_func.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"
#include "traceback.h"
#include "types.h"
#include "vm.h"

static lp_value sys_module, sys_dict, sys_excepthook;

static size_t nkw(lp_value kwnames)
{
    return kwnames ? (size_t)lp_tuple_len(kwnames) : 0;
}


/* ==== struct sequences: tuples with named fields (version_info, ...) ==== */

/* A tuple type whose items are also attributes (CPython's structseq). */
typedef struct {
    lp_type_t type; /* first: the type object itself */
    const char *const *fields;
    int nfields;
} structseq_t;

static const structseq_t *structseq_of(lp_value self)
{
    return (const structseq_t *)lp_type_of(self);
}

static lp_value structseq_repr(lp_value self)
{
    const structseq_t *st = structseq_of(self);
    lp_strbuf_t b;
    lp_strbuf_init(&b);
    lp_strbuf_puts(&b, st->type.name);
    lp_strbuf_putc(&b, '(');
    for (int i = 0; i < st->nfields; i++) {
        if (i) lp_strbuf_puts(&b, ", ");
        lp_strbuf_puts(&b, st->fields[i]);
        lp_strbuf_putc(&b, '=');
        lp_strbuf_put_str(&b, lp_repr(lp_tuple_get(self, i)));
    }
    lp_strbuf_putc(&b, ')');
    return lp_strbuf_finish(&b);
}

static lp_value structseq_getattr(lp_value self, lp_value name)
{
    const structseq_t *st = structseq_of(self);
    for (int i = 0; i < st->nfields; i++)
        if (lp_str_eq_cstr(name, st->fields[i])) return lp_tuple_get(self, i);
    return lp_generic_getattr(self, name);
}

static lp_value structseq_new(structseq_t *st, const lp_value *items);

/* T(sequence, dict=None) of a struct sequence type: its fields from a
 * sequence of exactly that many items (sys.version_info refuses). */
static lp_value structseq_call_new(lp_type_t *type, lp_value *args, size_t nargs, lp_value kwnames)
{
    structseq_t *st = (structseq_t *)type;
    if (!strcmp(type->name, "sys.version_info"))
        lp_raise(&lp_exc_TypeError, "cannot create '%s' instances", type->name);
    static const char *const names[] = {"sequence", "dict", NULL};
    lp_value a[2] = {LP_NULL, LP_NULL};
    size_t nkw = kwnames ? (size_t)lp_tuple_len(kwnames) : 0;
    if (nargs > 2)
        lp_raise(&lp_exc_TypeError, "structseq() takes at most 2 arguments (%zu given)",
                 nargs + nkw);
    for (size_t i = 0; i < nargs; i++) a[i] = args[i];
    lp_parse_kwargs("structseq", args, nargs, kwnames, names, a);
    if (!a[0])
        lp_raise(&lp_exc_TypeError, "structseq() missing required argument 'sequence' (pos 1)");
    if (a[1] && a[1] != LP_NONE && !lp_dict_check(a[1]))
        lp_raise(&lp_exc_TypeError, "%s() takes a dict as second arg, if any", type->name);
    if (!lp_type_of(a[0])->iter && !lp_type_of(a[0])->getitem)
        lp_raise(&lp_exc_TypeError, "constructor requires a sequence");
    lp_value l = lp_list_from_iterable(a[0]);
    if (lp_as_list(l)->len != st->nfields)
        lp_raise(&lp_exc_TypeError, "%s() takes a %d-sequence (%lld-sequence given)", type->name,
                 st->nfields, (long long)lp_as_list(l)->len);
    return structseq_new(st, lp_as_list(l)->items);
}

#define STRUCTSEQ(cname, pyname, ...)                                                              \
    static const char *const cname##_fields[] = {__VA_ARGS__};                                     \
    static structseq_t cname = {                                                                   \
        .type = {.name = pyname,                                                                   \
                 .base = &lp_type_tuple,                                                           \
                 .new = structseq_call_new,                                                        \
                 .repr = structseq_repr,                                                           \
                 .getattr = structseq_getattr},                                                    \
        .fields = cname##_fields,                                                                  \
        .nfields = sizeof cname##_fields / sizeof *cname##_fields,                                 \
    };

STRUCTSEQ(version_info_type, "sys.version_info", "major", "minor", "micro", "releaselevel",
          "serial")
STRUCTSEQ(float_info_type, "sys.float_info", "max", "max_exp", "max_10_exp", "min", "min_exp",
          "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds")
STRUCTSEQ(int_info_type, "sys.int_info", "bits_per_digit", "sizeof_digit", "default_max_str_digits",
          "str_digits_check_threshold")
STRUCTSEQ(hash_info_type, "sys.hash_info", "width", "modulus", "inf", "nan", "imag", "algorithm",
          "hash_bits", "seed_bits", "cutoff")

/* An instance of [st] holding [items] (as many as its fields). */
static lp_value structseq_new(structseq_t *st, const lp_value *items)
{
    lp_type_ready(&st->type);
    size_t size = sizeof(lp_tuple_t) + (size_t)st->nfields * sizeof(lp_value);
    lp_tuple_t *t = lp_alloc(size);
    memcpy(t, lp_as_tuple(lp_tuple_from_array(items, st->nfields)), size);
    t->head.type = &st->type;
    return lp_from_ptr(t);
}

static lp_value make_version_info(void)
{
    lp_value v[] = {lp_from_int(3), lp_from_int(11), lp_from_int(7), lp_str_from_cstr("final"),
                    lp_from_int(0)};
    return structseq_new(&version_info_type, v);
}

static lp_value make_float_info(void)
{
    lp_value v[] = {lp_from_float(DBL_MAX), lp_from_int(DBL_MAX_EXP),  lp_from_int(DBL_MAX_10_EXP),
                    lp_from_float(DBL_MIN), lp_from_int(DBL_MIN_EXP),  lp_from_int(DBL_MIN_10_EXP),
                    lp_from_int(DBL_DIG),   lp_from_int(DBL_MANT_DIG), lp_from_float(DBL_EPSILON),
                    lp_from_int(FLT_RADIX), lp_from_int(FLT_ROUNDS)};
    return structseq_new(&float_info_type, v);
}

static lp_value make_int_info(void)
{
    lp_value v[] = {lp_from_int(30), lp_from_int(4), lp_from_int(4300), lp_from_int(640)};
    return structseq_new(&int_info_type, v);
}

static lp_value make_hash_info(void)
{
    lp_value v[] = {lp_from_int(64),      lp_int_from_i64(((int64_t)1 << 61) - 1),
                    lp_from_int(314159),  lp_from_int(0),
                    lp_from_int(1000003), lp_str_from_cstr("siphash13"),
                    lp_from_int(64),      lp_from_int(128),
                    lp_from_int(0)};
    return structseq_new(&hash_info_type, v);
}

/* ==== a namespace (sys.implementation, sys.flags) ==== */

typedef struct {
    lp_object_t head;
    lp_value dict;
} namespace_t;

static lp_value namespace_repr(lp_value self)
{
    lp_strbuf_t b;
    lp_strbuf_init(&b);
    lp_strbuf_puts(&b, lp_type_of(self)->name);
    lp_strbuf_putc(&b, '(');
    lp_value k, v;
    int64_t pos = 0;
    bool first = true;
    while (lp_dict_next(((namespace_t *)lp_as_ptr(self))->dict, &pos, &k, &v)) {
        if (!first) lp_strbuf_puts(&b, ", ");
        first = false;
        lp_strbuf_put_str(&b, k);
        lp_strbuf_putc(&b, '=');
        lp_strbuf_put_str(&b, lp_repr(v));
    }
    lp_strbuf_putc(&b, ')');
    return lp_strbuf_finish(&b);
}

static lp_type_t namespace_type = {
    .name = "namespace",
    .size = sizeof(namespace_t),
    .dictoffset = offsetof(namespace_t, dict),
    .flags = LP_TPF_HAS_DICT,
    .repr = namespace_repr,
};

static lp_type_t flags_type = {
    .name = "sys.flags",
    .size = sizeof(namespace_t),
    .dictoffset = offsetof(namespace_t, dict),
    .flags = LP_TPF_HAS_DICT,
    .repr = namespace_repr,
};

static lp_value namespace_new(lp_type_t *type)
{
    lp_type_ready(type);
    namespace_t *n = lp_alloc(sizeof *n);
    n->head.type = type;
    n->dict = lp_dict_new();
    return lp_from_ptr(n);
}

static lp_value make_implementation(lp_value version_info)
{
    lp_value ns = namespace_new(&namespace_type);
    lp_value d = ((namespace_t *)lp_as_ptr(ns))->dict;
    lp_dict_set_cstr(d, "name", lp_str_from_cstr("lemonpy"));
    lp_dict_set_cstr(d, "cache_tag", lp_str_from_cstr("lemonpy-311"));
    lp_dict_set_cstr(d, "version", version_info);
    lp_dict_set_cstr(d, "hexversion", lp_from_int(0x030b07f0));
    return ns;
}

static lp_value make_flags(void)
{
    static const char *const names[] = {"debug",
                                        "inspect",
                                        "interactive",
                                        "optimize",
                                        "dont_write_bytecode",
                                        "no_user_site",
                                        "no_site",
                                        "ignore_environment",
                                        "verbose",
                                        "bytes_warning",
                                        "quiet",
                                        "hash_randomization",
                                        "isolated",
                                        NULL};
    lp_value ns = namespace_new(&flags_type);
    lp_value d = ((namespace_t *)lp_as_ptr(ns))->dict;
    for (int i = 0; names[i]; i++)
        lp_dict_set_cstr(d, names[i], lp_from_int(strcmp(names[i], "hash_randomization") == 0));
    lp_dict_set_cstr(d, "dev_mode", LP_FALSE);
    lp_dict_set_cstr(d, "utf8_mode", lp_from_int(0));
    lp_dict_set_cstr(d, "warn_default_encoding", lp_from_int(0));
    lp_dict_set_cstr(d, "safe_path", LP_FALSE);
    lp_dict_set_cstr(d, "int_max_str_digits", lp_from_int(-1));
    return ns;
}

/* ==== functions ==== */

/* sys.exit(status): SystemExit() for None, SystemExit(*t) for a tuple t,
 * else SystemExit(status) (CPython's PyErr_SetObject). */
static lp_value sys_exit(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("exit", nargs, kwnames, 0, 1);
    if (nargs == 0 || args[0] == LP_NONE) lp_raise_value(lp_exc_new(&lp_exc_SystemExit, NULL, 0));
    if (lp_type_of(args[0]) == &lp_type_tuple)
        lp_raise_value(lp_exc_new(&lp_exc_SystemExit, lp_as_tuple(args[0])->items,
                                  (size_t)lp_tuple_len(args[0])));
    lp_raise_value(lp_exc_new(&lp_exc_SystemExit, args, 1));
}

/* sys._getframe([depth]): the caller's frame, or one [depth] calls out. */
static lp_value sys_getframe(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("_getframe", nargs, kwnames, 0, 1);
    int64_t depth = nargs ? lp_as_ssize(args[0], &lp_exc_OverflowError) : 0;
    lp_frame_t *f = lp_vm_current_frame();
    for (; f && depth > 0; depth--) f = f->back;
    if (!f) lp_raise(&lp_exc_ValueError, "call stack is not deep enough");
    return lp_frame_object_snapshot(f);
}

static lp_value sys_getrecursionlimit(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("sys.getrecursionlimit", nargs, kwnames, 0, 0);
    return lp_from_int(lp_vm_get_recursion_limit());
}

static lp_value sys_setrecursionlimit(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("sys.setrecursionlimit", nargs, kwnames, 1, 1);
    if (lp_is_instance(args[0], &lp_type_float))
        lp_raise(&lp_exc_TypeError, "'float' object cannot be interpreted as an integer");
    int64_t n;
    if (!lp_int_as_i64(lp_index(args[0]), &n) || n > 2147483647LL)
        lp_raise(&lp_exc_OverflowError, "Python int too large to convert to C int");
    if (n < 1) lp_raise(&lp_exc_ValueError, "recursion limit must be greater or equal than 1");
    lp_vm_set_recursion_limit(n);
    return LP_NONE;
}

static lp_value sys_get_int_max_str_digits(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("sys.get_int_max_str_digits", nargs, kwnames, 0, 0);
    return lp_int_from_i64(lp_int_get_max_str_digits());
}

static lp_value sys_set_int_max_str_digits(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_value v = nargs == 1 && !nkw(kwnames) ? args[0] : LP_NULL;
    if (nargs == 0 && nkw(kwnames) == 1 && lp_str_eq_cstr(lp_tuple_get(kwnames, 0), "maxdigits"))
        v = args[0];
    if (!v) {
        if (nargs + nkw(kwnames) > 1)
            lp_raise(&lp_exc_TypeError,
                     "set_int_max_str_digits() takes at most 1 argument (%zu given)",
                     nargs + nkw(kwnames));
        lp_raise(&lp_exc_TypeError,
                 "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
    }
    int64_t n;
    if (!lp_int_as_i64(lp_index(v), &n) || n > 2147483647LL || n < -2147483648LL)
        lp_raise(&lp_exc_OverflowError, "Python int too large to convert to C int");
    if (n != 0 && n < 640) lp_raise(&lp_exc_ValueError, "maxdigits must be 0 or larger than 640");
    lp_int_set_max_str_digits(n);
    return LP_NONE;
}

static lp_value sys_intern(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("sys.intern", nargs, kwnames, 1, 1);
    if (lp_type_of(args[0]) != &lp_type_str)
        lp_raise(&lp_exc_TypeError, "intern() argument must be str, not %s",
                 lp_arg_type_name(args[0]));
    return lp_str_intern(args[0]);
}

static lp_value handled(void)
{
    lp_value e = lp_vm_handled_exception();
    return e && e != LP_NONE ? e : LP_NULL;
}

static lp_value sys_exc_info(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("sys.exc_info", nargs, kwnames, 0, 0);
    lp_value e = handled();
    if (!e) return lp_tuple_pack(3, LP_NONE, LP_NONE, LP_NONE);
    lp_value tb = lp_as_exc(e)->traceback;
    return lp_tuple_pack(3, lp_from_ptr((void *)lp_type_of(e)), e, tb ? tb : LP_NONE);
}

static lp_value sys_exception(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("sys.exception", nargs, kwnames, 0, 0);
    lp_value e = handled();
    return e ? e : LP_NONE;
}

static lp_value sys_excepthook_fn(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("excepthook", nargs, kwnames, 3, 3);
    lp_traceback_print(args[1], LP_NULL);
    return LP_NONE;
}

static lp_value sys_getdefaultencoding(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("sys.getdefaultencoding", nargs, kwnames, 0, 0);
    return lp_str_from_cstr("utf-8");
}

static lp_value sys_getsizeof(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("getsizeof", nargs, kwnames, 1, 2);
    const lp_type_t *t = lp_type_of(args[0]);
    return lp_from_int(lp_is_ptr(args[0]) && t->size ? (int64_t)t->size + 16 : 24);
}

static const lp_method_def_t sys_functions[] = {
    {"exit", sys_exit, 0, NULL},
    {"getrecursionlimit", sys_getrecursionlimit, 0, NULL},
    {"_getframe", sys_getframe, 0, NULL},
    {"setrecursionlimit", sys_setrecursionlimit, 0, NULL},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, 0, NULL},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, 0, NULL},
    {"intern", sys_intern, 0, NULL},
    {"exc_info", sys_exc_info, 0, NULL},
    {"exception", sys_exception, 0, NULL},
    {"getdefaultencoding", sys_getdefaultencoding, 0, NULL},
    {"getfilesystemencoding", sys_getdefaultencoding, 0, NULL},
    {"getsizeof", sys_getsizeof, 0, NULL},
    {NULL, NULL, 0, NULL},
};

/* ==== the module ==== */

/* sys.builtin_module_names: the names of modules.h, sorted. */
static lp_value builtin_module_names(void)
{
    static const char *const names[] = {
#define LP_MODULE_NAME(name, init) #name,
        LP_BUILTIN_MODULES(LP_MODULE_NAME)
#undef LP_MODULE_NAME
    };
    size_t n = sizeof names / sizeof names[0];
    lp_value list = lp_list_new(0);
    for (size_t i = 0; i < n; i++) lp_list_append(list, lp_str_from_cstr(names[i]));
    lp_list_sort(list, LP_NULL, false);
    return lp_tuple_from_array(lp_as_list(list)->items, lp_as_list(list)->len);
}

static void set(const char *name, lp_value v)
{
    lp_dict_set_cstr(sys_dict, name, v);
}

/* sys.executable: the absolute path of the running binary (CPython's). */
static lp_value executable(void)
{
    char path[4096];
    ssize_t n = readlink("/proc/self/exe", path, sizeof path - 1);
    if (n <= 0) return lp_str_empty();
    return lp_str_from_utf8(path, (size_t)n);
}

static void sys_fill(void)
{
    for (const lp_method_def_t *m = sys_functions; m->name; m++) {
        lp_value f = lp_builtin_new(m->name, m->fn, LP_NULL);
        ((lp_builtin_t *)lp_as_ptr(f))->module = lp_str_from_cstr("sys");
        set(m->name, f);
    }
    sys_excepthook = lp_builtin_new("excepthook", sys_excepthook_fn, LP_NULL);
    set("excepthook", sys_excepthook);
    set("__excepthook__", sys_excepthook);
    set("stdout", lp_io_stdout());
    set("stderr", lp_io_stderr());
    set("stdin", lp_io_stdin());
    set("__stdout__", lp_io_stdout());
    set("__stderr__", lp_io_stderr());
    set("__stdin__", lp_io_stdin());
    set("argv", lp_list_new(0));
    set("orig_argv", lp_list_new(0));
    set("path", lp_list_new(0));
    set("modules", lp_dict_new());
    set("maxsize", lp_int_from_i64(INT64_MAX));
    set("maxunicode", lp_from_int(0x10ffff));
    set("version", lp_str_from_cstr("3.11.7 (lemonpy)"));
    lp_value vi = make_version_info();
    set("version_info", vi);
    set("hexversion", lp_from_int(0x030b07f0));
    set("float_info", make_float_info());
    set("int_info", make_int_info());
    set("hash_info", make_hash_info());
    set("api_version", lp_from_int(1013));
    set("implementation", make_implementation(vi));
    set("flags", make_flags());
    set("platform", lp_str_from_cstr("linux"));
    set("byteorder", lp_str_from_cstr("little"));
    set("executable", executable());
    set("prefix", lp_str_empty());
    set("base_prefix", lp_str_empty());
    set("copyright", lp_str_from_cstr("Copyright (c) lemonpy authors."));
    set("dont_write_bytecode", LP_FALSE);
    set("pycache_prefix", LP_NONE);
    set("builtin_module_names", builtin_module_names());
    set("__name__", lp_str_from_cstr("sys"));
    set("__doc__", LP_NONE);
}

lp_value lp_sys_module(void)
{
    if (sys_module) return sys_module;
    lp_builtins_types_init();
    lp_value m = lp_module_new(lp_str_from_cstr("sys"));
    lp_module_t *mod = lp_as_ptr(m);
    if (!mod->dict) mod->dict = lp_dict_new();
    sys_dict = mod->dict;
    sys_module = m;
    sys_fill();
    lp_value modules = lp_dict_get_cstr(sys_dict, "modules");
    lp_dict_set_cstr(modules, "sys", m);
    lp_dict_set_cstr(modules, "builtins", lp_builtins_module());
    return m;
}

lp_value lp_sys_get(const char *name)
{
    if (!sys_module) lp_sys_module();
    return lp_dict_get_cstr(sys_dict, name);
}

lp_value lp_sys_modules(void)
{
    lp_value m = lp_sys_get("modules");
    if (!m || !lp_dict_check(m)) {
        m = lp_dict_new();
        lp_dict_set_cstr(sys_dict, "modules", m);
    }
    return m;
}

lp_value lp_sys_default_excepthook(void)
{
    if (!sys_module) lp_sys_module();
    return sys_excepthook;
}

void lp_sys_set_argv(int argc, char **argv)
{
    lp_value l = lp_list_new(argc);
    for (int i = 0; i < argc; i++)
        lp_list_append(l, lp_str_from_cstr(argv[i]));
    lp_sys_module();
    lp_dict_set_cstr(sys_dict, "argv", l);
    lp_dict_set_cstr(sys_dict, "orig_argv", lp_list_from_array(lp_as_list(l)->items, argc));
}

void lp_sys_set_orig_argv(int argc, char **argv)
{
    lp_value l = lp_list_new(argc);
    for (int i = 0; i < argc; i++)
        lp_list_append(l, lp_str_from_cstr(argv[i]));
    lp_sys_module();
    lp_dict_set_cstr(sys_dict, "orig_argv", l);
}

void lp_sys_set_flag(const char *name, lp_value v)
{
    lp_value flags = lp_sys_get("flags");
    lp_dict_set_cstr(((namespace_t *)lp_as_ptr(flags))->dict, name, v);
}
