/* traceback.c -- the report of an uncaught exception, as CPython 3.11's
 * default sys.excepthook writes it (Python/traceback.c, pythonrun.c).
 *
 * The report is built as UTF-8 in a buffer, then written to the stream in
 * one go.  Source lines come from the files named by the code objects,
 * through a small cache.  The caret line under a source line needs the
 * columns of the failing instruction (obj_code.h positions); for a binary
 * operation or a subscript CPython parses the highlighted text to find the
 * operator and draws it with '^' and the operands with '~': the same is
 * done here with lemonpy's parser.
 *
 * SPDX-License-Identifier: MIT
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "arena.h"
#include "ast.h"
#include "buf.h"
#include "codecs.h"
#include "error.h"
#include "gc.h"
#include "io.h"
#include "mod_sys.h"
#include "names.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_exc_internal.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_traceback.h"
#include "obj_tuple.h"
#include "ops.h"
#include "parse.h"
#include "source.h"
#include "syntax_error.h"
#include "traceback.h"
#include "types.h"

#define TB_LIMIT 1000         /* sys.tracebacklimit's default */
#define TB_RECURSIVE_CUTOFF 3 /* repeated entries shown before folding */

/* ==== the line cache ==== */

typedef struct {
    lp_value filename; /* str, or LP_NULL: free slot */
    const char *text;  /* the file's bytes (NUL-terminated), NULL: unreadable */
    size_t len;
} cached_file_t;

static cached_file_t line_cache[8];
static unsigned line_cache_next;

static const cached_file_t *cache_lookup(lp_value filename)
{
    for (size_t i = 0; i < sizeof line_cache / sizeof *line_cache; i++)
        if (line_cache[i].filename && lp_str_eq(line_cache[i].filename, filename))
            return &line_cache[i];
    cached_file_t *c = &line_cache[line_cache_next++ % (sizeof line_cache / sizeof *line_cache)];
    c->filename = filename;
    c->text = NULL;
    c->len = 0;
    FILE *f = fopen(lp_str_utf8(filename, NULL), "rb");
    if (!f) return c;
    lp_buf_t b = {0};
    char chunk[8192];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        lp_buf_add(&b, chunk, n);
    fclose(f);
    if (!b.data) lp_buf_add(&b, "", 0);
    c->text = b.data;
    c->len = b.len;
    if (c->len >= 3 && memcmp(c->text, "\xef\xbb\xbf", 3) == 0) c->text += 3, c->len -= 3;
    return c;
}

const char *lp_traceback_source_line(lp_value filename, int lineno, size_t *len)
{
    if (!filename || !lp_str_check(filename) || lineno < 1) return NULL;
    const cached_file_t *c = cache_lookup(filename);
    if (!c->text) return NULL;
    const char *p = c->text, *end = c->text + c->len;
    for (int i = 1; i < lineno; i++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) return NULL;
        p = nl + 1;
    }
    if (p >= end) return NULL;
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
    if (n && p[n - 1] == '\r') n--;
    if (!lp_utf8_check(p, n, NULL)) return NULL;
    *len = n;
    return p;
}

/* ==== carets ==== */

static bool is_ws(char c)
{
    return c == ' ' || c == '\t' || c == '\f';
}

/* The number of code points in the first [col] bytes of UTF-8 [s] of
 * [len] bytes (CPython's _PyPegen_byte_offset_to_character_offset: past
 * the end, the terminating NUL counts as one more). */
static long char_offset(const char *s, size_t len, long col)
{
    if (col > (long)len + 1) col = (long)len + 1;
    long n = 0;
    for (long i = 0; i < col; i++)
        if (i >= (long)len || ((unsigned char)s[i] & 0xc0) != 0x80) n++;
    return n;
}

