/* io.c -- the standard text streams (sys.stdout, sys.stderr, sys.stdin).
 *
 * A stream is a static lp_textio_t: a file descriptor, an output buffer of
 * UTF-8 bytes and an input buffer.  stdout decides on its first write
 * whether it is line-buffered (a terminal) or block-buffered (a pipe or a
 * file); stderr is line-buffered.  Writes of a str encode it at once, so a
 * str that cannot be encoded (a lone surrogate on stdout) raises
 * UnicodeEncodeError before any of it is buffered, as CPython's
 * TextIOWrapper does.  The buffers are collected memory reachable from the
 * static objects (Boehm scans the data segment).
 *
 * SPDX-License-Identifier: MIT
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "error.h"
#include "mod_builtins.h"
#include "gc.h"
#include "codecs.h"
#include "io.h"
#include "names.h"
#include "obj_bytes.h"
#include "obj_exc.h"
#include "obj_func.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "obj_dict.h"
#include "ops.h"
#include "types.h"
#include "unicode.h"

#define IO_BUFSIZE 8192

/* Raises KeyboardInterrupt when SIGINT arrived (the VM's; weak until it
 * has one). */
extern void lp_vm_check_interrupt(void) __attribute__((weak));

typedef struct {
    lp_object_t head;
    int fd;
    const char *name;   /* "<stdout>" */
    const char *mode;   /* "w" or "r" */
    bool backslash;     /* errors='backslashreplace' (stderr) */
    bool setup;         /* buffering decided */
    bool line_buffered; /* flush after a write containing '\n' */
    bool closed;
    char *out; /* pending output bytes (atomic collected memory) */
    size_t outlen, outcap;
    char *in; /* read-ahead input bytes */
    size_t inpos, inlen, incap;
    bool eof;
    bool hold;         /* inside print(): flushing waits for its end */
    bool held_newline; /* a '\n' was written while held */
} lp_textio_t;

static lp_textio_t io_stdout = {
    .head = {&lp_type_textio}, .fd = 1, .name = "<stdout>", .mode = "w"};
static lp_textio_t io_stderr = {
    .head = {&lp_type_textio}, .fd = 2, .name = "<stderr>", .mode = "w", .backslash = true};
static lp_textio_t io_stdin = {.head = {&lp_type_textio}, .fd = 0, .name = "<stdin>", .mode = "r"};

lp_value lp_io_stdout(void)
{
    return lp_from_ptr(&io_stdout);
}

lp_value lp_io_stderr(void)
{
    return lp_from_ptr(&io_stderr);
}

lp_value lp_io_stdin(void)
{
    return lp_from_ptr(&io_stdin);
}

static lp_textio_t *as_io(lp_value v)
{
    return (lp_textio_t *)lp_as_ptr(v);
}

static bool io_unbuffered; /* -u or PYTHONUNBUFFERED: every write goes out at once */

void lp_io_set_unbuffered(void)
{
    io_unbuffered = true;
}

static void io_setup(lp_textio_t *t)
{
    if (t->setup) return;
    t->setup = true;
    static bool sigpipe_ignored; /* as CPython: a closed pipe is BrokenPipeError */
    if (!sigpipe_ignored) {
        signal(SIGPIPE, SIG_IGN);
        sigpipe_ignored = true;
    }
    t->line_buffered = t->fd == 2 || isatty(t->fd);
}

static void io_flush_raw(lp_textio_t *t);

/* Writes out what the buffering mode says must go now. */
static void io_after_write(lp_textio_t *t, const char *s, size_t n)
{
    if (t->hold && t->outlen < IO_BUFSIZE) {
        t->held_newline = t->held_newline || memchr(s, '\n', n);
        return;
    }
    if (io_unbuffered || t->outlen >= IO_BUFSIZE || (t->line_buffered && memchr(s, '\n', n)))
        io_flush_raw(t);
}

/* ==== output ==== */

