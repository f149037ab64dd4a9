/* main.c -- the command line: `lemonpy [option] ... [-c cmd | -m mod | file | -] [arg] ...`
 *
 * Options are parsed as CPython 3.11 parses them (clustered short options,
 * `-c` and `-m` ending the option list, the same messages and exit status 2
 * for bad usage).  The teaching views are modules run with -m: `tokenize` now,
 * `ast` and `dis` as the parser and compiler arrive.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"
#include "unicode.h"

#include "ast_view.h"
#include "compileall.h"
#include "gc.h"
#include "source.h"
#include "tokenize_view.h"
#include "dis.h"
#include "parse.h"
#include "symtable.h"
#include "tokenizer.h"

#include "compile.h"
#include "error.h"
#include "finalize.h"
#include "import.h"
#include "io.h"
#include "mod_builtins.h"
#include "mod_sys.h"
#include "obj_dict.h"
#include "obj_func.h"
#include "obj_int.h"
#include "obj_str.h"
#include "marshal.h"
#include "obj_code.h"
#include "ops.h"
#include "pycache.h"
#include "traceback.h"
#include "types.h"
#include "vm.h"

#define LP_VERSION "0.1"

static const char *progname = "lemonpy";

static const char usage_line[] = "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

static const char help_text[] =
    "Options (and corresponding environment variables):\n"
    "-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-E     : ignore PYTHON* environment variables (such as PYTHONPATH)\n"
    "-h     : print this help message and exit (also -? or --help)\n"
    "-i     : inspect interactively after running script\n"
    "-I     : isolate lemonpy from the user's environment (implies -E and -s)\n"
    "-m mod : run library module as a script (terminates option list)\n"
    "-P     : don't prepend a potentially unsafe path to sys.path; also PYTHONSAFEPATH\n"
    "-q     : don't print version and copyright messages on interactive startup\n"
    "-s     : don't add user site directory to sys.path\n"
    "-S     : don't imply 'import site' on initialization\n"
    "-u     : force the stdout and stderr streams to be unbuffered\n"
    "-v     : verbose (trace import statements); also PYTHONVERBOSE=x\n"
    "-V     : print the lemonpy version number and exit (also --version)\n"
    "-W arg : warning control; arg is action:message:category:module:lineno\n"
    "-X opt : set implementation-specific option (pycache_prefix=DIR: write .pyc files\n"
    "         under DIR; also PYTHONPYCACHEPREFIX)\n"
    "--check-hash-based-pycs always|default|never:\n"
    "         control how Python invalidates hash-based .pyc files\n"
    "file   : program read from script file\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n"
    "\n"
    "Teaching views (run as modules):\n"
    "-m tokenize [-e] [file] : the tokens, exactly as `python3 -m tokenize` prints them\n"
    "-m ast [-a] [file]      : the syntax tree, exactly as `python3 -m ast` prints it\n"
    "-m dis [file]           : the bytecode, laid out as `python3 -m dis` lays it out\n"
    "-X parse-trace file     : Lemon's shift/reduce trace of parsing the file\n";

static int usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, fmt, arg);
    fprintf(stderr, usage_line, progname);
    fprintf(stderr, "Try `lemonpy -h' for more information.\n");
    return 2;
}

/* ==== -m tokenize ==== */

/* `python -m tokenize [-h] [-e] [filename.py]`, with argparse's messages. */
static int run_tokenize(int argc, char **argv)
{
    static const char usage[] = "usage: python -m tokenize [-h] [-e] [filename.py]\n";
    const char *file = NULL;
    int exact = 0, only_positional = 0;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (!only_positional && strcmp(a, "--") == 0) only_positional = 1;
        else if (!only_positional && (strcmp(a, "-e") == 0 || strcmp(a, "--exact") == 0)) exact = 1;
        else if (!only_positional && (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0)) {
            printf("%s\npositional arguments:\n  filename.py  the file to tokenize; defaults to "
                   "stdin\n\noptions:\n  -h, --help   show this help message and exit\n"
                   "  -e, --exact  display token names using the exact type\n", usage);
            return 0;
        } else if (file || (!only_positional && a[0] == '-' && a[1])) {
            fprintf(stderr, "%spython -m tokenize: error: unrecognized arguments: %s\n", usage, a);
            return 2;
        } else {
            file = a;
        }
    }
    return lp_tokenize_view_main(file, exact, stdout, stderr);
}