/* The byte offset of code point [ch] in UTF-8 [s] of [len] bytes. */
static size_t byte_offset(const char *s, size_t len, long ch)
{
    size_t i = 0;
    for (long k = 0; k < ch && i < len; k++) {
        i++;
        while (i < len && ((unsigned char)s[i] & 0xc0) == 0x80)
            i++;
    }
    return i;
}

typedef struct {
    const char *seg;
    size_t len;
    long left, right; /* byte offsets in seg; -1: none */
    char primary, secondary;
} anchors_t;

/* CPython's extract_anchors_from_expr for the one expression statement
 * [e] of the segment. */
static void anchors_from_expr(anchors_t *a, const lp_ast_t *e)
{
    if (e->kind == AST_BinOp) {
        const lp_ast_t *l = e->f[0].node, *r = e->f[2].node;
        for (long i = l->end_col_offset; i < r->col_offset; i++) {
            if (is_ws(a->seg[i])) continue;
            a->left = i;
            a->right = i + 1;
            if (i + 1 < r->col_offset && !is_ws(a->seg[i + 1])) a->right++;
            if (i + 1 < r->col_offset && a->seg[i] == ')') continue;
            a->primary = '~';
            a->secondary = '^';
            break;
        }
    } else if (e->kind == AST_Subscript) {
        long n = (long)a->len;
        a->left = e->f[0].node->end_col_offset;
        a->right = e->f[1].node->end_col_offset + 1;
        while (a->left < n && a->seg[a->left] != '[')
            a->left++;
        while (a->right < n && a->seg[a->right] != ']')
            a->right++;
        if (a->right < n) a->right++;
        a->primary = '~';
        a->secondary = '^';
    }
}

static void parse_anchors(void *ud)
{
    anchors_t *a = ud;
    lp_arena_t *arena = lp_arena_new();
    lp_syntax_error_t err = {0};
    size_t len;
    int flags;
    const char *text =
        lp_source_decode(a->seg, a->len, "<traceback>", LP_SOURCE_STRING, &len, &flags, &err);
    lp_ast_t *mod = text ? lp_parse(arena, text, len, LP_PARSE_EXEC, flags, &err, NULL) : NULL;
    if (mod && mod->f[0].seq->len == 1) {
        const lp_ast_t *st = mod->f[0].seq->items[0].node;
        if (st->kind == AST_Expr) anchors_from_expr(a, st->f[0].node);
    }
    lp_arena_free(arena);
}

/* Appends the caret line for source [line] ([len] bytes, indentation
 * included) when the instruction's position [pos] allows one. */
static void put_carets(lp_buf_t *out, const char *margin, const char *line, size_t len,
                       const lp_position_t *pos)
{
    if (pos->line <= 0 || pos->end_line <= 0 || pos->col < 0 || pos->end_col < 0) return;
    long start = char_offset(line, len, pos->col), end = char_offset(line, len, pos->end_col);
    long nchars = char_offset(line, len, (long)len), indent = 0;
    while (indent < (long)len && is_ws(line[indent]))
        indent++;
    anchors_t a = {NULL, 0, -1, -1, '^', '^'};
    if (pos->line == pos->end_line) {
        size_t b0 = byte_offset(line, len, start), b1 = byte_offset(line, len, end);
        if (b1 > b0) {
            char *seg = lp_alloc_atomic(b1 - b0 + 1);
            memcpy(seg, line + b0, b1 - b0);
            seg[b1 - b0] = 0;
            a.seg = seg;
            a.len = b1 - b0;
            if (lp_pcall(parse_anchors, &a)) a.left = a.right = -1;
            if (a.left >= 0) {
                a.left = char_offset(seg, a.len, a.left) + start;
                a.right = char_offset(seg, a.len, a.right) + start;
            }
        }
    } else {
        long i = (long)len;
        while (--i >= 0 && (is_ws(line[i]) || line[i] == '\n')) {
        }
        end = i + 1;
    }
    bool special = a.left != -1 || a.right != -1;
    if (end - start == nchars - indent && !special) return;
    lp_buf_puts(out, margin);
    for (long off = indent - 4 + 1; off <= end; off++) {
        if (off <= start)
            lp_buf_putc(out, ' ');
        else if (special && a.left < off && off <= a.right)
            lp_buf_putc(out, a.secondary);
        else
            lp_buf_putc(out, a.primary);
    }
    lp_buf_putc(out, '\n');
}

