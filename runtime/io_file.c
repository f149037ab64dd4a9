/* io_file.c -- open(): files as text or binary streams.
 *
 * A file object owns a file descriptor and two buffers: pending output
 * and read-ahead input (bytes).  Text files decode and encode with their
 * encoding (UTF-8 unless told otherwise, through obj_bytes.h) and read
 * with universal newlines ('\r\n' and '\r' become '\n'); binary files
 * ("rb", "wb", ...) read and write bytes.  Open files are kept in a
 * registry so that their pending output is flushed at exit even when the
 * program never closes them (CPython flushes them when they are freed).
 *
 * The types are named as CPython's: _io.TextIOWrapper, _io.BufferedReader,
 * _io.BufferedWriter and _io.BufferedRandom.  Messages are CPython 3.11's.
 *
 * SPDX-License-Identifier: MIT
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "codecs.h"
#include "error.h"
#include "mod_builtins.h"
#include "gc.h"
#include "io.h"
#include "names.h"
#include "obj_bytes.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_func.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"
#include "types.h"

#define FILE_BUFSIZE 8192

typedef struct {
    lp_object_t head;
    int fd;
    lp_value name;     /* as given: str, bytes or int */
    lp_value mode;     /* str: the mode as given */
    lp_value encoding; /* str (text files), LP_NULL for binary ones */
    lp_value errors;   /* str (text files) */
    bool binary, readable, writable, closefd, closed;
    bool translate; /* newline=None: universal newlines on input */
    bool utf8;      /* the encoding is UTF-8 (fast paths) */
    char *out;      /* pending output */
    size_t outlen, outcap;
    char *in; /* read-ahead input: [inpos, inlen) unread */
    size_t inpos, inlen, incap;
    bool eof;
    lp_value pending; /* text decoded but not yet returned (a str), or LP_NULL */
} lp_file_t;

extern lp_type_t lp_type_file_text, lp_type_file_reader, lp_type_file_writer, lp_type_file_random;

/* The open files (a list), flushed at exit. */
static lp_value open_files;

static lp_file_t *as_file(lp_value v)
{
    return (lp_file_t *)lp_as_ptr(v);
}

/* io.UnsupportedOperation: the class io.c makes. */
static _Noreturn void unsupported(const char *what)
{
    lp_raise(lp_io_unsupported_operation(), "%s", what);
}

static void check_open(lp_file_t *f)
{
    if (f->closed) lp_raise(&lp_exc_ValueError, "I/O operation on closed file.");
}

/* ==== raw output ==== */

static void write_all(lp_file_t *f, const char *p, size_t n)
{
    while (n) {
        ssize_t w = write(f->fd, p, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            lp_raise_value(lp_exc_from_errno(errno, LP_NULL));
        }
        p += w;
        n -= (size_t)w;
    }
}

static void flush_out(lp_file_t *f)
{
    size_t n = f->outlen;
    f->outlen = 0;
    if (n) write_all(f, f->out, n);
}

/* Before writing: the read-ahead is given back (the position moves back
 * over it), as a buffered random-access file does. */
static void drop_input(lp_file_t *f)
{
    if (f->inlen > f->inpos) lseek(f->fd, -(off_t)(f->inlen - f->inpos), SEEK_CUR);
    f->inpos = f->inlen = 0;
    f->eof = false;
}

static void put_bytes(lp_file_t *f, const char *p, size_t n)
{
    drop_input(f);
    if (f->outlen + n > f->outcap) {
        flush_out(f);
        if (n >= FILE_BUFSIZE) {
            write_all(f, p, n);
            return;
        }
        if (!f->out) {
            f->out = lp_alloc_atomic(FILE_BUFSIZE);
            f->outcap = FILE_BUFSIZE;
        }
    }
    memcpy(f->out + f->outlen, p, n);
    f->outlen += n;
}

/* ==== raw input ==== */

