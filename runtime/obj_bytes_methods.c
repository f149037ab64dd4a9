/* obj_bytes_methods.c -- the methods of bytes and bytearray.
 *
 * The read-only methods are shared: they read self through lp_bytes_view
 * and build results of self's type (bytearray(b'a').upper() is a
 * bytearray).  Character classes and case are ASCII-only, as CPython's
 * bytes_methods.c.  Argument errors use obj_str's checkers with the type's
 * name, so the messages match CPython 3.11's.
 *
 * SPDX-License-Identifier: MIT
 */
#define _GNU_SOURCE /* memmem */
#include <string.h>

#include "error.h"
#include "gc.h"
#include "mod_builtins.h"
#include "obj_bytes_internal.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_slice.h"
#include "obj_str.h"
#include "obj_str_internal.h"
#include "obj_tuple.h"
#include "ops.h"
#include "types.h"

#define TNAME(self) (lp_bytearray_check(self) ? "bytearray" : "bytes")

/* self's bytes */
typedef struct {
    const char *s;
    int64_t n;
} view_t;

static view_t view(lp_value v)
{
    view_t w;
    lp_bytes_view(v, &w.s, &w.n);
    return w;
}

static void check(lp_value *args, const char *name, int style, size_t nargs, lp_value kwnames,
                  int min, int max)
{
    lp_str_check_args(TNAME(args[0]), name, style, nargs, kwnames, min, max);
}

/* ==== searching ==== */

int64_t lp_bytes_find(const char *s, int64_t n, const char *sub, int64_t m, int64_t start,
                      int64_t end)
{
    if (start > n || m > end - start) return -1;
    if (m == 0) return start;
    const char *p = memmem(s + start, (size_t)(end - start), sub, (size_t)m);
    return p ? p - s : -1;
}

static int64_t bytes_rfind_in(const char *s, const char *sub, int64_t m, int64_t start, int64_t end)
{
    for (int64_t i = end - m; i >= start; i--)
        if (memcmp(s + i, sub, (size_t)m) == 0) return i;
    return -1;
}

/* The needle of find/count/index: an int byte or bytes-like. */
static view_t needle(lp_value x, char *one)
{
    view_t w;
    if (lp_is_int(x) || (lp_type_of(x)->index && !lp_bytes_view(x, &w.s, &w.n))) {
        *one = (char)lp_bytes_byte_value(x, "byte must be in range(0, 256)");
        w.s = one;
        w.n = 1;
        return w;
    }
    if (!lp_bytes_view(x, &w.s, &w.n))
        lp_raise(&lp_exc_TypeError, "argument should be integer or bytes-like object, not '%s'",
                 lp_type_of(x)->name);
    return w;
}

/* find/rfind/index/rindex/count: how 0 find, 1 rfind, 2 count. */
static int64_t search(const char *name, lp_value *args, size_t nargs, lp_value kwnames, int how)
{
    check(args, name, LP_ARGS_OLD, nargs, kwnames, 1, 3);
    view_t v = view(args[0]);
    char one;
    int64_t start, end;
    lp_str_bounds(args, nargs, v.n, &start, &end); /* converted before the needle */
    view_t sub = needle(args[1], &one);
    if (how == 2) {
        if (start > v.n || end - start < sub.n) return 0;
        if (sub.n == 0) return end - start + 1;
        int64_t k = 0, i;
        while ((i = lp_bytes_find(v.s, v.n, sub.s, sub.n, start, end)) >= 0) {
            k++;
            start = i + sub.n;
        }
        return k;
    }
    if (start > v.n || sub.n > end - start) return -1;
    return how ? bytes_rfind_in(v.s, sub.s, sub.n, start, end)
               : lp_bytes_find(v.s, v.n, sub.s, sub.n, start, end);
}

static lp_value b_find(lp_value *a, size_t n, lp_value k)
{
    return lp_from_int(search("find", a, n, k, 0));
}

static lp_value b_rfind(lp_value *a, size_t n, lp_value k)
{
    return lp_from_int(search("rfind", a, n, k, 1));
}

static lp_value b_count(lp_value *a, size_t n, lp_value k)
{
    return lp_from_int(search("count", a, n, k, 2));
}

static lp_value b_index(lp_value *a, size_t n, lp_value k)
{
    int64_t i = search("index", a, n, k, 0);
    if (i < 0) lp_raise(&lp_exc_ValueError, "subsection not found");
    return lp_from_int(i);
}

static lp_value b_rindex(lp_value *a, size_t n, lp_value k)
{
    int64_t i = search("rindex", a, n, k, 1);
    if (i < 0) lp_raise(&lp_exc_ValueError, "subsection not found");
    return lp_from_int(i);
}

static bool tail_match(view_t v, view_t sub, int64_t start, int64_t end, bool suffix)
{
    if (start > v.n || end - start < sub.n) return false;
    return memcmp(v.s + (suffix ? end - sub.n : start), sub.s, (size_t)sub.n) == 0;
}