/* Writes out the pending bytes of [t]; raises OSError on failure (the
 * bytes are dropped then, as there is no way to retry). */
static void io_flush_raw(lp_textio_t *t)
{
    size_t done = 0;
    while (done < t->outlen) {
        ssize_t w = write(t->fd, t->out + done, t->outlen - done);
        if (w < 0) {
            if (errno == EINTR) continue;
            int err = errno;
            t->outlen = 0;
            lp_raise_value(lp_exc_from_errno(err, LP_NULL));
        }
        done += (size_t)w;
    }
    t->outlen = 0;
}

static void io_put(lp_textio_t *t, const char *s, size_t n)
{
    if (t->outlen + n > t->outcap) {
        size_t cap = t->outcap ? t->outcap : IO_BUFSIZE;
        while (cap < t->outlen + n)
            cap *= 2;
        char *nb = lp_alloc_atomic(cap);
        if (t->outlen) memcpy(nb, t->out, t->outlen);
        t->out = nb;
        t->outcap = cap;
    }
    memcpy(t->out + t->outlen, s, n);
    t->outlen += n;
}

/* The UTF-8 of [s] with each lone surrogate written as \udcxx. */
static const char *backslash_surrogates(lp_value s, size_t *n)
{
    lp_str_t *p = lp_as_str(s);
    char *out = lp_alloc_atomic((size_t)p->len * 6 + 1), *o = out;
    for (int64_t i = 0; i < p->len; i++) {
        uint32_t c = lp_str_at(p, i);
        if (c >= 0xd800 && c <= 0xdfff)
            o += sprintf(o, "\\u%04x", c);
        else
            o += lp_utf8_encode(c, o);
    }
    *n = (size_t)(o - out);
    return out;
}

/* Raises the UnicodeEncodeError of writing [s] (which has surrogates) with
 * utf-8 'strict': the first run of surrogates. */
static _Noreturn void surrogate_error(lp_value s)
{
    lp_str_t *p = lp_as_str(s);
    int64_t i = 0;
    while (!(lp_str_at(p, i) >= 0xd800 && lp_str_at(p, i) <= 0xdfff))
        i++;
    int64_t j = i;
    while (j < p->len && lp_str_at(p, j) >= 0xd800 && lp_str_at(p, j) <= 0xdfff)
        j++;
    lp_raise_value(
        lp_exc_unicode_new(&lp_exc_UnicodeEncodeError, "utf-8", s, i, j, "surrogates not allowed"));
}

static void io_write_str(lp_textio_t *t, lp_value s)
{
    if (t->closed) lp_raise(&lp_exc_ValueError, "I/O operation on closed file.");
    size_t n;
    const char *u;
    if (lp_str_has_surrogates(s)) {
        if (!t->backslash) surrogate_error(s);
        u = backslash_surrogates(s, &n);
    } else {
        u = lp_str_utf8(s, &n);
    }
    io_setup(t);
    io_put(t, u, n);
    io_after_write(t, u, n);
}

void lp_io_write(lp_value stream, lp_value s)
{
    if (lp_is_ptr(stream) && lp_as_object(stream)->type == &lp_type_textio) {
        io_write_str(as_io(stream), s);
        return;
    }
    lp_call_method(stream, LP_NAME(write), &s, 1);
}

void lp_io_hold(lp_value stream, bool hold)
{
    if (!lp_is_ptr(stream) || lp_as_object(stream)->type != &lp_type_textio) return;
    lp_textio_t *t = as_io(stream);
    t->hold = hold;
    if (hold) {
        t->held_newline = false;
    } else if (t->outlen && (io_unbuffered || t->outlen >= IO_BUFSIZE ||
                             (t->line_buffered && t->held_newline))) {
        io_flush_raw(t);
    }
}

void lp_io_write_cstr(lp_value stream, const char *s)
{
    lp_io_write(stream, lp_str_from_cstr(s));
}

