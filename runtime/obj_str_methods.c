/* obj_str_methods.c -- str's searching, splitting, joining and padding
 * methods, slicing, and the argument checks every str method shares.
 *
 * Each method takes self in args[0] (object.h's calling convention) and
 * checks its arguments with the same messages as CPython 3.11, whose
 * methods come in four flavours (no arguments, exactly one, Argument
 * Clinic's "expected at least", and the older "takes at least"); see
 * lp_str_check_args.  The case and classification methods are in
 * obj_str_case.c, encoding in obj_str_codec.c.
 *
 * SPDX-License-Identifier: MIT
 */
#define _GNU_SOURCE /* memmem */
#include <string.h>

#include "error.h"
#include "gc.h"
#include "mod_builtins.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_slice.h"
#include "obj_str_internal.h"
#include "obj_tuple.h"
#include "ops.h"
#include "types.h"
#include "unicode.h"

/* ==== argument checking ==== */

void lp_str_check_args(const char *tname, const char *name, int style, size_t nargs,
                       lp_value kwnames, int min, int max)
{
    int n = (int)nargs - 1;
    if (kwnames && lp_tuple_len(kwnames) > 0)
        lp_raise(&lp_exc_TypeError, "%s.%s() takes no keyword arguments", tname, name);
    switch (style) {
    case LP_ARGS_NOARGS:
        if (n != 0) lp_raise(&lp_exc_TypeError, "%s.%s() takes no arguments (%d given)", tname, name, n);
        return;
    case LP_ARGS_O:
        if (n != 1)
            lp_raise(&lp_exc_TypeError, "%s.%s() takes exactly one argument (%d given)", tname, name, n);
        return;
    case LP_ARGS_CLINIC:
        if (n < min)
            lp_raise(&lp_exc_TypeError, "%s expected %s%d argument%s, got %d", name,
                     min == max ? "" : "at least ", min, min == 1 ? "" : "s", n);
        if (n > max)
            lp_raise(&lp_exc_TypeError, "%s expected %s%d argument%s, got %d", name,
                     min == max ? "" : "at most ", max, max == 1 ? "" : "s", n);
        return;
    default:
        if (n < min)
            lp_raise(&lp_exc_TypeError, "%s() takes at least %d argument%s (%d given)", name, min,
                     min == 1 ? "" : "s", n);
        if (n > max)
            lp_raise(&lp_exc_TypeError, "%s() takes at most %d argument%s (%d given)", name, max,
                     max == 1 ? "" : "s", n);
    }
}

void lp_str_bind_args(const char *name, const char *const *kw, lp_value *args, size_t nargs,
                      lp_value kwnames, lp_value *out)
{
    int max = 0;
    while (kw[max]) max++;
    int npos = (int)nargs - 1, nkw = kwnames ? (int)lp_tuple_len(kwnames) : 0;
    if (nkw == 0 && npos <= max) { /* the common case: positional only */
        for (int i = 0; i < max; i++) out[i] = i < npos ? args[1 + i] : LP_NULL;
        return;
    }
    if (npos + nkw > max)
        lp_raise(&lp_exc_TypeError, "%s() takes at most %d argument%s (%d given)", name, max,
                 max == 1 ? "" : "s", npos + nkw);
    for (int i = 0; i < max; i++) out[i] = i < npos ? args[1 + i] : LP_NULL;
    for (int k = 0; k < nkw; k++) {
        lp_value key = lp_tuple_get(kwnames, k);
        int i = 0;
        while (kw[i] && !lp_str_eq_cstr(key, kw[i])) i++;
        if (!kw[i])
            lp_raise(&lp_exc_TypeError, "'%U' is an invalid keyword argument for %s()", key, name);
        if (i < npos)
            lp_raise(&lp_exc_TypeError, "argument for %s() given by name ('%s') and position (%d)",
                     name, kw[i], i + 1);
        out[i] = args[nargs + k];
    }
}

/* [v] as a str argument, else TypeError "must be str, not int". */
static lp_value arg_str(lp_value v)
{
    if (!lp_str_check(v)) lp_raise(&lp_exc_TypeError, "must be str, not %T", v);
    return v;
}

