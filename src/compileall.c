/* compileall.c -- `lemonpy -m compileall` and `lemonpy -m py_compile`.
 *
 * CPython 3.11's Lib/compileall.py and Lib/py_compile.py, function for
 * function: main() parses the command line as argparse does (cliargs.c),
 * compile_dir walks the tree (printing "Listing '...'..."), compile_file
 * decides the .pyc names, skips a file whose .pyc starts with the magic
 * number, flags 0 and the source's mtime (unless -f), prints "Compiling
 * '...'..." and compiles through lp_pyc_compile_file_ex (pycache.h);
 * errors are printed as py_compile's PyCompileError words them.  `-j N`
 * forks N worker processes that take the files one at a time.
 *
 * Messages go to stdout with C stdio (as compileall's print), argparse's
 * errors to stderr.
 *
 * SPDX-License-Identifier: MIT
 */
#include <errno.h>
#include <signal.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <dirent.h>
#include <unistd.h>

#include "compileall.h"

#include "buf.h"
#include "cliargs.h"
#include "pyregex.h"

#include "error.h"
#include "gc.h"
#include "mod_sys.h"
#include "obj_exc.h"
#include "obj_list.h"
#include "obj_str.h"
#include "ops.h"
#include "pycache.h"
#include "source.h"
#include "traceback.h"
#include "types.h"

/* ==== the command lines ==== */

static const char *const modes[] = {"checked-hash", "timestamp", "unchecked-hash", NULL};

/* compileall's optionals, in argparse's order (the help first). */
enum {
    O_HELP, O_L, O_R, O_F, O_Q, O_B, O_D, O_S, O_P, O_X, O_I, O_J, O_MODE, O_O, O_E, O_HARD,
    NOPTS
};

static const lp_cli_opt_t ca_opts[NOPTS] = {
    [O_HELP] = {{"-h", "--help"}, LP_CLI_HELP, 0, NULL},
    [O_L] = {{"-l", NULL}, LP_CLI_TRUE, 0, NULL},
    [O_R] = {{"-r", NULL}, LP_CLI_STORE, 1, NULL},
    [O_F] = {{"-f", NULL}, LP_CLI_TRUE, 0, NULL},
    [O_Q] = {{"-q", NULL}, LP_CLI_COUNT, 0, NULL},
    [O_B] = {{"-b", NULL}, LP_CLI_TRUE, 0, NULL},
    [O_D] = {{"-d", NULL}, LP_CLI_STORE, 0, NULL},
    [O_S] = {{"-s", NULL}, LP_CLI_STORE, 0, NULL},
    [O_P] = {{"-p", NULL}, LP_CLI_STORE, 0, NULL},
    [O_X] = {{"-x", NULL}, LP_CLI_STORE, 0, NULL},
    [O_I] = {{"-i", NULL}, LP_CLI_STORE, 0, NULL},
    [O_J] = {{"-j", "--workers"}, LP_CLI_STORE, 1, NULL},
    [O_MODE] = {{"--invalidation-mode", NULL}, LP_CLI_STORE, 0, modes},
    [O_O] = {{"-o", NULL}, LP_CLI_APPEND, 1, NULL},
    [O_E] = {{"-e", NULL}, LP_CLI_STORE, 0, NULL},
    [O_HARD] = {{"--hardlink-dupes", NULL}, LP_CLI_TRUE, 0, NULL},
};

