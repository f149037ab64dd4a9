/* obj_exc_more.c -- the exception classes with constructors of their own:
 * OSError (errno, strerror, filename and the errno-to-subclass map),
 * SyntaxError (msg and the position tuple), UnicodeDecodeError,
 * UnicodeEncodeError and UnicodeTranslateError (five-part constructors and
 * their "codec can't ..." messages), and BaseExceptionGroup/ExceptionGroup
 * (message, exceptions, subgroup, split, derive).
 *
 * Layouts: obj_exc_internal.h.  Messages are CPython 3.11's.
 *
 * SPDX-License-Identifier: MIT
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "error.h"
#include "mod_builtins.h"
#include "names.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_exc_internal.h"
#include "obj_func.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "ops.h"
#include "types.h"

static size_t nkw(lp_value kwnames)
{
    return kwnames ? (size_t)lp_tuple_len(kwnames) : 0;
}

#define FIELD_GETSET(prefix, type_t, field)                                                        \
    static lp_value prefix##_get_##field(lp_value self)                                            \
    {                                                                                              \
        return ((type_t *)lp_exc_fixed(self))->field;                                              \
    }                                                                                              \
    static void prefix##_set_##field(lp_value self, lp_value v)                                    \
    {                                                                                              \
        ((type_t *)lp_as_ptr(self))->field = v ? v : LP_NONE;                                      \
    }

/* ==== OSError ==== */

/* errno values with a subclass of their own (CPython's errnomap;
 * EWOULDBLOCK is EAGAIN on Linux). */
#define OS_ERRNO_MAP(X)                                                                            \
    X(EAGAIN, BlockingIOError)                                                                     \
    X(EALREADY, BlockingIOError)                                                                   \
    X(EINPROGRESS, BlockingIOError)                                                                \
    X(EPIPE, BrokenPipeError)                                                                      \
    X(ESHUTDOWN, BrokenPipeError)                                                                  \
    X(ECHILD, ChildProcessError)                                                                   \
    X(ECONNABORTED, ConnectionAbortedError)                                                        \
    X(ECONNREFUSED, ConnectionRefusedError)                                                        \
    X(ECONNRESET, ConnectionResetError)                                                            \
    X(EEXIST, FileExistsError)                                                                     \
    X(ENOENT, FileNotFoundError)                                                                   \
    X(EISDIR, IsADirectoryError)                                                                   \
    X(ENOTDIR, NotADirectoryError)                                                                 \
    X(EINTR, InterruptedError)                                                                     \
    X(EACCES, PermissionError)                                                                     \
    X(EPERM, PermissionError)                                                                      \
    X(ESRCH, ProcessLookupError)                                                                   \
    X(ETIMEDOUT, TimeoutError)

/* The OSError subclass for errno [v] (an int), or OSError. */
static lp_type_t *oserror_subclass(lp_value v)
{
    if (!lp_is_int(v)) return &lp_exc_OSError;
    switch (lp_as_int(v)) {
#define X(e, cls)                                                                                  \
    case e: return &lp_exc_##cls;
        OS_ERRNO_MAP(X)
#undef X
    default: return &lp_exc_OSError;
    }
}

/* Fills the fields of [self] from OSError's arguments; returns the args
 * tuple CPython keeps (the first two when a filename is given). */
static lp_value oserror_parse(lp_value self, lp_value *args, size_t nargs)
{
    lp_exc_os_t *e = lp_as_ptr(self);
    lp_value all = lp_tuple_from_array(args, (int64_t)nargs);
    if (nargs < 2 || nargs > 5) return all;
    e->myerrno = args[0];
    e->strerror = args[1];
    if (nargs >= 3 && args[2] != LP_NONE) {
        if (lp_type_is_subtype(e->base.head.type, &lp_exc_BlockingIOError) && lp_is_int(args[2])) {
            e->written = args[2];
        } else {
            e->filename = args[2];
            if (nargs == 5) e->filename2 = args[4];
            return lp_tuple_from_array(args, 2);
        }
    }
    return all;
}