int64_t lp_str_arg_int(lp_value v)
{
    if (lp_is_int(v)) return lp_as_int(v);
    int64_t i;
    if (!lp_int_as_i64(lp_index(v), &i)) /* Argument Clinic's ssize_t converter */
        lp_raise(&lp_exc_OverflowError, "Python int too large to convert to C ssize_t");
    return i;
}

/* One bound of find/count/startswith: None or an index, adjusted as
 * CPython's ADJUST_INDICES: negative ones count from the end (floor 0), the
 * end is capped at [len]; a start beyond [len] is kept (nothing matches). */
static int64_t arg_bound(lp_value v, int64_t len, int64_t dflt, bool is_end)
{
    if (!v || v == LP_NONE) return dflt;
    if (!lp_is_int(v) && !lp_type_of(v)->index)
        lp_raise(&lp_exc_TypeError,
                 "slice indices must be integers or None or have an __index__ method");
    int64_t i = lp_is_int(v) ? lp_as_int(v) : lp_as_ssize(v, NULL);
    if (i < 0) {
        i += len;
        if (i < 0) i = 0;
    } else if (i > len && is_end) {
        i = len;
    }
    return i;
}

void lp_str_bounds(lp_value *args, size_t nargs, int64_t len, int64_t *start, int64_t *end)
{
    *start = arg_bound(nargs > 2 ? args[2] : LP_NULL, len, 0, false);
    *end = arg_bound(nargs > 3 ? args[3] : LP_NULL, len, len, true);
}

/* chr(c).isspace(), with ASCII answered from the table at once. */
static inline bool is_space(uint32_t c)
{
    return c < 128 ? (lp_unicode_ascii_flags[c] & LP_UNICODE_SPACE) != 0 : lp_unicode_is_space(c);
}

/* ==== slicing ==== */

lp_value lp_str_slice(lp_value self, lp_value slice)
{
    int64_t start, stop, step, n;
    lp_slice_indices(slice, lp_str_len(self), &start, &stop, &step, &n);
    if (step == 1) return lp_str_substr(self, start, start + n);
    lp_str_t *s = lp_as_str(self);
    uint32_t *cps = lp_alloc_atomic((size_t)(n ? n : 1) * sizeof(uint32_t));
    for (int64_t k = 0, i = start; k < n; k++, i += step) cps[k] = lp_str_at(s, i);
    return lp_str_from_codepoints(cps, n);
}

/* ==== searching ==== */

/* Does [sub] occur in [s] at [i] (room known)? */
static bool match_at(const lp_str_t *s, const lp_str_t *sub, int64_t i)
{
    if (s->kind == sub->kind)
        return memcmp(s->data + (size_t)i * s->kind, sub->data, (size_t)sub->len * s->kind) == 0;
    for (int64_t j = 0; j < sub->len; j++)
        if (lp_str_at(s, i + j) != lp_str_at(sub, j)) return false;
    return true;
}

int64_t lp_str_find(lp_value sv, lp_value subv, int64_t start, int64_t end)
{
    lp_str_t *s = lp_as_str(sv), *sub = lp_as_str(subv);
    if (sub->len > end - start) return -1;
    if (sub->kind > s->kind) return -1; /* a wider code point cannot occur */
    if (sub->len == 0) return start;
    if (s->kind == 1 && sub->kind == 1) {
        const char *p = memmem(s->data + start, (size_t)(end - start), sub->data, (size_t)sub->len);
        return p ? p - s->data : -1;
    }
    uint32_t first = lp_str_at(sub, 0);
    for (int64_t i = start; i + sub->len <= end; i++)
        if (lp_str_at(s, i) == first && match_at(s, sub, i)) return i;
    return -1;
}

/* The last index where [sub] occurs inside [start, end) of [s], or -1. */
static int64_t str_rfind(lp_value sv, lp_value subv, int64_t start, int64_t end)
{
    lp_str_t *s = lp_as_str(sv), *sub = lp_as_str(subv);
    if (sub->len > end - start || sub->kind > s->kind) return -1;
    for (int64_t i = end - sub->len; i >= start; i--)
        if (match_at(s, sub, i)) return i;
    return -1;
}