static lp_value starts_ends(const char *name, lp_value *args, size_t nargs, lp_value kwnames,
                            bool suffix)
{
    check(args, name, LP_ARGS_OLD, nargs, kwnames, 1, 3);
    view_t v = view(args[0]), sub;
    int64_t start, end;
    lp_str_bounds(args, nargs, v.n, &start, &end);
    lp_value x = args[1];
    if (lp_tuple_check(x)) {
        for (int64_t i = 0; i < lp_tuple_len(x); i++) {
            lp_bytes_need_view(lp_tuple_get(x, i), &sub.s, &sub.n);
            if (tail_match(v, sub, start, end, suffix)) return LP_TRUE;
        }
        return LP_FALSE;
    }
    if (!lp_bytes_view(x, &sub.s, &sub.n))
        lp_raise(&lp_exc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %T", name, x);
    return lp_bool(tail_match(v, sub, start, end, suffix));
}

static lp_value b_startswith(lp_value *a, size_t n, lp_value k)
{
    return starts_ends("startswith", a, n, k, false);
}

static lp_value b_endswith(lp_value *a, size_t n, lp_value k)
{
    return starts_ends("endswith", a, n, k, true);
}

/* ==== join, replace, partition, affixes ==== */

static lp_value b_join(lp_value *args, size_t nargs, lp_value kwnames)
{
    check(args, "join", LP_ARGS_O, nargs, kwnames, 1, 1);
    view_t sep = view(args[0]), x;
    const lp_type_t *t = lp_type_of(args[1]);
    if (!t->iter && !t->getitem) lp_raise(&lp_exc_TypeError, "can only join an iterable");
    lp_value it = lp_iter(args[1]), item;
    lp_buf_t out = { 0 };
    for (int64_t i = 0; (item = lp_iter_next(it)); i++) {
        if (!lp_bytes_view(item, &x.s, &x.n))
            lp_raise(&lp_exc_TypeError, "sequence item %lld: expected a bytes-like object, %T found",
                     (long long)i, item);
        if (i) lp_buf_add(&out, sep.s, (size_t)sep.n);
        lp_buf_add(&out, x.s, (size_t)x.n);
    }
    return lp_bytes_like(args[0], out.data ? out.data : "", (int64_t)out.len);
}

static lp_value b_replace(lp_value *args, size_t nargs, lp_value kwnames)
{
    check(args, "replace", LP_ARGS_CLINIC, nargs, kwnames, 2, 3);
    view_t v = view(args[0]), old, new;
    lp_bytes_need_view(args[1], &old.s, &old.n);
    lp_bytes_need_view(args[2], &new.s, &new.n);
    int64_t max = nargs > 3 ? lp_str_arg_int(args[3]) : -1, pos = 0;
    if (max < 0) max = INT64_MAX;
    lp_buf_t out = { 0 };
    lp_buf_reserve(&out, (size_t)v.n);
    for (int64_t k = 0; k < max; k++) {
        int64_t i = old.n == 0 ? (pos <= v.n ? pos : -1) : lp_bytes_find(v.s, v.n, old.s, old.n, pos, v.n);
        if (i < 0) break;
        lp_buf_add(&out, v.s + pos, (size_t)(i - pos));
        lp_buf_add(&out, new.s, (size_t)new.n);
        if (old.n == 0) {
            if (i < v.n) lp_buf_putc(&out, v.s[i]);
            pos = i + 1;
        } else {
            pos = i + old.n;
        }
    }
    if (pos < v.n) lp_buf_add(&out, v.s + pos, (size_t)(v.n - pos));
    return lp_bytes_like(args[0], out.data, (int64_t)out.len);
}

static lp_value partition(const char *name, lp_value *args, size_t nargs, lp_value kwnames,
                          bool right)
{
    check(args, name, LP_ARGS_O, nargs, kwnames, 1, 1);
    view_t v = view(args[0]), sep;
    lp_bytes_need_view(args[1], &sep.s, &sep.n);
    if (sep.n == 0) lp_raise(&lp_exc_ValueError, "empty separator");
    int64_t i = right ? bytes_rfind_in(v.s, sep.s, sep.n, 0, v.n) : lp_bytes_find(v.s, v.n, sep.s, sep.n, 0, v.n);
    lp_value e = lp_bytes_like(args[0], "", 0), whole = lp_bytes_like(args[0], v.s, v.n);
    if (i < 0) return right ? lp_tuple_pack(3, e, lp_bytes_like(args[0], "", 0), whole)
                            : lp_tuple_pack(3, whole, e, lp_bytes_like(args[0], "", 0));
    return lp_tuple_pack(3, lp_bytes_like(args[0], v.s, i), lp_bytes_like(args[0], sep.s, sep.n),
                         lp_bytes_like(args[0], v.s + i + sep.n, v.n - i - sep.n));
}

static lp_value b_partition(lp_value *a, size_t n, lp_value k)
{
    return partition("partition", a, n, k, false);
}

static lp_value b_rpartition(lp_value *a, size_t n, lp_value k)
{
    return partition("rpartition", a, n, k, true);
}

static lp_value affix(const char *name, lp_value *args, size_t nargs, lp_value kwnames, bool suffix)
{
    check(args, name, LP_ARGS_O, nargs, kwnames, 1, 1);
    view_t v = view(args[0]), a;
    lp_bytes_need_view(args[1], &a.s, &a.n);
    if (a.n && tail_match(v, a, 0, v.n, suffix))
        return lp_bytes_like(args[0], v.s + (suffix ? 0 : a.n), v.n - a.n);
    if (lp_type_of(args[0]) == &lp_type_bytes) return args[0];
    return lp_bytes_like(args[0], v.s, v.n);
}

static lp_value b_removeprefix(lp_value *a, size_t n, lp_value k)
{
    return affix("removeprefix", a, n, k, false);
}

static lp_value b_removesuffix(lp_value *a, size_t n, lp_value k)
{
    return affix("removesuffix", a, n, k, true);
}

/* ==== splitting and stripping ==== */

static bool is_space(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/* Appends the pieces of [v] split at runs of ASCII white space to [l],
 * at most [max] splits, right to left when [right] (reversed later). */
static void split_ws(lp_value self, view_t v, int64_t max, bool right, lp_value l)
{
    int64_t i = right ? v.n : 0;
    while (true) {
        if (!right) {
            while (i < v.n && is_space((unsigned char)v.s[i])) i++;
            if (i == v.n) break;
            int64_t j = i;
            if (max-- == 0) j = v.n; /* the rest, trailing white space and all */
            else while (j < v.n && !is_space((unsigned char)v.s[j])) j++;
            lp_list_append(l, lp_bytes_like(self, v.s + i, j - i));
            i = j;
        } else {
            while (i > 0 && is_space((unsigned char)v.s[i - 1])) i--;
            if (i == 0) break;
            int64_t j = i;
            if (max-- == 0) j = 0;
            else while (j > 0 && !is_space((unsigned char)v.s[j - 1])) j--;
            lp_list_append(l, lp_bytes_like(self, v.s + j, i - j));
            i = j;
        }
    }
}

/* The same with the separator [sep]. */
static void split_sep(lp_value self, view_t v, view_t sep, int64_t max, bool right, lp_value l)
{
    if (!right) {
        int64_t i = 0, j;
        while (max-- > 0 && (j = lp_bytes_find(v.s, v.n, sep.s, sep.n, i, v.n)) >= 0) {
            lp_list_append(l, lp_bytes_like(self, v.s + i, j - i));
            i = j + sep.n;
        }
        lp_list_append(l, lp_bytes_like(self, v.s + i, v.n - i));
        return;
    }
    int64_t j = v.n, i;
    while (max-- > 0 && (i = bytes_rfind_in(v.s, sep.s, sep.n, 0, j)) >= 0) {
        lp_list_append(l, lp_bytes_like(self, v.s + i + sep.n, j - i - sep.n));
        j = i;
    }
    lp_list_append(l, lp_bytes_like(self, v.s, j));
}

static lp_value split(const char *name, lp_value *args, size_t nargs, lp_value kwnames, bool right)
{
    static const char *const kw[] = { "sep", "maxsplit", NULL };
    lp_value a[2];
    lp_str_bind_args(name, kw, args, nargs, kwnames, a);
    view_t v = view(args[0]), sep = { NULL, 0 };
    int64_t max = a[1] ? lp_str_arg_int(a[1]) : -1;
    if (max < 0) max = INT64_MAX;
    if (a[0] && a[0] != LP_NONE) {
        lp_bytes_need_view(a[0], &sep.s, &sep.n);
        if (sep.n == 0) lp_raise(&lp_exc_ValueError, "empty separator");
    }
    lp_value l = lp_list_new(0);
    if (sep.s) split_sep(args[0], v, sep, max, right, l);
    else split_ws(args[0], v, max, right, l);
    if (right) {
        lp_list_t *p = lp_as_list(l);
        for (int64_t i = 0, j = p->len - 1; i < j; i++, j--) {
            lp_value t = p->items[i];
            p->items[i] = p->items[j];
            p->items[j] = t;
        }
    }
    return l;
}

static lp_value b_split(lp_value *a, size_t n, lp_value k)
{
    return split("split", a, n, k, false);
}

static lp_value b_rsplit(lp_value *a, size_t n, lp_value k)
{
    return split("rsplit", a, n, k, true);
}

static lp_value b_splitlines(lp_value *args, size_t nargs, lp_value kwnames)
{
    static const char *const kw[] = { "keepends", NULL };
    lp_value a[1];
    lp_str_bind_args("splitlines", kw, args, nargs, kwnames, a);
    bool keep = a[0] && lp_str_arg_int(a[0]) != 0;
    view_t v = view(args[0]);
    lp_value l = lp_list_new(0);
    for (int64_t i = 0; i < v.n;) {
        int64_t j = i;
        while (j < v.n && v.s[j] != '\n' && v.s[j] != '\r') j++;
        int64_t eol = j;
        if (j < v.n) j += v.s[j] == '\r' && j + 1 < v.n && v.s[j + 1] == '\n' ? 2 : 1;
        lp_list_append(l, lp_bytes_like(args[0], v.s + i, (keep ? j : eol) - i));
        i = j;
    }
    return l;
}

static lp_value strip(const char *name, lp_value *args, size_t nargs, lp_value kwnames, int how)
{
    check(args, name, LP_ARGS_CLINIC, nargs, kwnames, 0, 1);
    view_t v = view(args[0]), chars = { NULL, 0 };
    if (nargs > 1 && args[1] != LP_NONE) lp_bytes_need_view(args[1], &chars.s, &chars.n);
    int64_t i = 0, j = v.n;
#define STRIPPED(c) (chars.s ? memchr(chars.s, (c), (size_t)chars.n) != NULL : is_space((unsigned char)(c)))
    if (how & 1)
        while (i < j && STRIPPED(v.s[i])) i++;
    if (how & 2)
        while (j > i && STRIPPED(v.s[j - 1])) j--;
#undef STRIPPED
    return lp_bytes_like(args[0], v.s + i, j - i);
}

static lp_value b_strip(lp_value *a, size_t n, lp_value k)
{
    return strip("strip", a, n, k, 3);
}

static lp_value b_lstrip(lp_value *a, size_t n, lp_value k)
{
    return strip("lstrip", a, n, k, 1);
}

static lp_value b_rstrip(lp_value *a, size_t n, lp_value k)
{
    return strip("rstrip", a, n, k, 2);
}

/* ==== padding ==== */

static lp_value pad(lp_value self, view_t v, int64_t left, int64_t right, char fill)
{
    lp_str_check_size(left + right);
    char *tmp = lp_alloc_atomic((size_t)(left + v.n + right) + 1);
    memset(tmp, fill, (size_t)left);
    memcpy(tmp + left, v.s, (size_t)v.n);
    memset(tmp + left + v.n, fill, (size_t)right);
    return lp_bytes_like(self, tmp, left + v.n + right);
}

static lp_value justify(const char *name, lp_value *args, size_t nargs, lp_value kwnames, int how)
{
    check(args, name, LP_ARGS_CLINIC, nargs, kwnames, 1, 2);
    view_t v = view(args[0]), f = { " ", 1 };
    int64_t width = lp_str_arg_int(args[1]);
    if (nargs > 2 && (!lp_bytes_view(args[2], &f.s, &f.n) || f.n != 1))
        lp_raise(&lp_exc_TypeError, "%s() argument 2 must be a byte string of length 1, not %s",
                 name, lp_arg_type_name(args[2]));
    int64_t marg = width - v.n;
    if (marg <= 0) return lp_type_of(args[0]) == &lp_type_bytes ? args[0] : lp_bytes_like(args[0], v.s, v.n);
    int64_t left = how == 0 ? 0 : how == 1 ? marg : marg / 2 + (marg & width & 1);
    return pad(args[0], v, left, marg - left, f.s[0]);
}

static lp_value b_ljust(lp_value *a, size_t n, lp_value k)
{
    return justify("ljust", a, n, k, 0);
}

static lp_value b_rjust(lp_value *a, size_t n, lp_value k)
{
    return justify("rjust", a, n, k, 1);
}

static lp_value b_center(lp_value *a, size_t n, lp_value k)
{
    return justify("center", a, n, k, 2);
}

static lp_value b_zfill(lp_value *args, size_t nargs, lp_value kwnames)
{
    check(args, "zfill", LP_ARGS_O, nargs, kwnames, 1, 1);
    view_t v = view(args[0]);
    int64_t width = lp_str_arg_int(args[1]);
    if (v.n >= width) return lp_type_of(args[0]) == &lp_type_bytes ? args[0] : lp_bytes_like(args[0], v.s, v.n);
    lp_value r = pad(args[0], v, width - v.n, 0, '0');
    char *d = (char *)view(r).s;
    if (v.n && (v.s[0] == '+' || v.s[0] == '-')) {
        d[0] = v.s[0];
        d[width - v.n] = '0';
    }
    return r;
}

/* [v] as a C int argument (CPython's "i" conversion): an OverflowError
 * for any int outside int's range, big or not. */
static int64_t arg_c_int(lp_value v)
{
    int64_t i;
    if (lp_int_check(v) && (!lp_int_as_i64(v, &i) || i > INT32_MAX || i < INT32_MIN))
        lp_raise(&lp_exc_OverflowError, "Python int too large to convert to C int");
    return lp_str_arg_int(v);
}

static lp_value b_expandtabs(lp_value *args, size_t nargs, lp_value kwnames)
{
    static const char *const kw[] = { "tabsize", NULL };
    lp_value a[1];
    lp_str_bind_args("expandtabs", kw, args, nargs, kwnames, a);
    int64_t tab = a[0] ? arg_c_int(a[0]) : 8, col = 0;
    view_t v = view(args[0]);
    lp_buf_t out = { 0 };
    lp_buf_reserve(&out, (size_t)v.n);
    for (int64_t i = 0; i < v.n; i++) {
        char c = v.s[i];
        if (c == '\t') {
            if (tab > 0) {
                lp_str_check_size((int64_t)out.len + tab);
                lp_buf_fill(&out, ' ', (size_t)(tab - col % tab));
                col += tab - col % tab;
            }
        } else {
            lp_buf_putc(&out, c);
            col = c == '\n' || c == '\r' ? 0 : col + 1;
        }
    }
    return lp_bytes_like(args[0], out.data, (int64_t)out.len);
}

/* ==== ASCII case and classes ==== */

static bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static bool is_alpha(unsigned char c) { return is_lower(c) || is_upper(c); }
static bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

enum { M_LOWER, M_UPPER, M_SWAP, M_TITLE, M_CAP };

static lp_value map_case(const char *name, lp_value *args, size_t nargs, lp_value kwnames, int mode)
{
    check(args, name, LP_ARGS_NOARGS, nargs, kwnames, 0, 0);
    view_t v = view(args[0]);
    char *d = lp_alloc_atomic((size_t)v.n + 1);
    bool prev = false;
    for (int64_t i = 0; i < v.n; i++) {
        unsigned char c = (unsigned char)v.s[i];
        bool up;
        switch (mode) {
        case M_LOWER: up = false; break;
        case M_UPPER: up = true; break;
        case M_SWAP: up = is_lower(c); break;
        case M_TITLE: up = !prev; prev = is_alpha(c); break;
        default: up = i == 0; break;
        }
        d[i] = (char)(up && is_lower(c) ? c - 32 : !up && is_upper(c) ? c + 32 : c);
    }
    return lp_bytes_like(args[0], d, v.n);
}

#define CASE(fn, name, mode)                                                                       \
    static lp_value fn(lp_value *a, size_t n, lp_value k) { return map_case(name, a, n, k, mode); }
CASE(b_lower, "lower", M_LOWER)
CASE(b_upper, "upper", M_UPPER)
CASE(b_swapcase, "swapcase", M_SWAP)
CASE(b_title, "title", M_TITLE)
CASE(b_capitalize, "capitalize", M_CAP)
#undef CASE

static bool all_of(view_t v, bool (*pred)(unsigned char))
{
    if (v.n == 0) return false;
    for (int64_t i = 0; i < v.n; i++)
        if (!pred((unsigned char)v.s[i])) return false;
    return true;
}

static bool is_alnum(unsigned char c) { return is_alpha(c) || is_digit(c); }

#define IS(fn, name, pred)                                                                         \
    static lp_value fn(lp_value *a, size_t n, lp_value k)                                          \
    {                                                                                              \
        check(a, name, LP_ARGS_NOARGS, n, k, 0, 0);                                                \
        return lp_bool(all_of(view(a[0]), pred));                                                  \
    }
IS(b_isalpha, "isalpha", is_alpha)
IS(b_isdigit, "isdigit", is_digit)
IS(b_isalnum, "isalnum", is_alnum)
IS(b_isspace, "isspace", is_space)
#undef IS

static lp_value b_isascii(lp_value *a, size_t n, lp_value k)
{
    check(a, "isascii", LP_ARGS_NOARGS, n, k, 0, 0);
    view_t v = view(a[0]);
    for (int64_t i = 0; i < v.n; i++)
        if (v.s[i] & 0x80) return LP_FALSE;
    return LP_TRUE;
}

/* islower/isupper: a cased byte and none of the other case. */
static lp_value one_case(const char *name, lp_value *a, size_t n, lp_value k, bool upper)
{
    check(a, name, LP_ARGS_NOARGS, n, k, 0, 0);
    view_t v = view(a[0]);
    bool cased = false;
    for (int64_t i = 0; i < v.n; i++) {
        unsigned char c = (unsigned char)v.s[i];
        if (upper ? is_lower(c) : is_upper(c)) return LP_FALSE;
        if (upper ? is_upper(c) : is_lower(c)) cased = true;
    }
    return lp_bool(cased);
}

static lp_value b_islower(lp_value *a, size_t n, lp_value k)
{
    return one_case("islower", a, n, k, false);
}

static lp_value b_isupper(lp_value *a, size_t n, lp_value k)
{
    return one_case("isupper", a, n, k, true);
}

static lp_value b_istitle(lp_value *a, size_t n, lp_value k)
{
    check(a, "istitle", LP_ARGS_NOARGS, n, k, 0, 0);
    view_t v = view(a[0]);
    bool cased = false, prev = false;
    for (int64_t i = 0; i < v.n; i++) {
        unsigned char c = (unsigned char)v.s[i];
        if (is_upper(c)) {
            if (prev) return LP_FALSE;
            prev = cased = true;
        } else if (is_lower(c)) {
            if (!prev) return LP_FALSE;
            prev = cased = true;
        } else {
            prev = false;
        }
    }
    return lp_bool(cased);
}

/* ==== decode, hex, fromhex ==== */

static lp_value b_decode(lp_value *args, size_t nargs, lp_value kwnames)
{
    static const char *const kw[] = { "encoding", "errors", NULL };
    lp_value a[2];
    lp_str_bind_args("decode", kw, args, nargs, kwnames, a);
    const char *enc[2] = { NULL, NULL };
    static const char *const names[] = { "encoding", "errors" };
    for (int i = 0; i < 2; i++) {
        if (!a[i]) continue;
        if (!lp_str_check(a[i]))
            lp_raise(&lp_exc_TypeError, "decode() argument '%s' must be str, not %s", names[i],
                     lp_arg_type_name(a[i]));
        enc[i] = lp_str_codec_arg(a[i]);
    }
    view_t v = view(args[0]);
    return lp_bytes_decode(v.s, (size_t)v.n, enc[0], enc[1]);
}

static lp_value b_hex(lp_value *args, size_t nargs, lp_value kwnames)
{
    static const char *const kw[] = { "sep", "bytes_per_sep", NULL };
    static const char digits[] = "0123456789abcdef";
    lp_value a[2];
    lp_str_bind_args("hex", kw, args, nargs, kwnames, a);
    view_t v = view(args[0]);
    int64_t group = a[1] ? arg_c_int(a[1]) : 1; /* converted before sep is checked */
    uint32_t sep = 0;
    if (a[0]) {
        view_t w;
        if (lp_len(a[0]) != 1) lp_raise(&lp_exc_ValueError, "sep must be length 1.");
        bool is_str = lp_str_check(a[0]);
        if (!is_str && !lp_bytes_view(a[0], &w.s, &w.n))
            lp_raise(&lp_exc_TypeError, "sep must be str or bytes.");
        sep = is_str ? lp_str_at(lp_as_str(a[0]), 0) : (unsigned char)w.s[0];
        if (sep > 127) lp_raise(&lp_exc_ValueError, "sep must be ASCII.");
    }
    lp_strbuf_t b;
    lp_strbuf_init(&b);
    int64_t g = group < 0 ? -group : group;
    for (int64_t i = 0; i < v.n; i++) {
        /* the separator goes between groups counted from the right when
         * bytes_per_sep > 0, from the left when < 0 */
        if (sep && g && i > 0 && (group > 0 ? (v.n - i) % g == 0 : i % g == 0)) lp_strbuf_putc(&b, sep);
        lp_strbuf_putc(&b, (unsigned char)digits[(unsigned char)v.s[i] >> 4]);
        lp_strbuf_putc(&b, (unsigned char)digits[v.s[i] & 15]);
    }
    return lp_strbuf_finish(&b);
}

static int hexval(uint32_t c)
{
    if (c >= '0' && c <= '9') return (int)(c - '0');
    if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
    return -1;
}

/* bytes.fromhex / bytearray.fromhex: a classmethod, args[0] the type. */
static lp_value b_fromhex(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_type_t *t = lp_as_ptr(args[0]);
    bool ba = lp_type_is_subtype(t, &lp_type_bytearray);
    lp_str_check_args(ba ? "bytearray" : "bytes", "fromhex", LP_ARGS_O, nargs, kwnames, 1, 1);
    lp_value s = args[1];
    if (!lp_str_check(s))
        lp_raise(&lp_exc_TypeError, "fromhex() argument must be str, not %s",
                 lp_arg_type_name(s));
    const lp_str_t *p = lp_as_str(s);
    lp_buf_t out = { 0 };
    for (int64_t i = 0; i < p->len;) {
        uint32_t c = lp_str_at(p, i);
        if (c == ' ' || (c >= '\t' && c <= '\r')) {
            i++;
            continue;
        }
        int hi = hexval(c);
        if (hi < 0)
            lp_raise(&lp_exc_ValueError, "non-hexadecimal number found in fromhex() arg at position %lld", (long long)i);
        int lo = i + 1 < p->len ? hexval(lp_str_at(p, i + 1)) : -1;
        if (lo < 0)
            lp_raise(&lp_exc_ValueError, "non-hexadecimal number found in fromhex() arg at position %lld", (long long)i + 1);
        lp_buf_putc(&out, (char)(hi * 16 + lo));
        i += 2;
    }
    lp_value r = ba ? lp_bytearray_new(out.data, out.len) : lp_bytes_new(out.data, out.len);
    if (t != &lp_type_bytes && t != &lp_type_bytearray) r = lp_call1(args[0], r);
    return r;
}

/* ==== maketrans and translate ==== */

/* bytes.maketrans(frm, to): a staticmethod, no self. */
static lp_value b_maketrans(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_str_check_args("bytes", "maketrans", LP_ARGS_CLINIC, nargs + 1, kwnames, 2, 2);
    view_t f, t;
    lp_bytes_need_view(args[0], &f.s, &f.n);
    lp_bytes_need_view(args[1], &t.s, &t.n);
    if (f.n != t.n) lp_raise(&lp_exc_ValueError, "maketrans arguments must have same length");
    lp_value r = lp_bytes_alloc(256);
    char *d = lp_as_bytes(r)->data;
    for (int i = 0; i < 256; i++) d[i] = (char)i;
    for (int64_t i = 0; i < f.n; i++) d[(unsigned char)f.s[i]] = t.s[i];
    return r;
}

static lp_value b_translate(lp_value *args, size_t nargs, lp_value kwnames)
{
    static const char *const kw[] = { "table", "delete", NULL };
    lp_value a[2];
    if (nargs < 2 && (kwnames ? lp_tuple_len(kwnames) : 0) <= 2) /* table is positional */
        lp_raise(&lp_exc_TypeError, "translate() takes at least 1 positional argument (0 given)");
    lp_str_bind_args("translate", kw, args, nargs, kwnames, a);
    view_t v = view(args[0]), table = { NULL, 0 }, del = { "", 0 };
    if (a[0] && a[0] != LP_NONE) {
        lp_bytes_need_view(a[0], &table.s, &table.n);
        if (table.n != 256) lp_raise(&lp_exc_ValueError, "translation table must be 256 characters long");
    }
    if (a[1]) lp_bytes_need_view(a[1], &del.s, &del.n);
    char *d = lp_alloc_atomic((size_t)v.n + 1);
    int64_t k = 0;
    for (int64_t i = 0; i < v.n; i++) {
        unsigned char c = (unsigned char)v.s[i];
        if (del.n && memchr(del.s, c, (size_t)del.n)) continue;
        d[k++] = table.s ? table.s[c] : (char)c;
    }
    return lp_bytes_like(args[0], d, k);
}

/* ==== bytearray mutation ==== */

static lp_value ba_append(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_str_check_args("bytearray", "append", LP_ARGS_O, nargs, kwnames, 1, 1);
    char c = (char)lp_bytes_byte_value(args[1], "byte must be in range(0, 256)");
    int64_t n = lp_as_bytearray(args[0])->len;
    lp_bytearray_splice(args[0], n, n, &c, 1);
    return LP_NONE;
}

static lp_value ba_extend(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_str_check_args("bytearray", "extend", LP_ARGS_O, nargs, kwnames, 1, 1);
    view_t w;
    lp_buf_t out = { 0 };
    if (lp_bytes_view(args[1], &w.s, &w.n)) {
        lp_buf_add(&out, w.s, (size_t)w.n);
    } else {
        if (!lp_type_of(args[1])->iter)
            lp_raise(&lp_exc_TypeError, "can't extend bytearray with %T", args[1]);
        lp_value it = lp_iter(args[1]), x;
        while ((x = lp_iter_next(it))) lp_buf_putc(&out, (char)lp_bytes_byte_value(x, "byte must be in range(0, 256)"));
    }
    int64_t n = lp_as_bytearray(args[0])->len;
    lp_bytearray_splice(args[0], n, n, out.data ? out.data : "", (int64_t)out.len);
    return LP_NONE;
}

static lp_value ba_pop(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_str_check_args("bytearray", "pop", LP_ARGS_CLINIC, nargs, kwnames, 0, 1);
    lp_bytearray_t *b = lp_as_bytearray(args[0]);
    int64_t i = nargs > 1 ? lp_str_arg_int(args[1]) : -1;
    if (b->len == 0) lp_raise(&lp_exc_IndexError, "pop from empty bytearray");
    if (i < 0) i += b->len;
    if (i < 0 || i >= b->len) lp_raise(&lp_exc_IndexError, "pop index out of range");
    int c = (unsigned char)b->data[i];
    lp_bytearray_splice(args[0], i, i + 1, "", 0);
    return lp_from_int(c);
}

static lp_value ba_insert(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_str_check_args("bytearray", "insert", LP_ARGS_CLINIC, nargs, kwnames, 2, 2);
    lp_bytearray_t *b = lp_as_bytearray(args[0]);
    int64_t i = lp_str_arg_int(args[1]);
    char c = (char)lp_bytes_byte_value(args[2], "byte must be in range(0, 256)");
    if (i < 0) i = i + b->len < 0 ? 0 : i + b->len;
    if (i > b->len) i = b->len;
    lp_bytearray_splice(args[0], i, i, &c, 1);
    return LP_NONE;
}

static lp_value ba_remove(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_str_check_args("bytearray", "remove", LP_ARGS_O, nargs, kwnames, 1, 1);
    lp_bytearray_t *b = lp_as_bytearray(args[0]);
    int c = lp_bytes_byte_value(args[1], "byte must be in range(0, 256)");
    const char *p = memchr(b->data, c, (size_t)b->len);
    if (!p) lp_raise(&lp_exc_ValueError, "value not found in bytearray");
    lp_bytearray_splice(args[0], p - b->data, p - b->data + 1, "", 0);
    return LP_NONE;
}

static lp_value ba_clear(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_str_check_args("bytearray", "clear", LP_ARGS_NOARGS, nargs, kwnames, 0, 0);
    lp_bytearray_resize(args[0], 0);
    return LP_NONE;
}

static lp_value ba_copy(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_str_check_args("bytearray", "copy", LP_ARGS_NOARGS, nargs, kwnames, 0, 0);
    lp_bytearray_t *b = lp_as_bytearray(args[0]);
    return lp_bytearray_new(b->data, (size_t)b->len);
}

static lp_value ba_reverse(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_str_check_args("bytearray", "reverse", LP_ARGS_NOARGS, nargs, kwnames, 0, 0);
    lp_bytearray_t *b = lp_as_bytearray(args[0]);
    for (int64_t i = 0, j = b->len - 1; i < j; i++, j--) {
        char t = b->data[i];
        b->data[i] = b->data[j];
        b->data[j] = t;
    }
    return LP_NONE;
}

void lp_bytearray_set_slice(lp_value self, lp_value slice, lp_value v)
{
    lp_bytearray_t *b = lp_as_bytearray(self);
    int64_t start, stop, step, n;
    lp_slice_indices(slice, b->len, &start, &stop, &step, &n);
    view_t w = { "", 0 };
    if (v) {
        if (lp_str_check(v))
            lp_raise(&lp_exc_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        if (!lp_bytes_view(v, &w.s, &w.n)) {
            const lp_type_t *t = lp_type_of(v);
            if (lp_is_int(v) || lp_is_float(v) || t->index || t->to_int || t->to_float ||
                lp_type_is_subtype(t, &lp_type_complex)) /* CPython's PyNumber_Check */
                lp_raise(&lp_exc_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            if (!t->iter && !t->getitem)
                lp_raise(&lp_exc_TypeError, "cannot convert '%s' object to bytearray", t->name);
            lp_value tmp = lp_bytearray_new("", 0);
            lp_value ext[2] = { tmp, v };
            ba_extend(ext, 2, LP_NULL);
            lp_bytes_view(tmp, &w.s, &w.n);
        }
    }
    if (step == 1 || (n == 1 && (!v || w.n == 0))) { /* n == 1: start + n * step may overflow */
        lp_bytearray_splice(self, start, start + n, w.s, w.n);
        return;
    }
    if (!v || w.n == 0) { /* delete an extended slice (CPython: also by assigning b''): keep the others */
        char *keep = lp_alloc_atomic((size_t)b->len + 1);
        int64_t k = 0;
        for (int64_t i = 0; i < b->len; i++) {
            bool hit = step > 0 ? (i >= start && i < start + n * step && (i - start) % step == 0)
                                : (i <= start && i > start + n * step && (start - i) % -step == 0);
            if (!hit) keep[k++] = b->data[i];
        }
        lp_bytearray_splice(self, 0, b->len, keep, k);
        return;
    }
    if (w.n != n)
        lp_raise(&lp_exc_ValueError, "attempt to assign bytes of size %lld to extended slice of size %lld",
                 (long long)w.n, (long long)n);
    for (int64_t k = 0, i = start; k < n; k++, i += step) b->data[i] = w.s[k];
}

static lp_value b_getnewargs(lp_value *args, size_t nargs, lp_value kwnames)
{
    check(args, "__getnewargs__", LP_ARGS_NOARGS, nargs, kwnames, 0, 0);
    view_t v = view(args[0]);
    return lp_tuple_pack(1, lp_bytes_new(v.s, (size_t)v.n));
}

static lp_value b_bytes(lp_value *args, size_t nargs, lp_value kwnames)
{
    check(args, "__bytes__", LP_ARGS_NOARGS, nargs, kwnames, 0, 0);
    if (lp_type_of(args[0]) == &lp_type_bytes) return args[0];
    view_t v = view(args[0]);
    return lp_bytes_new(v.s, (size_t)v.n);
}

static lp_value ba_alloc(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_str_check_args("bytearray", "__alloc__", LP_ARGS_NOARGS, nargs, kwnames, 0, 0);
    lp_bytearray_t *b = lp_as_bytearray(args[0]);
    return lp_from_int(b->len ? b->cap : 0);
}

/* ==== the tables ==== */

#define SHARED_METHODS                                                                             \
    { "capitalize", b_capitalize, 0, NULL }, { "center", b_center, 0, NULL },                      \
    { "count", b_count, 0, NULL }, { "decode", b_decode, 0, NULL },                                \
    { "endswith", b_endswith, 0, NULL }, { "expandtabs", b_expandtabs, 0, NULL },                  \
    { "find", b_find, 0, NULL }, { "fromhex", b_fromhex, LP_METH_CLASS, NULL },                    \
    { "hex", b_hex, 0, NULL }, { "index", b_index, 0, NULL }, { "isalnum", b_isalnum, 0, NULL },   \
    { "isalpha", b_isalpha, 0, NULL }, { "isascii", b_isascii, 0, NULL },                          \
    { "isdigit", b_isdigit, 0, NULL }, { "islower", b_islower, 0, NULL },                          \
    { "isspace", b_isspace, 0, NULL }, { "istitle", b_istitle, 0, NULL },                          \
    { "isupper", b_isupper, 0, NULL }, { "join", b_join, 0, NULL }, { "ljust", b_ljust, 0, NULL }, \
    { "lower", b_lower, 0, NULL }, { "lstrip", b_lstrip, 0, NULL },                                \
    { "maketrans", b_maketrans, LP_METH_STATIC, NULL }, { "translate", b_translate, 0, NULL },     \
    { "partition", b_partition, 0, NULL }, { "removeprefix", b_removeprefix, 0, NULL },            \
    { "removesuffix", b_removesuffix, 0, NULL }, { "replace", b_replace, 0, NULL },                \
    { "rfind", b_rfind, 0, NULL }, { "rindex", b_rindex, 0, NULL }, { "rjust", b_rjust, 0, NULL }, \
    { "rpartition", b_rpartition, 0, NULL }, { "rsplit", b_rsplit, 0, NULL },                      \
    { "rstrip", b_rstrip, 0, NULL }, { "split", b_split, 0, NULL },                                \
    { "splitlines", b_splitlines, 0, NULL }, { "startswith", b_startswith, 0, NULL },              \
    { "strip", b_strip, 0, NULL }, { "swapcase", b_swapcase, 0, NULL },                            \
    { "title", b_title, 0, NULL }, { "upper", b_upper, 0, NULL }, { "zfill", b_zfill, 0, NULL },

const lp_method_def_t lp_bytes_methods[] = {
    SHARED_METHODS
    { "__bytes__", b_bytes, 0, NULL },
    { "__getnewargs__", b_getnewargs, 0, NULL },
    { NULL, NULL, 0, NULL },
};

const lp_method_def_t lp_bytearray_methods[] = {
    SHARED_METHODS
    { "__alloc__", ba_alloc, 0, NULL },
    { "append", ba_append, 0, NULL },
    { "clear", ba_clear, 0, NULL },
    { "copy", ba_copy, 0, NULL },
    { "extend", ba_extend, 0, NULL },
    { "insert", ba_insert, 0, NULL },
    { "pop", ba_pop, 0, NULL },
    { "remove", ba_remove, 0, NULL },
    { "reverse", ba_reverse, 0, NULL },
    { NULL, NULL, 0, NULL },
};