static const lp_cli_parser_t ca_parser = {
    "compileall.py",
    "usage: compileall.py [-h] [-l] [-r RECURSION] [-f] [-q] [-b] [-d DESTDIR]\n"
    "                     [-s STRIPDIR] [-p PREPENDDIR] [-x REGEXP] [-i FILE]\n"
    "                     [-j WORKERS]\n"
    "                     [--invalidation-mode {checked-hash,timestamp,unchecked-hash}]\n"
    "                     [-o OPT_LEVELS] [-e DIR] [--hardlink-dupes]\n"
    "                     [FILE|DIR ...]\n",
    "Utilities to support installing Python libraries.\n"
    "\n"
    "positional arguments:\n"
    "  FILE|DIR              zero or more file and directory names to compile; if\n"
    "                        no arguments given, defaults to the equivalent of -l\n"
    "                        sys.path\n"
    "\n"
    "options:\n"
    "  -h, --help            show this help message and exit\n"
    "  -l                    don't recurse into subdirectories\n"
    "  -r RECURSION          control the maximum recursion level. if `-l` and `-r`\n"
    "                        options are specified, then `-r` takes precedence.\n"
    "  -f                    force rebuild even if timestamps are up to date\n"
    "  -q                    output only error messages; -qq will suppress the\n"
    "                        error messages as well.\n"
    "  -b                    use legacy (pre-PEP3147) compiled file locations\n"
    "  -d DESTDIR            directory to prepend to file paths for use in compile-\n"
    "                        time tracebacks and in runtime tracebacks in cases\n"
    "                        where the source file is unavailable\n"
    "  -s STRIPDIR           part of path to left-strip from path to source file -\n"
    "                        for example buildroot. `-d` and `-s` options cannot be\n"
    "                        specified together.\n"
    "  -p PREPENDDIR         path to add as prefix to path to source file - for\n"
    "                        example / to make it absolute when some part is\n"
    "                        removed by `-s` option. `-d` and `-p` options cannot\n"
    "                        be specified together.\n"
    "  -x REGEXP             skip files matching the regular expression; the regexp\n"
    "                        is searched for in the full path of each file\n"
    "                        considered for compilation\n"
    "  -i FILE               add all the files and directories listed in FILE to\n"
    "                        the list considered for compilation; if \"-\", names are\n"
    "                        read from stdin\n"
    "  -j WORKERS, --workers WORKERS\n"
    "                        Run compileall concurrently\n"
    "  --invalidation-mode {checked-hash,timestamp,unchecked-hash}\n"
    "                        set .pyc invalidation mode; defaults to \"checked-hash\"\n"
    "                        if the SOURCE_DATE_EPOCH environment variable is set,\n"
    "                        and \"timestamp\" otherwise.\n"
    "  -o OPT_LEVELS         Optimization levels to run compilation with. Default\n"
    "                        is -1 which uses the optimization level of the Python\n"
    "                        interpreter itself (see -O).\n"
    "  -e DIR                Ignore symlinks pointing outsite of the DIR\n"
    "  --hardlink-dupes      Hardlink duplicated pyc files\n",
    ca_opts,
    NOPTS,
    "FILE|DIR",
    0,
};

static const lp_cli_opt_t pc_opts[] = {
    {{"-h", "--help"}, LP_CLI_HELP, 0, NULL},
    {{"-q", "--quiet"}, LP_CLI_TRUE, 0, NULL},
};

static const lp_cli_parser_t pc_parser = {
    "py_compile.py",
    "usage: py_compile.py [-h] [-q] filenames [filenames ...]\n",
    "A simple command-line interface for py_compile module.\n"
    "\n"
    "positional arguments:\n"
    "  filenames    Files to compile\n"
    "\n"
    "options:\n"
    "  -h, --help   show this help message and exit\n"
    "  -q, --quiet  Suppress error output\n",
    pc_opts,
    2,
    "filenames",
    1,
};

/* ==== what one run asks for ==== */

/* compile_file's arguments that stay the same for every file. */
typedef struct {
    const char *ddir, *stripdir, *prependdir, *limit_sl_dest;
    int force, quiet, legacy, hardlink_dupes;
    int has_rx;       /* -x given (rx_text may be "", which CPython cannot search) */
    const char *rx_text;
    regex_t rx;
    long *levels;     /* the optimization levels, sorted, without duplicates */
    int nlevels;
    lp_pyc_mode_t mode;
} job_t;

/* An error CPython reports with a traceback (an exception compileall does
 * not catch): printed with its last line, exit status 1. */
static _Noreturn void uncaught(const char *type_and_msg)
{
    fflush(stdout);
    fprintf(stderr, "Traceback (most recent call last):\n  File \"compileall.py\", in <module>\n"
                    "%s\n", type_and_msg);
    exit(1);
}

/* ==== Ctrl-C ==== */

