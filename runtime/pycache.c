/* pycache.c -- the bytecode cache (pycache.h): CPython 3.11's importlib
 * rules (SourceLoader.get_code, _classify_pyc, _validate_*_pyc,
 * SourceFileLoader.set_data, _write_atomic, _calc_mode, cache_from_source,
 * source_from_cache, SourcelessFileLoader, py_compile.compile), with
 * lemonpy's magic number and marshal format.  /work/shared/NOTES.md
 * section 5 and docs/marshal.md describe the file.
 *
 * SPDX-License-Identifier: MIT
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pycache.h"

#include "buf.h"
#include "compile.h"
#include "error.h"
#include "gc.h"
#include "import.h"
#include "marshal.h"
#include "mod_builtins.h"
#include "mod_sys.h"
#include "obj_bytes.h"
#include "obj_code.h"
#include "obj_exc.h"
#include "obj_exc_internal.h"
#include "obj_int.h"
#include "obj_str.h"
#include "ops.h"
#include "source.h"
#include "types.h"

/* ==== the magic number ==== */

/* THE record of magic numbers: the last line is the current one.  When the
 * instruction set (lp_opcodes_hash, src/opcodes.h) or LP_MARSHAL_VERSION
 * changes, add a line with a larger magic number and the new hash and
 * version; tests/unit/test_marshal.c fails until you do.  (CPython 3.11's
 * numbers are near 3495; lemonpy's start far away, at 27000.) */
const lp_pyc_magic_record_t lp_pyc_magic_history[] = {
    {27001, UINT64_C(0xab430303aae98908), 1},
    {27002, UINT64_C(0xab430303aae98908), 2}, /* a faster code-object checksum */
};
const size_t lp_pyc_magic_history_len = sizeof lp_pyc_magic_history / sizeof lp_pyc_magic_history[0];

#define MAGIC_NUMBER 27002 /* the last line above (a test checks they agree) */

const uint8_t lp_pyc_magic[4] = {MAGIC_NUMBER & 0xFF, MAGIC_NUMBER >> 8, '\r', '\n'};
const char *lp_check_hash_based_pycs = "default";

void lp_pyc_source_hash(const uint8_t *src, size_t n, uint8_t out[8])
{
    uint64_t k0 = (uint64_t)lp_pyc_magic[0] | (uint64_t)lp_pyc_magic[1] << 8 |
                  (uint64_t)lp_pyc_magic[2] << 16 | (uint64_t)lp_pyc_magic[3] << 24;
    uint64_t h = lp_siphash13(k0, 0, src, n);
    for (int i = 0; i < 8; i++) out[i] = (uint8_t)(h >> (8 * i));
}

/* ==== paths (importlib's _path_split and posix _path_join) ==== */

