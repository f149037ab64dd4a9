/* mod_imp.c -- the _imp built-in module: what importlib (written in Python
 * in the library folder) needs from C.
 *
 * CPython's _imp functions that mean something here (source_hash,
 * check_hash_based_pycs, is_builtin, create_builtin, exec_builtin,
 * extension_suffixes; the frozen-module and lock functions answer "no
 * frozen modules, no locks") and lemonpy's own, named _lp_*: the finder,
 * the code runner, the bytecode cache (pycache.h) and the few file-system
 * questions importlib asks without an os module.
 *
 * SPDX-License-Identifier: MIT
 */
#include <errno.h>
#include <limits.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "error.h"
#include "import.h"
#include "mod_builtins.h"
#include "modules.h"
#include "names.h"
#include "obj_bytes.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_func.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"
#include "pycache.h"
#include "types.h"

lp_value lp_import_builtin(lp_value name);

static lp_value imp_module;

static lp_value str_arg(const char *fname, lp_value v, int pos)
{
    if (!lp_str_check(v))
        lp_raise(&lp_exc_TypeError, "%s() argument %d must be str, not %s", fname, pos,
                 lp_arg_type_name(v));
    return v;
}

static lp_value imp_source_hash(lp_value *args, size_t nargs, lp_value kwnames)
{
    static const char *const names[] = {"key", "source", NULL};
    lp_value v[2] = {LP_NULL, LP_NULL};
    if (nargs > 2)
        lp_raise(&lp_exc_TypeError, "source_hash() takes at most 2 arguments (%zu given)", nargs);
    for (size_t i = 0; i < nargs; i++) v[i] = args[i];
    lp_parse_kwargs("source_hash", args, nargs, kwnames, names, v);
    if (!v[0]) lp_raise(&lp_exc_TypeError, "source_hash() missing required argument 'key' (pos 1)");
    if (!v[1])
        lp_raise(&lp_exc_TypeError, "source_hash() missing required argument 'source' (pos 2)");
    int64_t key = lp_as_ssize(v[0], &lp_exc_OverflowError);
    const char *data;
    int64_t n;
    if (!lp_bytes_view(v[1], &data, &n))
        lp_raise(&lp_exc_TypeError, "a bytes-like object is required, not '%s'",
                 lp_arg_type_name(v[1]));
    uint64_t h = lp_siphash13((uint64_t)key, 0, data, (size_t)n);
    uint8_t out[8];
    for (int i = 0; i < 8; i++) out[i] = (uint8_t)(h >> (8 * i));
    return lp_bytes_new((const char *)out, 8);
}

static lp_value imp_extension_suffixes(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("extension_suffixes", nargs, kwnames, 0, 0);
    return lp_list_new(0);
}

static lp_value imp_is_builtin(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("is_builtin", nargs, kwnames, 1, 1);
    str_arg("is_builtin", args[0], 1);
    static const char *const names[] = {
#define LP_MODULE_NAME(name, init) #name,
        LP_BUILTIN_MODULES(LP_MODULE_NAME)
#undef LP_MODULE_NAME
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (!lp_str_eq_cstr(args[0], names[i])) continue;
        bool fixed = strcmp(names[i], "sys") == 0 || strcmp(names[i], "builtins") == 0;
        return lp_from_int(fixed ? -1 : 1); /* -1: cannot be initialised again */
    }
    return lp_from_int(0);
}

static lp_value imp_create_builtin(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("create_builtin", nargs, kwnames, 1, 1);
    lp_value name = lp_getattr(args[0], LP_NAME(name));
    if (!lp_str_check(name))
        lp_raise(&lp_exc_TypeError, "name must be string, not %s", lp_arg_type_name(name));
    lp_value m = lp_import_builtin(name);
    if (!m) {
        lp_value msg = lp_str_format_c("no built-in module named %U", name);
        lp_value e = lp_exc_new(&lp_exc_ImportError, &msg, 1);
        lp_setattr(e, LP_NAME(name), name);
        lp_raise_value(e);
    }
    return m;
}

static lp_value imp_exec_builtin(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("exec_builtin", nargs, kwnames, 1, 1);
    return lp_from_int(0);
}

