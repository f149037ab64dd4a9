/* cliargs.c -- argparse's parse_args for fixed command lines (cliargs.h).
 *
 * The structure follows argparse._parse_known_args: every argument is first
 * classified as an option ('O'), an argument ('A') or "--" ('-'); then
 * optionals and the positional are consumed alternately, the actions taken
 * in order (so `-h` after a bad value reports the value, and before it
 * prints the help).
 *
 * SPDX-License-Identifier: MIT
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cliargs.h"

#include "buf.h"
#include "gc.h"
#include "unicode.h"

/* One classified argument. */
typedef struct {
    char kind;                 /* 'O', 'A' or '-' */
    int opt;                   /* 'O': index of the optional, -1 when unknown */
    const char *option_string; /* 'O': the option string matched */
    const char *explicit_arg;  /* 'O': the text after "=" or a short option, or NULL */
} item_t;

/* The state of one parse. */
typedef struct {
    const lp_cli_parser_t *p;
    char **argv;
    int argc;
    item_t *items;
    lp_cli_value_t *vals;
    int positional_done;
    char **pos;
    int npos;
    lp_buf_t extras;
    int nextras;
    int status; /* -1 while going on */
} parse_t;

const char *lp_cli_repr(const char *s)
{
    size_t n = strlen(s);
    char *out = lp_alloc_atomic(10 * n + 3);
    out[lp_unicode_repr(s, n, out)] = 0;
    return out;
}

int lp_cli_error(const lp_cli_parser_t *p, const char *msg)
{
    fflush(stdout);
    fprintf(stderr, "%s%s: error: %s\n", p->usage, p->prog, msg);
    return 2;
}

/* Reports "argument NAMES: MSG" for optional [opt]; returns 2. */
static int action_error(parse_t *ps, int opt, const char *msg)
{
    const lp_cli_opt_t *o = &ps->p->opts[opt];
    lp_buf_t b = {0};
    lp_buf_printf(&b, "argument %s", o->names[0]);
    if (o->names[1]) lp_buf_printf(&b, "/%s", o->names[1]);
    lp_buf_printf(&b, ": %s", msg);
    return ps->status = lp_cli_error(ps->p, b.data);
}

/* The optional whose option string is exactly [s], or -1. */
static int find_exact(const lp_cli_parser_t *p, const char *s, size_t n)
{
    for (int i = 0; i < p->nopts; i++)
        for (int k = 0; k < 2 && p->opts[i].names[k]; k++)
            if (strlen(p->opts[i].names[k]) == n && memcmp(p->opts[i].names[k], s, n) == 0)
                return i;
    return -1;
}

/* argparse's _negative_number_matcher: '^-\d+$|^-\d*\.\d+$'. */
static int looks_negative(const char *s)
{
    const char *q = s + 1;
    while (isdigit((unsigned char)*q)) q++;
    if (!*q) return q > s + 1;
    if (*q != '.' || !q[1]) return 0;
    for (q++; *q; q++)
        if (!isdigit((unsigned char)*q)) return 0;
    return 1;
}

/* _get_option_tuples: the optionals [a] may abbreviate or cluster; fills
 * [it] when exactly one matches.  Returns the number of matches (listing
 * them in [names] for the ambiguity message). */
static int option_tuples(const lp_cli_parser_t *p, const char *a, item_t *it, lp_buf_t *names)
{
    int found = 0;
    const char *eq = a[1] == '-' ? strchr(a, '=') : NULL;
    size_t plen = eq ? (size_t)(eq - a) : strlen(a);
    for (int i = 0; i < p->nopts; i++) {
        for (int k = 0; k < 2 && p->opts[i].names[k]; k++) {
            const char *name = p->opts[i].names[k];
            const char *explicit_arg;
            if (a[1] == '-') {
                if (strncmp(name, a, plen) != 0) continue;
                explicit_arg = eq ? eq + 1 : NULL;
            } else if (strlen(name) == 2 && strncmp(name, a, 2) == 0) {
                explicit_arg = a + 2;
            } else if (strncmp(name, a, plen) == 0) {
                explicit_arg = NULL;
            } else {
                continue;
            }
            if (found++) lp_buf_puts(names, ", ");
            lp_buf_puts(names, name);
            *it = (item_t){'O', i, name, explicit_arg};
        }
    }
    return found;
}

/* _parse_optional: classifies argument [a] into [it]; returns 2 after an
 * ambiguity error, else -1. */