/* ==== the report ==== */

#define MAX_SEEN 256
#define MAX_GROUP_WIDTH 15
#define MAX_GROUP_DEPTH 10

/* What the printer carries, as CPython's exception_print_context. */
typedef struct {
    lp_buf_t out;
    int depth;               /* exception group nesting: 0 outside any group */
    bool need_close;         /* a group's closing line is still owed */
    char margin[64];         /* "" or the indent and "| " of the current depth */
    lp_value seen[MAX_SEEN]; /* exceptions already printed (identity) */
    int nseen;
} report_t;

/* Sets the margin for depth [r->depth]: 2*depth spaces then "| ". */
static void set_depth(report_t *r, int depth)
{
    r->depth = depth;
    int n = depth ? 2 * depth : 0;
    if (n > 40) n = 40;
    memset(r->margin, ' ', (size_t)n);
    strcpy(r->margin + n, depth ? "| " : "");
}

static void put_str(lp_buf_t *out, lp_value s)
{
    size_t n;
    const char *u = lp_str_utf8(s, &n);
    lp_buf_add(out, u, n);
}

/* ==== entries ==== */

static void put_entry(report_t *r, const lp_traceback_t *tb)
{
    lp_buf_t *out = &r->out;
    const lp_code_t *code = tb->code;
    int lineno = lp_traceback_lineno(tb);
    lp_buf_puts(out, r->margin);
    lp_buf_puts(out, "  File \"");
    put_str(out, code->filename);
    lp_buf_printf(out, "\", line %d, in ", lineno);
    put_str(out, code->name);
    lp_buf_putc(out, '\n');
    size_t len;
    const char *line = lp_traceback_source_line(code->filename, lineno, &len);
    if (!line) return;
    size_t i = 0;
    while (i < len && is_ws(line[i]))
        i++;
    lp_buf_puts(out, r->margin);
    lp_buf_puts(out, "    ");
    lp_buf_add(out, line + i, len - i);
    lp_buf_putc(out, '\n');
    if (tb->lasti >= 0 && (uint32_t)tb->lasti < code->ncode && code->positions)
        put_carets(out, r->margin, line, len, &code->positions[tb->lasti]);
}

static bool same_place(const lp_traceback_t *a, const lp_traceback_t *b)
{
    return lp_traceback_lineno(a) == lp_traceback_lineno(b) &&
           lp_str_eq(a->code->filename, b->code->filename) &&
           lp_str_eq(a->code->name, b->code->name);
}

/* (CPython writes this line without the group margin.) */
static void put_repeated(lp_buf_t *out, long cnt)
{
    cnt -= TB_RECURSIVE_CUTOFF;
    lp_buf_printf(out, "  [Previous line repeated %ld more time%s]\n", cnt, cnt > 1 ? "s" : "");
}

/* The header and the entries of chain [tbv]; [group] picks the exception
 * group header. */
