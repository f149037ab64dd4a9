/* import.c -- the import system behind __import__: source modules and
 * packages found on sys.path, relative imports, sys.modules.
 *
 * A module `a.b.c` is imported parent first; each is looked up in
 * sys.modules, else found as `<dir>/<name>/__init__.py` (a package, whose
 * __path__ is that folder) or `<dir>/<name>.py` in the directories of
 * sys.path (a top-level module) or of its parent's __path__.  The module
 * is registered in sys.modules before its code runs and removed again when
 * the code raises; a submodule is also bound as an attribute of its
 * parent.  __import__'s return value and fromlist handling follow
 * importlib._bootstrap._handle_fromlist and __import__.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "compile.h"
#include "error.h"
#include "gc.h"
#include "import.h"
#include "io.h"
#include "mod_builtins.h"
#include "mod_sys.h"
#include "modules.h"
#include "names.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_func.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "pycache.h"
#include "ops.h"
#include "source.h"
#include "types.h"
#include "vm.h"

int lp_import_verbose;

void lp_import_verbose_message(int level, const char *fmt, ...)
{
    if (lp_import_verbose < level) return;
    va_list ap;
    va_start(ap, fmt);
    lp_value msg = lp_str_vformat_c(fmt, ap);
    va_end(ap);
    lp_value err = lp_io_stderr();
    if (fmt[0] != '#' && strncmp(fmt, "import ", 7) != 0) lp_io_write_cstr(err, "# ");
    lp_io_write(err, msg);
    lp_io_write_cstr(err, "\n");
}

static _Noreturn void not_found(lp_value fullname, lp_value msg)
{
    lp_value e = lp_exc_new(&lp_exc_ModuleNotFoundError, &msg, 1);
    lp_setattr(e, LP_NAME(name), fullname);
    lp_raise_value(e);
}

static bool is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* "<dir>/<name><suffix>" ("" dir: the current one). */
static char *join(lp_value dir, const char *name, const char *suffix)
{
    const char *d = lp_str_utf8(dir, NULL);
    size_t n = strlen(d) + strlen(name) + strlen(suffix) + 2;
    char *out = lp_alloc_atomic(n);
    snprintf(out, n, "%s%s%s%s", d, *d ? "/" : "", name, suffix);
    return out;
}

typedef struct {
    lp_value code, globals;
} run_t;

static void run_code(void *ud)
{
    run_t *r = ud;
    lp_vm_run_module(r->code, r->globals);
}

/* Compiles and runs [file] as module [fullname] (a package when [pkgdir]
 * is not NULL); returns sys.modules[fullname] afterwards. */
static lp_value load(lp_value fullname, const char *file, const char *pkgdir, lp_value package)
{
    lp_value code = lp_pyc_get_code(lp_str_from_cstr(file), fullname);
    lp_value m = lp_module_new(fullname);
    lp_value d = ((lp_module_t *)lp_as_ptr(m))->dict;
    lp_dict_set(d, LP_NAME(__file__), lp_str_from_cstr(file));
    lp_dict_set(d, LP_NAME(__builtins__), lp_builtins_module());
    lp_dict_set(d, LP_NAME(__package__), package);
    if (pkgdir)
        lp_dict_set_cstr(d, "__path__",
                         lp_list_from_array((lp_value[]){lp_str_from_cstr(pkgdir)}, 1));
    lp_value modules = lp_sys_modules();
    lp_dict_set(modules, fullname, m);
    run_t run = {code, d};
    lp_value exc = lp_pcall(run_code, &run);
    if (exc) {
        lp_dict_del(modules, fullname);
        lp_raise_value(exc);
    }
    lp_value r = lp_dict_get(modules, fullname);
    return r ? r : m;
}

/* Finds [name] (the last part of [fullname]) in the directories of list
 * [path] and loads it; LP_NULL when it is nowhere. */
static lp_value find_and_load(lp_value fullname, const char *name, lp_value path, lp_value parent)
{
    for (int64_t i = 0; i < lp_as_list(path)->len; i++) {
        lp_value dir = lp_as_list(path)->items[i];
        if (!lp_str_check(dir)) continue;
        char *init = join(dir, name, "/__init__.py");
        if (is_file(init)) return load(fullname, init, join(dir, name, ""), fullname);
        char *file = join(dir, name, ".py");
        if (is_file(file)) return load(fullname, file, NULL, parent ? parent : lp_str_empty());
    }
    return LP_NULL;
}

/* ==== built-in modules ==== */

static const struct {
    const char *name;
    lp_value (*init)(void);
} builtin_modules[] = {
#define LP_MODULE_ENTRY(name, init) {#name, init},
    LP_BUILTIN_MODULES(LP_MODULE_ENTRY)
#undef LP_MODULE_ENTRY
};

/* The built-in module [fullname], made and put in sys.modules, or LP_NULL. */
static lp_value builtin_module(lp_value fullname)
{
    for (size_t i = 0; i < sizeof builtin_modules / sizeof builtin_modules[0]; i++) {
        if (!lp_str_eq_cstr(fullname, builtin_modules[i].name)) continue;
        lp_value m = builtin_modules[i].init();
        lp_dict_set(lp_sys_modules(), fullname, m);
        return m;
    }
    return LP_NULL;
}

/* ==== finding and loading ==== */