static int classify(const lp_cli_parser_t *p, const char *a, item_t *it)
{
    *it = (item_t){'A', -1, NULL, NULL};
    if (a[0] != '-') return -1;
    int opt = find_exact(p, a, strlen(a));
    if (opt >= 0) {
        *it = (item_t){'O', opt, a, NULL};
        return -1;
    }
    if (!a[1]) return -1;
    const char *eq = strchr(a, '=');
    if (eq && (opt = find_exact(p, a, (size_t)(eq - a))) >= 0) {
        size_t n = (size_t)(eq - a);
        char *name = lp_alloc_atomic(n + 1);
        memcpy(name, a, n);
        name[n] = 0;
        *it = (item_t){'O', opt, name, eq + 1};
        return -1;
    }
    lp_buf_t names = {0};
    item_t found;
    int n = option_tuples(p, a, &found, &names);
    if (n > 1) {
        lp_buf_t msg = {0};
        lp_buf_printf(&msg, "ambiguous option: %s could match %s", a, names.data);
        return lp_cli_error(p, msg.data);
    }
    if (n == 1) {
        *it = found;
        return -1;
    }
    if (looks_negative(a) || strchr(a, ' ')) return -1;
    *it = (item_t){'O', -1, a, NULL};
    return -1;
}

/* Python's int() of a str, for ASCII text: spaces around, a sign, digits
 * with single underscores between them.  Returns 0 when invalid. */
static int parse_int(const char *s, long *out)
{
    while (isspace((unsigned char)*s)) s++;
    int neg = *s == '-';
    if (*s == '+' || *s == '-') s++;
    if (!isdigit((unsigned char)*s)) return 0;
    long v = 0;
    for (; *s; s++) {
        if (*s == '_' && isdigit((unsigned char)s[1])) continue;
        if (!isdigit((unsigned char)*s)) break;
        if (v < 100000000000L) v = v * 10 + (*s - '0');
    }
    while (isspace((unsigned char)*s)) s++;
    if (*s) return 0;
    *out = neg ? -v : v;
    return 1;
}

/* take_action for optional [opt] with argument [arg] (NULL for flags);
 * returns the exit status when the parse ends here, else -1. */
static int take_optional(parse_t *ps, int opt, const char *arg)
{
    const lp_cli_opt_t *o = &ps->p->opts[opt];
    lp_cli_value_t *v = &ps->vals[opt];
    if (o->action == LP_CLI_HELP) {
        printf("%s\n%s", ps->p->usage, ps->p->help);
        fflush(stdout);
        return ps->status = 0;
    }
    v->count++;
    if (!arg) return -1;
    long iv = 0;
    if (o->is_int && !parse_int(arg, &iv)) {
        lp_buf_t b = {0};
        lp_buf_printf(&b, "invalid int value: %s", lp_cli_repr(arg));
        return action_error(ps, opt, b.data);
    }
    if (o->choices) {
        int k = 0;
        while (o->choices[k] && strcmp(o->choices[k], arg) != 0) k++;
        if (!o->choices[k]) {
            lp_buf_t b = {0};
            lp_buf_printf(&b, "invalid choice: %s (choose from ", lp_cli_repr(arg));
            for (k = 0; o->choices[k]; k++)
                lp_buf_printf(&b, "%s%s", k ? ", " : "", lp_cli_repr(o->choices[k]));
            lp_buf_puts(&b, ")");
            return action_error(ps, opt, b.data);
        }
    }
    v->value = arg;
    v->ivalue = iv;
    if (o->action == LP_CLI_APPEND) {
        const char **values = lp_alloc(sizeof *values * (size_t)v->count);
        long *ivalues = lp_alloc_atomic(sizeof *ivalues * (size_t)v->count);
        if (v->count > 1) {
            memcpy(values, v->values, sizeof *values * (size_t)(v->count - 1));
            memcpy(ivalues, v->ivalues, sizeof *ivalues * (size_t)(v->count - 1));
        }
        values[v->count - 1] = arg;
        ivalues[v->count - 1] = iv;
        v->values = values;
        v->ivalues = ivalues;
    }
    return -1;
}

/* Takes a flag optional with nothing, else the one argument; one argument
 * must follow in the pattern.  Returns the index after what was used. */