void lp_io_flush(lp_value stream)
{
    if (lp_is_ptr(stream) && lp_as_object(stream)->type == &lp_type_textio) {
        io_flush_raw(as_io(stream));
        return;
    }
    lp_call_method(stream, LP_NAME(flush), NULL, 0);
}

static void flush_quietly(lp_textio_t *t)
{
    size_t done = 0;
    while (done < t->outlen) {
        ssize_t w = write(t->fd, t->out + done, t->outlen - done);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) break;
        done += (size_t)w;
    }
    t->outlen = 0;
}

void lp_io_flush_all(void)
{
    lp_io_files_flush();
    flush_quietly(&io_stdout);
    flush_quietly(&io_stderr);
}

/* ==== input ==== */

/* Reads more bytes into [t]'s input buffer; false at end of input. */
static bool io_fill(lp_textio_t *t)
{
    if (t->eof) return false;
    if (t->inpos > 0) { /* keep only the unread bytes, at the start */
        memmove(t->in, t->in + t->inpos, t->inlen - t->inpos);
        t->inlen -= t->inpos;
        t->inpos = 0;
    }
    if (t->inlen + IO_BUFSIZE > t->incap) {
        size_t cap = t->incap ? t->incap * 2 : IO_BUFSIZE * 2;
        char *nb = lp_alloc_atomic(cap);
        if (t->inlen) memcpy(nb, t->in, t->inlen);
        t->in = nb;
        t->incap = cap;
    }
    for (;;) {
        ssize_t r = read(t->fd, t->in + t->inlen, t->incap - t->inlen);
        if (r < 0 && errno == EINTR) { /* Ctrl-C while reading: KeyboardInterrupt */
            if (lp_vm_check_interrupt) lp_vm_check_interrupt();
            continue;
        }
        if (r < 0) lp_raise_value(lp_exc_from_errno(errno, LP_NULL));
        if (r == 0) {
            t->eof = true;
            return false;
        }
        t->inlen += (size_t)r;
        return true;
    }
}

/* The str of the UTF-8 input bytes [s][0..n) (strict). */
static lp_value decode_input(const char *s, size_t n)
{
    lp_decode_error_t err;
    if (!lp_utf8_check(s, n, &err))
        lp_raise_value(lp_exc_unicode_new(&lp_exc_UnicodeDecodeError, "utf-8", lp_bytes_new(s, n),
                                          (int64_t)err.start, (int64_t)err.end, err.reason));
    return lp_str_from_utf8(s, n);
}

/* One line of [t] including its '\n' ("" at end of input). */
static lp_value io_readline(lp_textio_t *t, bool *had_newline)
{
    if (t->closed) lp_raise(&lp_exc_ValueError, "I/O operation on closed file.");
    size_t scanned = t->inpos;
    for (;;) {
        char *nl = memchr(t->in + scanned, '\n', t->inlen - scanned);
        if (nl) {
            size_t end = (size_t)(nl - t->in) + 1, start = t->inpos;
            t->inpos = end;
            *had_newline = true;
            return decode_input(t->in + start, end - start);
        }
        scanned = t->inlen;
        size_t before = t->inpos;
        if (!io_fill(t)) {
            size_t start = t->inpos;
            t->inpos = t->inlen;
            *had_newline = false;
            return decode_input(t->in + start, t->inlen - start);
        }
        scanned -= before - t->inpos; /* io_fill may have moved the data */
    }
}

lp_value lp_io_read_line_stdin(bool *had_newline)
{
    lp_value line = io_readline(&io_stdin, had_newline);
    if (!*had_newline && lp_str_len(line) == 0) return LP_NULL;
    if (*had_newline) line = lp_str_substr(line, 0, lp_str_len(line) - 1);
    return line;
}

/* ==== the Python type _io.TextIOWrapper ==== */

/* io.UnsupportedOperation, a class deriving from OSError and ValueError
 * (made on first use). */