/* Non-overlapping occurrences of [sub] in [start, end) of [s], at most [max]. */
static int64_t str_count_in(lp_value sv, lp_value subv, int64_t start, int64_t end, int64_t max)
{
    int64_t n = 0, sublen = lp_str_len(subv);
    if (end - start < sublen) return 0;
    if (sublen == 0) return end - start + 1 < max ? end - start + 1 : max;
    while (n < max) {
        int64_t i = lp_str_find(sv, subv, start, end);
        if (i < 0) break;
        n++;
        start = i + sublen;
    }
    return n;
}

/* find/rfind/index/rindex/count share their argument handling. */
static int64_t search(const char *name, lp_value *args, size_t nargs, lp_value kwnames, int how)
{
    lp_str_check_args("str", name, LP_ARGS_OLD, nargs, kwnames, 1, 3);
    int64_t len = lp_str_len(args[0]), start, end;
    lp_str_bounds(args, nargs, len, &start, &end); /* converted before sub is checked */
    lp_value sub = arg_str(args[1]);
    if (how == 2) return start > len ? 0 : str_count_in(args[0], sub, start, end, INT64_MAX);
    if (start > len) return -1;
    return how ? str_rfind(args[0], sub, start, end) : lp_str_find(args[0], sub, start, end);
}

static lp_value str_find(lp_value *args, size_t nargs, lp_value kwnames)
{
    return lp_from_int(search("find", args, nargs, kwnames, 0));
}

static lp_value str_rfind_m(lp_value *args, size_t nargs, lp_value kwnames)
{
    return lp_from_int(search("rfind", args, nargs, kwnames, 1));
}

static lp_value str_index(lp_value *args, size_t nargs, lp_value kwnames)
{
    int64_t i = search("index", args, nargs, kwnames, 0);
    if (i < 0) lp_raise(&lp_exc_ValueError, "substring not found");
    return lp_from_int(i);
}

static lp_value str_rindex(lp_value *args, size_t nargs, lp_value kwnames)
{
    int64_t i = search("rindex", args, nargs, kwnames, 1);
    if (i < 0) lp_raise(&lp_exc_ValueError, "substring not found");
    return lp_from_int(i);
}

static lp_value str_count(lp_value *args, size_t nargs, lp_value kwnames)
{
    return lp_from_int(search("count", args, nargs, kwnames, 2));
}

/* Does [sub] sit at the start ([end] false) or end of [start, stop) of [s]? */
static bool tail_match(lp_value s, lp_value sub, int64_t start, int64_t stop, bool end)
{
    int64_t n = lp_str_len(sub);
    if (start > lp_str_len(s)) return false;
    if (stop - start < n) return false;
    return match_at(lp_as_str(s), lp_as_str(sub), end ? stop - n : start);
}

static lp_value starts_ends(const char *name, lp_value *args, size_t nargs, lp_value kwnames,
                            bool end)
{
    lp_str_check_args("str", name, LP_ARGS_OLD, nargs, kwnames, 1, 3);
    int64_t start, stop;
    lp_str_bounds(args, nargs, lp_str_len(args[0]), &start, &stop);
    lp_value x = args[1];
    if (lp_tuple_check(x)) {
        for (int64_t i = 0; i < lp_tuple_len(x); i++) {
            lp_value sub = lp_tuple_get(x, i);
            if (!lp_str_check(sub))
                lp_raise(&lp_exc_TypeError, "tuple for %s must only contain str, not %T", name, sub);
            if (tail_match(args[0], sub, start, stop, end)) return LP_TRUE;
        }
        return LP_FALSE;
    }
    if (!lp_str_check(x))
        lp_raise(&lp_exc_TypeError, "%s first arg must be str or a tuple of str, not %T", name, x);
    return lp_bool(tail_match(args[0], x, start, stop, end));
}

static lp_value str_startswith(lp_value *args, size_t nargs, lp_value kwnames)
{
    return starts_ends("startswith", args, nargs, kwnames, false);
}

static lp_value str_endswith(lp_value *args, size_t nargs, lp_value kwnames)
{
    return starts_ends("endswith", args, nargs, kwnames, true);
}

