/* mod_builtins_code.c -- the builtins that deal with code and namespaces:
 * compile, exec, eval, globals, locals, vars, dir, __import__ and
 * __build_class__.
 *
 * They reach the running frame through the VM (src/vm.h) and the compiler
 * through lp_compile_source (src/compile.h).  __import__ finds modules in
 * sys.modules, else loads `<name>.py` from a directory of sys.path.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "compile.h"
#include "error.h"
#include "frame.h"
#include "gc.h"
#include "import.h"
#include "mod_builtins.h"
#include "mod_sys.h"
#include "names.h"
#include "obj_bytes.h"
#include "obj_code.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_func.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "ops.h"
#include "source.h"
#include "types.h"
#include "vm.h"

/* Runs the class body [func] with the namespace [ns] (the VM's entry for
 * a function frame with explicit locals; weak until the VM has it). */
extern lp_value lp_vm_call_with_locals(lp_value func, lp_value locals) __attribute__((weak));

static size_t nkw(lp_value kwnames)
{
    return kwnames ? (size_t)lp_tuple_len(kwnames) : 0;
}


static lp_frame_t *caller_frame(void)
{
    lp_frame_t *f = lp_vm_current_frame();
    if (!f) lp_raise(&lp_exc_SystemError, "no current frame");
    return f;
}

/* ==== compiling ==== */

/* The length of the valid UTF-8 (or WTF-8 surrogate) sequence at [s]
 * (before [end]), or 0 when it is invalid; *skip gets the bytes one U+FFFD
 * stands for (the maximal valid prefix, at least 1), as CPython's
 * errors='replace'. */
static size_t utf8_seq(const unsigned char *s, const unsigned char *end, size_t *skip)
{
    unsigned char c = s[0];
    size_t len = c < 0x80 ? 1 : c >= 0xC2 && c < 0xE0 ? 2 : c >= 0xE0 && c < 0xF0 ? 3
               : c >= 0xF0 && c < 0xF5 ? 4 : 0;
    *skip = 1;
    if (len == 0) return 0;
    for (size_t k = 1; k < len; k++) {
        unsigned char lo = 0x80, hi = 0xBF;
        if (k == 1 && c == 0xE0) lo = 0xA0;
        if (k == 1 && c == 0xF0) lo = 0x90;
        if (k == 1 && c == 0xF4) hi = 0x8F;
        if (s + k >= end || s[k] < lo || s[k] > hi) return 0;
        *skip = k + 1;
    }
    return len;
}

/* The str of the [n] bytes at [s], invalid UTF-8 replaced by U+FFFD: the
 * text of a SyntaxError, as CPython's tokenizer decodes the line. */
static lp_value str_replacing(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    lp_buf_t b = {0};
    lp_buf_add(&b, "", 0);
    while (p < end) {
        size_t skip, len = utf8_seq(p, end, &skip);
        if (len) lp_buf_add(&b, (const char *)p, len), p += len;
        else lp_buf_puts(&b, "\xEF\xBF\xBD"), p += skip;
    }
    return lp_str_from_utf8(b.data, b.len);
}

/* The SyntaxError (or IndentationError, TabError, RecursionError) of a
 * failed compilation of [filename]. */