static int consume_optional(parse_t *ps, int start)
{
    item_t *it = &ps->items[start];
    int opt = it->opt;
    const char *option_string = it->option_string, *explicit_arg = it->explicit_arg;
    int flags[64], nflags = 0, stop = start + 1;
    const char *arg = NULL;
    if (opt < 0) {
        if (ps->nextras++) lp_buf_putc(&ps->extras, ' ');
        lp_buf_puts(&ps->extras, ps->argv[start]);
        return start + 1;
    }
    for (;;) {
        int takes_arg = ps->p->opts[opt].action == LP_CLI_STORE ||
                        ps->p->opts[opt].action == LP_CLI_APPEND;
        if (explicit_arg) {
            if (!takes_arg && option_string[1] != '-' && explicit_arg[0] && nflags < 64) {
                flags[nflags++] = opt;
                char next[3] = {'-', explicit_arg[0], 0};
                int nopt = find_exact(ps->p, next, 2);
                if (nopt < 0) {
                    lp_buf_t b = {0};
                    lp_buf_printf(&b, "ignored explicit argument %s", lp_cli_repr(explicit_arg));
                    return action_error(ps, opt, b.data), stop;
                }
                opt = nopt;
                option_string = ps->p->opts[opt].names[0];
                explicit_arg = explicit_arg[1] ? explicit_arg + 1 : NULL;
                continue;
            }
            if (takes_arg) {
                arg = explicit_arg;
                break;
            }
            lp_buf_t b = {0};
            lp_buf_printf(&b, "ignored explicit argument %s", lp_cli_repr(explicit_arg));
            return action_error(ps, opt, b.data), stop;
        }
        if (takes_arg) {
            if (start + 1 >= ps->argc || ps->items[start + 1].kind != 'A')
                return action_error(ps, opt, "expected one argument"), stop;
            arg = ps->argv[start + 1];
            stop = start + 2;
        }
        break;
    }
    for (int i = 0; i < nflags; i++)
        if (take_optional(ps, flags[i], NULL) >= 0) return stop;
    take_optional(ps, opt, arg);
    return stop;
}

/* consume_positionals: the positional takes the run of arguments at
 * [start] (once); returns the index after them. */
static int consume_positionals(parse_t *ps, int start)
{
    if (ps->positional_done || !ps->p->positional) return start;
    int end = start, has_a = 0;
    while (end < ps->argc && ps->items[end].kind != 'O') {
        if (ps->items[end].kind == 'A') has_a = 1;
        end++;
    }
    if (ps->p->positional_min > 0) {
        int k = start;
        while (k < end && ps->items[k].kind == '-') k++;
        if (k == end || !has_a) return start;
    }
    ps->positional_done = 1;
    ps->pos = lp_alloc(sizeof(char *) * (size_t)(end - start + 1));
    int removed = 0;
    for (int k = start; k < end; k++) {
        if (!removed && strcmp(ps->argv[k], "--") == 0) {
            removed = 1;
            continue;
        }
        ps->pos[ps->npos++] = ps->argv[k];
    }
    return end;
}

/* Adds arguments [from, to) to the unrecognized ones. */
static void add_extras(parse_t *ps, int from, int to)
{
    for (int k = from; k < to; k++) {
        if (ps->nextras++) lp_buf_putc(&ps->extras, ' ');
        lp_buf_puts(&ps->extras, ps->argv[k]);
    }
}

/* The alternation of _parse_known_args over the classified arguments. */
static void consume_all(parse_t *ps)
{
    int max_opt = -1;
    for (int i = 0; i < ps->argc; i++)
        if (ps->items[i].kind == 'O') max_opt = i;
    int start = 0;
    while (start <= max_opt && ps->status < 0) {
        int next = start;
        while (ps->items[next].kind != 'O') next++;
        if (start != next) {
            int end = consume_positionals(ps, start);
            if (end > start) {
                start = end;
                continue;
            }
        }
        if (ps->items[start].kind != 'O') {
            add_extras(ps, start, next);
            start = next;
        }
        start = consume_optional(ps, start);
    }
    if (ps->status >= 0) return;
    int stop = consume_positionals(ps, start);
    add_extras(ps, stop, ps->argc);
}

int lp_cli_parse(const lp_cli_parser_t *p, int argc, char **argv, lp_cli_value_t *vals,
                 char ***pos, int *npos)
{
    parse_t ps = {p, argv, argc, lp_alloc(sizeof(item_t) * (size_t)(argc + 1)), vals, 0,
                  NULL, 0, {0}, 0, -1};
    memset(vals, 0, sizeof *vals * (size_t)p->nopts);
    int dashdash = 0;
    for (int i = 0; i < argc; i++) {
        if (dashdash) {
            ps.items[i] = (item_t){'A', -1, NULL, NULL};
        } else if (strcmp(argv[i], "--") == 0) {
            dashdash = 1;
            ps.items[i] = (item_t){'-', -1, NULL, NULL};
        } else if (classify(p, argv[i], &ps.items[i]) >= 0) {
            return 2;
        }
    }
    consume_all(&ps);
    if (ps.status >= 0) return ps.status;
    if (p->positional && p->positional_min > 0 && !ps.positional_done) {
        lp_buf_t b = {0};
        lp_buf_printf(&b, "the following arguments are required: %s", p->positional);
        return lp_cli_error(p, b.data);
    }
    if (ps.nextras) {
        lp_buf_t b = {0};
        lp_buf_printf(&b, "unrecognized arguments: %s", ps.extras.data);
        return lp_cli_error(p, b.data);
    }
    *pos = ps.pos ? ps.pos : lp_alloc(sizeof(char *));
    *npos = ps.npos;
    return -1;
}
