/* strformat.c -- the format-spec parser, str.__format__, str.format and
 * str.format_map, as CPython 3.11 (Python/formatter_unicode.c and
 * Objects/stringlib/unicode_format.h).  `%` formatting is in
 * strformat_percent.c.
 *
 * str.format walks the template once: literal text (with {{ and }}
 * unescaped), then each replacement field {name!conv:spec}.  The name is
 * an argument (index or keyword, or the next automatic number) followed by
 * .attribute and [item] parts; the spec may itself hold fields, expanded
 * first (two levels at most: "Max string recursion exceeded").
 *
 * SPDX-License-Identifier: MIT
 */
#include "strformat.h"

#include <string.h>

#include "error.h"
#include "gc.h"
#include "mod_builtins.h"
#include "obj_str_internal.h"
#include "obj_tuple.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_int.h"
#include "ops.h"
#include "types.h"
#include "unicode_ctype.h"

/* ==== the format specifier ==== */

static bool is_align(uint32_t c)
{
    return c == '<' || c == '>' || c == '=' || c == '^';
}

/* Reads decimal digits at [*pos] of [s] into [*out]; returns how many. */
static int64_t spec_integer(const lp_str_t *s, int64_t *pos, int64_t *out)
{
    int64_t n = 0, v = 0;
    for (; *pos < s->len; (*pos)++, n++) {
        int d = lp_unicode_decimal(lp_str_at(s, *pos));
        if (d < 0) break;
        if (v > (INT64_MAX - d) / 10)
            lp_raise(&lp_exc_ValueError, "Too many decimal digits in format string");
        v = v * 10 + d;
    }
    *out = v;
    return n;
}

_Noreturn void lp_format_unknown_code(uint32_t code, const char *tname)
{
    if (code > 32 && code < 128)
        lp_raise(&lp_exc_ValueError, "Unknown format code '%c' for object of type '%s'", (int)code, tname);
    lp_raise(&lp_exc_ValueError, "Unknown format code '\\x%x' for object of type '%s'", code, tname);
}

/* ',' or '_' given with a type that does not take it. */
_Noreturn static void bad_grouping(char g, uint32_t type)
{
    if (type > 32 && type < 128)
        lp_raise(&lp_exc_ValueError, "Cannot specify '%c' with '%c'.", g, (int)type);
    lp_raise(&lp_exc_ValueError, "Cannot specify '%c' with '\\x%x'.", g, type);
}

/* The sign, z, #, 0, width, grouping and precision parts, from [*pos]. */
static void spec_middle(const lp_str_t *s, int64_t *pos, lp_format_spec_t *f, char default_align)
{
    uint32_t c = *pos < s->len ? lp_str_at(s, *pos) : 0;
    if (c == '+' || c == '-' || c == ' ') f->sign = (char)c, c = ++*pos < s->len ? lp_str_at(s, *pos) : 0;
    if (c == 'z') f->no_neg_zero = true, c = ++*pos < s->len ? lp_str_at(s, *pos) : 0;
    if (c == '#') f->alternate = true, c = ++*pos < s->len ? lp_str_at(s, *pos) : 0;
    if (!f->fill_given && c == '0') {
        f->fill = '0';
        f->zero_pad = true;
        if (!f->align_given && default_align == '>') f->align = '=';
        ++*pos;
    }
    if (spec_integer(s, pos, &f->width) == 0) f->width = -1;
    c = *pos < s->len ? lp_str_at(s, *pos) : 0;
    if (c == ',') f->grouping = ',', c = ++*pos < s->len ? lp_str_at(s, *pos) : 0;
    if (c == '_') {
        if (f->grouping) lp_raise(&lp_exc_ValueError, "Cannot specify both ',' and '_'.");
        f->grouping = '_';
        c = ++*pos < s->len ? lp_str_at(s, *pos) : 0;
    }
    if (c == ',' && f->grouping == '_') lp_raise(&lp_exc_ValueError, "Cannot specify both ',' and '_'.");
    if (c == '.') {
        ++*pos;
        if (spec_integer(s, pos, &f->precision) == 0)
            lp_raise(&lp_exc_ValueError, "Format specifier missing precision");
    }
}