/* ==== running a file ==== */

/* Python's repr of the string [s]. */
static const char *quoted(const char *s)
{
    size_t n = strlen(s);
    char *out = lp_alloc_atomic(10 * n + 3);
    out[lp_unicode_repr(s, n, out)] = 0;
    return out;
}

/* The script's name as CPython shows it: joined to the current directory
 * when relative, without normalising (`./x.py` stays `/cwd/./x.py`). */
static const char *script_path(const char *path)
{
    char cwd[4096];
    if (path[0] == '/' || !getcwd(cwd, sizeof cwd)) return path;
    size_t n = strlen(cwd) + strlen(path) + 2;
    char *abs = lp_alloc_atomic(n);
    snprintf(abs, n, "%s/%s", cwd, path);
    return abs;
}

/* What the options ask of the runtime. */
static struct {
    const char *x[64]; /* -X values, in order */
    int nx;
    int ignore_env;    /* -E, -I */
    int isolated;      /* -I */
    int safe_path;     /* -P, -I, PYTHONSAFEPATH */
    int no_user_site;  /* -s, -I */
    int no_site;       /* -S */
    int unbuffered;    /* -u */
    int verbose;       /* -v, counted */
    int optimize;      /* -O, counted */
    int argc;          /* the command line as given: sys.orig_argv */
    char **argv;
    int dont_write;    /* -B */
    const char *check_hash; /* --check-hash-based-pycs */
} opts;

/* The value of -X [name] or -X [name]=value (the last one given): "" for a
 * bare name, NULL when absent. */
static const char *x_option(const char *name)
{
    const char *found = NULL;
    size_t n = strlen(name);
    for (int i = 0; i < opts.nx; i++)
        if (strncmp(opts.x[i], name, n) == 0 && (opts.x[i][n] == 0 || opts.x[i][n] == '='))
            found = opts.x[i][n] ? opts.x[i] + n + 1 : "";
    return found;
}

/* PYTHON* variables are ignored under -E and -I. */
static const char *env(const char *name)
{
    const char *v = opts.ignore_env ? NULL : getenv(name);
    return v && *v ? v : NULL;
}

/* Applies a digit limit from [where] (CPython's fatal error when invalid). */
static void set_int_digits(const char *value, const char *where)
{
    char *end;
    long n = strtol(value, &end, 10);
    if (!*value || *end || n < 0 || (n > 0 && n < LP_INT_MAX_STR_DIGITS_THRESHOLD) || n > 0x7fffffff) {
        fprintf(stderr, "Fatal Python error: config_init_int_max_str_digits: %s: invalid limit; "
                        "must be >= %d or 0 for unlimited.\nPython runtime state: preinitialized\n\n",
                where, LP_INT_MAX_STR_DIGITS_THRESHOLD);
        exit(1);
    }
    lp_int_set_max_str_digits(n);
}

/* PYTHONVERBOSE's level: its number, or 1 for any other text. */
static int env_level(const char *v)
{
    char *end;
    long n = strtol(v, &end, 10);
    return *end || n < 0 ? 1 : (int)(n > 100 ? 100 : n);
}

/* The first entry of sys.path for a program run as [mode] ('c' for -c,
 * 'm' for -m, '-' for stdin, 'f' for a file named [file]); NULL when
 * -I, -P or PYTHONSAFEPATH leave it out (CPython's safe_path). */
