/* obj_str_case.c -- str's case mappings, classification predicates, and
 * str.maketrans / str.translate.
 *
 * The case methods follow CPython 3.11's unicodeobject.c: full mappings
 * (one code point may become up to three), lower() applying the Final_Sigma
 * rule to U+03A3, title() starting a word after any uncased character, and
 * capitalize() titlecasing the first character.  The facts come from
 * unicode_ctype.h (generated from python3).
 *
 * SPDX-License-Identifier: MIT
 */
#include "error.h"
#include "mod_builtins.h"
#include "obj_dict.h"
#include "obj_int.h"
#include "obj_str_internal.h"
#include "obj_tuple.h"
#include "ops.h"
#include "types.h"
#include "unicode.h"
#include "unicode_ctype.h"

/* ==== case mappings ==== */

/* The lower() of the capital sigma at [i] of [s]: final form when a cased
 * letter precedes it (case-ignorable ones skipped) and none follows. */
static uint32_t sigma_lower(const lp_str_t *s, int64_t i)
{
    int64_t j = i - 1;
    while (j >= 0 && (lp_unicode_ctype(lp_str_at(s, j)) & LP_CT_CASE_IGNORABLE)) j--;
    if (j < 0 || !(lp_unicode_ctype(lp_str_at(s, j)) & LP_CT_CASED)) return 0x3C3;
    j = i + 1;
    while (j < s->len && (lp_unicode_ctype(lp_str_at(s, j)) & LP_CT_CASE_IGNORABLE)) j++;
    if (j < s->len && (lp_unicode_ctype(lp_str_at(s, j)) & LP_CT_CASED)) return 0x3C3;
    return 0x3C2;
}

/* Appends the [which] mapping of s[i] to [b] (lower with Final_Sigma). */
static void put_mapped(lp_strbuf_t *b, const lp_str_t *s, int64_t i, int which)
{
    uint32_t c = lp_str_at(s, i), out[3];
    if (which == LP_CASE_LOWER && c == 0x3A3) {
        lp_strbuf_putc(b, sigma_lower(s, i));
        return;
    }
    int n = lp_unicode_case_full(c, which, out);
    for (int k = 0; k < n; k++) lp_strbuf_putc(b, out[k]);
}

/* How each character of a whole-string mapping is converted. */
enum { MODE_LOWER, MODE_UPPER, MODE_FOLD, MODE_SWAP, MODE_TITLE, MODE_CAPITALIZE };

static bool ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
static bool ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }

/* The ASCII fast path of every [mode] (ASCII has no special mappings). */
static lp_value ascii_case(const lp_str_t *s, int mode)
{
    lp_str_t *r = lp_str_alloc_ascii(s->len);
    char *d = r->data;
    bool prev = false; /* title: the previous character was a letter */
    for (int64_t i = 0; i < s->len; i++) {
        char c = s->data[i];
        bool up;
        switch (mode) {
        case MODE_UPPER: up = true; break;
        case MODE_SWAP: up = ascii_lower(c); break;
        case MODE_TITLE: up = !prev; prev = ascii_lower(c) || ascii_upper(c); break;
        case MODE_CAPITALIZE: up = i == 0; break;
        default: up = false; break;
        }
        d[i] = up && ascii_lower(c) ? (char)(c - 32) : !up && ascii_upper(c) ? (char)(c + 32) : c;
    }
    return lp_from_ptr(r);
}

lp_value lp_str_map_case(lp_value v, int mode)
{
    const lp_str_t *s = lp_as_str(v);
    if (s->ascii) return ascii_case(s, mode);
    lp_strbuf_t b;
    lp_strbuf_init(&b);
    bool prev_cased = false;
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = lp_str_at(s, i);
        unsigned f = lp_unicode_ctype(c);
        switch (mode) {
        case MODE_LOWER: put_mapped(&b, s, i, LP_CASE_LOWER); break;
        case MODE_UPPER: put_mapped(&b, s, i, LP_CASE_UPPER); break;
        case MODE_FOLD: put_mapped(&b, s, i, LP_CASE_FOLD); break;
        case MODE_SWAP:
            if (f & LP_CT_UPPER) put_mapped(&b, s, i, LP_CASE_LOWER);
            else if (f & LP_CT_LOWER) put_mapped(&b, s, i, LP_CASE_UPPER);
            else lp_strbuf_putc(&b, c);
            break;
        case MODE_TITLE:
            put_mapped(&b, s, i, prev_cased ? LP_CASE_LOWER : LP_CASE_TITLE);
            prev_cased = f & LP_CT_CASED;
            break;
        default: put_mapped(&b, s, i, i == 0 ? LP_CASE_TITLE : LP_CASE_LOWER); break;
        }
    }
    return lp_strbuf_finish(&b);
}

#define CASE_METHOD(fn, pyname, mode)                                                              \
    lp_value fn(lp_value *args, size_t nargs, lp_value kwnames)                                    \
    {                                                                                              \
        lp_str_check_args("str", pyname, LP_ARGS_NOARGS, nargs, kwnames, 0, 0);                    \
        return lp_str_map_case(args[0], mode);                                                     \
    }