void lp_format_spec_parse(lp_value spec, lp_format_spec_t *f, const char *tname,
                          char default_align, uint32_t default_type)
{
    const lp_str_t *s = lp_as_str(spec);
    memset(f, 0, sizeof *f);
    f->fill = ' ';
    f->align = default_align;
    f->width = f->precision = -1;
    f->type = default_type;
    int64_t pos = 0;
    if (s->len >= 2 && is_align(lp_str_at(s, 1))) {
        f->fill = lp_str_at(s, 0);
        f->align = (char)lp_str_at(s, 1);
        f->fill_given = f->align_given = true;
        pos = 2;
    } else if (s->len >= 1 && is_align(lp_str_at(s, 0))) {
        f->align = (char)lp_str_at(s, 0);
        f->align_given = true;
        pos = 1;
    }
    spec_middle(s, &pos, f, default_align);
    if (s->len - pos > 1)
        lp_raise(&lp_exc_ValueError, "Invalid format specifier '%U' for object of type '%s'",
                 lp_str_substr(spec, 0, s->len), tname);
    if (s->len - pos == 1) f->type = lp_str_at(s, pos);
    if (!f->grouping) return;
    switch (f->type) {
    case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0: return;
    case 'b': case 'o': case 'x': case 'X':
        if (f->grouping == '_') return;
        /* fall through */
    default: bad_grouping(f->grouping, f->type);
    }
}

lp_value lp_format_pad(lp_value s, const lp_format_spec_t *f)
{
    int64_t len = lp_str_len(s);
    if (f->width <= len) return s;
    int64_t total = f->width - len, left;
    switch (f->align) {
    case '>': case '=': left = total; break;
    case '^': left = total / 2; break;
    default: left = 0; break;
    }
    return lp_str_pad(s, left, total - left, f->fill);
}

lp_value lp_str_format_spec(lp_value s, lp_value spec)
{
    if (lp_str_len(spec) == 0) return lp_type_of(s) == &lp_type_str ? s : lp_str(s);
    lp_format_spec_t f;
    lp_format_spec_parse(spec, &f, lp_type_of(s)->name, '<', 's');
    if (f.type != 's') lp_format_unknown_code(f.type, lp_type_of(s)->name);
    if (f.sign == ' ') lp_raise(&lp_exc_ValueError, "Space not allowed in string format specifier");
    if (f.sign) lp_raise(&lp_exc_ValueError, "Sign not allowed in string format specifier");
    if (f.no_neg_zero)
        lp_raise(&lp_exc_ValueError,
                 "Negative zero coercion (z) not allowed in string format specifier");
    if (f.alternate)
        lp_raise(&lp_exc_ValueError, "Alternate form (#) not allowed in string format specifier");
    if (f.align == '=')
        lp_raise(&lp_exc_ValueError, "'=' alignment not allowed in string format specifier");
    if (f.precision >= 0 && f.precision < lp_str_len(s)) s = lp_str_substr(s, 0, f.precision);
    else s = lp_str_exact(s);
    return lp_format_pad(s, &f);
}

lp_value lp_str_dunder_format(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_str_check_args("str", "__format__", LP_ARGS_O, nargs, kwnames, 1, 1);
    if (!lp_str_check(args[1]))
        lp_raise(&lp_exc_TypeError, "__format__() argument must be str, not %s",
                 lp_arg_type_name(args[1]));
    return lp_str_format_spec(args[0], args[1]);
}

/* ==== str.format ==== */

enum { AUTO_INIT, AUTO_ON, AUTO_MANUAL };

typedef struct {
    lp_value args;   /* tuple, or LP_NULL (format_map) */
    lp_value kwargs; /* mapping, or LP_NULL */
    int auto_state;  /* AUTO_* */
    int64_t next;    /* the next automatic field number */
    lp_value last;   /* the text of the last field rendered */
} fmt_ctx_t;

/* The non-negative integer that s[start, end) spells in decimal digits,
 * or -1 when it is empty or holds anything else. */
static int64_t field_integer(const lp_str_t *s, int64_t start, int64_t end)
{
    if (start >= end) return -1;
    int64_t v = 0;
    for (int64_t i = start; i < end; i++) {
        int d = lp_unicode_decimal(lp_str_at(s, i));
        if (d < 0) return -1;
        if (v > (INT64_MAX - d) / 10)
            lp_raise(&lp_exc_ValueError, "Too many decimal digits in format string");
        v = v * 10 + d;
    }
    return v;
}