static const char *path0(char mode, const char *file)
{
    char buf[4096];
    if (mode == 'd') { /* a folder with __main__.py: always first, made absolute */
        if (file[0] == '/') return file;
        if (!getcwd(buf, sizeof buf)) return file;
        size_t n = strlen(buf) + strlen(file) + 2;
        char *out = lp_alloc_atomic(n);
        if (strcmp(file, ".") == 0) snprintf(out, n, "%s", buf);
        else snprintf(out, n, "%s/%s", buf, file);
        return out;
    }
    if (opts.safe_path) return NULL;
    if (mode == 'c' || mode == '-') return "";
    if (mode == 'm') {
        if (!getcwd(buf, sizeof buf)) return "";
        char *out = lp_alloc_atomic(strlen(buf) + 1);
        return strcpy(out, buf);
    }
    char *real = realpath(file, NULL);
    if (!real) return "";
    const char *slash = strrchr(real, '/');
    size_t n = slash ? (size_t)(slash - real) + (slash == real) : 0;
    char *out = lp_alloc_atomic(n + 1);
    memcpy(out, real, n);
    out[n] = 0;
    free(real);
    return out;
}

/* Applies the import and compile options: sys.flags, sys.dont_write_bytecode,
 * sys.pycache_prefix, --check-hash-based-pycs, -v, -O. */
static void import_settings(void)
{
    const char *v;
    lp_import_verbose = opts.verbose;
    lp_import_time = x_option("importtime") || env("PYTHONPROFILEIMPORTTIME");
    if (!lp_import_verbose && (v = env("PYTHONVERBOSE"))) lp_import_verbose = env_level(v);
    int dont_write = opts.dont_write || env("PYTHONDONTWRITEBYTECODE") != NULL;
    lp_value sys = lp_sys_module();
    lp_setattr(sys, lp_str_from_cstr("dont_write_bytecode"), dont_write ? LP_TRUE : LP_FALSE);
    const char *prefix = x_option("pycache_prefix");
    if (!prefix) prefix = env("PYTHONPYCACHEPREFIX");
    if (prefix && *prefix)
        lp_setattr(sys, lp_str_from_cstr("pycache_prefix"), lp_str_from_cstr(prefix));
    if (opts.check_hash) lp_check_hash_based_pycs = opts.check_hash;
    lp_compile_optimize = opts.optimize;
    if ((v = env("PYTHONOPTIMIZE")) && env_level(v) > lp_compile_optimize)
        lp_compile_optimize = env_level(v);
    lp_sys_set_flag("optimize", lp_from_int(lp_compile_optimize));
    lp_sys_set_flag("verbose", lp_from_int(lp_import_verbose));
    lp_sys_set_flag("dont_write_bytecode", lp_from_int(dont_write));
    lp_sys_set_flag("ignore_environment", lp_from_int(opts.ignore_env));
    lp_sys_set_flag("isolated", lp_from_int(opts.isolated));
    lp_sys_set_flag("no_user_site", lp_from_int(opts.no_user_site));
    lp_sys_set_flag("no_site", lp_from_int(opts.no_site));
    lp_sys_set_flag("safe_path", opts.safe_path ? LP_TRUE : LP_FALSE);
}

/* Sets up the runtime once: ints, types, builtins, sys (argv, path, the
 * import options), the import bootstrap.  [mode] and [file] as path0's. */
static void runtime_init(int argc, char **argv, char mode, const char *file)
{
    lp_int_init();
    const char *digits = x_option("int_max_str_digits");
    if (digits) set_int_digits(digits, "-X int_max_str_digits");
    else if ((digits = env("PYTHONINTMAXSTRDIGITS"))) set_int_digits(digits, "PYTHONINTMAXSTRDIGITS");
    if (!opts.ignore_env && env("PYTHONSAFEPATH")) opts.safe_path = 1;
    lp_types_init();
    lp_builtins_types_init();
    if (opts.unbuffered || env("PYTHONUNBUFFERED")) lp_io_set_unbuffered();
    lp_sys_set_argv(argc, argv);
    if (opts.argv) lp_sys_set_orig_argv(opts.argc, opts.argv);
    import_settings();
    lp_import_init_path(path0(mode, file), env("PYTHONPATH"));
    lp_vm_install_sigint();
    lp_import_bootstrap();
}

/* The namespace of __main__: a module registered in sys.modules (made
 * once; [file] sets __file__ the first time). */