/* ==== joining, replacing, partitioning ==== */

lp_value lp_str_concat_array(const lp_value *items, int64_t n, lp_value sep)
{
    const lp_str_t *sp = sep ? lp_as_str(sep) : NULL;
    bool with_sep = sp && n > 1 && sp->len > 0;
    int64_t total = with_sep ? sp->len * (n - 1) : 0;
    int kind = with_sep ? sp->kind : 1;
    bool ascii = !with_sep || sp->ascii;
    for (int64_t i = 0; i < n; i++) {
        if (!lp_str_check(items[i]))
            lp_raise(&lp_exc_TypeError, "sequence item %lld: expected str instance, %T found",
                     (long long)i, items[i]);
        const lp_str_t *x = lp_as_str(items[i]);
        total += x->len;
        if (x->kind > kind) kind = x->kind;
        ascii = ascii && x->ascii;
    }
    if (total == 0) return lp_str_empty();
    if (n == 1) return lp_str_exact(items[0]);
    lp_str_t *r = ascii ? lp_str_alloc_ascii(total) : lp_str_alloc(total, kind);
    char *d = r->data;
    for (int64_t i = 0; i < n; i++) {
        if (i && with_sep) {
            lp_str_copy_units(d, kind, sp, 0, sp->len);
            d += (size_t)sp->len * kind;
        }
        const lp_str_t *x = lp_as_str(items[i]);
        lp_str_copy_units(d, kind, x, 0, x->len);
        d += (size_t)x->len * kind;
    }
    return lp_from_ptr(r);
}

lp_value lp_str_join(lp_value sep, lp_value iterable)
{
    const lp_type_t *t = lp_type_of(iterable);
    if (t == &lp_type_list) return lp_str_concat_array(lp_as_list(iterable)->items, lp_as_list(iterable)->len, sep);
    if (t == &lp_type_tuple) return lp_str_concat_array(lp_as_tuple(iterable)->items, lp_as_tuple(iterable)->len, sep);
    lp_value l = lp_list_from_iterable(iterable);
    return lp_str_concat_array(lp_as_list(l)->items, lp_as_list(l)->len, sep);
}

static lp_value str_join(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_str_check_args("str", "join", LP_ARGS_O, nargs, kwnames, 1, 1);
    lp_value x = args[1];
    if (!lp_type_of(x)->iter) lp_raise(&lp_exc_TypeError, "can only join an iterable");
    return lp_str_join(args[0], x);
}

/* s.replace(old, new) for ASCII s and new, [count] occurrences of the
 * non-empty old: one allocation, memcpy. */
static lp_value replace_ascii(lp_value s, lp_value old, lp_value new, int64_t count)
{
    const lp_str_t *sp = lp_as_str(s), *np = lp_as_str(new);
    int64_t len = sp->len, oldlen = lp_str_len(old), newlen = np->len, pos = 0;
    lp_str_t *r = lp_str_alloc_ascii(len + count * (newlen - oldlen));
    char *d = r->data;
    for (int64_t k = 0; k < count; k++) {
        int64_t i = lp_str_find(s, old, pos, len);
        memcpy(d, sp->data + pos, (size_t)(i - pos));
        d += i - pos;
        memcpy(d, np->data, (size_t)newlen);
        d += newlen;
        pos = i + oldlen;
    }
    memcpy(d, sp->data + pos, (size_t)(len - pos));
    return lp_from_ptr(r);
}

lp_value lp_str_replace(lp_value s, lp_value old, lp_value new, int64_t max)
{
    if (max < 0) max = INT64_MAX;
    int64_t len = lp_str_len(s), oldlen = lp_str_len(old), pos = 0;
    if (max == 0 || str_count_in(s, old, 0, len, max) == 0) return lp_str_exact(s);
    if (oldlen > 0 && lp_as_str(s)->ascii && lp_as_str(new)->ascii)
        return replace_ascii(s, old, new, str_count_in(s, old, 0, len, max));
    lp_strbuf_t b;
    lp_strbuf_init(&b);
    for (int64_t n = 0; n < max; n++) {
        int64_t i;
        if (oldlen == 0) {
            if (pos > len) break;
            i = pos;
        } else if ((i = lp_str_find(s, old, pos, len)) < 0) {
            break;
        }
        lp_strbuf_put_str(&b, lp_str_substr(s, pos, i));
        lp_strbuf_put_str(&b, new);
        if (oldlen == 0) {
            if (i < len) lp_strbuf_putc(&b, lp_str_at(lp_as_str(s), i));
            pos = i + 1;
        } else {
            pos = i + oldlen;
        }
    }
    if (pos < len) lp_strbuf_put_str(&b, lp_str_substr(s, pos, len));
    return lp_strbuf_finish(&b);
}