lp_type_t *lp_io_unsupported_operation(void)
{
    static lp_value cls;
    if (!cls) {
        lp_value ns = lp_dict_new();
        lp_dict_set(ns, LP_NAME(__module__), lp_str_from_cstr("io"));
        lp_value bases =
            lp_tuple_pack(2, lp_from_ptr(&lp_exc_OSError), lp_from_ptr(&lp_exc_ValueError));
        cls = lp_type_new_class(&lp_type_type, lp_str_from_cstr("UnsupportedOperation"), bases, ns);
    }
    return lp_as_ptr(cls);
}

static void need_readable(lp_textio_t *t)
{
    if (t->closed) lp_raise(&lp_exc_ValueError, "I/O operation on closed file.");
    if (t->mode[0] != 'r') lp_raise(lp_io_unsupported_operation(), "not readable");
}

static void need_writable(lp_textio_t *t)
{
    if (t->closed) lp_raise(&lp_exc_ValueError, "I/O operation on closed file.");
    if (t->mode[0] != 'w') lp_raise(lp_io_unsupported_operation(), "not writable");
}

static lp_value io_m_write(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("TextIOWrapper.write", nargs - 1, kwnames, 1, 1);
    if (!lp_str_check(args[1]))
        lp_raise(&lp_exc_TypeError, "write() argument must be str, not %s",
                 lp_arg_type_name(args[1]));
    need_writable(as_io(args[0]));
    io_write_str(as_io(args[0]), args[1]);
    return lp_from_int(lp_str_len(args[1]));
}

static lp_value io_m_flush(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("TextIOWrapper.flush", nargs - 1, kwnames, 0, 0);
    lp_textio_t *t = as_io(args[0]);
    if (t->closed) lp_raise(&lp_exc_ValueError, "I/O operation on closed file.");
    io_flush_raw(t);
    return LP_NONE;
}

static lp_value io_m_readline(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("readline", nargs - 1, kwnames, 0, 1);
    need_readable(as_io(args[0]));
    bool nl;
    return io_readline(as_io(args[0]), &nl);
}

static lp_value io_m_read(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("read", nargs - 1, kwnames, 0, 1);
    lp_textio_t *t = as_io(args[0]);
    need_readable(t);
    while (io_fill(t)) {
    }
    size_t start = t->inpos;
    t->inpos = t->inlen;
    return decode_input(t->in + start, t->inlen - start);
}

static lp_value io_m_readlines(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("readlines", nargs - 1, kwnames, 0, 1);
    need_readable(as_io(args[0]));
    lp_value l = lp_list_new(0);
    for (;;) {
        bool nl;
        lp_value line = io_readline(as_io(args[0]), &nl);
        if (lp_str_len(line) == 0) return l;
        lp_list_append(l, line);
    }
}

static lp_value io_m_fileno(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("TextIOWrapper.fileno", nargs - 1, kwnames, 0, 0);
    return lp_from_int(as_io(args[0])->fd);
}

static lp_value io_m_isatty(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("TextIOWrapper.isatty", nargs - 1, kwnames, 0, 0);
    return lp_bool(isatty(as_io(args[0])->fd));
}

static lp_value io_m_readable(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("TextIOWrapper.readable", nargs - 1, kwnames, 0, 0);
    return lp_bool(as_io(args[0])->mode[0] == 'r');
}

static lp_value io_m_writable(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("TextIOWrapper.writable", nargs - 1, kwnames, 0, 0);
    return lp_bool(as_io(args[0])->mode[0] == 'w');
}

static lp_value io_m_close(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("TextIOWrapper.close", nargs - 1, kwnames, 0, 0);
    lp_textio_t *t = as_io(args[0]);
    if (!t->closed) flush_quietly(t);
    t->closed = true;
    return LP_NONE;
}

static lp_value io_m_enter(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("TextIOWrapper.__enter__", nargs - 1, kwnames, 0, 0);
    return args[0];
}

static lp_value io_m_exit(lp_value *args, size_t nargs, lp_value kwnames)
{
    return io_m_close(args, 1, LP_NULL);
}