static void oserror_init(lp_value self, lp_value *args, size_t nargs, lp_value kwnames);

static lp_value oserror_new(lp_type_t *type, lp_value *args, size_t nargs, lp_value kwnames)
{
    /* CPython's oserror_use_init: unless a class overrides only __init__,
     * __new__ refuses keywords, naming the class called */
    bool use_init = type->init != oserror_init && type->new == oserror_new;
    if (!use_init && nkw(kwnames))
        lp_raise(&lp_exc_TypeError, "%s() takes no keyword arguments", type->name);
    if (type == &lp_exc_OSError && nargs >= 2 && nargs <= 5) type = oserror_subclass(args[0]);
    lp_value self = lp_exc_alloc(type, LP_NULL);
    lp_as_exc(self)->args = oserror_parse(self, args, nargs);
    return self;
}

static void oserror_init(lp_value self, lp_value *args, size_t nargs, lp_value kwnames)
{
    if (nkw(kwnames)) lp_raise(&lp_exc_TypeError, "%T() takes no keyword arguments", self);
    lp_as_exc(self)->args = oserror_parse(self, args, nargs);
}

static lp_value oserror_str(lp_value self)
{
    lp_exc_os_t *e = (lp_exc_os_t *)lp_exc_fixed(self);
    if (e->filename != LP_NONE) {
        if (e->filename2 != LP_NONE)
            return lp_str_format_c("[Errno %S] %S: %R -> %R", e->myerrno, e->strerror, e->filename,
                                   e->filename2);
        return lp_str_format_c("[Errno %S] %S: %R", e->myerrno, e->strerror, e->filename);
    }
    if (e->myerrno != LP_NONE && e->strerror != LP_NONE)
        return lp_str_format_c("[Errno %S] %S", e->myerrno, e->strerror);
    return lp_exc_base_str(self);
}

FIELD_GETSET(os, lp_exc_os_t, myerrno)
FIELD_GETSET(os, lp_exc_os_t, strerror)
FIELD_GETSET(os, lp_exc_os_t, filename)
FIELD_GETSET(os, lp_exc_os_t, filename2)

static lp_value os_get_written(lp_value self)
{
    lp_exc_os_t *e = (lp_exc_os_t *)lp_exc_fixed(self);
    if (e->written == LP_NONE) lp_raise(&lp_exc_AttributeError, "characters_written");
    return e->written;
}

static void os_set_written(lp_value self, lp_value v)
{
    lp_exc_os_t *e = lp_as_ptr(self);
    if (!v) {
        if (e->written == LP_NONE) lp_raise(&lp_exc_AttributeError, "characters_written");
        e->written = LP_NONE;
        return;
    }
    e->written = lp_index(v);
}

static const lp_getset_def_t oserror_getsets[] = {
    {"errno", os_get_myerrno, os_set_myerrno, "POSIX exception code"},
    {"strerror", os_get_strerror, os_set_strerror, "exception strerror"},
    {"filename", os_get_filename, os_set_filename, "exception filename"},
    {"filename2", os_get_filename2, os_set_filename2, "second exception filename"},
    {"characters_written", os_get_written, os_set_written, NULL},
    {NULL, NULL, NULL, NULL},
};

/* OSError.__reduce__(): the constructor arguments with the file names
 * (errno, strerror, filename[, None, filename2]), then the __dict__. */
static lp_value oserror_reduce(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("OSError.__reduce__", nargs - 1, kwnames, 0, 0);
    lp_exc_os_t *e = lp_as_ptr(args[0]);
    lp_value a = e->base.args;
    if (lp_tuple_len(a) == 2 && e->filename != LP_NONE) {
        if (e->filename2 != LP_NONE)
            a = lp_tuple_pack(5, lp_tuple_get(a, 0), lp_tuple_get(a, 1), e->filename, LP_NONE,
                              e->filename2);
        else
            a = lp_tuple_pack(3, lp_tuple_get(a, 0), lp_tuple_get(a, 1), e->filename);
    }
    lp_value cls = lp_from_ptr((void *)e->base.head.type);
    if (e->base.dict && lp_dict_len(e->base.dict)) return lp_tuple_pack(3, cls, a, e->base.dict);
    return lp_tuple_pack(2, cls, a);
}