/* Reads more bytes; false at end of file. */
static bool fill(lp_file_t *f)
{
    if (f->eof) return false;
    flush_out(f);
    if (f->inpos) {
        memmove(f->in, f->in + f->inpos, f->inlen - f->inpos);
        f->inlen -= f->inpos;
        f->inpos = 0;
    }
    if (f->inlen + FILE_BUFSIZE > f->incap) {
        size_t cap = f->incap ? f->incap * 2 : FILE_BUFSIZE * 2;
        char *nb = lp_alloc_atomic(cap);
        if (f->inlen) memcpy(nb, f->in, f->inlen);
        f->in = nb;
        f->incap = cap;
    }
    for (;;) {
        ssize_t r = read(f->fd, f->in + f->inlen, f->incap - f->inlen);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) lp_raise_value(lp_exc_from_errno(errno, LP_NULL));
        if (r == 0) f->eof = true;
        f->inlen += (size_t)r;
        return r > 0;
    }
}

/* Takes [n] buffered bytes. */
static const char *take(lp_file_t *f, size_t n)
{
    const char *p = f->in + f->inpos;
    f->inpos += n;
    return p;
}

/* ==== text ==== */

/* The str of bytes [p][0..n) in the file's encoding, newlines translated. */
static lp_value decode(lp_file_t *f, const char *p, size_t n)
{
    if (f->translate && memchr(p, '\r', n)) {
        char *t = lp_alloc_atomic(n + 1);
        size_t k = 0;
        for (size_t i = 0; i < n; i++) {
            if (p[i] == '\r') {
                t[k++] = '\n';
                if (i + 1 < n && p[i + 1] == '\n') i++;
            } else {
                t[k++] = p[i];
            }
        }
        p = t;
        n = k;
    }
    return lp_bytes_decode(p, n, lp_str_utf8(f->encoding, NULL), lp_str_utf8(f->errors, NULL));
}

/* The length of the first line of the buffer (its terminator included),
 * or 0 when the buffer holds no complete line yet. */
static size_t line_length(lp_file_t *f)
{
    const char *p = f->in + f->inpos;
    size_t n = f->inlen - f->inpos;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '\n') return i + 1;
        if (p[i] == '\r' && f->translate && !f->binary) {
            if (i + 1 < n) return p[i + 1] == '\n' ? i + 2 : i + 1;
            if (f->eof) return i + 1;
            return 0; /* a '\n' may follow in the next read */
        }
    }
    return 0;
}

/* One line (bytes), "" at end of file; [limit] >= 0 caps its length. */
static lp_value read_line_bytes(lp_file_t *f, int64_t limit, const char **data, size_t *len)
{
    size_t n;
    while (!(n = line_length(f)) && (limit < 0 || f->inlen - f->inpos < (size_t)limit) && fill(f)) {
    }
    if (!n) n = f->inlen - f->inpos;
    if (limit >= 0 && n > (size_t)limit) n = (size_t)limit;
    *data = take(f, n);
    *len = n;
    return LP_NONE;
}

/* One decoded line of a text file ("" at end of file), at most [limit]
 * characters when limit >= 0 (the rest is kept for the next read). */
static lp_value text_line(lp_file_t *f, int64_t limit)
{
    lp_value line = f->pending;
    f->pending = LP_NULL;
    int64_t n = line ? lp_str_len(line) : 0, nl = -1;
    for (int64_t i = 0; i < n && nl < 0; i++)
        if (lp_str_at(lp_as_str(line), i) == '\n') nl = i;
    if (nl >= 0) {
        if (nl + 1 < n) f->pending = lp_str_substr(line, nl + 1, n);
        line = lp_str_substr(line, 0, nl + 1);
    } else {
        const char *p;
        size_t len;
        read_line_bytes(f, -1, &p, &len);
        lp_value more = decode(f, p, len);
        line = line ? lp_str_concat(line, more) : more;
    }
    n = lp_str_len(line);
    if (limit >= 0 && n > limit) {
        lp_value rest = lp_str_substr(line, limit, n);
        f->pending = f->pending ? lp_str_concat(rest, f->pending) : rest;
        line = lp_str_substr(line, 0, limit);
    }
    return line;
}