/* Set by SIGINT: compileall stops at the next file and main prints
 * "[interrupted]" (CPython's KeyboardInterrupt handler in main). */
static volatile sig_atomic_t interrupted;

static void on_sigint(int sig)
{
    (void)sig;
    interrupted = 1;
}

static void catch_sigint(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
}

/* ==== paths (os.path on POSIX) ==== */

/* [a] followed by [b] (collected memory). */
static const char *concat(const char *a, const char *b)
{
    lp_buf_t out = {0};
    lp_buf_puts(&out, a);
    lp_buf_puts(&out, b);
    return out.data;
}

/* os.path.join([a], [b]). */
static const char *path_join(const char *a, const char *b)
{
    if (b[0] == '/' || !a[0]) return b;
    lp_buf_t out = {0};
    lp_buf_puts(&out, a);
    if (a[strlen(a) - 1] != '/') lp_buf_putc(&out, '/');
    lp_buf_puts(&out, b);
    return out.data;
}

static const char *path_basename(const char *p)
{
    const char *slash = strrchr(p, '/');
    return slash ? slash + 1 : p;
}

static int is_file(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static int is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static int is_link(const char *p)
{
    struct stat st;
    return lstat(p, &st) == 0 && S_ISLNK(st.st_mode);
}

/* repr() of the path [p] as a str (undecodable bytes as surrogates). */
static const char *path_repr(const char *p)
{
    return lp_str_utf8(lp_repr(lp_str_from_utf8(p, strlen(p))), NULL);
}

/* A copy of [n] bytes at [s] (collected, NUL-terminated). */
static char *dup_n(const char *s, size_t n)
{
    char *out = lp_alloc_atomic(n + 1);
    memcpy(out, s, n);
    out[n] = 0;
    return out;
}

/* compile_file's dfile: from -d (ddir), or the path with stripdir's
 * leading components removed (each equal pair removes the first equal
 * component, as list.remove) and prependdir in front. */
static const char *dest_file(const job_t *job, const char *fullname, const char *ddir)
{
    const char *dfile = ddir ? path_join(ddir, path_basename(fullname)) : NULL;
    if (job->stripdir) {
        const char *parts[512], *strip[512];
        int np = 0, ns = 0;
        for (const char *s = fullname;; s = strchr(s, '/') + 1) {
            const char *e = strchr(s, '/');
            if (np < 512) parts[np++] = dup_n(s, e ? (size_t)(e - s) : strlen(s));
            if (!e) break;
        }
        for (const char *s = job->stripdir;; s = strchr(s, '/') + 1) {
            const char *e = strchr(s, '/');
            if (ns < 512) strip[ns++] = dup_n(s, e ? (size_t)(e - s) : strlen(s));
            if (!e) break;
        }
        const char *kept[512];
        int nk = np;
        memcpy(kept, parts, sizeof(char *) * (size_t)np);
        for (int i = 0; i < np && i < ns; i++) {
            if (strcmp(strip[i], parts[i]) != 0) continue;
            for (int k = 0; k < nk; k++)
                if (strcmp(kept[k], strip[i]) == 0) {
                    memmove(kept + k, kept + k + 1, sizeof(char *) * (size_t)(nk - k - 1));
                    nk--;
                    break;
                }
        }
        if (nk == 0) uncaught("TypeError: join() missing 1 required positional argument: 'a'");
        dfile = kept[0];
        for (int k = 1; k < nk; k++) dfile = path_join(dfile, kept[k]);
    }
    if (job->prependdir) dfile = path_join(job->prependdir, dfile ? dfile : fullname);
    return dfile;
}

/* Path(p).resolve() (not strict): realpath of the longest existing prefix. */
static const char *resolve(const char *p)
{
    char buf[PATH_MAX];
    if (realpath(p, buf)) return dup_n(buf, strlen(buf));
    char cwd[PATH_MAX];
    if (p[0] != '/' && getcwd(cwd, sizeof cwd)) p = path_join(cwd, p);
    return p;
}

/* -e: whether the symlink [fullname] points inside [dest]. */
static int link_inside(const char *dest, const char *fullname)
{
    const char *d = resolve(dest), *f = resolve(fullname);
    size_t n = strlen(d);
    if (strcmp(d, "/") == 0) return strcmp(f, "/") != 0;
    return strncmp(f, d, n) == 0 && f[n] == '/';
}

/* ==== one file ==== */

/* The .pyc name of [fullname] for optimization [level]:
 * cache_from_source(fullname, optimization=level or '') for level >= 0,
 * the interpreter's level otherwise. */
static const char *cache_path(const char *fullname, long level)
{
    lp_value c = lp_pyc_cache_from_source(lp_str_from_utf8(fullname, strlen(fullname)));
    if (!c) uncaught("NotImplementedError: sys.implementation.cache_tag is None");
    const char *s = lp_str_utf8(c, NULL);
    if (level < 0) return s;
    size_t n = strlen(s) - 4; /* before ".pyc" */
    const char *opt = NULL;
    for (size_t k = n; k > 0 && s[k - 1] != '/'; k--)
        if (strncmp(s + k - 1, ".opt-", 5) == 0) opt = s + k - 1;
    if (opt) n = (size_t)(opt - s);
    lp_buf_t b = {0};
    lp_buf_add(&b, s, n);
    if (level >= 1) lp_buf_printf(&b, ".opt-%ld", level);
    lp_buf_puts(&b, ".pyc");
    return b.data;
}

/* Whether every .pyc of [fullname] starts with magic, flags 0 and the
 * source's mtime (compileall's skip rule; the size is not compared). */
static int up_to_date(const char *fullname, const char **cfiles, int n)
{
    struct stat st;
    if (stat(fullname, &st) != 0) return 0;
    uint8_t expect[12];
    uint32_t mtime = (uint32_t)(int64_t)st.st_mtime;
    memcpy(expect, lp_pyc_magic, 4);
    for (int i = 0; i < 4; i++) {
        expect[4 + i] = 0;
        expect[8 + i] = (uint8_t)(mtime >> (8 * i));
    }
    for (int i = 0; i < n; i++) {
        FILE *f = fopen(cfiles[i], "rb");
        if (!f) return 0;
        uint8_t got[12];
        size_t k = fread(got, 1, 12, f);
        fclose(f);
        if (k != 12 || memcmp(got, expect, 12) != 0) return 0;
    }
    return 1;
}

/* The arguments of one lp_pyc_compile_file_ex call. */
typedef struct {
    const char *file, *cfile, *dfile;
    int optimize;
    lp_pyc_mode_t mode;
} compile_args_t;

static void do_compile(void *ud)
{
    compile_args_t *a = ud;
    lp_pyc_compile_file_ex(lp_str_from_utf8(a->file, strlen(a->file)),
                           lp_str_from_utf8(a->cfile, strlen(a->cfile)),
                           a->dfile ? lp_str_from_utf8(a->dfile, strlen(a->dfile)) : LP_NULL,
                           a->optimize, a->mode);
}

/* The message of a failed py_compile.compile: PyCompileError's for an
 * error of the compilation (a SyntaxError laid out as traceback prints it,
 * "Sorry: Type: message" for the others), "Type: message" for an OSError
 * (when [with_type]; py_compile's main prints only str(error)).  Sets
 * *is_oserror. */
static const char *error_text(lp_value exc, int with_type, int *is_oserror)
{
    *is_oserror = lp_is_instance(exc, &lp_exc_OSError);
    if (*is_oserror) {
        lp_value s = with_type ? lp_str_format_c("%T: %S", exc, exc) : lp_str(exc);
        return lp_str_utf8(s, NULL);
    }
    if (lp_type_of(exc) == &lp_exc_SyntaxError) return lp_str_utf8(lp_traceback_format(exc), NULL);
    return lp_str_utf8(lp_str_format_c("Sorry: %T: %S", exc, exc), NULL);
}

/* compile_file's except clauses: the error of [fullname] as -q/-qq ask.
 * Returns 0 (the file failed). */
static int report_failure(const job_t *job, const char *fullname, lp_value exc)
{
    if (job->quiet >= 2) return 0;
    if (job->quiet) printf("*** Error compiling %s...\n", path_repr(fullname));
    else fputs("*** ", stdout);
    int is_os;
    puts(error_text(exc, 1, &is_os));
    return 0;
}

/* --hardlink-dupes: when [cfile] has the bytes of [prev] (filecmp.cmp,
 * shallow=False), it becomes a hard link to [prev].  Returns the OSError,
 * or LP_NULL. */
static lp_value link_if_equal(const char *prev, const char *cfile)
{
    size_t n1, n2;
    int e1, e2;
    const char *b1 = lp_source_read_file(cfile, &n1, &e1);
    const char *b2 = lp_source_read_file(prev, &n2, &e2);
    if (!b1 || !b2) return lp_exc_from_errno(b1 ? e2 : e1, lp_str_from_cstr(b1 ? prev : cfile));
    if (n1 != n2 || memcmp(b1, b2, n1) != 0) return LP_NULL;
    if (unlink(cfile) != 0 || link(prev, cfile) != 0)
        return lp_exc_from_errno(errno, lp_str_from_cstr(prev));
    return LP_NULL;
}

/* Compiles [fullname] to every .pyc of the job: compile_file's try block
 * and its except clauses.  Returns 0 on an error. */
static int compile_levels(const job_t *job, const char *fullname, const char *dfile,
                          const char **cfiles)
{
    for (int i = 0; i < job->nlevels; i++) {
        compile_args_t a = {fullname, cfiles[i], dfile, (int)job->levels[i], job->mode};
        lp_value exc = lp_pcall(do_compile, &a);
        if (!exc && i > 0 && job->hardlink_dupes) exc = link_if_equal(cfiles[i - 1], cfiles[i]);
        if (exc) return report_failure(job, fullname, exc);
    }
    return 1;
}

/* compileall.compile_file: returns 0 on an error. */
static int compile_file(const job_t *job, const char *fullname, const char *ddir)
{
    if (interrupted) return 0;
    const char *dfile = dest_file(job, fullname, ddir);
    if (job->hardlink_dupes && job->nlevels < 2)
        uncaught("ValueError: Hardlinking of duplicated bytecode makes sense only for more than "
                 "one optimization level");
    if (job->has_rx) {
        if (!job->rx_text[0]) uncaught("AttributeError: 'str' object has no attribute 'search'");
        if (lp_pyregex_search(&job->rx, fullname)) return 1;
    }
    if (job->limit_sl_dest && is_link(fullname) && !link_inside(job->limit_sl_dest, fullname))
        return 1;
    if (!is_file(fullname)) return 1;
    const char **cfiles = lp_alloc(sizeof(char *) * (size_t)job->nlevels);
    for (int i = 0; i < job->nlevels; i++) {
        if (job->legacy) cfiles[i] = concat(fullname, "c");
        else cfiles[i] = cache_path(fullname, job->levels[i]);
    }
    const char *name = path_basename(fullname);
    size_t n = strlen(name);
    if (n < 3 || strcmp(name + n - 3, ".py") != 0) return 1;
    if (!job->force && up_to_date(fullname, cfiles, job->nlevels)) return 1;
    if (!job->quiet) printf("Compiling %s...\n", path_repr(fullname));
    return compile_levels(job, fullname, dfile, cfiles);
}

/* ==== directories ==== */

/* The files found under one directory tree, in walking order. */
typedef struct {
    const char **files;
    int n, cap;
} file_list_t;

static void list_add(file_list_t *l, const char *f)
{
    if (l->n == l->cap) {
        int cap = l->cap ? 2 * l->cap : 64;
        const char **files = lp_alloc(sizeof(char *) * (size_t)cap);
        if (l->n) memcpy(files, l->files, sizeof(char *) * (size_t)l->n);
        l->files = files;
        l->cap = cap;
    }
    l->files[l->n++] = f;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The sorted names in [dir] (without . and ..), or NULL when it cannot be
 * listed. */
static const char **list_dir(const char *dir, int *n)
{
    DIR *d = opendir(dir[0] ? dir : "\x01");
    if (!d) return NULL;
    file_list_t l = {0};
    struct dirent *e;
    while ((e = readdir(d)))
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
            list_add(&l, dup_n(e->d_name, strlen(e->d_name)));
    closedir(d);
    if (l.n) qsort(l.files, (size_t)l.n, sizeof(char *), by_name);
    *n = l.n;
    return l.files ? l.files : lp_alloc(sizeof(char *));
}

/* compileall._walk_dir: calls [each] on every file under [dir] (the
 * generator's items), printing "Listing" unless quiet. */
static int walk_dir(const job_t *job, const char *dir, long maxlevels,
                    int (*each)(const job_t *, const char *, void *), void *ud)
{
    if (!job->quiet) printf("Listing %s...\n", path_repr(dir));
    int n = 0, ok = 1;
    const char **names = list_dir(dir, &n);
    if (!names && job->quiet < 2) printf("Can't list %s\n", path_repr(dir));
    for (int i = 0; i < n && !interrupted; i++) {
        if (strcmp(names[i], "__pycache__") == 0) continue;
        const char *fullname = path_join(dir, names[i]);
        if (!is_dir(fullname)) {
            if (!each(job, fullname, ud)) ok = 0;
        } else if (maxlevels > 0 && !is_link(fullname)) {
            if (!walk_dir(job, fullname, maxlevels - 1, each, ud)) ok = 0;
        }
    }
    return ok;
}

static int compile_each(const job_t *job, const char *fullname, void *ud)
{
    (void)ud;
    return compile_file(job, fullname, NULL);
}

static int collect_each(const job_t *job, const char *fullname, void *ud)
{
    (void)job;
    list_add(ud, fullname);
    return 1;
}

/* compile_dir with ProcessPoolExecutor: the tree is listed first, then
 * [workers] forked processes take the files one at a time (a shared
 * counter).  Returns 0 when a file failed. */
static int compile_parallel(const job_t *job, const char *dir, long maxlevels, long workers)
{
    file_list_t l = {0};
    walk_dir(job, dir, maxlevels, collect_each, &l);
    fflush(stdout);
    fflush(stderr);
    if (l.n == 0) return 1;
    if (workers > l.n) workers = l.n;
    long *next = mmap(NULL, sizeof(long), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS,
                      -1, 0);
    if (next == MAP_FAILED) workers = 1;
    pid_t pids[256];
    int npids = 0, ok = 1;
    if (workers > 256) workers = 256;
    if (workers > 1) *next = 0;
    for (long w = 0; w < workers && workers > 1; w++) {
        pid_t pid = fork();
        if (pid == 0) {
            int child_ok = 1;
            for (long i; (i = __atomic_fetch_add(next, 1, __ATOMIC_SEQ_CST)) < l.n;) {
                if (!compile_file(job, l.files[i], NULL)) child_ok = 0;
                fflush(stdout);
            }
            fflush(stdout);
            _exit(child_ok ? 0 : 1);
        }
        if (pid > 0) pids[npids++] = pid;
    }
    if (npids == 0) { /* no worker could start: compile here */
        for (int i = 0; i < l.n; i++)
            if (!compile_file(job, l.files[i], NULL)) ok = 0;
    }
    int forwarded = 0;
    for (int i = 0; i < npids; i++) {
        int status;
        while (waitpid(pids[i], &status, 0) < 0 && errno == EINTR) {
            for (int k = 0; interrupted && !forwarded && k < npids; k++) kill(pids[k], SIGINT);
            forwarded = interrupted;
        }
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) ok = 0;
    }
    if (next != MAP_FAILED) munmap(next, sizeof(long));
    return ok;
}

/* compileall.compile_dir: -d becomes stripdir=dir, prependdir=ddir. */
static int compile_dir(const job_t *job_in, const char *dir, long maxlevels, long workers)
{
    job_t job = *job_in;
    if (job.ddir) {
        job.stripdir = dir;
        job.prependdir = job.ddir;
        job.ddir = NULL;
    }
    if (workers < 0) uncaught("ValueError: workers must be greater or equal to 0");
    if (workers == 0) workers = sysconf(_SC_NPROCESSORS_ONLN);
    if (workers != 1) return compile_parallel(&job, dir, maxlevels, workers);
    return walk_dir(&job, dir, maxlevels, compile_each, NULL);
}

/* compileall.compile_path: each directory of sys.path, not recursing;
 * the current directory ('' or '.') is skipped.  Stops at the first
 * failing directory (`success and compile_dir(...)`). */
static int compile_path(const job_t *job_in)
{
    job_t job = *job_in;
    static long default_level = -1;
    job.ddir = job.stripdir = job.prependdir = job.limit_sl_dest = NULL;
    job.has_rx = 0;
    job.hardlink_dupes = 0;
    job.levels = &default_level;
    job.nlevels = 1;
    lp_value path = lp_sys_get("path");
    int ok = 1;
    if (!path || !lp_list_check(path)) return ok;
    for (int64_t i = 0; i < lp_as_list(path)->len; i++) {
        lp_value entry = lp_as_list(path)->items[i];
        if (!lp_str_check(entry)) continue;
        const char *dir = lp_str_utf8(entry, NULL);
        if (!dir[0] || strcmp(dir, ".") == 0) {
            if (job.quiet < 2) puts("Skipping current directory");
        } else if (ok && !interrupted) {
            ok = compile_dir(&job, dir, 0, 1);
        }
    }
    return ok;
}

/* ==== main ==== */

static int by_value(const void *a, const void *b)
{
    long x = *(const long *)a, y = *(const long *)b;
    return (x > y) - (x < y);
}

/* -o's levels sorted without duplicates (default [-1]). */
static void set_levels(job_t *job, const lp_cli_value_t *o)
{
    static long default_level = -1;
    if (!o->count) {
        job->levels = &default_level;
        job->nlevels = 1;
        return;
    }
    long *v = lp_alloc_atomic(sizeof(long) * (size_t)o->count);
    memcpy(v, o->ivalues, sizeof(long) * (size_t)o->count);
    qsort(v, (size_t)o->count, sizeof(long), by_value);
    int n = 0;
    for (int i = 0; i < o->count; i++)
        if (n == 0 || v[n - 1] != v[i]) v[n++] = v[i];
    job->levels = v;
    job->nlevels = n;
}

/* Appends the lines of [text] (universal newlines) to (*list, *n):
 * stripped of white space when [strip] (str.strip), else as they are. */
static void add_lines(const char *text, size_t len, int strip, char ***list, int *n)
{
    int lines = 1;
    for (size_t k = 0; k < len; k++) lines += text[k] == '\n' || text[k] == '\r';
    char **all = lp_alloc(sizeof(char *) * (size_t)(*n + lines + 1));
    if (*n) memcpy(all, *list, sizeof(char *) * (size_t)*n);
    const char *p = text, *end = text + len;
    while (p < end) {
        const char *e = p;
        while (e < end && *e != '\n' && *e != '\r') e++;
        const char *next = e < end ? e + 1 + (*e == '\r' && e + 1 < end && e[1] == '\n') : end;
        const char *s = p;
        if (strip) {
            while (s < e && strchr(" \t\f\v", *s)) s++;
            while (e > s && strchr(" \t\f\v", e[-1])) e--;
        }
        all[(*n)++] = dup_n(s, (size_t)(e - s));
        p = next;
    }
    *list = all;
}

/* -i FILE: each line, stripped, is one more destination.  Returns 0 when
 * the file cannot be read. */
static int read_file_list(const char *flist, char ***dests, int *n)
{
    size_t len;
    int errnum;
    const char *text = strcmp(flist, "-") == 0 ? lp_source_read_stdin(&len)
                                               : lp_source_read_file(flist, &len, &errnum);
    if (!text) return 0;
    add_lines(text, len, 1, dests, n);
    return 1;
}

/* The invalidation mode: --invalidation-mode, else py_compile's default
 * (checked-hash when SOURCE_DATE_EPOCH is set and not empty). */
static lp_pyc_mode_t invalidation_mode(const char *name)
{
    if (name && strcmp(name, "checked-hash") == 0) return LP_PYC_CHECKED_HASH;
    if (name && strcmp(name, "unchecked-hash") == 0) return LP_PYC_UNCHECKED_HASH;
    if (name) return LP_PYC_TIMESTAMP;
    const char *epoch = getenv("SOURCE_DATE_EPOCH");
    return epoch && *epoch ? LP_PYC_CHECKED_HASH : LP_PYC_TIMESTAMP;
}

/* The job main() makes of the options (after argparse): -x compiled,
 * -o's levels, argparse's errors for --hardlink-dupes and -d with -s/-p.
 * Returns -1, or the exit status. */
static int job_from_options(const lp_cli_value_t *v, job_t *job)
{
    job->force = v[O_F].count > 0;
    job->quiet = v[O_Q].count;
    job->legacy = v[O_B].count > 0;
    job->ddir = v[O_D].value;
    job->stripdir = v[O_S].value;
    job->prependdir = v[O_P].value;
    job->hardlink_dupes = v[O_HARD].count > 0;
    if (v[O_X].count) {
        job->has_rx = 1;
        job->rx_text = v[O_X].value;
        const char *err = job->rx_text[0] ? lp_pyregex_compile(&job->rx, job->rx_text) : NULL;
        if (err) uncaught(concat("re.error: ", err));
    }
    job->limit_sl_dest = v[O_E].value && v[O_E].value[0] ? v[O_E].value : NULL;
    set_levels(job, &v[O_O]);
    if (job->hardlink_dupes && v[O_O].count <= 1) /* no -o is [-1]: one level */
        return lp_cli_error(&ca_parser, "Hardlinking of duplicated bytecode makes sense only "
                                        "for more than one optimization level.");
    if (job->ddir && (job->stripdir || job->prependdir))
        return lp_cli_error(&ca_parser, "-d cannot be used in combination with -s or -p");
    job->mode = invalidation_mode(v[O_MODE].value);
    return -1;
}

int lp_compileall_main(int argc, char **argv)
{
    lp_cli_value_t v[NOPTS];
    char **dests;
    int ndests, status = lp_cli_parse(&ca_parser, argc, argv, v, &dests, &ndests);
    if (status >= 0) return status;
    job_t job = {0};
    if ((status = job_from_options(v, &job)) >= 0) return status;
    if (v[O_I].count && v[O_I].value[0] && !read_file_list(v[O_I].value, &dests, &ndests)) {
        if (job.quiet < 2) printf("Error reading file list %s\n", v[O_I].value);
        return 1;
    }
    long maxlevels = v[O_R].count ? v[O_R].ivalue : v[O_L].count ? 0 : 1000;
    long workers = v[O_J].count ? v[O_J].ivalue : 1;
    int ok = 1;
    catch_sigint();
    if (ndests == 0) ok = compile_path(&job);
    for (int i = 0; i < ndests && !interrupted; i++) {
        if (is_file(dests[i])) {
            if (!compile_file(&job, dests[i], job.ddir)) ok = 0;
        } else if (!compile_dir(&job, dests[i], maxlevels, workers)) {
            ok = 0;
        }
    }
    if (interrupted) {
        fflush(stdout);
        if (job.quiet < 2) fputs("\n[interrupted]\n", stdout);
        return 1;
    }
    return !ok;
}

/* ==== py_compile ==== */

int lp_py_compile_main(int argc, char **argv)
{
    lp_cli_value_t v[2];
    char **files;
    int nfiles, status = lp_cli_parse(&pc_parser, argc, argv, v, &files, &nfiles);
    if (status >= 0) return status;
    signal(SIGINT, SIG_DFL); /* an uncaught KeyboardInterrupt */
    if (nfiles == 1 && strcmp(files[0], "-") == 0) {
        size_t len;
        const char *text = lp_source_read_stdin(&len);
        nfiles = 0;
        add_lines(text ? text : "", text ? len : 0, 0, &files, &nfiles);
    }
    for (int i = 0; i < nfiles; i++) {
        const char *cfile = cache_path(files[i], -1);
        compile_args_t a = {files[i], cfile, NULL, -1, invalidation_mode(NULL)};
        lp_value exc = lp_pcall(do_compile, &a);
        if (exc) {
            int is_os;
            const char *msg = error_text(exc, 0, &is_os);
            fflush(stdout);
            if (!v[1].count) fputs(msg, stderr);
            return 1;
        }
    }
    return 0;
}