static void put_traceback(report_t *r, lp_value tbv, bool group)
{
    long depth = 0;
    for (lp_value t = tbv; t; t = ((lp_traceback_t *)lp_as_ptr(t))->next)
        depth++;
    while (tbv && depth > TB_LIMIT) {
        depth--;
        tbv = ((lp_traceback_t *)lp_as_ptr(tbv))->next;
    }
    if (group && r->depth == 1)
        lp_buf_puts(&r->out, "  + ");
    else
        lp_buf_puts(&r->out, r->margin);
    lp_buf_puts(&r->out, group ? "Exception Group Traceback (most recent call last):\n"
                               : "Traceback (most recent call last):\n");
    const lp_traceback_t *last = NULL;
    long cnt = 0;
    for (lp_value t = tbv; t; t = ((lp_traceback_t *)lp_as_ptr(t))->next) {
        const lp_traceback_t *tb = lp_as_ptr(t);
        if (!last || !same_place(last, tb)) {
            if (cnt > TB_RECURSIVE_CUTOFF) put_repeated(&r->out, cnt);
            last = tb;
            cnt = 0;
        }
        if (++cnt <= TB_RECURSIVE_CUTOFF) put_entry(r, tb);
    }
    if (cnt > TB_RECURSIVE_CUTOFF) put_repeated(&r->out, cnt);
}

/* ==== SyntaxError's location ==== */

/* CPython's print_error_text: the text without its indentation and a
 * caret line from [offset] (1-based) for [end_offset] - offset carets. */
static void put_error_text(lp_buf_t *out, long offset, long end_offset, lp_value text)
{
    long reps = end_offset > 0 && end_offset > offset ? end_offset - offset : 1;
    size_t n;
    const char *t = lp_str_utf8(text, &n);
    offset--;
    while (*t == ' ' || *t == '\t' || *t == '\f')
        t++, offset--;
    long len = (long)strlen(t);
    if (len > 0 && t[len - 1] == '\n') len--;
    if (offset > len) offset = len;
    for (;;) {
        const char *nl = strchr(t, '\n');
        if (!nl) break;
        long inl = nl - t;
        if (inl >= offset) break;
        inl++;
        t += inl;
        len -= inl;
        offset -= inl;
    }
    lp_buf_puts(out, "    ");
    lp_buf_puts(out, t);
    if (t[len] != '\n') lp_buf_putc(out, '\n');
    if (offset < 0) return;
    lp_buf_puts(out, "    ");
    lp_buf_fill(out, ' ', (size_t)offset);
    lp_buf_fill(out, '^', (size_t)reps);
    lp_buf_putc(out, '\n');
}

static bool small_int(lp_value v, long *out)
{
    if (!lp_is_int(v) || lp_as_int(v) < -2147483648LL || lp_as_int(v) > 2147483647LL) return false;
    *out = (long)lp_as_int(v);
    return true;
}

/* The File line, text and carets of a SyntaxError [e]; returns the value
 * whose str() is the message (msg), or [e] itself when the fields do not
 * describe a location (CPython's parse_syntax_error failing). */
static lp_value put_syntax_location(report_t *r, lp_value e)
{
    lp_exc_syntax_t *s = lp_as_ptr(e);
    long lineno, offset = -1, end_lineno, end_offset = -1;
    if (!small_int(s->lineno, &lineno)) return e;
    if (s->offset != LP_NONE && !small_int(s->offset, &offset)) return e;
    end_lineno = lineno;
    if (s->end_lineno != LP_NONE && !small_int(s->end_lineno, &end_lineno)) return e;
    if (s->end_offset != LP_NONE && !small_int(s->end_offset, &end_offset)) return e;
    if (s->text != LP_NONE && !lp_str_check(s->text)) return e;
    lp_buf_puts(&r->out, r->margin);
    lp_buf_puts(&r->out, "  File \"");
    if (s->filename == LP_NONE)
        lp_buf_puts(&r->out, "<string>");
    else
        put_str(&r->out, lp_str(s->filename));
    lp_buf_printf(&r->out, "\", line %ld\n", lineno);
    if (s->text != LP_NONE) {
        size_t size;
        lp_str_utf8(s->text, &size);
        if (end_lineno > lineno) end_offset = (long)size;
        if (end_offset > (long)size + 1) end_offset = (long)size + 1;
        put_error_text(&r->out, offset, end_offset, s->text);
    }
    return s->msg;
}

/* ==== one exception ==== */