static char *dup_n(const char *s, size_t n)
{
    char *p = lp_alloc_atomic(n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

/* _path_split: head and tail around the last '/'. */
static void path_split(const char *path, char **head, char **tail)
{
    const char *slash = strrchr(path, '/');
    if (!slash) {
        *head = dup_n("", 0);
        *tail = dup_n(path, strlen(path));
        return;
    }
    *head = dup_n(path, (size_t)(slash - path));
    *tail = dup_n(slash + 1, strlen(slash + 1));
}

/* _path_join: the non-empty parts, each without trailing '/', joined by '/'. */
static char *path_join(const char *const *parts, int n)
{
    lp_buf_t b = {0};
    b = (lp_buf_t){0};
    bool first = true;
    for (int i = 0; i < n; i++) {
        size_t len = strlen(parts[i]);
        if (len == 0) continue;
        while (len > 0 && parts[i][len - 1] == '/') len--;
        if (!first) lp_buf_putc(&b, '/');
        lp_buf_add(&b, parts[i], len);
        first = false;
    }
    return dup_n(b.data ? b.data : "", b.len);
}

static char *join2(const char *a, const char *b)
{
    const char *parts[2] = {a, b};
    return path_join(parts, 2);
}

static char *join3(const char *a, const char *b, const char *c)
{
    const char *parts[3] = {a, b, c};
    return path_join(parts, 3);
}

static lp_value str_of(const char *s)
{
    return lp_str_from_utf8(s, strlen(s));
}

/* sys.implementation.cache_tag as UTF-8, or NULL when None. */
static const char *cache_tag(void)
{
    lp_value impl = lp_sys_get("implementation");
    lp_value tag = impl ? lp_getattr_opt(impl, lp_str_from_cstr("cache_tag")) : LP_NULL;
    if (!tag || tag == LP_NONE) return NULL;
    if (!lp_str_check(tag)) lp_raise(&lp_exc_TypeError, "cache_tag must be a str, not %T", tag);
    return lp_str_utf8(tag, NULL);
}

/* sys.pycache_prefix as UTF-8, or NULL when None or unset. */
static const char *pycache_prefix(void)
{
    lp_value p = lp_sys_get("pycache_prefix");
    if (!p || p == LP_NONE) return NULL;
    if (!lp_str_check(p)) lp_raise(&lp_exc_TypeError, "pycache_prefix must be a str, not %T", p);
    return lp_str_utf8(p, NULL);
}

/* sys.flags.optimize (0 when unknown). */
static int64_t optimize_level(void)
{
    lp_value flags = lp_sys_get("flags");
    lp_value o = flags ? lp_getattr_opt(flags, lp_str_from_cstr("optimize")) : LP_NULL;
    int64_t level = 0;
    if (o && lp_int_check(o)) lp_int_as_i64(o, &level);
    return level;
}

static char *cwd(void)
{
    char buf[4096];
    if (!getcwd(buf, sizeof buf)) lp_raise_value(lp_exc_from_errno(errno, LP_NULL));
    return dup_n(buf, strlen(buf));
}

/* cache_from_source on UTF-8 paths; NULL when cache_tag is None. */
static char *cache_path(const char *path)
{
    const char *tag = cache_tag();
    if (!tag) return NULL;
    char *head, *tail;
    path_split(path, &head, &tail);
    const char *dot = strrchr(tail, '.');
    lp_buf_t name = {0};
    name = (lp_buf_t){0};
    if (!dot) {
        lp_buf_puts(&name, tail); /* base empty: rest is the whole tail, no sep */
    } else {
        if (dot > tail) lp_buf_add(&name, tail, (size_t)(dot - tail));
        else lp_buf_puts(&name, dot + 1);
        lp_buf_putc(&name, '.');
    }
    lp_buf_puts(&name, tag);
    int64_t opt = optimize_level();
    if (opt != 0) {
        char o[32];
        snprintf(o, sizeof o, ".opt-%lld", (long long)opt);
        lp_buf_puts(&name, o);
    }
    lp_buf_puts(&name, ".pyc");
    char *filename = dup_n(name.data ? name.data : "", name.len);
    const char *prefix = pycache_prefix();
    if (prefix) {
        if (head[0] != '/') head = join2(cwd(), head);
        while (*head == '/') head++;
        return join3(prefix, head, filename);
    }
    return join3(head, "__pycache__", filename);
}

lp_value lp_pyc_cache_from_source(lp_value path)
{
    char *c = cache_path(lp_str_utf8(path, NULL));
    return c ? str_of(c) : LP_NULL;
}

static bool is_alnum(const char *s, size_t n)
{
    lp_value v = lp_call_method(lp_str_from_utf8(s, n), lp_str_from_cstr("isalnum"), NULL, 0);
    return lp_truth(v);
}

lp_value lp_pyc_source_from_cache(lp_value pathv)
{
    if (!cache_tag())
        lp_raise(&lp_exc_NotImplementedError, "sys.implementation.cache_tag is None");
    const char *path = lp_str_utf8(pathv, NULL);
    char *head, *fname;
    path_split(path, &head, &fname);
    bool found = false;
    const char *prefix = pycache_prefix();
    if (prefix) {
        size_t n = strlen(prefix);
        while (n > 0 && prefix[n - 1] == '/') n--;
        if (strncmp(head, prefix, n) == 0 && head[n] == '/') {
            head += n;
            found = true;
        }
    }
    if (!found) {
        char *pycache;
        path_split(head, &head, &pycache);
        if (strcmp(pycache, "__pycache__") != 0)
            lp_raise(&lp_exc_ValueError, "__pycache__ not bottom-level directory in %R", pathv);
    }
    int dots = 0;
    for (const char *s = fname; *s; s++) dots += *s == '.';
    if (dots != 2 && dots != 3)
        lp_raise(&lp_exc_ValueError, "expected only 2 or 3 dots in %R", str_of(fname));
    if (dots == 3) {
        /* fname.rsplit('.', 2)[-2] */
        const char *last = strrchr(fname, '.');
        const char *prev = last - 1;
        while (*prev != '.') prev--;
        const char *opt = prev + 1;
        size_t optlen = (size_t)(last - opt);
        if (optlen < 4 || strncmp(opt, "opt-", 4) != 0)
            lp_raise(&lp_exc_ValueError,
                     "optimization portion of filename does not start with 'opt-'");
        if (!is_alnum(opt + 4, optlen - 4))
            lp_raise(&lp_exc_ValueError,
                     "optimization level %R is not an alphanumeric value",
                     lp_str_from_utf8(opt, optlen));
    }
    const char *firstdot = strchr(fname, '.');
    lp_buf_t b = {0};
    b = (lp_buf_t){0};
    lp_buf_add(&b, fname, (size_t)(firstdot - fname));
    lp_buf_puts(&b, ".py");
    return str_of(join2(head, dup_n(b.data, b.len)));
}

/* ==== files ==== */

/* The whole file, or NULL with errno in *err. */
static const uint8_t *read_file(const char *path, size_t *n, int *err)
{
    return (const uint8_t *)lp_source_read_file(path, n, err);
}

static _Noreturn void raise_errno(int err, const char *path)
{
    lp_raise_value(lp_exc_from_errno(err, str_of(path)));
}

/* _write_atomic: [data] to a temporary name beside [path], then renamed
 * over it.  Returns 0, or errno (the temporary file removed) with *failed
 * (when not NULL) the name that failed, as CPython's OSError names it. */
static int write_atomic(const char *path, const uint8_t *data, size_t n, mode_t mode,
                        const char **failed)
{
    static unsigned long counter;
    size_t len = strlen(path) + 48;
    char *tmp = lp_alloc_atomic(len);
    snprintf(tmp, len, "%s.%lu", path, (unsigned long)getpid() * 1000003ul + counter++);
    if (failed) *failed = tmp;
    int fd = open(tmp, O_EXCL | O_CREAT | O_WRONLY | O_CLOEXEC, mode & 0666);
    if (fd < 0) return errno;
    int err = 0;
    for (size_t done = 0; done < n;) {
        ssize_t w = write(fd, data + done, n - done);
        if (w < 0) {
            if (errno == EINTR) continue;
            err = errno;
            break;
        }
        done += (size_t)w;
    }
    if (close(fd) != 0 && !err) err = errno;
    if (!err && rename(tmp, path) != 0) err = errno;
    if (err) unlink(tmp);
    return err;
}

/* _calc_mode: the source's mode with owner write, 0666 when unknown. */
static mode_t calc_mode(const char *source)
{
    struct stat st;
    mode_t mode = stat(source, &st) == 0 ? st.st_mode : 0666;
    return mode | 0200;
}

static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static void verbose_oserror(const char *path, int err)
{
    if (lp_import_verbose < 1) return;
    lp_import_verbose_message(1, "could not create %R: %R", str_of(path),
                              lp_exc_from_errno(err, LP_NULL));
}

/* SourceFileLoader.set_data: makes the missing folders and writes [path]
 * atomically; any OSError means nothing is written (-v says why). */
static void set_data(const char *path, const uint8_t *data, size_t n, mode_t mode)
{
    char *parent, *part;
    path_split(path, &parent, &part);
    const char **parts = NULL;
    size_t nparts = 0, cap = 0;
    while (parent[0] && !is_dir(parent)) {
        path_split(parent, &parent, &part);
        if (nparts == cap) {
            cap = cap ? 2 * cap : 8;
            parts = lp_realloc(parts, cap * sizeof *parts);
        }
        parts[nparts++] = part;
    }
    while (nparts > 0) {
        parent = join2(parent, parts[--nparts]);
        if (mkdir(parent, 0777) != 0 && errno != EEXIST) {
            verbose_oserror(parent, errno);
            return;
        }
    }
    int err = write_atomic(path, data, n, mode, NULL);
    if (err) verbose_oserror(path, err);
    else lp_import_verbose_message(1, "created %R", str_of(path));
}

/* ==== the header ==== */

static uint32_t get_u32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static void put_u32(uint8_t *p, uint32_t v)
{
    for (int i = 0; i < 4; i++) p[i] = (uint8_t)(v >> (8 * i));
}

/* The .pyc bytes of [code]: header (flags, then mtime and size or the
 * 8-byte hash) and marshal data. */
static uint8_t *pyc_data(lp_value code, uint32_t flags, const uint8_t second[8], size_t *n)
{
    size_t mn;
    uint8_t *m = lp_marshal_dumps(code, &mn);
    uint8_t *d = lp_alloc_atomic(mn + 16);
    memcpy(d, lp_pyc_magic, 4);
    put_u32(d + 4, flags);
    memcpy(d + 8, second, 8);
    memcpy(d + 16, m, mn);
    *n = mn + 16;
    return d;
}

static uint8_t *timestamp_pyc(lp_value code, int64_t mtime, int64_t size, size_t *n)
{
    uint8_t second[8];
    put_u32(second, (uint32_t)mtime);
    put_u32(second + 4, (uint32_t)size);
    return pyc_data(code, 0, second, n);
}

static uint8_t *hash_pyc(lp_value code, const uint8_t *src, size_t srcn, bool checked, size_t *n)
{
    uint8_t hash[8];
    lp_pyc_source_hash(src, srcn, hash);
    return pyc_data(code, 1u | (checked ? 2u : 0u), hash, n);
}

static lp_value import_error(lp_value msg, lp_value name, const char *path)
{
    lp_value exc = lp_exc_format(&lp_exc_ImportError, "%U", msg);
    lp_exc_import_t *e = lp_as_ptr(exc);
    e->msg = msg;
    e->name = name ? name : LP_NONE;
    e->path = path ? str_of(path) : LP_NONE;
    return exc;
}

/* _classify_pyc: the flags, or -1 after the -v message (CPython raises
 * ImportError or EOFError; *exc gets that exception). */
static int64_t classify(const uint8_t *data, size_t n, lp_value name, const char *path,
                        lp_value *exc)
{
    if (n < 4 || memcmp(data, lp_pyc_magic, 4) != 0) {
        lp_value msg = lp_str_format_c("bad magic number in %R: %R", name,
                                       lp_bytes_new((const char *)data, n < 4 ? n : 4));
        lp_import_verbose_message(1, "%U", msg);
        *exc = import_error(msg, name, path);
        return -1;
    }
    if (n < 16) {
        lp_value msg = lp_str_format_c("reached EOF while reading pyc header of %R", name);
        lp_import_verbose_message(1, "%U", msg);
        *exc = lp_exc_format(&lp_exc_EOFError, "%U", msg);
        return -1;
    }
    uint32_t flags = get_u32(data + 4);
    if (flags & ~3u) {
        *exc = import_error(
            lp_str_format_c("invalid flags %S in %R", lp_int_from_u64(flags), name), name, path);
        return -1;
    }
    return flags;
}

/* _imp._fix_co_filename: [code] and its nested code objects take
 * [filename] when their co_filename differs. */
static void fix_filename(lp_value code, lp_value filename)
{
    lp_code_t *co = lp_as_ptr(code);
    if (lp_str_eq(co->filename, filename)) return;
    lp_value old = co->filename;
    co->filename = filename;
    for (int64_t i = 0; i < lp_tuple_len(co->consts); i++) {
        lp_value c = lp_tuple_get(co->consts, i);
        if (lp_type_of(c) == &lp_type_code && lp_str_eq(((lp_code_t *)lp_as_ptr(c))->filename, old))
            fix_filename(c, filename);
    }
}

/* _compile_bytecode: the code object in the marshal data after the header. */
static lp_value compile_bytecode(const uint8_t *data, size_t n, lp_value name, const char *bpath,
                                 lp_value source_path)
{
    lp_value code = lp_marshal_loads(data + 16, n - 16);
    if (lp_type_of(code) != &lp_type_code)
        lp_raise_value(import_error(lp_str_format_c("Non-code object in %R", str_of(bpath)), name,
                                    bpath));
    const lp_code_t *co = lp_as_ptr(code);
    if (co->nfreevars || co->ncellvars ||
        (co->flags & (LP_CO_GENERATOR | LP_CO_COROUTINE | LP_CO_ASYNC_GENERATOR)))
        lp_marshal_bad("a module's code object with free variables or a generator's flags");
    lp_import_verbose_message(1, "code object from %R", str_of(bpath));
    if (source_path) fix_filename(code, source_path);
    return code;
}

/* source_to_code: compile(data, path, 'exec', dont_inherit=True) of the
 * source's bytes, so the decoding errors and the null-byte check are
 * compile()'s (not those of a script run directly); [optimize] is
 * compile()'s (-1: lp_compile_optimize as it is). */
static lp_value compile_source_at(const char *src, size_t n, const char *filename, int optimize)
{
    if (memchr(src, 0, n))
        lp_raise(&lp_exc_SyntaxError, "source code string cannot contain null bytes");
    lp_syntax_error_t err = {0};
    int saved = lp_compile_optimize;
    if (optimize >= 0) lp_compile_optimize = optimize;
    lp_value code = lp_compile_source(src, n, filename, LP_COMPILE_EXEC, 0, &err);
    lp_compile_optimize = saved;
    if (!code) lp_raise_value(lp_builtins_syntax_error(&err, filename));
    return code;
}

static lp_value compile_source(const char *src, size_t n, const char *filename)
{
    return compile_source_at(src, n, filename, -1);
}

/* int(st.st_mtime): the float's truncation toward zero. */
static int64_t mtime_of(const struct stat *st)
{
    int64_t s = (int64_t)st->st_mtim.tv_sec;
    if (s < 0 && st->st_mtim.tv_nsec > 0) s++;
    return s;
}

static bool dont_write_bytecode(void)
{
    lp_value v = lp_sys_get("dont_write_bytecode");
    return v && lp_truth(v);
}

/* What get_code learnt from the cache file when it did not use it. */
typedef struct {
    bool hash_based, check_source;
    const uint8_t *source; /* read while checking a hash, or NULL */
    size_t nsource;
} probe_t;

/* The code object of a valid cache file [bpath] for [spath], or LP_NULL. */
static lp_value try_cache(const char *spath, const char *bpath, const struct stat *st,
                          lp_value name, probe_t *pr)
{
    size_t n;
    int err;
    const uint8_t *data = read_file(bpath, &n, &err);
    if (!data) return LP_NULL;
    lp_value exc;
    int64_t flags = classify(data, n, name, bpath, &exc);
    if (flags < 0) return LP_NULL;
    pr->hash_based = flags & 1;
    if (pr->hash_based) {
        pr->check_source = (flags & 2) != 0;
        const char *mode = lp_check_hash_based_pycs;
        if (strcmp(mode, "never") != 0 && (pr->check_source || strcmp(mode, "always") == 0)) {
            pr->source = read_file(spath, &pr->nsource, &err);
            if (!pr->source) raise_errno(err, spath);
            uint8_t hash[8];
            lp_pyc_source_hash(pr->source, pr->nsource, hash);
            if (memcmp(hash, data + 8, 8) != 0) return LP_NULL;
        }
    } else {
        if (get_u32(data + 8) != (uint32_t)mtime_of(st)) {
            lp_import_verbose_message(1, "bytecode is stale for %R", name);
            return LP_NULL;
        }
        if (get_u32(data + 12) != (uint32_t)st->st_size) return LP_NULL;
    }
    lp_import_verbose_message(1, "%s matches %s", bpath, spath);
    return compile_bytecode(data, n, name, bpath, str_of(spath));
}

lp_value lp_pyc_get_code(lp_value path, lp_value fullname)
{
    const char *spath = lp_str_utf8(path, NULL);
    char *bpath = cache_path(spath);
    probe_t pr = {.check_source = true};
    struct stat st;
    bool have_mtime = false;
    if (bpath && stat(spath, &st) == 0) {
        have_mtime = true;
        lp_value code = try_cache(spath, bpath, &st, fullname, &pr);
        if (code) return code;
    }
    int err;
    if (!pr.source) pr.source = read_file(spath, &pr.nsource, &err);
    if (!pr.source) raise_errno(err, spath);
    lp_value code = compile_source((const char *)pr.source, pr.nsource, spath);
    lp_import_verbose_message(1, "code object from %s", spath);
    if (!dont_write_bytecode() && bpath && have_mtime) {
        size_t n;
        uint8_t *data = pr.hash_based
                            ? hash_pyc(code, pr.source, pr.nsource, pr.check_source, &n)
                            : timestamp_pyc(code, mtime_of(&st), (int64_t)pr.nsource, &n);
        set_data(bpath, data, n, calc_mode(spath));
    }
    return code;
}

lp_value lp_pyc_get_code_sourceless(lp_value path, lp_value fullname)
{
    const char *bpath = lp_str_utf8(path, NULL);
    size_t n;
    int err;
    const uint8_t *data = read_file(bpath, &n, &err);
    if (!data) raise_errno(err, bpath);
    lp_value exc;
    if (classify(data, n, fullname, bpath, &exc) < 0) lp_raise_value(exc);
    return compile_bytecode(data, n, fullname, bpath, LP_NULL);
}

/* os.makedirs(dirname) for py_compile: FileExistsError is ignored. */
static void makedirs(const char *dir)
{
    if (!dir[0] || is_dir(dir)) return;
    char *head, *tail;
    path_split(dir, &head, &tail);
    if (head[0] && tail[0]) makedirs(head);
    if (mkdir(dir, 0777) != 0 && errno != EEXIST) raise_errno(errno, dir);
}

void lp_pyc_compile_file_ex(lp_value path, lp_value cfile, lp_value dfile, int optimize,
                            lp_pyc_mode_t mode)
{
    const char *spath = lp_str_utf8(path, NULL), *cpath = lp_str_utf8(cfile, NULL);
    struct stat cst;
    if (lstat(cpath, &cst) == 0 && S_ISLNK(cst.st_mode))
        lp_raise(&lp_exc_FileExistsError,
                 "%U is a symlink and will be changed into a regular file if import writes a "
                 "byte-compiled file to it",
                 cfile);
    if (stat(cpath, &cst) == 0 && !S_ISREG(cst.st_mode))
        lp_raise(&lp_exc_FileExistsError,
                 "%U is a non-regular file and will be changed into a regular one if import "
                 "writes a byte-compiled file to it",
                 cfile);
    size_t n;
    int err;
    const uint8_t *src = read_file(spath, &n, &err);
    if (!src) raise_errno(err, spath);
    if (optimize < -1 || optimize > 2)
        lp_raise(&lp_exc_ValueError, "compile(): invalid optimize value");
    lp_value code = compile_source_at((const char *)src, n, lp_str_utf8(dfile ? dfile : path, NULL),
                                      optimize);
    char *dir, *tail;
    path_split(cpath, &dir, &tail);
    makedirs(dir);
    size_t dn;
    uint8_t *data;
    if (mode == LP_PYC_TIMESTAMP) {
        struct stat st;
        if (stat(spath, &st) != 0) raise_errno(errno, spath);
        data = timestamp_pyc(code, mtime_of(&st), (int64_t)st.st_size, &dn);
    } else {
        data = hash_pyc(code, src, n, mode == LP_PYC_CHECKED_HASH, &dn);
    }
    const char *failed;
    err = write_atomic(cpath, data, dn, calc_mode(spath), &failed);
    if (err) raise_errno(err, failed);
}

void lp_pyc_compile_file_as(lp_value path, lp_value cfile, lp_value dfile, lp_pyc_mode_t mode)
{
    lp_pyc_compile_file_ex(path, cfile, dfile, -1, mode);
}

void lp_pyc_compile_file(lp_value path, lp_value cfile, lp_pyc_mode_t mode)
{
    lp_pyc_compile_file_ex(path, cfile, LP_NULL, -1, mode);
}