lp_value lp_import_module(lp_value fullname)
{
    lp_value modules = lp_sys_modules();
    lp_value m = lp_dict_get(modules, fullname);
    if (m == LP_NONE)
        not_found(fullname, lp_str_format_c("import of %U halted; None in sys.modules", fullname));
    if (m) return m;
    int64_t n = lp_str_len(fullname), dot = n;
    while (dot > 0 && lp_str_at(lp_as_str(fullname), dot - 1) != '.')
        dot--;
    lp_value path = lp_sys_get("path"), parent = LP_NULL, parent_mod = LP_NULL;
    if (dot == 0 && (m = builtin_module(fullname))) return m;
    if (dot > 0) {
        parent = lp_str_substr(fullname, 0, dot - 1);
        parent_mod = lp_import_module(parent);
        m = lp_dict_get(modules, fullname); /* the parent's code may have imported it */
        if (m && m != LP_NONE) return m;
        path = lp_getattr_opt(parent_mod, lp_str_intern_cstr("__path__"));
        if (!path)
            not_found(fullname,
                      lp_str_format_c("No module named %R; %R is not a package", fullname, parent));
    }
    if (!path || !lp_list_check(path)) path = lp_list_new(0);
    lp_value last = lp_str_substr(fullname, dot, n);
    m = find_and_load(fullname, lp_str_utf8(last, NULL), path, parent);
    if (!m) not_found(fullname, lp_str_format_c("No module named %R", fullname));
    if (parent_mod) lp_setattr(parent_mod, last, m);
    return m;
}

/* The package a relative import at [level] starts from (CPython's
 * _calc___package__ and _resolve_name). */
static lp_value resolve_relative(lp_value name, lp_value globals, int64_t level)
{
    lp_value package = LP_NULL;
    if (lp_dict_check(globals)) {
        package = lp_dict_get(globals, LP_NAME(__package__));
        if (!package || package == LP_NONE) {
            lp_value modname = lp_dict_get(globals, LP_NAME(__name__));
            if (!modname)
                lp_raise_value(
                    lp_exc_new(&lp_exc_KeyError,
                               (lp_value[]){lp_str_from_cstr("'__name__' not in globals")}, 1));
            package = modname;
            if (!lp_dict_get_cstr(globals, "__path__")) {
                int64_t i = lp_str_len(modname);
                while (i > 0 && lp_str_at(lp_as_str(modname), i - 1) != '.')
                    i--;
                package = lp_str_substr(modname, 0, i > 0 ? i - 1 : 0);
            }
        }
    }
    if (!package || !lp_str_check(package) || lp_str_len(package) == 0)
        lp_raise(&lp_exc_ImportError, "attempted relative import with no known parent package");
    int64_t end = lp_str_len(package);
    for (int64_t k = 1; k < level; k++) {
        while (end > 0 && lp_str_at(lp_as_str(package), end - 1) != '.')
            end--;
        if (end == 0)
            lp_raise(&lp_exc_ImportError, "attempted relative import beyond top-level package");
        end--;
    }
    lp_value base = lp_str_substr(package, 0, end);
    return lp_str_len(name) ? lp_str_format_c("%U.%U", base, name) : base;
}

static void import_ud(void *ud)
{
    lp_import_module(*(lp_value *)ud);
}

/* from m import a, b: submodules of a package that are not attributes yet
 * are imported (importlib's _handle_fromlist). */
static void handle_fromlist(lp_value m, lp_value fromlist, int depth)
{
    if (depth > 1 || !lp_getattr_opt(m, lp_str_intern_cstr("__path__"))) return;
    lp_value it = lp_iter(fromlist), x;
    lp_value mname = lp_getattr(m, LP_NAME(__name__));
    while ((x = lp_iter_next(it))) {
        if (!lp_str_check(x))
            lp_raise(&lp_exc_TypeError, "Item in %U.%s must be str, not %T", mname,
                     depth ? "__all__" : "from list", x);
        if (lp_str_eq_cstr(x, "*")) {
            lp_value all = lp_getattr_opt(m, LP_NAME(__all__));
            if (all && !depth) handle_fromlist(m, all, depth + 1);
            continue;
        }
        if (lp_getattr_opt(m, x)) continue;
        lp_value full = lp_str_format_c("%U.%U", mname, x);
        lp_value exc = lp_pcall(import_ud, &full);
        if (!exc) continue;
        lp_value missing = lp_is_instance(exc, &lp_exc_ModuleNotFoundError)
                               ? lp_getattr_opt(exc, LP_NAME(name))
                               : LP_NULL;
        if (!missing || !lp_str_check(missing) || !lp_str_eq(missing, full)) lp_raise_value(exc);
    }
}

lp_value lp_import(lp_value name, lp_value globals, lp_value fromlist, int64_t level)
{
    lp_value fullname = level > 0 ? resolve_relative(name, globals, level) : name;
    if (lp_str_len(fullname) == 0) lp_raise(&lp_exc_ValueError, "Empty module name");
    lp_value m = lp_import_module(fullname);
    bool has_from = fromlist && fromlist != LP_NONE && lp_truth(fromlist);
    if (has_from) {
        handle_fromlist(m, fromlist, 0);
        return m;
    }
    /* import a.b.c binds a: the first part of name, resolved like fullname */
    int64_t n = lp_str_len(name), first = 0;
    while (first < n && lp_str_at(lp_as_str(name), first) != '.')
        first++;
    if (level == 0) return lp_import_module(lp_str_substr(name, 0, first));
    if (n == 0) return m;
    int64_t cut = lp_str_len(fullname) - (n - first);
    return lp_dict_get(lp_sys_modules(), lp_str_substr(fullname, 0, cut));
}
