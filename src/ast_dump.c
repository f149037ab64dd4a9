/* ast_dump.c -- ast.dump() of a syntax tree, byte for byte as CPython 3.11.
 *
 * The layout follows Lib/ast.py's dump() with annotate_fields=True:
 *
 *   - a node prints as Kind(field=value, ...), fields in `ast` order; an
 *     optional field ('?') holding None is left out;
 *   - with include_attributes, nodes that have positions add lineno,
 *     col_offset, end_lineno and end_col_offset after their fields;
 *   - enum values are nodes without fields (Load(), Add()); lists print as
 *     [a, b] or []; None inside a list prints None (Dict keys of **d);
 *   - with an indent, a node goes on one line only when it has at most
 *     three arguments and all of them are "simple": not a node or a list,
 *     or an empty list, or a node that itself prints no arguments.
 *     Otherwise each argument, and each item of a non-empty list, goes on
 *     a line of its own, indented one step per nesting level.
 *
 * Whether a node is one-line depends only on its children's argument
 * counts, so it is decided before printing and the text is written straight
 * into the buffer, without the intermediate strings ast.py builds.
 *
 * SPDX-License-Identifier: MIT
 */
#include <string.h>

#include "ast.h"
#include "floatrepr.h"
#include "unicode.h"

typedef struct {
    lp_buf_t *out;
    int indent; /* spaces per level; < 0: everything on one line */
    int attrs;  /* include_attributes */
} dumper_t;

static void dump_node(const dumper_t *dp, const lp_ast_t *n, int level);

/* ==== small writers ==== */

static void put(lp_buf_t *out, const char *s, size_t n)
{
    lp_buf_add(out, s, n);
}

#define PUT_LIT(out, lit) put((out), (lit), sizeof(lit) - 1)

/* Appends the decimal digits of [v]. */
static void put_long(lp_buf_t *out, long v)
{
    char tmp[24], *p = tmp + sizeof tmp;
    unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0) *--p = '-';
    put(out, p, (size_t)(tmp + sizeof tmp - p));
}

/* Appends repr() of the str whose UTF-8 (WTF-8) is [s][0..n). */
static void put_str_repr(lp_buf_t *out, const char *s, size_t n)
{
    if (!s) s = "", n = 0;
    char *dst = lp_buf_reserve(out, 10 * n + 3);
    out->len += lp_unicode_repr(s, n, dst);
    out->data[out->len] = 0;
}

/* Appends repr() of the bytes [s][0..n): b'...', quotes chosen as for str. */
static void put_bytes_repr(lp_buf_t *out, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    if (!s) s = "", n = 0;
    char quote = memchr(s, '\'', n) && !memchr(s, '"', n) ? '"' : '\'';
    char *o = lp_buf_reserve(out, 4 * n + 3), *start = o;
    *o++ = 'b';
    *o++ = quote;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == (unsigned char)quote || c == '\\') {
            *o++ = '\\';
            *o++ = (char)c;
        } else if (c == '\t' || c == '\n' || c == '\r') {
            *o++ = '\\';
            *o++ = c == '\t' ? 't' : c == '\n' ? 'n' : 'r';
        } else if (c < ' ' || c >= 0x7f) {
            *o++ = '\\';
            *o++ = 'x';
            *o++ = hex[c >> 4];
            *o++ = hex[c & 15];
        } else {
            *o++ = (char)c;
        }
    }
    *o++ = quote;
    out->len += (size_t)(o - start);
    out->data[out->len] = 0;
}

/* ==== constants ==== */

void lp_ast_const_repr(lp_buf_t *out, const lp_ast_const_t *k)
{
    char tmp[LP_COMPLEX_REPR_MAX];
    switch (k->kind) {
    case LP_CONST_NONE: PUT_LIT(out, "None"); break;
    case LP_CONST_TRUE: PUT_LIT(out, "True"); break;
    case LP_CONST_FALSE: PUT_LIT(out, "False"); break;
    case LP_CONST_ELLIPSIS: PUT_LIT(out, "Ellipsis"); break;
    case LP_CONST_INT: put(out, k->s ? k->s : "0", k->s ? k->n : 1); break;
    case LP_CONST_FLOAT: put(out, tmp, lp_float_repr(k->d, tmp)); break;
    case LP_CONST_COMPLEX: put(out, tmp, lp_float_complex_repr(0.0, k->d, tmp)); break;
    case LP_CONST_STR: put_str_repr(out, k->s, k->n); break;
    case LP_CONST_BYTES: put_bytes_repr(out, k->s, k->n); break;
    }
}

/* ==== deciding the layout ==== */

/* True when field [f] holds None and is optional: ast.dump leaves it out. */
static int omitted(const lp_ast_field_t *f, lp_ast_slot_t v)
{
    if (f->q != '?') return 0;
    switch (f->type) {
    case LP_AST_T_NODE: return !v.node;
    case LP_AST_T_IDENTIFIER:
    case LP_AST_T_STRING: return !v.str;
    case LP_AST_T_CONSTANT: return !v.k;
    default: return 0;
    }
}

/* The number of arguments node [n] prints: its fields that are not left
 * out, and its four positions when they are wanted. */