static lp_value imp_false(lp_value *args, size_t nargs, lp_value kwnames)
{
    return LP_FALSE;
}

static lp_value imp_none(lp_value *args, size_t nargs, lp_value kwnames)
{
    return LP_NONE;
}

/* _lp_find(fullname, path): (kind, origin, locations) or None. */
static lp_value imp_find(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("_lp_find", nargs, kwnames, 2, 2);
    str_arg("_lp_find", args[0], 1);
    const char *kind;
    lp_value origin, locations;
    if (!lp_import_find(args[0], args[1], &kind, &origin, &locations)) return LP_NONE;
    return lp_tuple_pack(3, lp_str_from_cstr(kind), origin, locations);
}

/* _lp_path_find_spec(fullname, path, namespace_path=True): PathFinder. */
static lp_value imp_path_find_spec(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("_lp_path_find_spec", nargs, kwnames, 2, 3);
    str_arg("_lp_path_find_spec", args[0], 1);
    lp_value r = lp_import_path_find_spec(args[0], args[1], nargs < 3 || lp_truth(args[2]));
    return r ? r : LP_NONE;
}

static lp_value imp_import(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("_lp_import", nargs, kwnames, 1, 1);
    return lp_import_module(str_arg("_lp_import", args[0], 1));
}

static lp_value imp_cache_from_source(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("_lp_cache_from_source", nargs, kwnames, 1, 1);
    lp_value r = lp_pyc_cache_from_source(str_arg("_lp_cache_from_source", args[0], 1));
    return r ? r : LP_NONE;
}

static lp_value imp_source_from_cache(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("_lp_source_from_cache", nargs, kwnames, 1, 1);
    return lp_pyc_source_from_cache(str_arg("_lp_source_from_cache", args[0], 1));
}

static lp_value imp_get_code(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("_lp_get_code", nargs, kwnames, 2, 2);
    return lp_pyc_get_code(str_arg("_lp_get_code", args[0], 1), args[1]);
}

static lp_value imp_get_code_sourceless(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("_lp_get_code_sourceless", nargs, kwnames, 2, 2);
    return lp_pyc_get_code_sourceless(str_arg("_lp_get_code_sourceless", args[0], 1), args[1]);
}

/* _lp_compile_file(path, cfile, mode): py_compile's writer; mode 1
 * timestamp, 2 checked hash, 3 unchecked hash (PycInvalidationMode). */
static lp_value imp_compile_file(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("_lp_compile_file", nargs, kwnames, 3, 3);
    int64_t mode = lp_as_ssize(args[2], &lp_exc_OverflowError);
    if (mode < 1 || mode > 3) lp_raise(&lp_exc_ValueError, "bad invalidation mode %R", args[2]);
    lp_pyc_compile_file(str_arg("_lp_compile_file", args[0], 1),
                        str_arg("_lp_compile_file", args[1], 2),
                        mode == 1   ? LP_PYC_TIMESTAMP
                        : mode == 2 ? LP_PYC_CHECKED_HASH
                                    : LP_PYC_UNCHECKED_HASH);
    return LP_NONE;
}

static lp_value imp_stat_kind(lp_value *args, size_t nargs, lp_value kwnames, bool dir)
{
    struct stat st;
    const char *p = lp_str_utf8(args[0], NULL);
    if (!*p) p = ".";
    if (stat(p, &st) != 0) return LP_FALSE;
    return (dir ? S_ISDIR(st.st_mode) : S_ISREG(st.st_mode)) ? LP_TRUE : LP_FALSE;
}

static lp_value imp_isfile(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("_lp_isfile", nargs, kwnames, 1, 1);
    str_arg("_lp_isfile", args[0], 1);
    return imp_stat_kind(args, nargs, kwnames, false);
}

static lp_value imp_isdir(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("_lp_isdir", nargs, kwnames, 1, 1);
    str_arg("_lp_isdir", args[0], 1);
    return imp_stat_kind(args, nargs, kwnames, true);
}

/* _lp_stat(path): (mtime, size) of a file; OSError as os.stat. */
static lp_value imp_stat(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("_lp_stat", nargs, kwnames, 1, 1);
    struct stat st;
    if (stat(lp_str_utf8(str_arg("_lp_stat", args[0], 1), NULL), &st) != 0)
        lp_raise_value(lp_exc_from_errno(errno, args[0]));
    return lp_tuple_pack(2, lp_from_float((double)st.st_mtim.tv_sec + st.st_mtim.tv_nsec * 1e-9),
                         lp_from_int((int64_t)st.st_size));
}