/* The argument the first part of a field name s[start, end) names. */
static lp_value field_first(fmt_ctx_t *c, lp_value sv, int64_t start, int64_t end)
{
    const lp_str_t *s = lp_as_str(sv);
    int64_t idx = field_integer(s, start, end);
    bool empty = start >= end;
    if (empty || idx >= 0) {
        if (c->auto_state == AUTO_INIT) c->auto_state = empty ? AUTO_ON : AUTO_MANUAL;
        if (c->auto_state == AUTO_MANUAL && empty)
            lp_raise(&lp_exc_ValueError,
                     "cannot switch from manual field specification to automatic field numbering");
        if (c->auto_state == AUTO_ON && !empty)
            lp_raise(&lp_exc_ValueError,
                     "cannot switch from automatic field numbering to manual field specification");
        if (empty) idx = c->next++;
    }
    if (idx < 0) {
        lp_value key = lp_str_substr(sv, start, end);
        if (!c->kwargs) lp_raise_value(lp_exc_new(&lp_exc_KeyError, &key, 1));
        return lp_getitem(c->kwargs, key);
    }
    if (!c->args) lp_raise(&lp_exc_ValueError, "Format string contains positional fields");
    if (idx >= lp_tuple_len(c->args))
        lp_raise(&lp_exc_IndexError, "Replacement index %lld out of range for positional args tuple",
                 (long long)idx);
    return lp_tuple_get(c->args, idx);
}