static lp_value read_line(lp_file_t *f, int64_t limit)
{
    if (!f->binary) return text_line(f, limit);
    const char *p;
    size_t n;
    read_line_bytes(f, limit, &p, &n);
    return lp_bytes_new(p, n);
}

/* read(size): everything when size < 0. */
static lp_value read_some(lp_file_t *f, int64_t size)
{
    if (f->binary) {
        while ((size < 0 || f->inlen - f->inpos < (size_t)size) && fill(f)) {
        }
        size_t n = f->inlen - f->inpos;
        if (size >= 0 && (size_t)size < n) n = (size_t)size;
        return lp_bytes_new(take(f, n), n);
    }
    lp_strbuf_t b;
    lp_strbuf_init(&b);
    if (size < 0) {
        if (f->pending) lp_strbuf_put_str(&b, f->pending);
        f->pending = LP_NULL;
        while (fill(f)) {
        }
        size_t n = f->inlen - f->inpos;
        lp_strbuf_put_str(&b, decode(f, take(f, n), n));
        return lp_strbuf_finish(&b);
    }
    while (b.len < size) {
        lp_value line = text_line(f, size - b.len);
        if (lp_str_len(line) == 0) break;
        lp_strbuf_put_str(&b, line);
    }
    return lp_strbuf_finish(&b);
}

/* ==== writing ==== */

static lp_value file_write_value(lp_file_t *f, lp_value v)
{
    const char *p;
    int64_t n;
    if (f->binary) {
        if (!lp_bytes_view(v, &p, &n))
            lp_raise(&lp_exc_TypeError, "a bytes-like object is required, not '%T'", v);
        put_bytes(f, p, (size_t)n);
        return lp_from_int(n);
    }
    if (!lp_str_check(v))
        lp_raise(&lp_exc_TypeError, "write() argument must be str, not %s", lp_arg_type_name(v));
    if (f->utf8 && !lp_str_has_surrogates(v)) {
        size_t len;
        p = lp_str_utf8(v, &len);
        n = (int64_t)len;
    } else {
        lp_bytes_view(
            lp_str_encode_bytes(v, lp_str_utf8(f->encoding, NULL), lp_str_utf8(f->errors, NULL)),
            &p, &n);
    }
    put_bytes(f, p, (size_t)n);
    return lp_from_int(lp_str_len(v));
}

/* ==== closing and the registry ==== */

static void unregister(lp_value file)
{
    if (!open_files) return;
    lp_list_t *l = lp_as_list(open_files);
    for (int64_t i = 0; i < l->len; i++) {
        if (l->items[i] != file) continue;
        l->items[i] = l->items[--l->len];
        return;
    }
}

static void flush_ud(void *ud)
{
    flush_out(ud);
}

/* Closes [self]: flushes, closes the descriptor (when it owns it). */
static void file_close(lp_value self)
{
    lp_file_t *f = as_file(self);
    if (f->closed) return;
    unregister(self);
    lp_value exc = f->outlen ? lp_pcall(flush_ud, f) : LP_NULL;
    f->closed = true;
    if (f->closefd) close(f->fd);
    if (exc) lp_raise_value(exc);
}

void lp_io_files_flush(void)
{
    if (!open_files) return;
    lp_list_t *l = lp_as_list(open_files);
    for (int64_t i = 0; i < l->len; i++) {
        lp_file_t *f = as_file(l->items[i]);
        if (f->outlen) lp_pcall(flush_ud, f);
    }
}

/* ==== open() ==== */

