/* import.c -- the import system behind __import__: built-in modules,
 * source and source-less modules, packages and namespace packages found
 * on sys.path, relative imports, sys.modules, sys.path itself.
 *
 * The steps are CPython 3.11's importlib._bootstrap (_find_and_load,
 * _find_spec, _load_unlocked, _handle_fromlist, __import__) done in C, so
 * an import runs no Python frames of its own and tracebacks show only the
 * importing and imported code, as CPython's (which strips its importlib
 * frames).  The objects CPython's importlib makes -- ModuleSpec, the
 * loaders, _NamespacePath -- are Python classes of the library folder's
 * _frozen_importlib and _frozen_importlib_external (the "bootstrap"),
 * loaded once at start-up; import.c calls them to make specs and modules
 * and runs the code itself.  sys.meta_path is honoured: lemonpy's own
 * BuiltinImporter and PathFinder are recognised and done here, any other
 * finder is asked for a spec, and a spec whose loader is not lemonpy's is
 * loaded by the bootstrap's _load_unlocked.  Without the bootstrap (unit
 * tests; a missing library folder) imports still work, with __spec__ None.
 *
 * The finder (lp_import_find) is CPython's PathFinder plus FileFinder for
 * the suffixes lemonpy knows: in each folder a package folder with
 * __init__.py or __init__.pyc, then NAME.py, then NAME.pyc (the legacy
 * source-less location); a folder without __init__ is remembered and, when
 * nothing else is found on the whole path, becomes a namespace package.
 *
 * SPDX-License-Identifier: MIT
 */
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

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
#include "ops.h"
#include "pycache.h"
#include "traceback.h"
#include "types.h"
#include "vm.h"

#ifndef LP_LIB_DIR
#define LP_LIB_DIR "runtime/lib"
#endif

int lp_import_verbose;
bool lp_import_time;

/* The bootstrap's objects (LP_NULL until lp_import_bootstrap ran). */
static struct {
    lp_value bs, ext;                                     /* the two modules */
    lp_value builtin_importer, frozen_importer, path_finder; /* meta path finders */
    lp_value source_loader, sourceless_loader;            /* loader classes */
    lp_value file_finder;                                 /* FileFinder */
    lp_value module_from_spec, builtin_spec, load_unlocked, make_spec;
} boot;

static lp_value S(const char *s)
{
    return lp_str_intern_cstr(s);
}

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

/* ==== paths ==== */

static bool is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The UTF-8 of str [s] in memory of its own (lp_str_utf8 may point into
 * the str, which the caller may not keep). */
static char *cstr(lp_value s)
{
    size_t n;
    const char *p = lp_str_utf8(s, &n);
    char *out = lp_alloc_atomic(n + 1);
    memcpy(out, p, n);
    out[n] = 0;
    return out;
}

/* "<dir>/<name><suffix>". */
static char *join(const char *dir, const char *name, const char *suffix)
{
    size_t n = strlen(dir) + strlen(name) + strlen(suffix) + 2;
    char *out = lp_alloc_atomic(n);
    size_t d = strlen(dir);
    snprintf(out, n, "%s%s%s%s", dir, d && dir[d - 1] != '/' ? "/" : "", name, suffix);
    return out;
}

/* The current folder (NULL when it cannot be known). */
static char *cwd(void)
{
    char buf[PATH_MAX];
    if (!getcwd(buf, sizeof buf)) return NULL;
    char *out = lp_alloc_atomic(strlen(buf) + 1);
    strcpy(out, buf);
    return out;
}

/* os.path.abspath: [p] joined to the current folder and normalised
 * (".", "..", repeated and trailing slashes). */
static char *abspath(const char *p)
{
    const char *base = p[0] == '/' ? "" : cwd();
    if (!base) base = "";
    char *full = join(base, p, "");
    size_t n = strlen(full);
    char *out = lp_alloc_atomic(n + 2);
    size_t len = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && full[i] == '/') i++;
        size_t j = i;
        while (j < n && full[j] != '/') j++;
        size_t seg = j - i;
        if (seg == 0 || (seg == 1 && full[i] == '.')) {
        } else if (seg == 2 && full[i] == '.' && full[i + 1] == '.') {
            while (len > 0 && out[len - 1] != '/') len--;
            if (len > 0) len--;
        } else {
            out[len++] = '/';
            memcpy(out + len, full + i, seg);
            len += seg;
        }
        i = j;
    }
    if (len == 0) out[len++] = '/';
    out[len] = 0;
    return out;
}