static lp_value str_replace(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_str_check_args("str", "replace", LP_ARGS_CLINIC, nargs, kwnames, 2, 3);
    for (int i = 1; i <= 2; i++)
        if (!lp_str_check(args[i]))
            lp_raise(&lp_exc_TypeError, "replace() argument %d must be str, not %s",
                     i, lp_arg_type_name(args[i]));
    int64_t max = nargs > 3 ? lp_str_arg_int(args[3]) : -1;
    return lp_str_replace(args[0], args[1], args[2], max);
}

static lp_value partition(const char *name, lp_value *args, size_t nargs, lp_value kwnames,
                          bool right)
{
    lp_str_check_args("str", name, LP_ARGS_O, nargs, kwnames, 1, 1);
    lp_value s = args[0], sep = arg_str(args[1]);
    int64_t len = lp_str_len(s), n = lp_str_len(sep);
    if (n == 0) lp_raise(&lp_exc_ValueError, "empty separator");
    int64_t i = right ? str_rfind(s, sep, 0, len) : lp_str_find(s, sep, 0, len);
    lp_value e = lp_str_empty();
    if (i < 0) return right ? lp_tuple_pack(3, e, e, lp_str_exact(s)) : lp_tuple_pack(3, lp_str_exact(s), e, e);
    return lp_tuple_pack(3, lp_str_substr(s, 0, i), lp_str_exact(sep), lp_str_substr(s, i + n, len));
}

static lp_value str_partition(lp_value *args, size_t nargs, lp_value kwnames)
{
    return partition("partition", args, nargs, kwnames, false);
}

static lp_value str_rpartition(lp_value *args, size_t nargs, lp_value kwnames)
{
    return partition("rpartition", args, nargs, kwnames, true);
}

static lp_value remove_affix(const char *name, lp_value *args, size_t nargs, lp_value kwnames,
                             bool suffix)
{
    lp_str_check_args("str", name, LP_ARGS_O, nargs, kwnames, 1, 1);
    lp_value s = args[0], a = args[1];
    if (!lp_str_check(a))
        lp_raise(&lp_exc_TypeError, "%s() argument must be str, not %s",
                 name, lp_arg_type_name(a));
    int64_t len = lp_str_len(s), n = lp_str_len(a);
    if (n == 0 || !tail_match(s, a, 0, len, suffix)) return lp_str_exact(s);
    return suffix ? lp_str_substr(s, 0, len - n) : lp_str_substr(s, n, len);
}

static lp_value str_removeprefix(lp_value *args, size_t nargs, lp_value kwnames)
{
    return remove_affix("removeprefix", args, nargs, kwnames, false);
}

static lp_value str_removesuffix(lp_value *args, size_t nargs, lp_value kwnames)
{
    return remove_affix("removesuffix", args, nargs, kwnames, true);
}

/* ==== splitting ==== */

/* Reverses the items of the list [l] in place (rsplit collects backwards). */
static void list_reverse(lp_value l)
{
    lp_list_t *p = lp_as_list(l);
    for (int64_t i = 0, j = p->len - 1; i < j; i++, j--) {
        lp_value t = p->items[i];
        p->items[i] = p->items[j];
        p->items[j] = t;
    }
}

/* Appends s[i:j] to the list [l]. */
static void add_piece(lp_value l, lp_value s, int64_t i, int64_t j)
{
    lp_list_append(l, lp_str_substr(s, i, j));
}