CASE_METHOD(lp_str_lower, "lower", MODE_LOWER)
CASE_METHOD(lp_str_upper, "upper", MODE_UPPER)
CASE_METHOD(lp_str_casefold, "casefold", MODE_FOLD)
CASE_METHOD(lp_str_swapcase, "swapcase", MODE_SWAP)
CASE_METHOD(lp_str_title, "title", MODE_TITLE)
CASE_METHOD(lp_str_capitalize, "capitalize", MODE_CAPITALIZE)
#undef CASE_METHOD

/* ==== predicates ==== */

/* True when every code point of non-empty [s] has one of the bits [mask]. */
static bool all_have(const lp_str_t *s, unsigned mask)
{
    if (s->len == 0) return false;
    for (int64_t i = 0; i < s->len; i++)
        if (!(lp_unicode_ctype(lp_str_at(s, i)) & mask)) return false;
    return true;
}

#define ALL_METHOD(fn, pyname, mask)                                                               \
    lp_value fn(lp_value *args, size_t nargs, lp_value kwnames)                                    \
    {                                                                                              \
        lp_str_check_args("str", pyname, LP_ARGS_NOARGS, nargs, kwnames, 0, 0);                    \
        return lp_bool(all_have(lp_as_str(args[0]), mask));                                       \
    }
ALL_METHOD(lp_str_isalpha, "isalpha", LP_CT_ALPHA)
ALL_METHOD(lp_str_isdecimal, "isdecimal", LP_CT_DECIMAL)
ALL_METHOD(lp_str_isdigit, "isdigit", LP_CT_DIGIT)
ALL_METHOD(lp_str_isnumeric, "isnumeric", LP_CT_NUMERIC)
ALL_METHOD(lp_str_isalnum, "isalnum", LP_CT_ALPHA | LP_CT_DECIMAL | LP_CT_DIGIT | LP_CT_NUMERIC)
#undef ALL_METHOD

/* islower ([upper] false) and isupper: some cased character and none of
 * the other case (nor titlecase). */
static bool is_one_case(const lp_str_t *s, bool upper)
{
    unsigned want = upper ? LP_CT_UPPER : LP_CT_LOWER;
    unsigned bad = (upper ? LP_CT_LOWER : LP_CT_UPPER) | LP_CT_TITLE;
    bool cased = false;
    for (int64_t i = 0; i < s->len; i++) {
        unsigned f = lp_unicode_ctype(lp_str_at(s, i));
        if (f & bad) return false;
        if (f & want) cased = true;
    }
    return cased;
}

lp_value lp_str_islower(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_str_check_args("str", "islower", LP_ARGS_NOARGS, nargs, kwnames, 0, 0);
    return lp_bool(is_one_case(lp_as_str(args[0]), false));
}

lp_value lp_str_isupper(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_str_check_args("str", "isupper", LP_ARGS_NOARGS, nargs, kwnames, 0, 0);
    return lp_bool(is_one_case(lp_as_str(args[0]), true));
}

lp_value lp_str_istitle(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_str_check_args("str", "istitle", LP_ARGS_NOARGS, nargs, kwnames, 0, 0);
    const lp_str_t *s = lp_as_str(args[0]);
    bool cased = false, prev = false;
    for (int64_t i = 0; i < s->len; i++) {
        unsigned f = lp_unicode_ctype(lp_str_at(s, i));
        if (f & (LP_CT_UPPER | LP_CT_TITLE)) {
            if (prev) return LP_FALSE;
            prev = cased = true;
        } else if (f & LP_CT_LOWER) {
            if (!prev) return LP_FALSE;
            prev = cased = true;
        } else {
            prev = false;
        }
    }
    return lp_bool(cased);
}

lp_value lp_str_isascii(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_str_check_args("str", "isascii", LP_ARGS_NOARGS, nargs, kwnames, 0, 0);
    return lp_bool(lp_as_str(args[0])->ascii);
}

lp_value lp_str_isspace(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_str_check_args("str", "isspace", LP_ARGS_NOARGS, nargs, kwnames, 0, 0);
    const lp_str_t *s = lp_as_str(args[0]);
    if (s->len == 0) return LP_FALSE;
    for (int64_t i = 0; i < s->len; i++)
        if (!lp_unicode_is_space(lp_str_at(s, i))) return LP_FALSE;
    return LP_TRUE;
}

lp_value lp_str_isprintable(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_str_check_args("str", "isprintable", LP_ARGS_NOARGS, nargs, kwnames, 0, 0);
    const lp_str_t *s = lp_as_str(args[0]);
    for (int64_t i = 0; i < s->len; i++)
        if (!lp_unicode_is_printable(lp_str_at(s, i))) return LP_FALSE;
    return LP_TRUE;
}

bool lp_str_is_identifier(lp_value v)
{
    const lp_str_t *s = lp_as_str(v);
    if (s->len == 0 || !lp_unicode_is_id_start(lp_str_at(s, 0))) return false;
    for (int64_t i = 1; i < s->len; i++)
        if (!lp_unicode_is_id_continue(lp_str_at(s, i))) return false;
    return true;
}