/* Applies the .attr and [item] parts of s[pos, end) to [obj]. */
static lp_value field_rest(lp_value sv, int64_t pos, int64_t end, lp_value obj)
{
    const lp_str_t *s = lp_as_str(sv);
    while (pos < end) {
        uint32_t c = lp_str_at(s, pos++);
        int64_t start = pos;
        if (c == '.') {
            while (pos < end && lp_str_at(s, pos) != '.' && lp_str_at(s, pos) != '[') pos++;
            if (pos == start) lp_raise(&lp_exc_ValueError, "Empty attribute in format string");
            obj = lp_getattr(obj, lp_str_substr(sv, start, pos));
        } else if (c == '[') {
            while (pos < end && lp_str_at(s, pos) != ']') pos++;
            if (pos >= end) lp_raise(&lp_exc_ValueError, "Missing ']' in format string");
            if (pos == start) lp_raise(&lp_exc_ValueError, "Empty attribute in format string");
            int64_t idx = field_integer(s, start, pos);
            obj = lp_getitem(obj, idx >= 0 ? lp_int_from_i64(idx) : lp_str_substr(sv, start, pos));
            pos++;
        } else {
            lp_raise(&lp_exc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    return obj;
}

/* The object a whole field name s[start, end) names. */
static lp_value field_object(fmt_ctx_t *c, lp_value sv, int64_t start, int64_t end)
{
    const lp_str_t *s = lp_as_str(sv);
    int64_t i = start;
    while (i < end && lp_str_at(s, i) != '.' && lp_str_at(s, i) != '[') i++;
    return field_rest(sv, i, end, field_first(c, sv, start, i));
}

static lp_value convert(lp_value v, uint32_t conv)
{
    switch (conv) {
    case 'r': return lp_repr(v);
    case 's': return lp_str(v);
    case 'a': return lp_ascii(v);
    default:
        if (conv > 32 && conv < 127)
            lp_raise(&lp_exc_ValueError, "Unknown conversion specifier %c", (int)conv);
        lp_raise(&lp_exc_ValueError, "Unknown conversion specifier \\x%x", conv);
    }
}

/* format(v, spec), without a method call for the common str case. */
static lp_value render(lp_value v, lp_value spec)
{
    if (lp_type_of(v) == &lp_type_str) return lp_str_format_spec(v, spec);
    return lp_format(v, spec);
}

static lp_value build(fmt_ctx_t *c, lp_value fmt, int depth);

/* Reads "!conv:spec}" after a field name ended by [ch] ('!' or ':') at
 * [*pos]: sets [*conv], [*spec] and [*expand] (the spec holds fields). */
static void field_tail(lp_value sv, int64_t *pos, uint32_t ch, uint32_t *conv, lp_value *spec,
                       bool *expand)
{
    const lp_str_t *s = lp_as_str(sv);
    if (ch == '!') {
        if (*pos >= s->len)
            lp_raise(&lp_exc_ValueError, "end of string while looking for conversion specifier");
        *conv = lp_str_at(s, (*pos)++);
        if (*pos < s->len) {
            ch = lp_str_at(s, (*pos)++);
            if (ch == '}') return;
            if (ch != ':') lp_raise(&lp_exc_ValueError, "expected ':' after conversion specifier");
        }
    }
    int64_t spec_start = *pos, count = 1;
    while (true) {
        if (*pos >= s->len) lp_raise(&lp_exc_ValueError, "unmatched '{' in format spec");
        ch = lp_str_at(s, (*pos)++);
        if (ch == '{') *expand = true, count++;
        else if (ch == '}' && --count == 0) break;
    }
    *spec = lp_str_substr(sv, spec_start, *pos - 1);
}

/* Parses the field after a '{' at [*pos] and appends its text to [b]. */
static void do_field(fmt_ctx_t *c, lp_value sv, int64_t *pos, lp_strbuf_t *b, int depth)
{
    const lp_str_t *s = lp_as_str(sv);
    int64_t name_start = *pos;
    uint32_t ch = 0;
    while (*pos < s->len) {
        ch = lp_str_at(s, (*pos)++);
        if (ch == '{') lp_raise(&lp_exc_ValueError, "unexpected '{' in field name");
        if (ch == '[') {
            while (*pos < s->len && lp_str_at(s, *pos) != ']') (*pos)++;
            continue;
        }
        if (ch == '}' || ch == ':' || ch == '!') break;
    }
    int64_t name_end = *pos - 1;
    uint32_t conv = 0;
    lp_value spec = lp_str_empty();
    bool expand = false;
    if (ch == '!' || ch == ':') field_tail(sv, pos, ch, &conv, &spec, &expand);
    else if (ch != '}') lp_raise(&lp_exc_ValueError, "expected '}' before end of string");
    lp_value obj = field_object(c, sv, name_start, name_end);
    if (conv) obj = convert(obj, conv);
    if (expand) spec = build(c, spec, depth - 1);
    c->last = render(obj, spec);
    lp_strbuf_put_str(b, c->last);
}

/* The template [fmt] with its fields replaced; [depth] counts down the
 * nesting of specs. */
static lp_value build(fmt_ctx_t *c, lp_value fmt, int depth)
{
    if (depth <= 0) lp_raise(&lp_exc_ValueError, "Max string recursion exceeded");
    const lp_str_t *s = lp_as_str(fmt);
    lp_strbuf_t b;
    lp_strbuf_init(&b);
    int64_t pos = 0;
    /* as CPython's writer: a template that is all text, or one field and
     * nothing else, gives that str itself (a str subclass stays one) */
    bool text_only = true, one_field = s->len > 0 && lp_str_at(s, 0) == '{';
    while (pos < s->len) {
        uint32_t ch = lp_str_at(s, pos++);
        if (ch != '{' && ch != '}') {
            lp_strbuf_putc(&b, ch);
            continue;
        }
        bool at_end = pos >= s->len;
        if (ch == '}' && (at_end || lp_str_at(s, pos) != '}'))
            lp_raise(&lp_exc_ValueError, "Single '}' encountered in format string");
        if (ch == '{' && at_end) lp_raise(&lp_exc_ValueError, "Single '{' encountered in format string");
        text_only = false;
        if (lp_str_at(s, pos) == ch) { /* {{ or }} */
            lp_strbuf_putc(&b, ch);
            pos++;
            one_field = false;
            continue;
        }
        do_field(c, fmt, &pos, &b, depth);
        if (pos < s->len) one_field = false;
    }
    if (text_only && s->len) return fmt;
    if (one_field) return c->last;
    return lp_strbuf_finish(&b);
}

lp_value lp_str_format(lp_value fmt, lp_value args, lp_value kwargs)
{
    fmt_ctx_t c = { args, kwargs, AUTO_INIT, 0, LP_NULL };
    const lp_str_t *f = lp_as_str(fmt);
    int64_t i = 0;
    while (i < f->len && lp_str_at(f, i) != '{' && lp_str_at(f, i) != '}') i++;
    /* no fields: CPython hands back the template itself (but '' is always exact) */
    if (i == f->len) return f->len ? fmt : lp_str_empty();
    return build(&c, fmt, 2);
}

lp_value lp_str_format_m(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_value pos = lp_tuple_from_array(args + 1, (int64_t)nargs - 1), kw = LP_NULL;
    if (kwnames && lp_tuple_len(kwnames) > 0) {
        kw = lp_dict_new();
        for (int64_t i = 0; i < lp_tuple_len(kwnames); i++)
            lp_dict_set(kw, lp_tuple_get(kwnames, i), args[nargs + i]);
    }
    return lp_str_format(args[0], pos, kw);
}

lp_value lp_str_format_map(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_str_check_args("str", "format_map", LP_ARGS_O, nargs, kwnames, 1, 1);
    return lp_str_format(args[0], LP_NULL, args[1]);
}