static lp_value main_globals(const char *file)
{
    static lp_value made;
    if (made) return made;
    lp_value mod = lp_module_new(lp_str_from_cstr("__main__"));
    lp_value g = ((lp_module_t *)lp_as_ptr(mod))->dict;
    lp_dict_set_cstr(g, "__doc__", LP_NONE);
    lp_dict_set_cstr(g, "__package__", LP_NONE);
    lp_value loader = lp_import_main_loader(file ? lp_str_from_cstr(file) : LP_NULL, false);
    lp_dict_set_cstr(g, "__loader__", loader);
    lp_dict_set_cstr(g, "__spec__", LP_NONE);
    lp_dict_set_cstr(g, "__annotations__", lp_dict_new());
    lp_dict_set_cstr(g, "__builtins__", lp_builtins_module());
    if (file) {
        lp_dict_set_cstr(g, "__file__", lp_str_from_cstr(file));
        lp_dict_set_cstr(g, "__cached__", LP_NONE); /* the script itself is never cached */
    }
    lp_dict_set_cstr(lp_sys_modules(), "__main__", mod);
    made = g;
    return g;
}

static int run_code(lp_value code, lp_value globals);

/* Compiles the [n] bytes [raw] (a file's when [is_file]) named [filename]
 * and runs them as __main__; returns the exit status (CPython's: 1 for an
 * uncaught exception or a syntax error, SystemExit's code). */
static int run_program(const char *raw, size_t n, const char *filename, int is_file,
                       const char *file_attr)
{
    lp_syntax_error_t err = {0};
    lp_value code = lp_compile_source(raw, n, filename, LP_COMPILE_EXEC, is_file, &err);
    if (!code) {
        lp_io_flush_all();
        lp_syntax_error_print(stderr, filename, &err);
        return 1;
    }
    return run_code(code, main_globals(file_attr));
}

/* Runs [code] in __main__'s [globals]; the exit status. */
static int run_code(lp_value code, lp_value globals)
{
    volatile int status = 0;
    lp_handler_t h;
    lp_handler_push(&h);
    if (setjmp(h.jb) == 0) {
        lp_vm_run_module(code, globals);
        lp_handler_pop(&h);
        lp_io_flush_all();
    } else {
        status = lp_traceback_handle_uncaught(h.exc);
    }
    lp_finalize_at_exit(globals); /* __del__ of what is still alive, as CPython's shutdown */
    lp_io_flush_all();
    return status;
}

/* Is the file [path] with the [n] bytes [raw] a .pyc (CPython's
 * maybe_pyc_file: the name, else the magic number's first two bytes)? */
static bool is_pyc(const char *path, const char *raw, size_t n)
{
    size_t len = strlen(path);
    if (len >= 4 && strcmp(path + len - 4, ".pyc") == 0) return true;
    return n >= 2 && memcmp(raw, lp_pyc_magic, 2) == 0;
}

typedef struct {
    const char *raw;
    size_t n;
    lp_value code;
} pyc_t;

static void load_pyc(void *ud)
{
    pyc_t *p = ud;
    if (p->n < 4 || memcmp(p->raw, lp_pyc_magic, 4) != 0)
        lp_raise(&lp_exc_RuntimeError, "Bad magic number in .pyc file");
    if (p->n < 16) lp_raise(&lp_exc_EOFError, "EOF read where not expected");
    p->code = lp_marshal_loads((const uint8_t *)p->raw + 16, p->n - 16);
    if (lp_type_of(p->code) != &lp_type_code)
        lp_raise(&lp_exc_RuntimeError, "Bad code object in .pyc file");
}

/* `lemonpy FILE.pyc`: the code in the .pyc run as __main__ (CPython's
 * run_pyc_file: the magic number checked, the rest of the header
 * skipped), __loader__ a SourcelessFileLoader. */
static int run_pyc(const char *raw, size_t n, const char *path)
{
    lp_value globals = main_globals(path);
    lp_dict_set_cstr(globals, "__loader__", lp_import_main_loader(lp_str_from_cstr(path), true));
    pyc_t p = {raw, n, LP_NULL};
    lp_value exc = lp_pcall(load_pyc, &p);
    if (exc) {
        lp_io_flush_all();
        int status = lp_traceback_handle_uncaught(exc);
        lp_io_flush_all();
        return status;
    }
    return run_code(p.code, globals);
}