/* The library folder: LP_LIB_DIR (compiled in: the source tree's
 * runtime/lib), else runtime/lib or lib beside or above the binary (a
 * moved build). */
static const char *lib_dir(void)
{
    static const char *dir;
    if (dir) return dir;
    dir = LP_LIB_DIR;
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (is_dir(LP_LIB_DIR "/importlib") || n <= 0) return dir;
    exe[n] = 0;
    char *slash = strrchr(exe, '/');
    if (slash) *slash = 0;
    static const char *const tries[] = {"/../runtime/lib", "/../lib", "/runtime/lib", "/lib", NULL};
    for (int i = 0; tries[i]; i++) {
        char *cand = join(exe, tries[i] + 1, "");
        if (is_dir(join(cand, "importlib", ""))) return dir = strdup(abspath(cand));
    }
    return dir;
}

lp_value lp_import_lib_dir(void)
{
    return lp_str_from_cstr(lib_dir());
}

void lp_import_init_path(const char *path0, const char *pythonpath)
{
    lp_value path = lp_list_new(0);
    if (path0) lp_list_append(path, lp_str_from_cstr(path0));
    if (pythonpath) {
        const char *p = pythonpath;
        for (;;) {
            const char *colon = strchr(p, ':');
            size_t n = colon ? (size_t)(colon - p) : strlen(p);
            char *entry = lp_alloc_atomic(n + 1);
            memcpy(entry, p, n);
            entry[n] = 0;
            lp_list_append(path, lp_str_from_cstr(abspath(entry)));
            if (!colon) break;
            p = colon + 1;
        }
    }
    lp_list_append(path, lp_import_lib_dir());
    lp_dict_set_cstr(((lp_module_t *)lp_as_ptr(lp_sys_module()))->dict, "path", path);
}

/* ==== the finder ==== */

/* A module name part the file system can hold as a name. */
static bool plain_name(const char *name, size_t n)
{
    if (n == 0 || strlen(name) != n) return false;
    return strchr(name, '/') == NULL;
}

/* The last part of [fullname] as a file name, or NULL when no file can
 * have that name. */
static const char *tail_name(lp_value fullname)
{
    int64_t n = lp_str_len(fullname), dot = n;
    while (dot > 0 && lp_str_at(lp_as_str(fullname), dot - 1) != '.') dot--;
    size_t nlen;
    lp_value tail = lp_str_substr(fullname, dot, n);
    const char *p = lp_str_utf8(tail, &nlen);
    return plain_name(p, nlen) ? cstr(tail) : NULL;
}

/* FileFinder.find_spec's search of one folder [dir] for the module file
 * [t]: true with *kind, *origin and *locations set when found; else
 * *portion is the namespace portion dir/t when that is a folder (else
 * LP_NULL). */
static bool find_in_dir(const char *dir, const char *t, const char **kind, lp_value *origin,
                        lp_value *locations, lp_value *portion)
{
    *portion = LP_NULL;
    char *base = join(dir, t, "");
    if (lp_import_verbose >= 2) lp_import_verbose_message(2, "trying %s", join(dir, t, ".py"));
    bool folder = is_dir(base);
    if (folder) {
        static const char *const inits[] = {"__init__.py", "__init__.pyc"};
        for (int i = 0; i < 2; i++) {
            char *init = join(base, inits[i], "");
            if (!is_file(init)) continue;
            *kind = i ? "sourceless" : "source";
            *origin = lp_str_from_cstr(init);
            *locations = lp_list_from_array((lp_value[]){lp_str_from_cstr(base)}, 1);
            return true;
        }
    }
    static const char *const suffixes[] = {".py", ".pyc"};
    for (int i = 0; i < 2; i++) {
        char *file = join(dir, t, suffixes[i]);
        if (!is_file(file)) continue;
        *kind = i ? "sourceless" : "source";
        *origin = lp_str_from_cstr(file);
        *locations = LP_NONE;
        return true;
    }
    if (folder) {
        lp_import_verbose_message(1, "possible namespace for %s", base);
        *portion = lp_str_from_cstr(base);
    }
    return false;
}