/* str.split() with no separator: runs of white space. */
static lp_value split_ws(lp_value s, int64_t max)
{
    lp_str_t *p = lp_as_str(s);
    lp_value l = lp_list_new(0);
    int64_t i = 0, n = p->len;
    while (true) {
        while (i < n && is_space(lp_str_at(p, i))) i++;
        if (i == n) break;
        if (max-- == 0) { /* the rest, trailing white space and all */
            add_piece(l, s, i, n);
            break;
        }
        int64_t j = i;
        while (j < n && !is_space(lp_str_at(p, j))) j++;
        add_piece(l, s, i, j);
        i = j;
    }
    return l;
}

/* str.rsplit() with no separator, pieces collected right to left. */
static lp_value rsplit_ws(lp_value s, int64_t max)
{
    lp_str_t *p = lp_as_str(s);
    lp_value l = lp_list_new(0);
    int64_t j = p->len;
    while (true) {
        while (j > 0 && is_space(lp_str_at(p, j - 1))) j--;
        if (j == 0) break;
        if (max-- == 0) { /* the rest, leading white space and all */
            add_piece(l, s, 0, j);
            break;
        }
        int64_t i = j;
        while (i > 0 && !is_space(lp_str_at(p, i - 1))) i--;
        add_piece(l, s, i, j);
        j = i;
    }
    list_reverse(l);
    return l;
}

static lp_value split_sep(lp_value s, lp_value sep, int64_t max, bool right)
{
    lp_value l = lp_list_new(0);
    int64_t n = lp_str_len(sep), len = lp_str_len(s);
    if (n == 0) lp_raise(&lp_exc_ValueError, "empty separator");
    if (!right) {
        int64_t i = 0, j;
        while (max-- != 0 && (j = lp_str_find(s, sep, i, len)) >= 0) {
            add_piece(l, s, i, j);
            i = j + n;
        }
        add_piece(l, s, i, len);
        return l;
    }
    int64_t j = len, i;
    while (max-- != 0 && (i = str_rfind(s, sep, 0, j)) >= 0) {
        add_piece(l, s, i + n, j);
        j = i;
    }
    add_piece(l, s, 0, j);
    list_reverse(l);
    return l;
}

static lp_value split(const char *name, lp_value *args, size_t nargs, lp_value kwnames, bool right)
{
    static const char *const kw[] = { "sep", "maxsplit", NULL };
    lp_value a[2];
    lp_str_bind_args(name, kw, args, nargs, kwnames, a);
    lp_value sep = a[0] ? a[0] : LP_NONE;
    int64_t max = a[1] ? lp_str_arg_int(a[1]) : -1;
    if (sep != LP_NONE && !lp_str_check(sep))
        lp_raise(&lp_exc_TypeError, "must be str or None, not %T", sep);
    if (max < 0) max = -1;
    if (sep == LP_NONE) return right ? rsplit_ws(args[0], max) : split_ws(args[0], max);
    return split_sep(args[0], sep, max, right);
}

static lp_value str_split(lp_value *args, size_t nargs, lp_value kwnames)
{
    return split("split", args, nargs, kwnames, false);
}

static lp_value str_rsplit(lp_value *args, size_t nargs, lp_value kwnames)
{
    return split("rsplit", args, nargs, kwnames, true);
}

/* True for the line boundaries of str.splitlines. */
static bool is_linebreak(uint32_t c)
{
    return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d ||
           c == 0x1e || c == 0x85 || c == 0x2028 || c == 0x2029;
}

static lp_value str_splitlines(lp_value *args, size_t nargs, lp_value kwnames)
{
    static const char *const kw[] = { "keepends", NULL };
    lp_value a[1];
    lp_str_bind_args("splitlines", kw, args, nargs, kwnames, a);
    bool keep = a[0] && lp_str_arg_int(a[0]) != 0;
    lp_str_t *s = lp_as_str(args[0]);
    lp_value l = lp_list_new(0);
    int64_t i = 0, n = s->len;
    while (i < n) {
        int64_t j = i;
        while (j < n && !is_linebreak(lp_str_at(s, j))) j++;
        int64_t eol = j;
        if (j < n) {
            if (lp_str_at(s, j) == '\r' && j + 1 < n && lp_str_at(s, j + 1) == '\n') j += 2;
            else j++;
            if (keep) eol = j;
        }
        add_piece(l, args[0], i, eol);
        i = j;
    }
    return l;
}