static int run_file(const char *arg)
{
    const char *path = script_path(arg);
    (void)main_globals(path);
    size_t n;
    int errnum;
    const char *raw = lp_source_read_file(path, &n, &errnum);
    if (!raw) {
        fprintf(stderr, "%s: can't open file %s: [Errno %d] %s\n", progname, quoted(path), errnum,
                strerror(errnum));
        return 2;
    }
    if (is_pyc(path, raw, n)) return run_pyc(raw, n, path);
    return run_program(raw, n, path, 1, path);
}

/* `lemonpy -` or no file: the program is stdin, read to its end. */
static int run_stdin(void)
{
    lp_buf_t b = {0};
    char chunk[65536];
    size_t got;
    while ((got = fread(chunk, 1, sizeof chunk, stdin)) > 0) lp_buf_add(&b, chunk, got);
    return run_program(b.data ? b.data : "", b.len, "<stdin>", 1, NULL);
}

/* ==== -m module ==== */

static void run_module_ud(void *ud)
{
    lp_value runpy = lp_import_module(lp_str_from_cstr("runpy"));
    lp_call_method(runpy, lp_str_from_cstr("_run_module_as_main"), (lp_value *)ud, 2);
}

/* `lemonpy -m NAME`: runpy._run_module_as_main(NAME), as CPython's; with
 * [alter_argv] false, `lemonpy FOLDER`: the folder's __main__.py (the
 * folder is sys.path[0]). */
static int run_module(const char *name, bool alter_argv)
{
    (void)main_globals(NULL);
    int status = 0;
    lp_value args[2] = {lp_str_from_cstr(name), alter_argv ? LP_TRUE : LP_FALSE};
    lp_value exc = lp_pcall(run_module_ud, args);
    lp_io_flush_all();
    if (exc) status = lp_traceback_handle_uncaught(exc);
    lp_finalize_at_exit(main_globals(NULL));
    lp_io_flush_all();
    return status;
}

/* ==== -X parse-trace ==== */

/* Prints Lemon's shift/reduce trace of parsing [file], for grammar work. */
static int parse_trace(const char *file)
{
    lp_ast_view_t v = {file, LP_PARSE_EXEC, 1, 0, 3};
    lp_arena_t *arena = lp_arena_new();
    lp_ast_t *tree = lp_ast_view_parse(arena, &v, stdout);
    lp_arena_free(arena);
    return tree ? 0 : 1;
}

/* ==== options ==== */

/* Options that take no argument and are accepted as CPython's. */
static int flag_option(char c) { return c && strchr("bBdEiIOPqsSuvx", c) != NULL; }

/* The end of a run: -v's finalisation messages; [status] passes through. */
static int finish(int status)
{
    lp_import_exit_messages();
    lp_io_flush_all();
    return status;
}

/* --check-hash-based-pycs VALUE: 0, or the exit status of a bad value. */
static int check_hash_option(const char *v)
{
    if (!v) return usage_error("Argument expected for the %s options\n", "--check-hash-based-pycs");
    if (strcmp(v, "default") && strcmp(v, "always") && strcmp(v, "never")) {
        fprintf(stderr, "--check-hash-based-pycs must be one of 'default', 'always', or 'never'\n");
        fprintf(stderr, usage_line, progname);
        fprintf(stderr, "Try `lemonpy -h' for more information.\n");
        return 2;
    }
    opts.check_hash = v;
    return 0;
}