static lp_value imp_getcwd(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("_lp_getcwd", nargs, kwnames, 0, 0);
    char buf[PATH_MAX];
    if (!getcwd(buf, sizeof buf)) lp_raise_value(lp_exc_from_errno(errno, LP_NULL));
    return lp_str_from_cstr(buf);
}

static lp_value imp_verbose(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("_lp_verbose", nargs, kwnames, 2, 2);
    int64_t level = lp_as_ssize(args[1], &lp_exc_OverflowError);
    lp_value msg = lp_str(args[0]);
    if (lp_str_len(msg) > 0 && (lp_str_at(lp_as_str(msg), 0) == '#' ||
                                 (lp_str_len(msg) > 7 && lp_str_eq(lp_str_substr(msg, 0, 7),
                                                                   lp_str_from_cstr("import ")))))
        lp_import_verbose_message((int)level, "#%U", lp_str_substr(msg, 1, lp_str_len(msg)));
    else
        lp_import_verbose_message((int)level, "%U", msg);
    return LP_NONE;
}

static const lp_method_def_t imp_functions[] = {
    {"source_hash", imp_source_hash, 0, NULL},
    {"extension_suffixes", imp_extension_suffixes, 0, NULL},
    {"is_builtin", imp_is_builtin, 0, NULL},
    {"create_builtin", imp_create_builtin, 0, NULL},
    {"exec_builtin", imp_exec_builtin, 0, NULL},
    {"is_frozen", imp_false, 0, NULL},
    {"is_frozen_package", imp_false, 0, NULL},
    {"find_frozen", imp_none, 0, NULL},
    {"lock_held", imp_false, 0, NULL},
    {"acquire_lock", imp_none, 0, NULL},
    {"release_lock", imp_none, 0, NULL},
    {"_fix_co_filename", imp_none, 0, NULL},
    {"_lp_find", imp_find, 0, NULL},
    {"_lp_path_find_spec", imp_path_find_spec, 0, NULL},
    {"_lp_import", imp_import, 0, NULL},
    {"_lp_cache_from_source", imp_cache_from_source, 0, NULL},
    {"_lp_source_from_cache", imp_source_from_cache, 0, NULL},
    {"_lp_get_code", imp_get_code, 0, NULL},
    {"_lp_get_code_sourceless", imp_get_code_sourceless, 0, NULL},
    {"_lp_compile_file", imp_compile_file, 0, NULL},
    {"_lp_isfile", imp_isfile, 0, NULL},
    {"_lp_isdir", imp_isdir, 0, NULL},
    {"_lp_stat", imp_stat, 0, NULL},
    {"_lp_getcwd", imp_getcwd, 0, NULL},
    {"_lp_verbose", imp_verbose, 0, NULL},
    {NULL, NULL, 0, NULL},
};

lp_value lp_imp_module(void)
{
    if (imp_module) return imp_module;
    lp_value m = lp_module_new(lp_str_from_cstr("_imp"));
    lp_value d = ((lp_module_t *)lp_as_ptr(m))->dict;
    lp_dict_set(d, LP_NAME(__doc__), lp_str_from_cstr("(Extremely) low-level import machinery bits "
                                                      "as used by importlib."));
    for (const lp_method_def_t *f = imp_functions; f->name; f++) {
        lp_value fn = lp_builtin_new(f->name, f->fn, LP_NULL);
        ((lp_builtin_t *)lp_as_ptr(fn))->module = lp_str_from_cstr("_imp");
        lp_dict_set_cstr(d, f->name, fn);
    }
    lp_dict_set_cstr(d, "check_hash_based_pycs", lp_str_from_cstr(lp_check_hash_based_pycs));
    lp_dict_set_cstr(d, "_lp_magic", lp_bytes_new((const char *)lp_pyc_magic, 4));
    lp_dict_set_cstr(d, "_lp_lib_dir", lp_import_lib_dir());
    imp_module = m;
    return m;
}