static const lp_method_def_t oserror_methods[] = {
    {"__reduce__", oserror_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

lp_value lp_exc_from_errno(int err, lp_value filename)
{
    lp_value args[3] = {lp_from_int(err), lp_str_from_cstr(strerror(err)), filename};
    return lp_exc_new(&lp_exc_OSError, args, filename ? 3 : 2);
}

void lp_exc_install_oserror(void)
{
    lp_type_t *t = &lp_exc_OSError;
    t->size = sizeof(lp_exc_os_t);
    t->new = oserror_new;
    t->init = oserror_init;
    t->str = oserror_str;
    t->getsets = oserror_getsets;
    t->methods = oserror_methods;
}

/* ==== SyntaxError ==== */

static void syntax_init(lp_value self, lp_value *args, size_t nargs, lp_value kwnames)
{
    if (nkw(kwnames)) lp_raise(&lp_exc_TypeError, "%T() takes no keyword arguments", self);
    lp_exc_syntax_t *e = lp_as_ptr(self);
    e->base.args = lp_tuple_from_array(args, (int64_t)nargs);
    if (nargs >= 1) e->msg = args[0];
    if (nargs != 2) return;
    lp_value info = lp_list_from_iterable(args[1]);
    int64_t n = lp_as_list(info)->len;
    lp_value *v = lp_as_list(info)->items;
    if (n < 4)
        lp_raise(&lp_exc_TypeError, "function takes at least 4 arguments (%lld given)",
                 (long long)n);
    if (n > 6)
        lp_raise(&lp_exc_TypeError, "function takes at most 6 arguments (%lld given)",
                 (long long)n);
    e->filename = v[0];
    e->lineno = v[1];
    e->offset = v[2];
    e->text = v[3];
    if (n >= 5) e->end_lineno = v[4];
    if (n >= 6) e->end_offset = v[5];
}

/* The part of [path] after its last '/'. */
static lp_value basename_of(lp_value path)
{
    int64_t n = lp_str_len(path), i = n;
    while (i > 0 && lp_str_at(lp_as_str(path), i - 1) != '/')
        i--;
    return i ? lp_str_substr(path, i, n) : path;
}

static lp_value syntax_str(lp_value self)
{
    lp_exc_syntax_t *e = (lp_exc_syntax_t *)lp_exc_fixed(self);
    lp_value msg = lp_str(e->msg);
    bool file = lp_str_check(e->filename);
    bool line = lp_is_int(e->lineno);
    if (file && line)
        return lp_str_format_c("%U (%U, line %lld)", msg, basename_of(e->filename),
                               (long long)lp_as_int(e->lineno));
    if (file) return lp_str_format_c("%U (%U)", msg, basename_of(e->filename));
    if (line) return lp_str_format_c("%U (line %lld)", msg, (long long)lp_as_int(e->lineno));
    return msg;
}

FIELD_GETSET(syn, lp_exc_syntax_t, msg)
FIELD_GETSET(syn, lp_exc_syntax_t, filename)
FIELD_GETSET(syn, lp_exc_syntax_t, lineno)
FIELD_GETSET(syn, lp_exc_syntax_t, offset)
FIELD_GETSET(syn, lp_exc_syntax_t, text)
FIELD_GETSET(syn, lp_exc_syntax_t, end_lineno)
FIELD_GETSET(syn, lp_exc_syntax_t, end_offset)
FIELD_GETSET(syn, lp_exc_syntax_t, print_file_and_line)

static const lp_getset_def_t syntax_getsets[] = {
    {"msg", syn_get_msg, syn_set_msg, "exception msg"},
    {"filename", syn_get_filename, syn_set_filename, "exception filename"},
    {"lineno", syn_get_lineno, syn_set_lineno, "exception lineno"},
    {"offset", syn_get_offset, syn_set_offset, "exception offset"},
    {"text", syn_get_text, syn_set_text, "exception text"},
    {"end_lineno", syn_get_end_lineno, syn_set_end_lineno, "exception end lineno"},
    {"end_offset", syn_get_end_offset, syn_set_end_offset, "exception end offset"},
    {"print_file_and_line", syn_get_print_file_and_line, syn_set_print_file_and_line,
     "exception print_file_and_line"},
    {NULL, NULL, NULL, NULL},
};

void lp_exc_install_syntax(void)
{
    lp_type_t *t = &lp_exc_SyntaxError;
    t->size = sizeof(lp_exc_syntax_t);
    t->init = syntax_init;
    t->str = syntax_str;
    t->getsets = syntax_getsets;
}

/* ==== the Unicode errors ==== */

static lp_value need_str(lp_value v, int argno)
{
    if (!lp_str_check(v))
        lp_raise(&lp_exc_TypeError, "argument %d must be str, not %s", argno, lp_arg_type_name(v));
    return v;
}

/* Checks the five arguments (four for translate: no encoding) and fills
 * [self]; [bytes] says the object must be bytes-like. */
static void unicode_fill(lp_value self, lp_value *args, size_t nargs, lp_value kwnames, size_t want,
                         bool bytes)
{
    if (nkw(kwnames)) lp_raise(&lp_exc_TypeError, "%T() takes no keyword arguments", self);
    if (nargs != want)
        lp_raise(&lp_exc_TypeError, "function takes exactly %zu arguments (%zu given)", want,
                 nargs);
    lp_exc_unicode_t *e = lp_as_ptr(self);
    e->base.args = lp_tuple_from_array(args, (int64_t)nargs);
    size_t i = 0;
    if (want == 5) e->encoding = need_str(args[i++], 1);
    lp_value obj = args[i++];
    if (bytes) {
        if (!lp_is_instance(obj, &lp_type_bytes) && !lp_is_instance(obj, &lp_type_bytearray))
            lp_raise(&lp_exc_TypeError, "a bytes-like object is required, not '%T'", obj);
        if (!lp_is_instance(obj, &lp_type_bytes)) obj = lp_call1(lp_from_ptr(&lp_type_bytes), obj);
    } else {
        need_str(obj, (int)i);
    }
    e->object = obj;
    e->start = lp_from_int(lp_as_ssize(args[i++], &lp_exc_OverflowError));
    e->end = lp_from_int(lp_as_ssize(args[i++], &lp_exc_OverflowError));
    e->reason = need_str(args[i], (int)i + 1);
}

static void encode_init(lp_value self, lp_value *args, size_t nargs, lp_value kwnames)
{
    unicode_fill(self, args, nargs, kwnames, 5, false);
}

static void decode_init(lp_value self, lp_value *args, size_t nargs, lp_value kwnames)
{
    unicode_fill(self, args, nargs, kwnames, 5, true);
}

static void translate_init(lp_value self, lp_value *args, size_t nargs, lp_value kwnames)
{
    unicode_fill(self, args, nargs, kwnames, 4, false);
}

/* "'\xe9'" for code point [c], as the encode and translate messages
 * quote a single character. */
static const char *char_escape(uint32_t c, char *buf, size_t n)
{
    if (c <= 0xff)
        snprintf(buf, n, "\\x%02x", c);
    else if (c <= 0xffff)
        snprintf(buf, n, "\\u%04x", c);
    else
        snprintf(buf, n, "\\U%08x", c);
    return buf;
}

/* The encode/translate message: [what] is "'enc' codec can't encode" or
 * "can't translate". */
static lp_value unicode_char_str(lp_value self, lp_value what)
{
    lp_exc_unicode_t *e = (lp_exc_unicode_t *)lp_exc_fixed(self);
    if (!lp_str_check(e->object) || !lp_is_int(e->start) || !lp_is_int(e->end))
        return lp_str_empty();
    int64_t start = lp_as_int(e->start), end = lp_as_int(e->end);
    lp_value reason = lp_str(e->reason);
    if (start >= 0 && start < lp_str_len(e->object) && end == start + 1) {
        char buf[16];
        uint32_t c = lp_str_at(lp_as_str(e->object), start);
        return lp_str_format_c("%U character '%s' in position %lld: %U", what,
                               char_escape(c, buf, sizeof buf), (long long)start, reason);
    }
    return lp_str_format_c("%U characters in position %lld-%lld: %U", what, (long long)start,
                           (long long)(end - 1), reason);
}

static lp_value encode_str(lp_value self)
{
    lp_exc_unicode_t *e = (lp_exc_unicode_t *)lp_exc_fixed(self);
    if (e->encoding == LP_NONE) return lp_str_empty();
    return unicode_char_str(self, lp_str_format_c("'%S' codec can't encode", e->encoding));
}

static lp_value translate_str(lp_value self)
{
    return unicode_char_str(self, lp_str_from_cstr("can't translate"));
}

static lp_value decode_str(lp_value self)
{
    lp_exc_unicode_t *e = (lp_exc_unicode_t *)lp_exc_fixed(self);
    if (e->encoding == LP_NONE || !lp_is_int(e->start) || !lp_is_int(e->end)) return lp_str_empty();
    int64_t start = lp_as_int(e->start), end = lp_as_int(e->end);
    lp_value reason = lp_str(e->reason);
    bool bytes = lp_is_instance(e->object, &lp_type_bytes);
    if (bytes && start >= 0 && start < lp_len(e->object) && end == start + 1) {
        int64_t byte = lp_as_int(lp_getitem(e->object, lp_from_int(start)));
        return lp_str_format_c("'%S' codec can't decode byte 0x%02x in position %lld: %U",
                               e->encoding, (int)byte, (long long)start, reason);
    }
    return lp_str_format_c("'%S' codec can't decode bytes in position %lld-%lld: %U", e->encoding,
                           (long long)start, (long long)(end - 1), reason);
}

FIELD_GETSET(uni, lp_exc_unicode_t, encoding)
FIELD_GETSET(uni, lp_exc_unicode_t, object)
FIELD_GETSET(uni, lp_exc_unicode_t, start)
FIELD_GETSET(uni, lp_exc_unicode_t, end)
FIELD_GETSET(uni, lp_exc_unicode_t, reason)

static const lp_getset_def_t unicode_getsets[] = {
    {"encoding", uni_get_encoding, uni_set_encoding, "exception encoding"},
    {"object", uni_get_object, uni_set_object, "exception object"},
    {"start", uni_get_start, uni_set_start, "exception start"},
    {"end", uni_get_end, uni_set_end, "exception end"},
    {"reason", uni_get_reason, uni_set_reason, "exception reason"},
    {NULL, NULL, NULL, NULL},
};

void lp_exc_install_unicode(void)
{
    lp_exc_UnicodeError.size = sizeof(lp_exc_unicode_t);
    lp_exc_UnicodeError.getsets = unicode_getsets;
    lp_exc_UnicodeEncodeError.init = encode_init;
    lp_exc_UnicodeEncodeError.str = encode_str;
    lp_exc_UnicodeDecodeError.init = decode_init;
    lp_exc_UnicodeDecodeError.str = decode_str;
    lp_exc_UnicodeTranslateError.init = translate_init;
    lp_exc_UnicodeTranslateError.str = translate_str;
}

lp_value lp_exc_unicode_new(lp_type_t *type, const char *encoding, lp_value object, int64_t start,
                            int64_t end, const char *reason)
{
    lp_value args[5];
    size_t n = 0;
    if (type != &lp_exc_UnicodeTranslateError) args[n++] = lp_str_from_cstr(encoding);
    args[n++] = object;
    args[n++] = lp_from_int(start);
    args[n++] = lp_from_int(end);
    args[n++] = lp_str_from_cstr(reason);
    return lp_exc_new(type, args, n);
}