bool lp_import_find(lp_value fullname, lp_value path, const char **kind, lp_value *origin,
                    lp_value *locations)
{
    const char *t = tail_name(fullname);
    if (!t) return false;
    lp_value portions = LP_NULL, portion;
    lp_value it = lp_iter(path), entry;
    while ((entry = lp_iter_next(it))) {
        if (!lp_str_check(entry)) continue;
        const char *dir = cstr(entry);
        if (*dir != '/') { /* FileFinder's folder: relative to the current one */
            const char *here = cwd();
            if (!here) continue;
            dir = *dir && strcmp(dir, ".") ? join(here, dir, "") : here;
        }
        if (find_in_dir(dir, t, kind, origin, locations, &portion)) return true;
        if (!portion) continue;
        if (!portions) portions = lp_list_new(0);
        lp_list_append(portions, portion);
    }
    if (!portions) return false;
    *kind = "namespace";
    *origin = LP_NONE;
    *locations = portions;
    return true;
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

/* The index of the built-in module [name], or -1. */
static int builtin_index(lp_value name)
{
    for (size_t i = 0; i < sizeof builtin_modules / sizeof builtin_modules[0]; i++)
        if (lp_str_eq_cstr(name, builtin_modules[i].name)) return (int)i;
    return -1;
}

/* _imp.is_builtin and create_builtin: the built-in module [name] made, or
 * LP_NULL when there is none. */
lp_value lp_import_builtin(lp_value name);
lp_value lp_import_builtin(lp_value name)
{
    int i = builtin_index(name);
    return i < 0 ? LP_NULL : builtin_modules[i].init();
}

/* ==== loading ==== */

/* Runs [code] in module [m]'s namespace (with __builtins__, the builtins
 * dict, when it has none, as exec gives it). */
static void exec_in(lp_value m, lp_value code)
{
    lp_value d = ((lp_module_t *)lp_as_ptr(m))->dict;
    if (!lp_dict_get(d, LP_NAME(__builtins__)))
        lp_dict_set(d, LP_NAME(__builtins__), lp_builtins_dict());
    lp_vm_run_module(code, d);
}

/* Runs the code of [module]'s [spec] in its namespace (exec_module of
 * lemonpy's own loaders). */
static void exec_spec(lp_value spec, lp_value module)
{
    lp_value loader = lp_getattr(spec, S("loader"));
    lp_value name = lp_getattr(spec, LP_NAME(name));
    lp_value t = lp_from_ptr((void *)lp_type_of(loader));
    if (!lp_is_instance(module, &lp_type_module))
        lp_raise(&lp_exc_TypeError, "exec_module() needs a module, not %T", module);
    if (t == boot.source_loader)
        exec_in(module, lp_pyc_get_code(lp_getattr(loader, LP_NAME(path)), name));
    else if (t == boot.sourceless_loader)
        exec_in(module, lp_pyc_get_code_sourceless(lp_getattr(loader, LP_NAME(path)), name));
}

/* _load_unlocked for the no-bootstrap case: a module with CPython's
 * attributes minus the spec and loader. */
static lp_value load_plain(lp_value fullname, const char *kind, lp_value origin,
                           lp_value locations)
{
    int i = builtin_index(fullname);
    if (i >= 0) {
        lp_value m = builtin_modules[i].init();
        lp_dict_set(lp_sys_modules(), fullname, m);
        return m;
    }
    lp_value m = lp_module_new(fullname);
    lp_value d = ((lp_module_t *)lp_as_ptr(m))->dict;
    int64_t n = lp_str_len(fullname), dot = n;
    while (dot > 0 && lp_str_at(lp_as_str(fullname), dot - 1) != '.') dot--;
    lp_dict_set(d, LP_NAME(__package__),
                locations != LP_NONE ? fullname : lp_str_substr(fullname, 0, dot ? dot - 1 : 0));
    if (locations != LP_NONE) lp_dict_set_cstr(d, "__path__", locations);
    if (origin != LP_NONE) lp_dict_set(d, LP_NAME(__file__), origin);
    else lp_dict_set(d, LP_NAME(__file__), LP_NONE);
    lp_value modules = lp_sys_modules();
    lp_dict_set(modules, fullname, m);
    lp_handler_t h;
    lp_handler_push(&h);
    if (setjmp(h.jb) == 0) {
        if (strcmp(kind, "source") == 0) exec_in(m, lp_pyc_get_code(origin, fullname));
        else if (strcmp(kind, "sourceless") == 0)
            exec_in(m, lp_pyc_get_code_sourceless(origin, fullname));
        lp_handler_pop(&h);
    } else {
        lp_dict_del(modules, fullname);
        lp_raise_value(h.exc);
    }
    lp_value r = lp_dict_get(modules, fullname);
    return r ? r : m;
}

/* Is [loader] one of lemonpy's own, which import.c runs itself? */
static bool own_loader(lp_value loader)
{
    if (loader == LP_NONE || loader == boot.builtin_importer) return true;
    lp_value t = lp_from_ptr((void *)lp_type_of(loader));
    return t == boot.source_loader || t == boot.sourceless_loader;
}

/* _load_unlocked: the module of [spec] made, registered in sys.modules
 * and run; what sys.modules holds afterwards. */
static lp_value load_spec(lp_value fullname, lp_value spec)
{
    lp_value loader = lp_getattr(spec, S("loader"));
    if (!own_loader(loader)) return lp_call1(boot.load_unlocked, spec);
    lp_value m = lp_call1(boot.module_from_spec, spec);
    lp_value modules = lp_sys_modules();
    lp_setattr(spec, S("_initializing"), LP_TRUE);
    lp_dict_set(modules, fullname, m);
    lp_handler_t h;
    lp_handler_push(&h);
    if (setjmp(h.jb) == 0) {
        exec_spec(spec, m);
        lp_handler_pop(&h);
    } else {
        lp_dict_del(modules, fullname);
        lp_setattr(spec, S("_initializing"), LP_FALSE);
        lp_raise_value(h.exc);
    }
    lp_value r = lp_dict_get(modules, fullname);
    if (!r) lp_raise(&lp_exc_KeyError, "%R", fullname);
    lp_dict_del(modules, fullname); /* moved to the end, as CPython does */
    lp_dict_set(modules, fullname, r);
    lp_import_verbose_message(1, "import %R # %R", fullname, lp_getattr(spec, S("loader")));
    lp_setattr(spec, S("_initializing"), LP_FALSE);
    return r;
}

/* ==== PathFinder ==== */

typedef struct {
    lp_value hook, entry, result;
} hook_call_t;

static void call_hook(void *ud)
{
    hook_call_t *c = ud;
    c->result = lp_call1(c->hook, c->entry);
}

/* PathFinder._path_hooks: the finder the first hook of sys.path_hooks
 * makes for [entry] (a hook refuses by raising ImportError); LP_NONE. */
static lp_value path_hooks(lp_value entry)
{
    lp_value hooks = lp_getattr(lp_sys_module(), S("path_hooks"));
    lp_value it = lp_iter(hooks), hook;
    while ((hook = lp_iter_next(it))) {
        hook_call_t c = {hook, entry, LP_NULL};
        lp_value exc = lp_pcall(call_hook, &c);
        if (!exc) return c.result;
        if (!lp_is_instance(exc, &lp_exc_ImportError)) lp_raise_value(exc);
    }
    return LP_NONE;
}

/* PathFinder._path_importer_cache: the finder of path entry [entry] from
 * sys.path_importer_cache, else from the hooks (and then cached). */
static lp_value path_entry_finder(lp_value entry)
{
    if (lp_str_len(entry) == 0) {
        char *here = cwd();
        if (!here) return LP_NONE;
        entry = lp_str_from_cstr(here);
    }
    lp_value cache = lp_getattr(lp_sys_module(), S("path_importer_cache"));
    lp_value finder = lp_dict_check(cache) ? lp_dict_get(cache, entry) : LP_NULL;
    if (finder) return finder;
    finder = path_hooks(entry);
    lp_setitem(cache, entry, finder);
    return finder;
}

lp_value lp_import_path_find_spec(lp_value fullname, lp_value path, bool namespace_path)
{
    if (!boot.bs) lp_raise(&lp_exc_ImportError, "the import bootstrap is not loaded");
    const char *t = tail_name(fullname), *kind;
    lp_value portions = LP_NULL, portion, origin, locations;
    lp_value it = lp_iter(path), entry;
    while ((entry = lp_iter_next(it))) {
        if (!lp_str_check(entry)) continue;
        lp_value finder = path_entry_finder(entry);
        if (finder == LP_NONE) continue;
        if (lp_from_ptr((void *)lp_type_of(finder)) == boot.file_finder &&
            lp_truth(lp_getattr(finder, S("_lp_standard")))) {
            lp_value dir = lp_getattr(finder, LP_NAME(path));
            if (!t || !lp_str_check(dir)) continue;
            if (find_in_dir(cstr(dir), t, &kind, &origin, &locations, &portion)) {
                lp_value args[4] = {fullname, lp_str_from_cstr(kind), origin, locations};
                return lp_call(boot.make_spec, args, 4, LP_NULL);
            }
        } else {
            lp_value fs = lp_getattr_opt(finder, S("find_spec"));
            if (!fs) continue;
            lp_value spec = lp_call2(fs, fullname, LP_NONE);
            if (spec == LP_NONE) continue;
            if (lp_getattr(spec, S("loader")) != LP_NONE) return spec;
            portion = lp_getattr(spec, S("submodule_search_locations"));
            if (portion == LP_NONE) lp_raise(&lp_exc_ImportError, "spec missing loader");
            if (!portions) portions = lp_list_new(0);
            lp_list_extend(portions, portion);
            continue;
        }
        if (!portion) continue;
        if (!portions) portions = lp_list_new(0);
        lp_list_append(portions, portion);
    }
    if (!portions || lp_as_list(portions)->len == 0) return LP_NULL;
    lp_value args[5] = {fullname, lp_str_from_cstr("namespace"), LP_NONE, portions,
                        namespace_path ? LP_TRUE : LP_FALSE};
    return lp_call(boot.make_spec, args, 5, LP_NULL);
}

/* _find_spec: the spec of [fullname] from the finders of sys.meta_path
 * ([path]: the parent's __path__, or LP_NULL for a top-level module);
 * LP_NULL when no finder knows it. */
static lp_value find_spec(lp_value fullname, lp_value path)
{
    lp_value meta_path = lp_sys_get("meta_path");
    if (!meta_path || meta_path == LP_NONE)
        lp_raise(&lp_exc_ImportError, "sys.meta_path is None, Python is likely shutting down");
    lp_value it = lp_iter(meta_path), finder;
    while ((finder = lp_iter_next(it))) {
        if (finder == boot.builtin_importer) {
            if (builtin_index(fullname) >= 0) return lp_call1(boot.builtin_spec, fullname);
        } else if (finder == boot.frozen_importer) {
            continue;
        } else if (finder == boot.path_finder) {
            lp_value p = path ? path : lp_sys_get("path");
            if (!p || p == LP_NONE) continue;
            lp_value spec = lp_import_path_find_spec(fullname, p, true);
            if (spec) return spec;
        } else {
            lp_value fs = lp_getattr_opt(finder, S("find_spec"));
            lp_value args[3] = {fullname, path ? path : LP_NONE, LP_NONE};
            if (!fs) { /* 3.11's legacy fallback: find_module, else AttributeError */
                lp_value loader = lp_call(lp_getattr(finder, S("find_module")), args, 2, LP_NULL);
                if (loader == LP_NONE) continue;
                lp_value sargs[2] = {fullname, loader};
                return lp_call_method(boot.bs, S("spec_from_loader"), sargs, 2);
            }
            lp_value spec = lp_call(fs, args, 3, LP_NULL);
            if (spec != LP_NONE) return spec;
        }
    }
    return LP_NULL;
}

/* Finds and loads [fullname] (not in sys.modules) from [path]. */
static lp_value find_and_load_in(lp_value fullname, lp_value path)
{
    if (boot.bs) {
        lp_value spec = find_spec(fullname, path);
        if (!spec) return LP_NULL;
        return load_spec(fullname, spec);
    }
    if (!path && builtin_index(fullname) >= 0)
        return load_plain(fullname, "builtin", LP_NONE, LP_NONE);
    lp_value p = path ? path : lp_sys_get("path");
    const char *kind;
    lp_value origin, locations;
    if (!p || !lp_import_find(fullname, p, &kind, &origin, &locations)) return LP_NULL;
    return load_plain(fullname, kind, origin, locations);
}

static void import_ud(void *ud)
{
    lp_import_module(*(lp_value *)ud);
}

/* _find_and_load: [fullname] is not in sys.modules (or is None there). */
static lp_value find_and_load(lp_value fullname)
{
    lp_value modules = lp_sys_modules();
    lp_value m = lp_dict_get(modules, fullname);
    if (m == LP_NONE)
        not_found(fullname, lp_str_format_c("import of %U halted; None in sys.modules", fullname));
    int64_t n = lp_str_len(fullname), dot = n;
    while (dot > 0 && lp_str_at(lp_as_str(fullname), dot - 1) != '.') dot--;
    lp_value path = LP_NULL, parent = LP_NULL, child = fullname;
    if (dot > 1) {
        parent = lp_str_substr(fullname, 0, dot - 1);
        child = lp_str_substr(fullname, dot, n);
        if (!lp_dict_get(modules, parent)) lp_import_module(parent);
        m = lp_dict_get(modules, fullname); /* the parent's code may have imported it */
        if (m) return m;
        lp_value parent_mod = lp_getitem(modules, parent);
        path = lp_getattr_opt(parent_mod, S("__path__"));
        if (!path)
            not_found(fullname,
                      lp_str_format_c("No module named %R; %R is not a package", fullname, parent));
    }
    m = find_and_load_in(fullname, path);
    if (!m) not_found(fullname, lp_str_format_c("No module named %R", fullname));
    if (parent) {
        lp_value parent_mod = lp_getitem(modules, parent);
        lp_handler_t h;
        lp_handler_push(&h);
        if (setjmp(h.jb) == 0) {
            lp_setattr(parent_mod, child, m);
            lp_handler_pop(&h);
        }
    }
    return m;
}

/* -X importtime's state: the nesting level and the time the finished
 * imports inside the current one took (microseconds). */
static int time_level;
static int64_t time_inner;

static int64_t now_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

/* find_and_load timed as CPython's -X importtime: "import time: self |
 * cumulative | name", the name indented by the nesting level. */
static lp_value find_and_load_timed(lp_value fullname)
{
    static bool header;
    lp_io_flush(lp_io_stderr());
    if (!header) fputs("import time: self [us] | cumulative | imported package\n", stderr);
    header = true;
    int64_t saved = time_inner, start = now_us();
    time_inner = 0;
    time_level++;
    lp_handler_t h;
    lp_handler_push(&h);
    lp_value m = LP_NULL, exc = LP_NULL;
    if (setjmp(h.jb) == 0) {
        m = find_and_load(fullname);
        lp_handler_pop(&h);
    } else {
        exc = h.exc;
    }
    int64_t cum = now_us() - start;
    time_level--;
    lp_io_flush(lp_io_stderr());
    fprintf(stderr, "import time: %9lld | %10lld | %*s%s\n", (long long)(cum - time_inner),
            (long long)cum, time_level * 2, "", lp_str_utf8(fullname, NULL));
    time_inner = saved + cum;
    if (exc) lp_raise_value(exc);
    return m;
}

lp_value lp_import_module(lp_value fullname)
{
    lp_value m = lp_dict_get(lp_sys_modules(), fullname);
    if (m && m != LP_NONE) return m;
    return lp_import_time ? find_and_load_timed(fullname) : find_and_load(fullname);
}

/* ==== __import__ ==== */

static int64_t rfind_dot(lp_value s, int64_t end)
{
    while (end > 0 && lp_str_at(lp_as_str(s), end - 1) != '.') end--;
    return end - 1;
}

/* The absolute name of a relative import at [level] (CPython's C
 * resolve_name: __package__, else __spec__.parent, else __name__ and
 * __path__). */
static lp_value resolve_relative(lp_value name, lp_value globals, int64_t level)
{
    if (!globals)
        lp_raise_value(lp_exc_new(&lp_exc_KeyError,
                                  (lp_value[]){lp_str_from_cstr("'__name__' not in globals")}, 1));
    if (!lp_dict_check(globals)) lp_raise(&lp_exc_TypeError, "globals must be a dict");
    lp_value package = lp_dict_get(globals, LP_NAME(__package__));
    if (package == LP_NONE) package = LP_NULL;
    lp_value spec = lp_dict_get(globals, LP_NAME(__spec__));
    if (package) {
        if (!lp_str_check(package)) lp_raise(&lp_exc_TypeError, "package must be a string");
    } else if (spec && spec != LP_NONE) {
        package = lp_getattr(spec, S("parent"));
        if (!lp_str_check(package))
            lp_raise(&lp_exc_TypeError, "__spec__.parent must be a string");
    } else {
        package = lp_dict_get(globals, LP_NAME(__name__));
        if (!package)
            lp_raise_value(
                lp_exc_new(&lp_exc_KeyError,
                           (lp_value[]){lp_str_from_cstr("'__name__' not in globals")}, 1));
        if (!lp_str_check(package)) lp_raise(&lp_exc_TypeError, "__name__ must be a string");
        if (!lp_dict_get_cstr(globals, "__path__")) {
            int64_t d = rfind_dot(package, lp_str_len(package));
            if (d < 0) goto no_parent;
            package = lp_str_substr(package, 0, d);
        }
    }
    int64_t last = lp_str_len(package);
    if (last == 0) goto no_parent;
    for (int64_t k = 1; k < level; k++) {
        last = rfind_dot(package, last);
        if (last < 0)
            lp_raise(&lp_exc_ImportError, "attempted relative import beyond top-level package");
    }
    lp_value base = lp_str_substr(package, 0, last);
    return lp_str_len(name) ? lp_str_format_c("%U.%U", base, name) : base;
no_parent:
    lp_raise(&lp_exc_ImportError, "attempted relative import with no known parent package");
}

/* from m import a, b: submodules of a package that are not attributes yet
 * are imported (importlib's _handle_fromlist). */
static void handle_fromlist(lp_value m, lp_value fromlist, bool recursive)
{
    lp_value it = lp_iter(fromlist), x;
    while ((x = lp_iter_next(it))) {
        if (!lp_str_check(x)) {
            if (recursive)
                lp_raise(&lp_exc_TypeError, "Item in %U.__all__ must be str, not %s",
                         lp_getattr(m, LP_NAME(__name__)), lp_type_of(x)->name);
            lp_raise(&lp_exc_TypeError, "Item in ``from list'' must be str, not %s",
                     lp_type_of(x)->name);
        }
        if (lp_str_eq_cstr(x, "*")) {
            lp_value all = recursive ? LP_NULL : lp_getattr_opt(m, LP_NAME(__all__));
            if (all) handle_fromlist(m, all, true);
            continue;
        }
        if (lp_getattr_opt(m, x)) continue;
        lp_value full = lp_str_format_c("%U.%U", lp_getattr(m, LP_NAME(__name__)), x);
        lp_value exc = lp_pcall(import_ud, &full);
        if (!exc) continue;
        lp_value missing = lp_is_instance(exc, &lp_exc_ModuleNotFoundError)
                               ? lp_getattr_opt(exc, LP_NAME(name))
                               : LP_NULL;
        if (missing && lp_str_check(missing) && lp_str_eq(missing, full) &&
            lp_dict_get(lp_sys_modules(), full) != LP_NONE)
            continue;
        lp_raise_value(exc);
    }
}

lp_value lp_import(lp_value name, lp_value globals, lp_value fromlist, int64_t level)
{
    lp_value fullname = name;
    if (level > 0) fullname = resolve_relative(name, globals, level);
    else if (lp_str_len(name) == 0) lp_raise(&lp_exc_ValueError, "Empty module name");
    lp_value m = lp_import_module(fullname);
    bool has_from = fromlist && fromlist != LP_NONE && lp_truth(fromlist);
    if (has_from) {
        if (lp_getattr_opt(m, S("__path__"))) handle_fromlist(m, fromlist, false);
        return m;
    }
    /* import a.b.c binds a: the first part of name, resolved like fullname */
    int64_t n = lp_str_len(name), first = 0;
    if (level > 0 && n == 0) return m;
    while (first < n && lp_str_at(lp_as_str(name), first) != '.') first++;
    if (first == n) return m;
    if (level == 0) return lp_import_module(lp_str_substr(name, 0, first));
    int64_t cut = lp_str_len(fullname) - (n - first);
    lp_value to_return = lp_str_substr(fullname, 0, cut);
    lp_value r = lp_dict_get(lp_sys_modules(), to_return);
    if (!r) lp_raise(&lp_exc_KeyError, "%R not in sys.modules as expected", to_return);
    return r;
}

/* ==== the bootstrap ==== */

/* Runs the library module [name] from [file] without the import system
 * (the bootstrap cannot import itself). */
static lp_value load_lib_module(const char *name)
{
    lp_value fullname = lp_str_from_cstr(name);
    lp_value file = lp_str_from_cstr(join(lib_dir(), name, ".py"));
    lp_value m = lp_module_new(fullname);
    lp_value d = ((lp_module_t *)lp_as_ptr(m))->dict;
    lp_dict_set(d, LP_NAME(__package__), lp_str_empty());
    lp_dict_set(d, LP_NAME(__file__), file);
    lp_dict_set(lp_sys_modules(), fullname, m);
    exec_in(m, lp_pyc_get_code(file, fullname));
    return m;
}

static void bootstrap(void *ud)
{
    (void)ud;
    /* -v tells of the bootstrap as CPython tells of its frozen one */
    int verbose = lp_import_verbose;
    lp_import_verbose = 0;
    lp_value bs = load_lib_module("_frozen_importlib");
    lp_import_verbose = verbose;
    lp_import_verbose_message(1, "import _frozen_importlib # frozen");
    lp_import_verbose_message(1, "import _imp # builtin");
    lp_import_verbose = 0;
    lp_value ext = load_lib_module("_frozen_importlib_external");
    lp_import_verbose = verbose;
    lp_call_method(bs, S("_lp_setup"), (lp_value[]){ext}, 1);
    boot.builtin_importer = lp_getattr(bs, S("BuiltinImporter"));
    boot.frozen_importer = lp_getattr(bs, S("FrozenImporter"));
    boot.module_from_spec = lp_getattr(bs, S("module_from_spec"));
    boot.builtin_spec = lp_getattr(bs, S("_lp_builtin_spec"));
    boot.load_unlocked = lp_getattr(bs, S("_load_unlocked"));
    boot.path_finder = lp_getattr(ext, S("PathFinder"));
    boot.source_loader = lp_getattr(ext, S("SourceFileLoader"));
    boot.sourceless_loader = lp_getattr(ext, S("SourcelessFileLoader"));
    boot.make_spec = lp_getattr(ext, S("_lp_make_spec"));
    boot.file_finder = lp_getattr(ext, S("FileFinder"));
    boot.ext = ext;
    boot.bs = bs;
    lp_import_verbose_message(1, "import '_frozen_importlib_external' # %R", boot.frozen_importer);
}

void lp_import_exit_messages(void)
{
    if (lp_import_verbose < 1) return;
    static const char *const cleared[] = {
        "builtins._",       "sys.path",          "sys.argv",       "sys.ps1",
        "sys.ps2",          "sys.last_type",     "sys.last_value", "sys.last_traceback",
        "sys.path_hooks",   "sys.path_importer_cache", "sys.meta_path",
        "sys.__interactivehook__", NULL};
    for (int i = 0; cleared[i]; i++) lp_import_verbose_message(1, "clear %s", cleared[i]);
    lp_import_verbose_message(1, "restore sys.stdin");
    lp_import_verbose_message(1, "restore sys.stdout");
    lp_import_verbose_message(1, "restore sys.stderr");
    lp_value names = lp_list_new(0), k;
    int64_t pos = 0;
    while (lp_dict_next(lp_sys_modules(), &pos, &k, NULL))
        if (lp_str_check(k)) lp_list_append(names, k);
    lp_list_t *l = lp_as_list(names);
    for (int64_t i = 0; i < l->len; i++)
        lp_import_verbose_message(1, "cleanup[2] removing %U", l->items[i]);
    for (int64_t i = 0; i < l->len; i++)
        if (!lp_str_eq_cstr(l->items[i], "sys") && !lp_str_eq_cstr(l->items[i], "builtins"))
            lp_import_verbose_message(1, "destroy %U", l->items[i]);
    lp_import_verbose_message(1, "cleanup[3] wiping sys");
    lp_import_verbose_message(1, "cleanup[3] wiping builtins");
    lp_import_verbose_message(1, "destroy sys");
    lp_import_verbose_message(1, "destroy builtins");
    lp_io_flush(lp_io_stderr());
}

lp_value lp_import_main_loader(lp_value path, bool sourceless)
{
    if (!boot.bs) return LP_NONE;
    if (!path) return boot.builtin_importer;
    lp_value cls = sourceless ? boot.sourceless_loader : boot.source_loader;
    return lp_call2(cls, LP_NAME(__main__), path);
}

void lp_import_bootstrap(void)
{
    if (boot.bs) return;
    int verbose = lp_import_verbose;
    lp_value exc = lp_pcall(bootstrap, NULL);
    lp_import_verbose = verbose;
    if (!exc) return;
    memset(&boot, 0, sizeof boot);
    fprintf(stderr, "lemonpy: the import bootstrap in %s failed:\n", lib_dir());
    lp_traceback_print(exc, LP_NULL);
}