/* reconfigure(*, encoding, errors, newline, line_buffering, write_through):
 * UTF-8 is the only encoding; errors picks strict or backslashreplace. */
static lp_value io_m_reconfigure(lp_value *args, size_t nargs, lp_value kwnames)
{
    static const char *const names[] = {"encoding",       "errors",        "newline",
                                        "line_buffering", "write_through", NULL};
    if (nargs > 1) lp_raise(&lp_exc_TypeError, "reconfigure() takes no positional arguments");
    lp_textio_t *t = as_io(args[0]);
    for (size_t k = 0; kwnames && k < (size_t)lp_tuple_len(kwnames); k++) {
        lp_value key = lp_tuple_get(kwnames, (int64_t)k), v = args[nargs + k];
        int i = 0;
        while (names[i] && !lp_str_eq_cstr(key, names[i]))
            i++;
        if (!names[i])
            lp_raise(&lp_exc_TypeError, "'%U' is an invalid keyword argument for reconfigure()",
                     key);
        if (v == LP_NONE) continue;
        if (i == 1) t->backslash = lp_str_eq_cstr(v, "backslashreplace");
        if (i == 3) {
            io_setup(t);
            t->line_buffered = lp_truth(v);
        }
        if (i == 4 && lp_truth(v)) io_unbuffered = true;
    }
    io_flush_raw(t);
    return LP_NONE;
}