int main(int argc, char **argv)
{
    lp_gc_init();
    if (argc > 0 && argv[0][0]) progname = argv[0];
    opts.argc = argc;
    opts.argv = lp_alloc((size_t)(argc + 1) * sizeof(char *));
    memcpy(opts.argv, argv, (size_t)(argc + 1) * sizeof(char *));
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || strcmp(a, "-") == 0) break;
        if (strcmp(a, "--") == 0) { i++; break; }
        if (strcmp(a, "--version") == 0) { printf("lemonpy " LP_VERSION " (Python 3.11 compatible)\n"); return 0; }
        if (strcmp(a, "--help") == 0) { printf(usage_line, progname); fputs(help_text, stdout); return 0; }
        if (strcmp(a, "--check-hash-based-pycs") == 0) {
            int rc = check_hash_option(i + 1 < argc ? argv[++i] : NULL);
            if (rc) return rc;
            continue;
        }
        if (a[1] == '-') return usage_error("unknown option %s\n", a);
        for (int k = 1; a[k]; k++) {
            char c = a[k];
            if (c == 'h' || c == '?') { printf(usage_line, progname); fputs(help_text, stdout); return 0; }
            if (c == 'V') { printf("lemonpy " LP_VERSION " (Python 3.11 compatible)\n"); return 0; }
            if (c == 'c' || c == 'm' || c == 'W' || c == 'X') {
                const char *arg = a[k + 1] ? a + k + 1 : (i + 1 < argc ? argv[++i] : NULL);
                if (!arg) {
                    char opt[3] = {'-', c, 0};
                    return usage_error("Argument expected for the %s option\n", opt);
                }
                if (c == 'm' && strcmp(arg, "tokenize") == 0) return run_tokenize(argc - i - 1, argv + i + 1);
                if (c == 'm' && strcmp(arg, "ast") == 0) return lp_ast_view_main(argc - i - 1, argv + i + 1);
                if (c == 'm' && strcmp(arg, "dis") == 0) {
                    runtime_init(argc - i, argv + i, 'm', NULL);
                    return lp_dis_main(argc - i - 1, argv + i + 1);
                }
                if (c == 'm' && (strcmp(arg, "compileall") == 0 || strcmp(arg, "py_compile") == 0)) {
                    runtime_init(argc - i, argv + i, 'm', NULL);
                    return (arg[0] == 'c' ? lp_compileall_main : lp_py_compile_main)(argc - i - 1, argv + i + 1);
                }
                if (c == 'X' && opts.nx < 64) opts.x[opts.nx++] = arg;
                if (c == 'm') {
                    argv[i] = "-m"; /* sys.argv[0] until runpy sets the module's file */
                    runtime_init(argc - i, argv + i, 'm', NULL);
                    return finish(run_module(arg, true));
                }
                if (c == 'c') {
                    argv[i] = "-c";
                    runtime_init(argc - i, argv + i, 'c', NULL);
                    return finish(run_program(arg, strlen(arg), "<string>", 0, NULL));
                }
                break;
            }
            if (c == 'E' || c == 'I') opts.ignore_env = 1;
            if (c == 'I') opts.isolated = opts.safe_path = opts.no_user_site = 1;
            if (c == 'P') opts.safe_path = 1;
            if (c == 's') opts.no_user_site = 1;
            if (c == 'S') opts.no_site = 1;
            if (c == 'u') opts.unbuffered = 1;
            if (c == 'v') opts.verbose++;
            if (c == 'O') opts.optimize++;
            if (c == 'B') opts.dont_write = 1;
            if (!flag_option(c)) {
                char opt[3] = {'-', c, 0};
                return usage_error("Unknown option: %s\n", opt);
            }
        }
    }
    if (x_option("parse-trace")) return parse_trace(i < argc ? argv[i] : NULL);
    if (i < argc) {
        struct stat st;
        if (strcmp(argv[i], "-") != 0 && stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode)) {
            runtime_init(argc - i, argv + i, 'd', argv[i]);
            return finish(run_module("__main__", false));
        }
        if (strcmp(argv[i], "-") != 0) {
            runtime_init(argc - i, argv + i, 'f', argv[i]);
            return finish(run_file(argv[i]));
        }
        runtime_init(argc - i, argv + i, '-', NULL);
        return finish(run_stdin());
    }
    char *no_args[] = {"", NULL};
    runtime_init(1, no_args, '-', NULL);
    return finish(run_stdin());
}