lp_value lp_builtins_syntax_error(const lp_syntax_error_t *err, const char *filename)
{
    lp_type_t *type = &lp_exc_SyntaxError;
    if (strcmp(err->type, "IndentationError") == 0)
        type = &lp_exc_IndentationError;
    else if (strcmp(err->type, "TabError") == 0)
        type = &lp_exc_TabError;
    else if (strcmp(err->type, "RecursionError") == 0)
        return lp_exc_format(&lp_exc_RecursionError, "%s", err->msg);
    if (!err->lineno && err->offset < 0) { /* "line 0": the coding cookie of compile()'s bytes */
        lp_value info = lp_tuple_pack(4, lp_str_from_cstr(filename), lp_from_int(0),
                                      lp_from_int(-1), LP_NONE);
        lp_value args[2] = {lp_str_from_cstr(err->msg), info};
        return lp_exc_new(type, args, 2);
    }
    lp_value text = LP_NONE;
    if (err->line) {
        size_t n = strcspn(err->line, "\n");
        text = str_replacing(err->line, err->line[n] ? n + 1 : n);
    }
    lp_value info = lp_tuple_pack(6, lp_str_from_cstr(filename),
                                  err->lineno ? lp_from_int(err->lineno) : LP_NONE,
                                  err->lineno ? lp_from_int(err->offset) : LP_NONE, text,
                                  err->lineno ? lp_from_int(err->end_lineno) : LP_NONE,
                                  err->lineno ? lp_from_int(err->end_offset) : LP_NONE);
    lp_value args[2] = {lp_str_from_cstr(err->msg), info};
    return lp_exc_new(type, args, 2);
}

/* A str source is compiled as UTF-8: lone surrogates cannot be encoded
 * (CPython's UnicodeEncodeError over the run of them). */
static void check_no_surrogates(lp_value source)
{
    const lp_str_t *s = lp_as_str(source);
    int64_t len = lp_str_len(source);
    if (s->kind == 1) return;
    for (int64_t i = 0; i < len; i++) {
        uint32_t c = lp_str_at(s, i);
        if (c < 0xD800 || c > 0xDFFF) continue;
        int64_t end = i + 1;
        while (end < len && lp_str_at(s, end) >= 0xD800 && lp_str_at(s, end) <= 0xDFFF) end++;
        lp_raise_value(lp_exc_unicode_new(&lp_exc_UnicodeEncodeError, "utf-8", source, i, end,
                                          "surrogates not allowed"));
    }
}

/* The code object of [source] (str, bytes or code) for [fname] (exec,
 * eval or compile: the messages name it). */