static const lp_method_def_t io_methods[] = {
    {"reconfigure", io_m_reconfigure, 0, NULL},
    {"write", io_m_write, 0, "Write string to stream.\nReturns the number of characters written."},
    {"flush", io_m_flush, 0, NULL},
    {"readline", io_m_readline, 0, NULL},
    {"read", io_m_read, 0, NULL},
    {"readlines", io_m_readlines, 0, NULL},
    {"fileno", io_m_fileno, 0, NULL},
    {"isatty", io_m_isatty, 0, NULL},
    {"readable", io_m_readable, 0, NULL},
    {"writable", io_m_writable, 0, NULL},
    {"seekable", io_m_readable, 0, NULL},
    {"close", io_m_close, 0, NULL},
    {"__enter__", io_m_enter, 0, NULL},
    {"__exit__", io_m_exit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static lp_value io_get_name(lp_value self)
{
    return lp_str_from_cstr(as_io(self)->name);
}

static lp_value io_get_mode(lp_value self)
{
    return lp_str_from_cstr(as_io(self)->mode);
}

static lp_value io_get_encoding(lp_value self)
{
    return lp_str_from_cstr("utf-8");
}

static lp_value io_get_errors(lp_value self)
{
    return lp_str_from_cstr(as_io(self)->backslash ? "backslashreplace" : "strict");
}

static lp_value io_get_closed(lp_value self)
{
    return lp_bool(as_io(self)->closed);
}

static lp_value io_get_line_buffering(lp_value self)
{
    lp_textio_t *t = as_io(self);
    return lp_bool(t->fd == 1 && isatty(1));
}

/* ==== the binary layer: sys.stdout.buffer, sys.stdin.buffer ==== */

/* A binary view of a text stream: bytes go through the same buffer, so
 * text and bytes keep their order. */
typedef struct {
    lp_object_t head;
    lp_textio_t *text;
} lp_bufio_t;

static lp_type_t bufio_type;

static lp_textio_t *bufio_text(lp_value self)
{
    return ((lp_bufio_t *)lp_as_ptr(self))->text;
}

static lp_value bufio_m_write(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("write", nargs - 1, kwnames, 1, 1);
    const char *data;
    int64_t n;
    if (!lp_bytes_view(args[1], &data, &n))
        lp_raise(&lp_exc_TypeError, "a bytes-like object is required, not '%T'", args[1]);
    lp_textio_t *t = bufio_text(args[0]);
    if (t->closed) lp_raise(&lp_exc_ValueError, "write to closed file");
    io_setup(t);
    io_put(t, data, (size_t)n);
    io_after_write(t, data, (size_t)n);
    return lp_from_int(n);
}

static lp_value bufio_m_flush(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("flush", nargs - 1, kwnames, 0, 0);
    io_flush_raw(bufio_text(args[0]));
    return LP_NONE;
}

static lp_value bufio_m_read(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("read", nargs - 1, kwnames, 0, 1);
    lp_textio_t *t = bufio_text(args[0]);
    need_readable(t);
    int64_t want = -1;
    if (nargs == 2 && args[1] != LP_NONE) want = lp_as_ssize(args[1], &lp_exc_OverflowError);
    while ((want < 0 || (int64_t)(t->inlen - t->inpos) < want) && io_fill(t)) {
    }
    size_t avail = t->inlen - t->inpos, n = want < 0 || (size_t)want > avail ? avail : (size_t)want;
    lp_value b = lp_bytes_new(t->in + t->inpos, n);
    t->inpos += n;
    return b;
}

static lp_value bufio_m_readline(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("readline", nargs - 1, kwnames, 0, 1);
    lp_textio_t *t = bufio_text(args[0]);
    need_readable(t);
    for (;;) {
        char *nl = t->inlen > t->inpos ? memchr(t->in + t->inpos, '\n', t->inlen - t->inpos) : NULL;
        if (nl || !io_fill(t)) {
            size_t end = nl ? (size_t)(nl - t->in) + 1 : t->inlen;
            lp_value b = lp_bytes_new(t->in + t->inpos, end - t->inpos);
            t->inpos = end;
            return b;
        }
    }
}

static const lp_method_def_t bufio_methods[] = {
    {"write", bufio_m_write, 0, NULL},
    {"flush", bufio_m_flush, 0, NULL},
    {"read", bufio_m_read, 0, NULL},
    {"readline", bufio_m_readline, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static lp_value bufio_repr(lp_value self)
{
    lp_textio_t *t = bufio_text(self);
    return lp_str_format_c("<_io.Buffered%s name='%s'>", t->mode[0] == 'r' ? "Reader" : "Writer",
                           t->name);
}

static lp_type_t bufio_type = {
    .name = "_io.BufferedWriter",
    .size = sizeof(lp_bufio_t),
    .repr = bufio_repr,
    .methods = bufio_methods,
};

static lp_value io_get_buffer(lp_value self)
{
    lp_type_ready(&bufio_type);
    lp_bufio_t *b = lp_alloc(sizeof *b);
    b->head.type = &bufio_type;
    b->text = as_io(self);
    return lp_from_ptr(b);
}

static const lp_getset_def_t io_getsets[] = {
    {"buffer", io_get_buffer, NULL, NULL},
    {"name", io_get_name, NULL, NULL},
    {"mode", io_get_mode, NULL, NULL},
    {"encoding", io_get_encoding, NULL, "Encoding of the text stream."},
    {"errors", io_get_errors, NULL, "The error setting of the decoder or encoder."},
    {"closed", io_get_closed, NULL, NULL},
    {"line_buffering", io_get_line_buffering, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static lp_value io_repr(lp_value self)
{
    lp_textio_t *t = as_io(self);
    return lp_str_format_c("<_io.TextIOWrapper name='%s' mode='%s' encoding='utf-8'>", t->name,
                           t->mode);
}

static lp_value io_iter(lp_value self)
{
    need_readable(as_io(self));
    return self;
}

static lp_value io_next(lp_value self)
{
    bool nl;
    lp_value line = io_readline(as_io(self), &nl);
    return lp_str_len(line) ? line : LP_NULL;
}

lp_type_t lp_type_textio = {
    .name = "_io.TextIOWrapper",
    .size = sizeof(lp_textio_t),
    .repr = io_repr,
    .iter = io_iter,
    .next = io_next,
    .methods = io_methods,
    .getsets = io_getsets,
};