/* "module.Qualname" of [t], without the module for builtins and __main__. */
static void put_type_name(lp_buf_t *out, const lp_type_t *t)
{
    lp_value tv = lp_from_ptr((void *)t);
    lp_value mod = lp_getattr_opt(tv, LP_NAME(__module__));
    if (!mod || !lp_str_check(mod)) {
        lp_buf_puts(out, "<unknown>.");
    } else if (!lp_str_eq_cstr(mod, "builtins") && !lp_str_eq_cstr(mod, "__main__")) {
        put_str(out, mod);
        lp_buf_putc(out, '.');
    }
    lp_value qual = lp_getattr_opt(tv, LP_NAME(__qualname__));
    if (qual && lp_str_check(qual))
        put_str(out, qual);
    else
        lp_buf_puts(out, "<unknown>");
}

typedef struct {
    lp_value v, result;
} str_call_t;

static void do_str(void *ud)
{
    str_call_t *c = ud;
    c->result = lp_str(c->v);
}

/* str([v]), or LP_NULL when it raises. */
static lp_value safe_str(lp_value v)
{
    str_call_t c = {v, LP_NULL};
    return lp_pcall(do_str, &c) ? LP_NULL : c.result;
}

/* [s] line by line, each line after the margin. */
static void put_lines(report_t *r, lp_value s)
{
    size_t n;
    const char *u = lp_str_utf8(s, &n), *end = u + n;
    do {
        const char *nl = memchr(u, '\n', (size_t)(end - u));
        size_t len = nl ? (size_t)(nl - u) : (size_t)(end - u);
        lp_buf_puts(&r->out, r->margin);
        lp_buf_add(&r->out, u, len);
        lp_buf_putc(&r->out, '\n');
        u = nl ? nl + 1 : end;
    } while (u < end);
}

static void put_notes(report_t *r, lp_value exc)
{
    lp_exc_t *e = lp_as_exc(exc);
    lp_value notes = e->dict ? lp_dict_get_cstr(e->dict, "__notes__") : LP_NULL;
    if (!notes || notes == LP_NONE) return;
    if (!lp_type_of(notes)->getitem || lp_is_instance(notes, &lp_type_dict)) {
        lp_value s = safe_str(lp_repr(notes));
        put_lines(r, s ? s : lp_str_from_cstr("<__notes__ repr() failed>"));
        return;
    }
    lp_value l = lp_list_from_iterable(notes);
    for (int64_t i = 0; i < lp_as_list(l)->len; i++) {
        lp_value s = safe_str(lp_as_list(l)->items[i]);
        put_lines(r, s ? s : lp_str_from_cstr("<note str() failed>"));
    }
}

/* The traceback and the `Type: message` line of [exc] alone. */
static void put_exception(report_t *r, lp_value exc)
{
    lp_exc_t *e = lp_exc_fixed(exc);
    bool group = lp_is_instance(exc, &lp_exc_BaseExceptionGroup);
    if (e->traceback) put_traceback(r, e->traceback, group);
    lp_value value = exc;
    if (lp_is_instance(exc, &lp_exc_SyntaxError)) value = put_syntax_location(r, exc);
    lp_buf_puts(&r->out, r->margin);
    put_type_name(&r->out, e->head.type);
    if (value != LP_NONE) {
        lp_value s = safe_str(value);
        if (!s) {
            lp_buf_puts(&r->out, ": <exception str() failed>");
        } else if (lp_str_len(s)) {
            lp_buf_puts(&r->out, ": ");
            put_str(&r->out, s);
        }
    }
    lp_value hint = lp_traceback_suggestion(exc);
    if (hint) {
        lp_buf_puts(&r->out, ". Did you mean: '");
        put_str(&r->out, hint);
        lp_buf_puts(&r->out, "'?");
    }
    lp_buf_putc(&r->out, '\n');
    put_notes(r, exc);
}

/* ==== chains and groups ==== */