static int count_args(const dumper_t *dp, const lp_ast_t *n)
{
    const lp_ast_info_t *info = &lp_ast_info[n->kind];
    int count = dp->attrs && info->has_pos ? 4 : 0;
    for (int i = 0; i < info->nfields; i++)
        count += !omitted(&info->fields[i], n->f[i]);
    return count;
}

/* True when the value [v] of field [f] is "simple" in ast.py's sense. */
static int simple(const dumper_t *dp, const lp_ast_field_t *f, lp_ast_slot_t v)
{
    if (f->q == '*') return !v.seq || v.seq->len == 0;
    if (f->type == LP_AST_T_NODE) return !v.node || count_args(dp, v.node) == 0;
    return 1; /* scalars, and enum values, which print as Kind() */
}

/* True when node [n] prints on one line. */
static int one_line(const dumper_t *dp, const lp_ast_t *n)
{
    if (dp->indent < 0) return 1;
    const lp_ast_info_t *info = &lp_ast_info[n->kind];
    int count = dp->attrs && info->has_pos ? 4 : 0;
    for (int i = 0; i < info->nfields; i++) {
        const lp_ast_field_t *f = &info->fields[i];
        if (omitted(f, n->f[i])) continue;
        if (++count > 3 || !simple(dp, f, n->f[i])) return 0;
    }
    return count <= 3;
}

/* ==== printing ==== */

/* Starts argument or item number [i] at nesting [level]: ast.py's prefix
 * before the first, its separator before the others. */
static void separate(const dumper_t *dp, int i, int multiline, int level)
{
    if (i > 0) lp_buf_putc(dp->out, ',');
    if (multiline) {
        lp_buf_putc(dp->out, '\n');
        lp_buf_fill(dp->out, ' ', (size_t)dp->indent * (size_t)level);
    } else if (i > 0) {
        lp_buf_putc(dp->out, ' ');
    }
}

/* Appends one value of ASDL type [type] (a field's value or a list item). */
static void dump_scalar(const dumper_t *dp, lp_ast_type_t type, lp_ast_slot_t v, int level)
{
    lp_buf_t *out = dp->out;
    switch (type) {
    case LP_AST_T_NODE:
        if (v.node)
            dump_node(dp, v.node, level);
        else
            PUT_LIT(out, "None");
        break;
    case LP_AST_T_ENUM:
        lp_buf_puts(out, lp_ast_info[v.i].name);
        PUT_LIT(out, "()");
        break;
    case LP_AST_T_IDENTIFIER:
    case LP_AST_T_STRING:
        if (v.str)
            put_str_repr(out, v.str, strlen(v.str));
        else
            PUT_LIT(out, "None");
        break;
    case LP_AST_T_INT: put_long(out, v.i); break;
    case LP_AST_T_CONSTANT:
        if (v.k)
            lp_ast_const_repr(out, v.k);
        else
            PUT_LIT(out, "None");
        break;
    }
}

/* Appends the list [s] of [type] items, the value of a field at [level]. */
static void dump_seq(const dumper_t *dp, lp_ast_type_t type, const lp_ast_seq_t *s, int level)
{
    if (!s || s->len == 0) {
        PUT_LIT(dp->out, "[]");
        return;
    }
    level++;
    lp_buf_putc(dp->out, '[');
    for (int i = 0; i < s->len; i++) {
        separate(dp, i, dp->indent >= 0, level);
        dump_scalar(dp, type, s->items[i], level);
    }
    lp_buf_putc(dp->out, ']');
}

/* Appends "name=" and the value [v] of field [f], at [level]. */
static void dump_field(const dumper_t *dp, const lp_ast_field_t *f, lp_ast_slot_t v, int level)
{
    lp_buf_puts(dp->out, f->name);
    lp_buf_putc(dp->out, '=');
    if (f->q == '*')
        dump_seq(dp, f->type, v.seq, level);
    else
        dump_scalar(dp, f->type, v, level);
}

/* Appends the four position attributes of [n], continuing after [i] arguments. */
static void dump_attrs(const dumper_t *dp, const lp_ast_t *n, int i, int multiline, int level)
{
    static const char *const names[4] = {
        "lineno=", "col_offset=", "end_lineno=", "end_col_offset="};
    const int values[4] = {n->lineno, n->col_offset, n->end_lineno, n->end_col_offset};
    for (int j = 0; j < 4; j++) {
        separate(dp, i + j, multiline, level);
        lp_buf_puts(dp->out, names[j]);
        put_long(dp->out, values[j]);
    }
}

/* Appends node [n], whose parent is at nesting [level]. */
static void dump_node(const dumper_t *dp, const lp_ast_t *n, int level)
{
    const lp_ast_info_t *info = &lp_ast_info[n->kind];
    int multiline = !one_line(dp, n);
    int i = 0;
    level++;
    lp_buf_puts(dp->out, info->name);
    lp_buf_putc(dp->out, '(');
    for (int k = 0; k < info->nfields; k++) {
        if (omitted(&info->fields[k], n->f[k])) continue;
        separate(dp, i++, multiline, level);
        dump_field(dp, &info->fields[k], n->f[k], level);
    }
    if (dp->attrs && info->has_pos) dump_attrs(dp, n, i, multiline, level);
    lp_buf_putc(dp->out, ')');
}

void lp_ast_dump(lp_buf_t *out, const lp_ast_t *node, int indent, int attrs)
{
    dumper_t dp = {out, indent, attrs};
    dump_node(&dp, node, 0);
}
