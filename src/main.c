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
#include <unistd.h>

#include "buf.h"
#include "unicode.h"

#include "ast_view.h"
#include "gc.h"
#include "source.h"
#include "tokenize_view.h"
#include "dis.h"
#include "parse.h"
#include "symtable.h"
#include "tokenizer.h"

#include "compile.h"
#include "error.h"
#include "io.h"
#include "mod_builtins.h"
#include "mod_sys.h"
#include "obj_dict.h"
#include "obj_func.h"
#include "obj_int.h"
#include "obj_str.h"
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
    "-q     : don't print version and copyright messages on interactive startup\n"
    "-s     : don't add user site directory to sys.path\n"
    "-S     : don't imply 'import site' on initialization\n"
    "-u     : force the stdout and stderr streams to be unbuffered\n"
    "-v     : verbose (trace import statements); also PYTHONVERBOSE=x\n"
    "-V     : print the lemonpy version number and exit (also --version)\n"
    "-W arg : warning control; arg is action:message:category:module:lineno\n"
    "-X opt : set implementation-specific option\n"
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
    int ignore_env; /* -E, -I */
    int unbuffered; /* -u */
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

/* Sets up the runtime once: ints, types, builtins, sys. */
static void runtime_init(int argc, char **argv)
{
    lp_int_init();
    const char *digits = x_option("int_max_str_digits");
    if (digits) set_int_digits(digits, "-X int_max_str_digits");
    else if ((digits = env("PYTHONINTMAXSTRDIGITS"))) set_int_digits(digits, "PYTHONINTMAXSTRDIGITS");
    lp_types_init();
    lp_builtins_types_init();
    if (opts.unbuffered) lp_io_set_unbuffered();
    lp_sys_set_argv(argc, argv);
    lp_vm_install_sigint();
}

/* The namespace of __main__: a module registered in sys.modules. */
static lp_value main_globals(const char *file)
{
    lp_value mod = lp_module_new(lp_str_from_cstr("__main__"));
    lp_value g = ((lp_module_t *)lp_as_ptr(mod))->dict;
    lp_dict_set_cstr(g, "__doc__", LP_NONE);
    lp_dict_set_cstr(g, "__package__", LP_NONE);
    lp_dict_set_cstr(g, "__loader__", LP_NONE);
    lp_dict_set_cstr(g, "__spec__", LP_NONE);
    lp_dict_set_cstr(g, "__annotations__", lp_dict_new());
    lp_dict_set_cstr(g, "__builtins__", lp_builtins_module());
    if (file) {
        lp_dict_set_cstr(g, "__file__", lp_str_from_cstr(file));
        lp_dict_set_cstr(g, "__cached__", LP_NONE); /* the script itself is never cached */
    }
    lp_dict_set_cstr(lp_sys_modules(), "__main__", mod);
    return g;
}

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
    int status = 0;
    lp_handler_t h;
    lp_handler_push(&h);
    if (setjmp(h.jb) == 0) {
        lp_vm_run_module(code, main_globals(file_attr));
        lp_handler_pop(&h);
        lp_io_flush_all();
    } else {
        status = lp_traceback_handle_uncaught(h.exc);
    }
    lp_io_flush_all();
    return status;
}

static int run_file(const char *arg)
{
    const char *path = script_path(arg);
    size_t n;
    int errnum;
    const char *raw = lp_source_read_file(path, &n, &errnum);
    if (!raw) {
        fprintf(stderr, "%s: can't open file %s: [Errno %d] %s\n", progname, quoted(path), errnum,
                strerror(errnum));
        return 2;
    }
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

int main(int argc, char **argv)
{
    lp_gc_init();
    if (argc > 0 && argv[0][0]) progname = argv[0];
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || strcmp(a, "-") == 0) break;
        if (strcmp(a, "--") == 0) { i++; break; }
        if (strcmp(a, "--version") == 0) { printf("lemonpy " LP_VERSION " (Python 3.11 compatible)\n"); return 0; }
        if (strcmp(a, "--help") == 0) { printf(usage_line, progname); fputs(help_text, stdout); return 0; }
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
                    runtime_init(argc - i, argv + i);
                    return lp_dis_main(argc - i - 1, argv + i + 1);
                }
                if (c == 'X' && opts.nx < 64) opts.x[opts.nx++] = arg;
                if (c == 'm') {
                    fprintf(stderr, "%s: No module named %s\n", progname, arg);
                    return 1;
                }
                if (c == 'c') {
                    argv[i] = "-c";
                    runtime_init(argc - i, argv + i);
                    return run_program(arg, strlen(arg), "<string>", 0, NULL);
                }
                break;
            }
            if (c == 'E' || c == 'I') opts.ignore_env = 1;
            if (c == 'u') opts.unbuffered = 1;
            if (!flag_option(c)) {
                char opt[3] = {'-', c, 0};
                return usage_error("Unknown option: %s\n", opt);
            }
        }
    }
    if (x_option("parse-trace")) return parse_trace(i < argc ? argv[i] : NULL);
    if (i < argc) {
        runtime_init(argc - i, argv + i);
        if (strcmp(argv[i], "-") != 0) return run_file(argv[i]);
        return run_stdin();
    }
    char *no_args[] = {"", NULL};
    runtime_init(1, no_args);
    return run_stdin();
}