/* The mode flags of [mode] (CPython's _io_open checks, then FileIO's). */
static int open_flags(lp_value mode, lp_file_t *f, bool *text)
{
    const char *m = lp_str_utf8(mode, NULL);
    bool c = false, r = false, w = false, a = false, plus = false, t = false, b = false;
    for (const char *p = m; *p; p++) {
        bool *flag = *p == 'x'   ? &c
                     : *p == 'r' ? &r
                     : *p == 'w' ? &w
                     : *p == 'a' ? &a
                     : *p == '+' ? &plus
                     : *p == 't' ? &t
                     : *p == 'b' ? &b
                                 : NULL;
        if (!flag || strchr(p + 1, *p)) lp_raise(&lp_exc_ValueError, "invalid mode: '%s'", m);
        *flag = true;
    }
    if (t && b) lp_raise(&lp_exc_ValueError, "can't have text and binary mode at once");
    if (c + r + w + a > 1)
        lp_raise(&lp_exc_ValueError, "must have exactly one of create/read/write/append mode");
    if (c + r + w + a == 0)
        lp_raise(&lp_exc_ValueError,
                 "Must have exactly one of create/read/write/append mode and at most one plus");
    f->binary = b;
    *text = !b;
    f->readable = r || plus;
    f->writable = w || a || c || plus;
    int flags = f->readable && f->writable ? O_RDWR : f->writable ? O_WRONLY : O_RDONLY;
    if (w) flags |= O_CREAT | O_TRUNC;
    if (a) flags |= O_CREAT | O_APPEND;
    if (c) flags |= O_CREAT | O_EXCL;
    return flags | O_CLOEXEC;
}

/* The path of [file] (str or bytes) as a C string. */
static const char *path_of(lp_value file)
{
    const char *p;
    int64_t n;
    if (lp_str_check(file))
        p = lp_str_utf8(file, NULL);
    else if (lp_bytes_view(file, &p, &n))
        p = lp_str_utf8(lp_bytes_decode(p, (size_t)n, NULL, "surrogateescape"), NULL);
    else
        lp_raise(&lp_exc_TypeError, "expected str, bytes or os.PathLike object, not %T", file);
    return p;
}

/* Checks the text arguments and fills [f]'s encoding, errors, newline. */
static void text_options(lp_file_t *f, lp_value encoding, lp_value errors, lp_value newline)
{
    if (f->binary) {
        if (encoding != LP_NONE)
            lp_raise(&lp_exc_ValueError, "binary mode doesn't take an encoding argument");
        if (errors != LP_NONE)
            lp_raise(&lp_exc_ValueError, "binary mode doesn't take an errors argument");
        if (newline != LP_NONE)
            lp_raise(&lp_exc_ValueError, "binary mode doesn't take a newline argument");
        return;
    }
    if (encoding == LP_NONE) {
        f->encoding = lp_str_from_cstr("UTF-8");
    } else {
        if (!lp_str_check(encoding))
            lp_raise(&lp_exc_TypeError, "open() argument 'encoding' must be str or None, not %T",
                     encoding);
        if (!lp_codec_known(lp_str_utf8(encoding, NULL)))
            lp_raise(&lp_exc_LookupError, "unknown encoding: %U", encoding);
        f->encoding = encoding;
    }
    const lp_codec_t *c = lp_codec_lookup(lp_str_utf8(f->encoding, NULL));
    f->utf8 = c && strcmp(lp_codec_name(c), "utf-8") == 0;
    f->errors = errors == LP_NONE ? lp_str_from_cstr("strict") : errors;
    if (!lp_str_check(f->errors))
        lp_raise(&lp_exc_TypeError, "open() argument 'errors' must be str or None, not %T", errors);
    if (newline != LP_NONE && !lp_str_check(newline))
        lp_raise(&lp_exc_TypeError, "open() argument 'newline' must be str or None, not %T",
                 newline);
    if (newline != LP_NONE && !lp_str_eq_cstr(newline, "") && !lp_str_eq_cstr(newline, "\n") &&
        !lp_str_eq_cstr(newline, "\r") && !lp_str_eq_cstr(newline, "\r\n"))
        lp_raise(&lp_exc_ValueError, "illegal newline value: %U", newline);
    f->translate = newline == LP_NONE;
}