static bool was_seen(const report_t *r, lp_value e)
{
    for (int i = 0; i < r->nseen; i++)
        if (r->seen[i] == e) return true;
    return false;
}

static void put_recursive(report_t *r, lp_value exc, int level);

/* The chained exception [e] then [message] (CPython's print_chained). */
static void put_chained(report_t *r, lp_value e, const char *message, int level)
{
    bool need_close = r->need_close;
    put_recursive(r, e, level + 1);
    r->need_close = need_close;
    lp_buf_puts(&r->out, r->margin);
    lp_buf_putc(&r->out, '\n');
    lp_buf_puts(&r->out, r->margin);
    lp_buf_puts(&r->out, message);
    lp_buf_puts(&r->out, r->margin);
    lp_buf_putc(&r->out, '\n');
}

/* The group [exc], then each of its exceptions in a frame. */
static void put_group(report_t *r, lp_value exc, int level)
{
    if (r->depth > MAX_GROUP_DEPTH) {
        lp_buf_puts(&r->out, r->margin);
        lp_buf_printf(&r->out, "... (max_group_depth is %d)\n", MAX_GROUP_DEPTH);
        return;
    }
    if (r->depth == 0) set_depth(r, 1);
    put_exception(r, exc);
    lp_value excs = ((lp_exc_group_t *)lp_exc_fixed(exc))->excs;
    if (!lp_tuple_check(excs)) return;
    int64_t num = lp_tuple_len(excs), n = num <= MAX_GROUP_WIDTH ? num : MAX_GROUP_WIDTH + 1;
    r->need_close = false;
    for (int64_t i = 0; i < n; i++) {
        bool last = i == n - 1, truncated = i >= MAX_GROUP_WIDTH;
        if (last) r->need_close = true;
        lp_buf_fill(&r->out, ' ', (size_t)(2 * r->depth));
        lp_buf_puts(&r->out, i == 0 ? "+-" : "  ");
        if (truncated)
            lp_buf_puts(&r->out, "+---------------- ... ----------------\n");
        else
            lp_buf_printf(&r->out, "+---------------- %lld ----------------\n", (long long)i + 1);
        set_depth(r, r->depth + 1);
        if (!truncated) {
            put_recursive(r, lp_tuple_get(excs, i), level + 1);
        } else {
            int64_t rest = num - MAX_GROUP_WIDTH;
            lp_buf_puts(&r->out, r->margin);
            lp_buf_printf(&r->out, "and %lld more exception%s\n", (long long)rest,
                          rest > 1 ? "s" : "");
        }
        if (last && r->need_close) {
            lp_buf_fill(&r->out, ' ', (size_t)(2 * r->depth));
            lp_buf_puts(&r->out, "+------------------------------------\n");
            r->need_close = false;
        }
        set_depth(r, r->depth - 1);
    }
    if (r->depth == 1) set_depth(r, 0);
}

static void put_recursive(report_t *r, lp_value exc, int level)
{
    if (level > 200) return; /* CPython's recursion guard would stop here too */
    if (r->nseen < MAX_SEEN) r->seen[r->nseen++] = exc;
    lp_exc_t *e = lp_as_exc(exc);
    if (e->cause) {
        if (!was_seen(r, e->cause))
            put_chained(r, e->cause,
                        "The above exception was the direct cause of the following exception:\n",
                        level);
    } else if (!e->suppress_context && e->context && !was_seen(r, e->context)) {
        put_chained(r, e->context,
                    "During handling of the above exception, another exception occurred:\n", level);
    }
    if (lp_is_instance(exc, &lp_exc_BaseExceptionGroup))
        put_group(r, exc, level);
    else
        put_exception(r, exc);
}