lp_value lp_str_isidentifier(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_str_check_args("str", "isidentifier", LP_ARGS_NOARGS, nargs, kwnames, 0, 0);
    return lp_bool(lp_str_is_identifier(args[0]));
}

/* ==== maketrans and translate ==== */

/* maketrans(dict): keys of length-1 str become their ordinals. */
static lp_value maketrans_dict(lp_value x)
{
    if (!lp_dict_check(x))
        lp_raise(&lp_exc_TypeError, "if you give only one argument to maketrans it must be a dict");
    lp_value d = lp_dict_new(), k, v;
    int64_t pos = 0;
    while (lp_dict_next(x, &pos, &k, &v)) {
        if (lp_str_check(k)) {
            if (lp_str_len(k) != 1)
                lp_raise(&lp_exc_ValueError, "string keys in translate table must be of length 1");
            lp_dict_set(d, lp_from_int(lp_str_at(lp_as_str(k), 0)), v);
        } else if (lp_is_int(k) || lp_is_instance(k, &lp_type_int)) {
            lp_dict_set(d, k, v);
        } else {
            lp_raise(&lp_exc_TypeError, "keys in translate table must be strings or integers");
        }
    }
    return d;
}

lp_value lp_str_maketrans(lp_value *args, size_t nargs, lp_value kwnames)
{
    /* a staticmethod: no self in args */
    lp_str_check_args("str", "maketrans", LP_ARGS_CLINIC, nargs + 1, kwnames, 1, 3);
    if (nargs == 1) return maketrans_dict(args[0]);
    lp_value x = args[0], y = args[1];
    if (!lp_str_check(y))
        lp_raise(&lp_exc_TypeError, "maketrans() argument 2 must be str, not %s",
                 lp_arg_type_name(y));
    if (nargs > 2 && !lp_str_check(args[2]))
        lp_raise(&lp_exc_TypeError, "maketrans() argument 3 must be str, not %s",
                 lp_arg_type_name(args[2]));
    if (!lp_str_check(x))
        lp_raise(&lp_exc_TypeError,
                 "first maketrans argument must be a string if there is a second argument");
    if (lp_str_len(x) != lp_str_len(y))
        lp_raise(&lp_exc_ValueError, "the first two maketrans arguments must have equal length");
    lp_value d = lp_dict_new();
    for (int64_t i = 0; i < lp_str_len(x); i++)
        lp_dict_set(d, lp_from_int(lp_str_at(lp_as_str(x), i)),
                    lp_from_int(lp_str_at(lp_as_str(y), i)));
    if (nargs > 2)
        for (int64_t i = 0; i < lp_str_len(args[2]); i++)
            lp_dict_set(d, lp_from_int(lp_str_at(lp_as_str(args[2]), i)), LP_NONE);
    return d;
}

typedef struct {
    lp_value table, key, result;
} lookup_t;

static void lookup_call(void *ud)
{
    lookup_t *l = ud;
    l->result = lp_getitem(l->table, l->key);
}

/* table[key], or LP_NULL when that raises LookupError (re-raises others). */
static lp_value lp_getitem_lookup(lp_value table, lp_value key)
{
    lookup_t l = { table, key, LP_NULL };
    lp_value exc = lp_pcall(lookup_call, &l);
    if (!exc) return l.result;
    if (lp_is_instance(exc, &lp_exc_LookupError)) return LP_NULL;
    lp_raise_value(exc);
}

/* table[c] for translate, or LP_NULL when the lookup raises LookupError. */
static lp_value translate_lookup(lp_value table, uint32_t c)
{
    lp_value key = lp_from_int(c);
    if (lp_dict_check(table) && lp_type_of(table) == &lp_type_dict) return lp_dict_get(table, key);
    return lp_getitem_lookup(table, key);
}

lp_value lp_str_translate(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_str_check_args("str", "translate", LP_ARGS_O, nargs, kwnames, 1, 1);
    const lp_str_t *s = lp_as_str(args[0]);
    lp_value table = args[1];
    if (!lp_type_of(table)->getitem && s->len > 0 && /* '' never looks up */
        !lp_is_instance(table, &lp_type_type))      /* types: __class_getitem__ */
        lp_raise(&lp_exc_TypeError, "'%s' object is not subscriptable", lp_type_of(table)->name);
    lp_strbuf_t b;
    lp_strbuf_init(&b);
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = lp_str_at(s, i);
        lp_value r = translate_lookup(table, c);
        if (!r) lp_strbuf_putc(&b, c);
        else if (r == LP_NONE) continue;
        else if (lp_is_int(r) || lp_is_instance(r, &lp_type_int)) {
            int64_t n;
            if (!lp_int_as_i64(lp_index(r), &n) || n < 0 || n > 0x10FFFF)
                lp_raise(&lp_exc_ValueError, "character mapping must be in range(0x110000)");
            lp_strbuf_putc(&b, (uint32_t)n);
        } else if (lp_str_check(r)) {
            lp_strbuf_put_str(&b, r);
        } else {
            lp_raise(&lp_exc_TypeError, "character mapping must return integer, None or str");
        }
    }
    return lp_strbuf_finish(&b);
}