/* ==== stripping ==== */

/* Is [c] one of the code points of the str [chars] (LP_NULL: white space)? */
static bool strip_has(lp_value chars, uint32_t c)
{
    if (!chars) return is_space(c);
    lp_str_t *p = lp_as_str(chars);
    for (int64_t i = 0; i < p->len; i++)
        if (lp_str_at(p, i) == c) return true;
    return false;
}

static lp_value strip(const char *name, lp_value *args, size_t nargs, lp_value kwnames, int how)
{
    lp_str_check_args("str", name, LP_ARGS_CLINIC, nargs, kwnames, 0, 1);
    lp_value chars = nargs > 1 && args[1] != LP_NONE ? args[1] : LP_NULL;
    if (chars && !lp_str_check(chars))
        lp_raise(&lp_exc_TypeError, "%s arg must be None or str", name);
    lp_str_t *s = lp_as_str(args[0]);
    int64_t i = 0, j = s->len;
    if (how & 1)
        while (i < j && strip_has(chars, lp_str_at(s, i))) i++;
    if (how & 2)
        while (j > i && strip_has(chars, lp_str_at(s, j - 1))) j--;
    return lp_str_substr(args[0], i, j);
}

static lp_value str_strip(lp_value *args, size_t nargs, lp_value kwnames)
{
    return strip("strip", args, nargs, kwnames, 3);
}

static lp_value str_lstrip(lp_value *args, size_t nargs, lp_value kwnames)
{
    return strip("lstrip", args, nargs, kwnames, 1);
}

static lp_value str_rstrip(lp_value *args, size_t nargs, lp_value kwnames)
{
    return strip("rstrip", args, nargs, kwnames, 2);
}

/* ==== padding ==== */

void lp_str_check_size(int64_t n)
{
    if (n < 0 || n > ((int64_t)1 << 40)) lp_raise(&lp_exc_MemoryError, "");
}

lp_value lp_str_pad(lp_value s, int64_t left, int64_t right, uint32_t fill)
{
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    lp_str_check_size(left);
    lp_str_check_size(right);
    if (left == 0 && right == 0) return lp_str_exact(s);
    lp_strbuf_t b;
    lp_strbuf_init(&b);
    lp_strbuf_reserve(&b, left + right + lp_str_len(s));
    for (int64_t i = 0; i < left; i++) b.cps[b.len++] = fill;
    lp_strbuf_put_str(&b, s);
    for (int64_t i = 0; i < right; i++) b.cps[b.len++] = fill;
    return lp_strbuf_finish(&b);
}

static lp_value justify(const char *name, lp_value *args, size_t nargs, lp_value kwnames, int how)
{
    lp_str_check_args("str", name, LP_ARGS_CLINIC, nargs, kwnames, 1, 2);
    int64_t width = lp_str_arg_int(args[1]);
    uint32_t fill = ' ';
    if (nargs > 2) {
        lp_value f = args[2];
        if (!lp_str_check(f))
            lp_raise(&lp_exc_TypeError, "The fill character must be a unicode character, not %T", f);
        if (lp_str_len(f) != 1)
            lp_raise(&lp_exc_TypeError, "The fill character must be exactly one character long");
        fill = lp_str_at(lp_as_str(f), 0);
    }
    int64_t len = lp_str_len(args[0]), marg = width - len;
    if (marg <= 0) return lp_str_exact(args[0]);
    if (how == 0) return lp_str_pad(args[0], 0, marg, fill);
    if (how == 1) return lp_str_pad(args[0], marg, 0, fill);
    int64_t left = marg / 2 + (marg & width & 1);
    return lp_str_pad(args[0], left, marg - left, fill);
}

static lp_value str_ljust(lp_value *args, size_t nargs, lp_value kwnames)
{
    return justify("ljust", args, nargs, kwnames, 0);
}

static lp_value str_rjust(lp_value *args, size_t nargs, lp_value kwnames)
{
    return justify("rjust", args, nargs, kwnames, 1);
}