static lp_value compile_value(lp_value source, const char *filename, lp_compile_mode_t mode,
                              const char *fname)
{
    if (lp_type_of(source) == &lp_type_code) return source;
    const char *text;
    size_t n;
    lp_source_mode_t smode = LP_SOURCE_STRING;
    if (lp_str_check(source)) {
        check_no_surrogates(source);
        text = lp_str_utf8(source, &n);
        smode = LP_SOURCE_TEXT;
    } else if (lp_is_instance(source, &lp_type_bytes) ||
               lp_is_instance(source, &lp_type_bytearray)) {
        int64_t len;
        lp_bytes_view(source, &text, &len);
        n = (size_t)len;
    } else if (strcmp(fname, "compile") == 0) {
        lp_raise(&lp_exc_TypeError, "compile() arg 1 must be a string, bytes or AST object");
    } else {
        lp_raise(&lp_exc_TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
    }
    if (memchr(text, 0, n))
        lp_raise(&lp_exc_SyntaxError, "source code string cannot contain null bytes");
    if (mode == LP_COMPILE_EVAL && strcmp(fname, "compile") != 0)
        while (n && (*text == ' ' || *text == '\t'))
            text++, n--;
    /* bytes are decoded by compile()'s rules (their cookie, "unknown
     * encoding" at line 0, "(unicode error)"), not a script file's */
    lp_syntax_error_t err = {0};
    lp_value code = lp_compile_source_as(text, n, filename, mode, smode, &err);
    if (!code) lp_raise_value(lp_builtins_syntax_error(&err, filename));
    return code;
}

static lp_value b_compile(lp_value *args, size_t nargs, lp_value kwnames)
{
    static const char *const names[] = {
        "source",   "filename",         "mode", "flags", "dont_inherit",
        "optimize", "_feature_version", NULL};
    lp_value v[7] = {0};
    if (nargs > 6)
        lp_raise(&lp_exc_TypeError, "compile() takes at most 6 arguments (%zu given)", nargs);
    for (size_t i = 0; i < nargs; i++)
        v[i] = args[i];
    for (size_t k = 0; k < nkw(kwnames); k++) {
        lp_value key = lp_tuple_get(kwnames, (int64_t)k);
        size_t i = 0;
        while (names[i] && !lp_str_eq_cstr(key, names[i]))
            i++;
        if (!names[i])
            lp_raise(&lp_exc_TypeError, "'%U' is an invalid keyword argument for compile()", key);
        v[i] = args[nargs + k];
    }
    for (int i = 0; i < 3; i++)
        if (!v[i])
            lp_raise(&lp_exc_TypeError, "compile() missing required argument '%s' (pos %d)",
                     names[i], i + 1);
    if (!lp_str_check(v[2]))
        lp_raise(&lp_exc_TypeError, "compile() argument 'mode' must be str, not %s",
                 lp_arg_type_name(v[2]));
    lp_compile_mode_t mode;
    if (lp_str_eq_cstr(v[2], "exec"))
        mode = LP_COMPILE_EXEC;
    else if (lp_str_eq_cstr(v[2], "eval"))
        mode = LP_COMPILE_EVAL;
    else if (lp_str_eq_cstr(v[2], "single"))
        mode = LP_COMPILE_SINGLE;
    else
        lp_raise(&lp_exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    lp_value fn = v[1];
    if (lp_is_instance(fn, &lp_type_bytes)) fn = lp_call_method(fn, LP_NAME(decode), NULL, 0);
    if (!lp_str_check(fn))
        lp_raise(&lp_exc_TypeError, "expected str, bytes or os.PathLike object, not %T", fn);
    int64_t optimize = -1;
    if (v[5] && !lp_is_instance(v[5], &lp_type_int))
        lp_raise(&lp_exc_TypeError, "'%T' object cannot be interpreted as an integer", v[5]);
    if (v[5] && (!lp_int_as_i64(lp_index(v[5]), &optimize) || optimize != (int)optimize))
        lp_raise(&lp_exc_OverflowError, "Python int too large to convert to C int");
    if (optimize < -1 || optimize > 2)
        lp_raise(&lp_exc_ValueError, "compile(): invalid optimize value");
    int saved = lp_compile_optimize;
    if (optimize >= 0) lp_compile_optimize = (int)optimize;
    lp_value exc = LP_NULL, code = LP_NULL;
    lp_handler_t h;
    lp_handler_push(&h);
    if (setjmp(h.jb) == 0) {
        code = compile_value(v[0], lp_str_utf8(fn, NULL), mode, "compile");
        lp_handler_pop(&h);
    } else {
        exc = h.exc;
    }
    lp_compile_optimize = saved;
    if (exc) lp_raise_value(exc);
    return code;
}

/* ==== exec and eval ==== */

/* The globals and locals of exec/eval: the caller's when None; a
 * __builtins__ entry is added to globals that lack one. */
static void exec_namespaces(const char *fname, lp_value *globals, lp_value *locals)
{
    bool is_exec = strcmp(fname, "exec") == 0;
    if (*globals == LP_NONE) *globals = LP_NULL;
    if (*locals == LP_NONE) *locals = LP_NULL;
    if (*globals && !lp_dict_check(*globals)) {
        if (is_exec) lp_raise(&lp_exc_TypeError, "exec() globals must be a dict, not %T", *globals);
        lp_raise(&lp_exc_TypeError, *locals
                                        ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                        : "globals must be a dict");
    }
    if (*locals && !lp_type_of(*locals)->getitem) {
        if (is_exec)
            lp_raise(&lp_exc_TypeError, "locals must be a mapping or None, not %T", *locals);
        lp_raise(&lp_exc_TypeError, "locals must be a mapping");
    }
    if (!*globals) {
        lp_frame_t *f = caller_frame();
        *globals = f->globals;
        if (!*locals) *locals = lp_vm_frame_locals(f);
    } else if (!*locals) {
        *locals = *globals;
    }
    if (!lp_dict_get(*globals, LP_NAME(__builtins__)))
        lp_dict_set(*globals, LP_NAME(__builtins__), lp_builtins_module());
}

/* exec() and eval() share their argument handling. */
static lp_value exec_eval(const char *fname, lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_value a[3] = {LP_NULL, LP_NONE, LP_NONE};
    if (nargs < 1 && strcmp(fname, "exec") == 0)
        lp_raise(&lp_exc_TypeError, "exec() takes at least 1 positional argument (0 given)");
    if (nargs < 1 || nargs > 3)
        lp_raise(&lp_exc_TypeError, "%s expected %s argument%s, got %zu", fname,
                 nargs < 1 ? "at least 1" : "at most 3", nargs < 1 ? "" : "s", nargs);
    for (size_t i = 0; i < nargs; i++)
        a[i] = args[i];
    for (size_t k = 0; k < nkw(kwnames); k++) {
        lp_value key = lp_tuple_get(kwnames, (int64_t)k);
        if (strcmp(fname, "exec") == 0 && lp_str_eq_cstr(key, "closure")) continue;
        lp_raise(&lp_exc_TypeError, "%s() takes no keyword arguments", fname);
    }
    exec_namespaces(fname, &a[1], &a[2]);
    bool is_exec = strcmp(fname, "exec") == 0;
    lp_value code =
        compile_value(a[0], "<string>", is_exec ? LP_COMPILE_EXEC : LP_COMPILE_EVAL, fname);
    int nfree = ((lp_code_t *)lp_as_ptr(code))->nfreevars;
    if (nfree && is_exec) /* exec(code, closure=cells) is not supported yet */
        lp_raise(&lp_exc_TypeError, "code object requires a closure of exactly length %d", nfree);
    if (nfree)
        lp_raise(&lp_exc_TypeError, "code object passed to %s() may not contain free variables",
                 fname);
    lp_value r = lp_vm_run_code(code, a[1], a[2]);
    return is_exec ? LP_NONE : r;
}

static lp_value b_exec(lp_value *args, size_t nargs, lp_value kwnames)
{
    return exec_eval("exec", args, nargs, kwnames);
}

static lp_value b_eval(lp_value *args, size_t nargs, lp_value kwnames)
{
    return exec_eval("eval", args, nargs, kwnames);
}

/* ==== namespaces ==== */

static lp_value b_globals(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("globals", nargs, kwnames, 0, 0);
    return caller_frame()->globals;
}

static lp_value b_locals(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("locals", nargs, kwnames, 0, 0);
    return lp_vm_frame_locals(caller_frame());
}

static lp_value b_vars(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_builtins_check_args("vars", nargs, kwnames, 0, 1);
    if (nargs == 0) return lp_vm_frame_locals(caller_frame());
    lp_value d = lp_getattr_opt(args[0], LP_NAME(__dict__));
    const lp_type_t *t = lp_type_of(args[0]);
    lp_value *slot = t->flags & LP_TPF_HAS_DICT ? lp_instance_dict_slot(args[0]) : NULL;
    if (!d && slot) {
        if (!*slot) *slot = lp_dict_new();
        d = *slot;
    }
    if (!d) lp_raise(&lp_exc_TypeError, "vars() argument must have __dict__ attribute");
    return d;
}

/* type.__dir__: the names in the __dict__ of the class and its bases
 * (used while the type object has no __dir__ of its own). */
static lp_value type_dir(lp_value cls)
{
    lp_value seen = lp_dict_new(), mro = ((lp_type_t *)lp_as_ptr(cls))->mro, k;
    for (int64_t i = 0; mro && i < lp_tuple_len(mro); i++) {
        lp_value d = ((lp_type_t *)lp_as_ptr(lp_tuple_get(mro, i)))->dict;
        int64_t pos = 0;
        while (d && lp_dict_next(d, &pos, &k, NULL))
            lp_dict_set(seen, k, LP_NONE);
    }
    lp_value l = lp_list_new(lp_dict_len(seen));
    int64_t pos = 0;
    while (lp_dict_next(seen, &pos, &k, NULL))
        lp_list_append(l, k);
    return l;
}

lp_value lp_builtins_dir_of(lp_value obj)
{
    lp_value l;
    if (lp_is_instance(obj, &lp_type_type) && !lp_dict_get(lp_type_type.dict, LP_NAME(__dir__)) &&
        lp_type_lookup(lp_type_of(obj), LP_NAME(__dir__)) ==
            lp_dict_get(lp_type_object.dict, LP_NAME(__dir__))) {
        l = type_dir(obj);
    } else if (lp_type_of(obj) == &lp_type_module &&
               lp_type_lookup(&lp_type_module, LP_NAME(__dir__)) ==
                   lp_dict_get(lp_type_object.dict, LP_NAME(__dir__))) {
        /* module.__dir__: the names of its namespace */
        lp_value d = ((lp_module_t *)lp_as_ptr(obj))->dict, k;
        int64_t pos = 0;
        l = lp_list_new(0);
        while (d && lp_dict_next(d, &pos, &k, NULL))
            lp_list_append(l, k);
    } else {
        /* looked up on the type, as CPython's _PyObject_LookupSpecial */
        lp_value meth = lp_type_lookup(lp_type_of(obj), LP_NAME(__dir__));
        if (!meth) lp_raise(&lp_exc_TypeError, "object does not provide __dir__");
        l = lp_list_from_iterable(lp_call(meth, &obj, 1, LP_NULL));
    }
    lp_list_sort(l, LP_NULL, false);
    return l;
}

static lp_value b_dir(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_builtins_check_args("dir", nargs, kwnames, 0, 1);
    if (nargs == 1) return lp_builtins_dir_of(args[0]);
    lp_value l = lp_list_new(0);
    lp_value d = lp_vm_frame_locals(caller_frame()), k;
    int64_t pos = 0;
    if (lp_dict_check(d)) {
        while (lp_dict_next(d, &pos, &k, NULL))
            lp_list_append(l, k);
    } else {
        l = lp_list_from_iterable(lp_call_method(d, LP_NAME(keys), NULL, 0));
    }
    lp_list_sort(l, LP_NULL, false);
    return l;
}

/* ==== imports ==== */

static lp_value b_import(lp_value *args, size_t nargs, lp_value kwnames)
{
    static const char *const names[] = {"name", "globals", "locals", "fromlist", "level", NULL};
    lp_value v[5] = {LP_NULL, LP_NULL, LP_NONE, LP_NONE, lp_from_int(0)}; /* globals absent: NULL */
    if (nargs > 5)
        lp_raise(&lp_exc_TypeError, "__import__() takes at most 5 arguments (%zu given)", nargs);
    for (size_t i = 0; i < nargs; i++)
        v[i] = args[i];
    for (size_t k = 0; k < nkw(kwnames); k++) {
        lp_value key = lp_tuple_get(kwnames, (int64_t)k);
        size_t i = 0;
        while (names[i] && !lp_str_eq_cstr(key, names[i]))
            i++;
        if (!names[i])
            lp_raise(&lp_exc_TypeError, "'%U' is an invalid keyword argument for __import__()",
                     key);
        v[i] = args[nargs + k];
    }
    if (!v[0]) lp_raise(&lp_exc_TypeError, "__import__() missing required argument 'name' (pos 1)");
    if (!lp_str_check(v[0])) lp_raise(&lp_exc_TypeError, "module name must be a string");
    int64_t level = lp_as_ssize(v[4], &lp_exc_OverflowError);
    if (level < 0) lp_raise(&lp_exc_ValueError, "level must be >= 0");
    if (level == 0 && lp_str_len(v[0]) == 0) lp_raise(&lp_exc_ValueError, "Empty module name");
    return lp_import(v[0], v[1], v[3], level);
}

/* ==== __build_class__ ==== */

/* The most derived metaclass of [meta] and the metaclasses of [bases]. */
static lp_value calculate_meta(lp_value meta, lp_value bases)
{
    if (!lp_is_instance(meta, &lp_type_type)) return meta;
    return lp_from_ptr(lp_type_calculate_meta(lp_as_ptr(meta), bases));
}

/* Bases with __mro_entries__ (PEP 560) replaced by what it returns. */
static lp_value resolve_bases(lp_value bases)
{
    lp_value out = LP_NULL;
    for (int64_t i = 0; i < lp_tuple_len(bases); i++) {
        lp_value b = lp_tuple_get(bases, i);
        if (lp_is_instance(b, &lp_type_type)) {
            if (out) lp_list_append(out, b);
            continue;
        }
        lp_value me = lp_getattr_opt(b, lp_str_intern_cstr("__mro_entries__"));
        if (!me) {
            if (out) lp_list_append(out, b);
            continue;
        }
        if (!out) out = lp_list_from_array(lp_as_tuple(bases)->items, i);
        lp_value r = lp_call1(me, bases);
        if (!lp_tuple_check(r)) lp_raise(&lp_exc_TypeError, "__mro_entries__ must return a tuple");
        lp_list_extend(out, r);
    }
    return out ? lp_tuple_from_array(lp_as_list(out)->items, lp_as_list(out)->len) : bases;
}

/* Runs the class body [func] in namespace [ns]; returns its result (the
 * __class__ cell or None). */
static lp_value run_class_body(lp_value func, lp_value ns)
{
    lp_function_t *f = lp_as_ptr(func);
    if (lp_vm_call_with_locals) return lp_vm_call_with_locals(func, ns);
    if (f->closure && lp_tuple_len(f->closure))
        lp_raise(&lp_exc_SystemError,
                 "class bodies with free variables need lp_vm_call_with_locals");
    return lp_vm_run_code(lp_from_ptr(f->code), f->globals, ns);
}

/* The keywords of a class statement: metaclass apart, the others (for
 * __prepare__, the metaclass and __init_subclass__) as values + names. */
typedef struct {
    lp_value meta;  /* the metaclass= value, or LP_NULL */
    lp_value *vals; /* the other keywords' values */
    lp_value names; /* their names (a tuple), or LP_NULL when none */
    size_t n;
} class_kw_t;

static void split_class_keywords(lp_value *kwvals, lp_value kwnames, class_kw_t *kw)
{
    size_t total = nkw(kwnames);
    kw->meta = LP_NULL;
    kw->vals = lp_alloc((total + 1) * sizeof *kw->vals);
    kw->n = 0;
    lp_value names = lp_tuple_new((int64_t)total);
    for (size_t k = 0; k < total; k++) {
        lp_value key = lp_tuple_get(kwnames, (int64_t)k);
        if (lp_str_eq_cstr(key, "metaclass")) {
            kw->meta = kwvals[k];
            continue;
        }
        lp_as_tuple(names)->items[kw->n] = key;
        kw->vals[kw->n++] = kwvals[k];
    }
    kw->names = kw->n ? lp_tuple_from_array(lp_as_tuple(names)->items, (int64_t)kw->n) : LP_NULL;
}

/* f(a, b[, c], **kw): [a], [b] and [c] (LP_NULL: absent) then the keywords. */
static lp_value call_with_keywords(lp_value f, lp_value a, lp_value b, lp_value c,
                                   const class_kw_t *kw)
{
    size_t npos = c ? 3 : 2;
    lp_value *argv = lp_alloc((npos + kw->n) * sizeof *argv);
    argv[0] = a;
    argv[1] = b;
    if (c) argv[2] = c;
    if (kw->n) memcpy(argv + npos, kw->vals, kw->n * sizeof *argv);
    return lp_call(f, argv, npos, kw->names);
}

/* The namespace for the class body: meta.__prepare__(name, bases, **kw), or
 * a new dict. */
static lp_value class_namespace(lp_value meta, lp_value name, lp_value bases, const class_kw_t *kw)
{
    lp_value prep = lp_getattr_opt(meta, LP_NAME(__prepare__));
    lp_value ns = prep ? call_with_keywords(prep, name, bases, LP_NULL, kw) : lp_dict_new();
    if (!lp_type_of(ns)->getitem)
        lp_raise(&lp_exc_TypeError, "%s.__prepare__() must return a mapping, not %T",
                 lp_is_instance(meta, &lp_type_type) ? ((lp_type_t *)lp_as_ptr(meta))->name
                                                     : "<metaclass>",
                 ns);
    return ns;
}

static lp_value b_build_class(lp_value *args, size_t nargs, lp_value kwnames)
{
    if (nargs < 2) lp_raise(&lp_exc_TypeError, "__build_class__: not enough arguments");
    if (lp_type_of(args[0]) != &lp_type_function)
        lp_raise(&lp_exc_TypeError, "__build_class__: func must be a function");
    if (!lp_str_check(args[1]))
        lp_raise(&lp_exc_TypeError, "__build_class__: name is not a string");
    lp_value func = args[0], name = args[1];
    lp_value orig_bases = lp_tuple_from_array(args + 2, (int64_t)nargs - 2);
    lp_value bases = resolve_bases(orig_bases);
    class_kw_t kw;
    split_class_keywords(args + nargs, kwnames, &kw);
    lp_value meta = kw.meta;
    if (!meta)
        meta = lp_tuple_len(bases) ? lp_from_ptr((void *)lp_type_of(lp_tuple_get(bases, 0)))
                                   : lp_from_ptr(&lp_type_type);
    meta = calculate_meta(meta, bases);
    lp_value ns = class_namespace(meta, name, bases, &kw);
    lp_value cell = run_class_body(func, ns);
    if (bases != orig_bases) lp_setitem(ns, lp_str_intern_cstr("__orig_bases__"), orig_bases);
    lp_value cls = call_with_keywords(meta, name, bases, ns, &kw);
    if (cell && lp_type_of(cell) == &lp_type_cell && lp_is_instance(cls, &lp_type_type)) {
        lp_cell_t *c = lp_as_ptr(cell);
        if (!c->value)
            lp_raise(&lp_exc_RuntimeError, "__class__ not set defining %R as %R. Was "
                     "__classcell__ propagated to type.__new__?", name, cls);
        else if (c->value != cls)
            lp_raise(&lp_exc_TypeError, "__class__ set to %R defining %R as %R", c->value, name,
                     cls);
    }
    return cls;
}

static const lp_method_def_t code_functions[] = {
    {"__build_class__", b_build_class, 0,
     "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n\nInternal helper "
     "function used by the class statement."},
    {"__import__", b_import, 0, NULL},
    {"compile", b_compile, 0, NULL},
    {"dir", b_dir, 0, NULL},
    {"eval", b_eval, 0, NULL},
    {"exec", b_exec, 0, NULL},
    {"globals", b_globals, 0, NULL},
    {"locals", b_locals, 0, NULL},
    {"vars", b_vars, 0, NULL},
    {NULL, NULL, 0, NULL},
};

void lp_builtins_add_code_functions(lp_value dict)
{
    for (const lp_method_def_t *m = code_functions; m->name; m++) {
        lp_value f = lp_builtin_new(m->name, m->fn, LP_NULL);
        ((lp_builtin_t *)lp_as_ptr(f))->doc = m->doc;
        lp_dict_set_cstr(dict, m->name, f);
    }
}