lp_value lp_traceback_format(lp_value exc)
{
    report_t *r = lp_alloc(sizeof *r);
    lp_buf_add(&r->out, "", 0);
    set_depth(r, 0);
    if (!lp_exc_check(exc))
        lp_buf_printf(&r->out,
                      "TypeError: print_exception(): Exception expected for value, %s found\n",
                      lp_type_of(exc)->name);
    else
        put_recursive(r, exc, 0);
    return lp_str_from_utf8(r->out.data, r->out.len);
}

/* ==== printing and the top level ==== */

typedef struct {
    lp_value exc, file;
} print_call_t;

static void do_print(void *ud)
{
    print_call_t *p = ud;
    lp_value text = lp_traceback_format(p->exc);
    lp_io_write(p->file, text);
    lp_io_flush(p->file);
}

void lp_traceback_print(lp_value exc, lp_value file)
{
    if (!file) file = lp_sys_get("stderr");
    if (!file || file == LP_NONE) {
        fputs("lost sys.stderr\n", stderr);
        return;
    }
    print_call_t p = {exc, file};
    lp_pcall(do_print, &p);
}

typedef struct {
    lp_value hook, exc;
} hook_call_t;

static void do_hook(void *ud)
{
    hook_call_t *h = ud;
    lp_exc_t *e = lp_as_exc(h->exc);
    lp_value args[3] = {lp_from_ptr((void *)e->head.type), h->exc,
                        e->traceback ? e->traceback : LP_NONE};
    lp_call(h->hook, args, 3, LP_NULL);
}

static void do_write(void *ud)
{
    print_call_t *p = ud;
    lp_io_write(p->file, p->exc);
    lp_io_flush(p->file);
}

/* Writes the str [text] to sys.stderr, ignoring errors. */
static void write_stderr(lp_value text)
{
    print_call_t p = {text, lp_sys_get("stderr")};
    if (p.file && p.file != LP_NONE) lp_pcall(do_write, &p);
}

/* The exit status of SystemExit [exc]: its code None 0, an int itself,
 * anything else printed to stderr and 1. */
static int system_exit_status(lp_value exc)
{
    lp_value code = ((lp_exc_value_t *)lp_exc_fixed(exc))->value;
    if (code == LP_NONE) return 0;
    lp_value i = lp_int_unwrap(code);
    if (i) return lp_is_int(i) ? (int)lp_as_int(i) : -1;
    lp_value s = safe_str(code);
    if (s) write_stderr(lp_str_concat(s, lp_str_from_cstr("\n")));
    return 1;
}

int lp_traceback_handle_uncaught(lp_value exc)
{
    lp_io_flush_all(); /* CPython's flush_io() before PyErr_Print */
    if (lp_exc_check(exc) && lp_is_instance(exc, &lp_exc_SystemExit))
        return system_exit_status(exc);
    lp_value hook = lp_sys_get("excepthook");
    if (!hook || hook == LP_NONE) {
        write_stderr(lp_str_from_cstr("sys.excepthook is missing\n"));
        lp_traceback_print(exc, LP_NULL);
    } else if (hook == lp_sys_default_excepthook()) {
        lp_traceback_print(exc, LP_NULL);
    } else {
        hook_call_t h = {hook, exc};
        lp_value err = lp_pcall(do_hook, &h);
        if (err) {
            if (lp_exc_check(err) && lp_is_instance(err, &lp_exc_SystemExit))
                return system_exit_status(err);
            write_stderr(lp_str_from_cstr("Error in sys.excepthook:\n"));
            lp_traceback_print(err, LP_NULL);
            write_stderr(lp_str_from_cstr("\nOriginal exception was:\n"));
            lp_traceback_print(exc, LP_NULL);
        }
    }
    /* exactly KeyboardInterrupt (CPython compares the type): die by SIGINT */
    if (lp_is_ptr(exc) && lp_type_of(exc) == &lp_exc_KeyboardInterrupt) {
        lp_io_flush_all();
        signal(SIGINT, SIG_DFL);
        kill(getpid(), SIGINT);
    }
    return 1;
}