static lp_type_t *file_type(const lp_file_t *f)
{
    if (!f->binary) return &lp_type_file_text;
    if (f->readable && f->writable) return &lp_type_file_random;
    return f->readable ? &lp_type_file_reader : &lp_type_file_writer;
}

static lp_value b_open(lp_value *args, size_t nargs, lp_value kwnames)
{
    static const char *const names[] = {"file",    "mode",    "buffering", "encoding", "errors",
                                        "newline", "closefd", "opener",    NULL};
    lp_value v[8] = {LP_NULL, LP_NULL, lp_from_int(-1), LP_NONE,
                     LP_NONE, LP_NONE, LP_TRUE,         LP_NONE};
    lp_int_parse_args("open", args, nargs, kwnames, names, 8, 1, v);
    lp_file_t *f = lp_alloc(sizeof *f);
    lp_value mode = v[1] ? v[1] : lp_str_from_cstr("r");
    if (!lp_str_check(mode))
        lp_raise(&lp_exc_TypeError, "open() argument 'mode' must be str, not %s",
                 lp_arg_type_name(mode));
    bool text;
    int flags = open_flags(mode, f, &text);
    text_options(f, v[3] ? v[3] : LP_NONE, v[4] ? v[4] : LP_NONE, v[5] ? v[5] : LP_NONE);
    f->closefd = v[6] ? lp_truth(v[6]) : true;
    if (lp_int_unwrap(v[0]) && !lp_is_instance(v[0], &lp_type_bool)) {
        f->fd = (int)lp_as_ssize(v[0], &lp_exc_OverflowError);
    } else {
        if (!f->closefd) lp_raise(&lp_exc_ValueError, "Cannot use closefd=False with file name");
        const char *path = path_of(v[0]);
        f->fd = open(path, flags, 0666);
        if (f->fd < 0) lp_raise_value(lp_exc_from_errno(errno, v[0]));
        struct stat st;
        if (fstat(f->fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            close(f->fd);
            lp_raise_value(lp_exc_from_errno(EISDIR, v[0]));
        }
    }
    f->head.type = file_type(f);
    f->name = v[0];
    f->mode = mode;
    lp_value file = lp_from_ptr(f);
    if (!open_files) open_files = lp_list_new(4);
    lp_list_append(open_files, file);
    return file;
}

/* ==== methods ==== */

static lp_file_t *checked(lp_value self)
{
    lp_file_t *f = as_file(self);
    check_open(f);
    return f;
}

static lp_file_t *for_reading(lp_value self)
{
    lp_file_t *f = checked(self);
    if (!f->readable) unsupported(f->binary ? "read" : "not readable");
    return f;
}

static int64_t size_arg(lp_value *args, size_t nargs)
{
    if (nargs < 2 || args[1] == LP_NONE) return -1;
    return lp_as_ssize(args[1], &lp_exc_OverflowError);
}

static lp_value f_read(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("read", nargs - 1, kwnames, 0, 1);
    return read_some(for_reading(args[0]), size_arg(args, nargs));
}

static lp_value f_readline(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("readline", nargs - 1, kwnames, 0, 1);
    return read_line(for_reading(args[0]), size_arg(args, nargs));
}

static lp_value f_readlines(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("readlines", nargs - 1, kwnames, 0, 1);
    lp_file_t *f = for_reading(args[0]);
    lp_value l = lp_list_new(0);
    for (;;) {
        lp_value line = read_line(f, -1);
        if (lp_len(line) == 0) return l;
        lp_list_append(l, line);
    }
}

static lp_value f_write(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("write", nargs - 1, kwnames, 1, 1);
    lp_file_t *f = checked(args[0]);
    if (!f->writable) unsupported(f->binary ? "write" : "not writable");
    return file_write_value(f, args[1]);
}

static lp_value f_writelines(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("writelines", nargs - 1, kwnames, 1, 1);
    lp_file_t *f = checked(args[0]);
    if (!f->writable) unsupported(f->binary ? "write" : "not writable");
    lp_value it = lp_iter(args[1]), v;
    while ((v = lp_iter_next(it)))
        file_write_value(f, v);
    return LP_NONE;
}

static lp_value f_flush(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("flush", nargs - 1, kwnames, 0, 0);
    flush_out(checked(args[0]));
    return LP_NONE;
}

static lp_value f_close(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("close", nargs - 1, kwnames, 0, 0);
    file_close(args[0]);
    return LP_NONE;
}

/* The position a reader sees: the descriptor's, less what is buffered
 * unread, plus what is buffered unwritten. */
static int64_t position(lp_file_t *f)
{
    off_t pos = lseek(f->fd, 0, SEEK_CUR);
    if (pos < 0) lp_raise_value(lp_exc_from_errno(errno, LP_NULL));
    int64_t p = (int64_t)pos - (int64_t)(f->inlen - f->inpos) + (int64_t)f->outlen;
    if (f->pending) {
        lp_value b = lp_str_encode_bytes(f->pending, lp_str_utf8(f->encoding, NULL), "strict");
        p -= lp_len(b);
    }
    return p;
}

static lp_value f_tell(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("tell", nargs - 1, kwnames, 0, 0);
    return lp_int_from_i64(position(checked(args[0])));
}

static lp_value f_seek(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("seek", nargs - 1, kwnames, 1, 2);
    lp_file_t *f = checked(args[0]);
    int64_t off = lp_as_ssize(args[1], &lp_exc_OverflowError);
    int whence = nargs > 2 ? (int)lp_as_ssize(args[2], &lp_exc_OverflowError) : 0;
    if (whence < 0 || whence > 2)
        lp_raise(&lp_exc_ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence);
    if (!f->binary && whence == 1 && off != 0) unsupported("can't do nonzero cur-relative seeks");
    if (!f->binary && whence == 2 && off != 0) unsupported("can't do nonzero end-relative seeks");
    if (whence == 0 && off < 0)
        lp_raise(&lp_exc_ValueError, "negative seek position %lld", (long long)off);
    if (whence == 1) {
        off += position(f);
        whence = 0;
    }
    flush_out(f);
    f->inpos = f->inlen = 0;
    f->eof = false;
    f->pending = LP_NULL;
    off_t r = lseek(f->fd, (off_t)off, whence);
    if (r < 0) lp_raise_value(lp_exc_from_errno(errno, LP_NULL));
    return lp_int_from_i64((int64_t)r);
}

static lp_value f_truncate(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("truncate", nargs - 1, kwnames, 0, 1);
    lp_file_t *f = checked(args[0]);
    if (!f->writable) unsupported("File not open for writing");
    int64_t size =
        nargs > 1 && args[1] != LP_NONE ? lp_as_ssize(args[1], &lp_exc_OverflowError) : position(f);
    flush_out(f);
    if (ftruncate(f->fd, (off_t)size) < 0) lp_raise_value(lp_exc_from_errno(errno, LP_NULL));
    return lp_int_from_i64(size);
}

static lp_value f_fileno(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("fileno", nargs - 1, kwnames, 0, 0);
    return lp_from_int(checked(args[0])->fd);
}

static lp_value f_isatty(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("isatty", nargs - 1, kwnames, 0, 0);
    return lp_bool(isatty(checked(args[0])->fd));
}

static lp_value f_readable(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("readable", nargs - 1, kwnames, 0, 0);
    return lp_bool(checked(args[0])->readable);
}

static lp_value f_writable(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("writable", nargs - 1, kwnames, 0, 0);
    return lp_bool(checked(args[0])->writable);
}

static lp_value f_seekable(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("seekable", nargs - 1, kwnames, 0, 0);
    return lp_bool(lseek(checked(args[0])->fd, 0, SEEK_CUR) >= 0);
}

static lp_value f_enter(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("__enter__", nargs - 1, kwnames, 0, 0);
    checked(args[0]);
    return args[0];
}

static lp_value f_exit(lp_value *args, size_t nargs, lp_value kwnames)
{
    file_close(args[0]);
    return LP_NONE;
}

static const lp_method_def_t file_methods[] = {
    {"read", f_read, 0, NULL},
    {"readline", f_readline, 0, NULL},
    {"readlines", f_readlines, 0, NULL},
    {"write", f_write, 0, NULL},
    {"writelines", f_writelines, 0, NULL},
    {"flush", f_flush, 0, NULL},
    {"close", f_close, 0, NULL},
    {"tell", f_tell, 0, NULL},
    {"seek", f_seek, 0, NULL},
    {"truncate", f_truncate, 0, NULL},
    {"fileno", f_fileno, 0, NULL},
    {"isatty", f_isatty, 0, NULL},
    {"readable", f_readable, 0, NULL},
    {"writable", f_writable, 0, NULL},
    {"seekable", f_seekable, 0, NULL},
    {"__enter__", f_enter, 0, NULL},
    {"__exit__", f_exit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static lp_value g_name(lp_value self)
{
    return as_file(self)->name;
}

static lp_value g_mode(lp_value self)
{
    return as_file(self)->mode;
}

static lp_value g_closed(lp_value self)
{
    return lp_bool(as_file(self)->closed);
}

static lp_value g_encoding(lp_value self)
{
    lp_value e = as_file(self)->encoding;
    if (!e) lp_raise(&lp_exc_AttributeError, "'%T' object has no attribute 'encoding'", self);
    return e;
}

static lp_value g_errors(lp_value self)
{
    lp_value e = as_file(self)->errors;
    if (!e) lp_raise(&lp_exc_AttributeError, "'%T' object has no attribute 'errors'", self);
    return e;
}

static const lp_getset_def_t file_getsets[] = {
    {"name", g_name, NULL, NULL},     {"mode", g_mode, NULL, NULL},
    {"closed", g_closed, NULL, NULL}, {"encoding", g_encoding, NULL, NULL},
    {"errors", g_errors, NULL, NULL}, {NULL, NULL, NULL, NULL},
};

static lp_value file_repr(lp_value self)
{
    lp_file_t *f = as_file(self);
    if (f->binary) return lp_str_format_c("<%T name=%R>", self, f->name);
    return lp_str_format_c("<%T name=%R mode=%R encoding=%R>", self, f->name, f->mode, f->encoding);
}

static lp_value file_iter(lp_value self)
{
    checked(self);
    return self;
}

static lp_value file_next(lp_value self)
{
    lp_value line = read_line(for_reading(self), -1);
    return lp_len(line) ? line : LP_NULL;
}

#define FILE_TYPE(c, pyname)                                                                       \
    lp_type_t c = {                                                                                \
        .name = pyname,                                                                            \
        .size = sizeof(lp_file_t),                                                                 \
        .repr = file_repr,                                                                         \
        .iter = file_iter,                                                                         \
        .next = file_next,                                                                         \
        .methods = file_methods,                                                                   \
        .getsets = file_getsets,                                                                   \
    };
FILE_TYPE(lp_type_file_text, "_io.TextIOWrapper")
FILE_TYPE(lp_type_file_reader, "_io.BufferedReader")
FILE_TYPE(lp_type_file_writer, "_io.BufferedWriter")
FILE_TYPE(lp_type_file_random, "_io.BufferedRandom")

lp_value lp_io_open_function(void)
{
    lp_type_ready(&lp_type_file_text);
    lp_type_ready(&lp_type_file_reader);
    lp_type_ready(&lp_type_file_writer);
    lp_type_ready(&lp_type_file_random);
    return lp_builtin_new("open", b_open, LP_NULL);
}