static lp_value str_center(lp_value *args, size_t nargs, lp_value kwnames)
{
    return justify("center", args, nargs, kwnames, 2);
}

static lp_value str_zfill(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_str_check_args("str", "zfill", LP_ARGS_O, nargs, kwnames, 1, 1);
    int64_t width = lp_str_arg_int(args[1]), len = lp_str_len(args[0]);
    if (len >= width) return lp_str_exact(args[0]);
    lp_value r = lp_str_pad(args[0], width - len, 0, '0');
    lp_str_t *p = lp_as_str(r);
    uint32_t c = len ? lp_str_at(lp_as_str(args[0]), 0) : 0;
    if (c == '+' || c == '-') { /* move the sign to the front */
        lp_str_put(p, 0, c);
        lp_str_put(p, width - len, '0');
    }
    return r;
}

static lp_value str_expandtabs(lp_value *args, size_t nargs, lp_value kwnames)
{
    static const char *const kw[] = { "tabsize", NULL };
    lp_value a[1];
    lp_str_bind_args("expandtabs", kw, args, nargs, kwnames, a);
    int64_t tab = a[0] ? lp_str_arg_int(a[0]) : 8, col = 0;
    if (tab > INT32_MAX || tab < INT32_MIN)
        lp_raise(&lp_exc_OverflowError, "Python int too large to convert to C int");
    lp_str_t *s = lp_as_str(args[0]);
    lp_strbuf_t b;
    lp_strbuf_init(&b);
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = lp_str_at(s, i);
        if (c == '\t') {
            if (tab > 0) {
                int64_t n = tab - col % tab;
                lp_str_check_size(b.len + n);
                for (int64_t k = 0; k < n; k++) lp_strbuf_putc(&b, ' ');
                col += n;
            }
        } else {
            lp_strbuf_putc(&b, c);
            col = c == '\n' || c == '\r' ? 0 : col + 1;
        }
    }
    return lp_strbuf_finish(&b);
}

static lp_value str_getnewargs(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_str_check_args("str", "__getnewargs__", LP_ARGS_NOARGS, nargs, kwnames, 0, 0);
    lp_value s = lp_str_exact(args[0]);
    return lp_tuple_pack(1, lp_type_of(args[0]) == &lp_type_str ? s : lp_str_substr(s, 0, lp_str_len(s)));
}

/* ==== the table ==== */

const lp_method_def_t lp_str_methods[] = {
    { "__getnewargs__", str_getnewargs, 0, NULL },
    { "center", str_center, 0, NULL },
    { "count", str_count, 0, NULL },
    { "endswith", str_endswith, 0, NULL },
    { "expandtabs", str_expandtabs, 0, NULL },
    { "find", str_find, 0, NULL },
    { "index", str_index, 0, NULL },
    { "join", str_join, 0, NULL },
    { "ljust", str_ljust, 0, NULL },
    { "lstrip", str_lstrip, 0, NULL },
    { "partition", str_partition, 0, NULL },
    { "removeprefix", str_removeprefix, 0, NULL },
    { "removesuffix", str_removesuffix, 0, NULL },
    { "replace", str_replace, 0, NULL },
    { "rfind", str_rfind_m, 0, NULL },
    { "rindex", str_rindex, 0, NULL },
    { "rjust", str_rjust, 0, NULL },
    { "rpartition", str_rpartition, 0, NULL },
    { "rsplit", str_rsplit, 0, NULL },
    { "rstrip", str_rstrip, 0, NULL },
    { "split", str_split, 0, NULL },
    { "splitlines", str_splitlines, 0, NULL },
    { "startswith", str_startswith, 0, NULL },
    { "strip", str_strip, 0, NULL },
    { "zfill", str_zfill, 0, NULL },
    { "maketrans", lp_str_maketrans, LP_METH_STATIC, NULL },
    LP_STR_CASE_LIST(LP_STR_METHOD)
    LP_STR_CODEC_LIST(LP_STR_METHOD)
    LP_STR_FORMAT_LIST(LP_STR_METHOD)
    { NULL, NULL, 0, NULL },
};
