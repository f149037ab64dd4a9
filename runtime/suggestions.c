/* suggestions.c -- the "Did you mean: 'print'?" hint of the traceback
 * printer (CPython 3.11's Python/suggestions.c).
 *
 * For an AttributeError (exactly that class) with .name and .obj set, the
 * candidates are dir(obj); for a NameError (exactly) with .name set, the
 * local variable names of the innermost traceback entry's code, then its
 * globals, then the builtins.  The closest candidate by a Levenshtein
 * distance over UTF-8 bytes (a case flip costs 1, anything else 2) wins,
 * when no more than about a third of the characters need changing.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdint.h>
#include <string.h>

#include "error.h"
#include "mod_builtins.h"
#include "names.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_exc_internal.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_traceback.h"
#include "obj_tuple.h"
#include "ops.h"
#include "traceback.h"
#include "types.h"
#include "vm.h"

#define MAX_CANDIDATE_ITEMS 750
#define MAX_STRING_SIZE 40
#define MOVE_COST 2
#define CASE_COST 1

static int substitution_cost(char a, char b)
{
    if ((a & 31) != (b & 31)) return MOVE_COST;
    if (a == b) return 0;
    if (a >= 'A' && a <= 'Z') a += 'a' - 'A';
    if (b >= 'A' && b <= 'Z') b += 'a' - 'A';
    return a == b ? CASE_COST : MOVE_COST;
}

/* The distance from [a] to [b], or more than [max_cost] when it exceeds it. */
static size_t levenshtein(const char *a, size_t na, const char *b, size_t nb, size_t max_cost)
{
    size_t row[MAX_STRING_SIZE];
    while (na && nb && a[0] == b[0])
        a++, na--, b++, nb--;
    while (na && nb && a[na - 1] == b[nb - 1])
        na--, nb--;
    if (na == 0 || nb == 0) return (na + nb) * MOVE_COST;
    if (na > MAX_STRING_SIZE || nb > MAX_STRING_SIZE) return max_cost + 1;
    if (nb < na) {
        const char *t = a;
        a = b, b = t;
        size_t tn = na;
        na = nb, nb = tn;
    }
    if ((nb - na) * MOVE_COST > max_cost) return max_cost + 1;
    for (size_t i = 0; i < na; i++)
        row[i] = (i + 1) * MOVE_COST;
    size_t result = 0;
    for (size_t bi = 0; bi < nb; bi++) {
        size_t distance = result = bi * MOVE_COST, minimum = SIZE_MAX;
        for (size_t i = 0; i < na; i++) {
            size_t substitute = distance + (size_t)substitution_cost(b[bi], a[i]);
            distance = row[i];
            size_t insert_delete = (result < distance ? result : distance) + MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            row[i] = result;
            if (result < minimum) minimum = result;
        }
        if (minimum > max_cost) return max_cost + 1;
    }
    return result;
}

/* The candidate of list [dir] closest to [name], or LP_NULL. */
static lp_value closest(lp_value dir, lp_value name)
{
    int64_t n = lp_as_list(dir)->len;
    if (n >= MAX_CANDIDATE_ITEMS) return LP_NULL;
    size_t nn;
    const char *ns = lp_str_utf8(name, &nn);
    size_t best_distance = SIZE_MAX;
    lp_value best = LP_NULL;
    for (int64_t i = 0; i < n; i++) {
        lp_value item = lp_as_list(dir)->items[i];
        if (!lp_str_check(item)) return LP_NULL;
        size_t ni;
        const char *is = lp_str_utf8(item, &ni);
        if (ni == nn && memcmp(is, ns, nn) == 0) continue;
        size_t max_distance = (nn + ni + 3) * MOVE_COST / 6;
        if (best_distance - 1 < max_distance) max_distance = best_distance - 1;
        size_t d = levenshtein(ns, nn, is, ni, max_distance);
        if (d > max_distance) continue;
        if (!best || d < best_distance) {
            best = item;
            best_distance = d;
        }
    }
    return best;
}

/* The keys of mapping [d] as a list. */
static lp_value keys_of(lp_value d)
{
    lp_value l = lp_list_new(0), k;
    int64_t pos = 0;
    if (lp_dict_check(d)) {
        while (lp_dict_next(d, &pos, &k, NULL))
            lp_list_append(l, k);
        return l;
    }
    return lp_list_from_iterable(d);
}

static lp_value for_attribute_error(lp_value exc)
{
    lp_exc_name_t *e = (lp_exc_name_t *)lp_exc_fixed(exc);
    if (lp_type_of(e->name) != &lp_type_str || e->obj == LP_NONE) return LP_NULL;
    return closest(lp_builtins_dir_of(e->obj), e->name);
}

static lp_value for_name_error(lp_value exc)
{
    lp_exc_name_t *e = (lp_exc_name_t *)lp_exc_fixed(exc);
    lp_value tbv = e->base.traceback;
    if (lp_type_of(e->name) != &lp_type_str || !tbv) return LP_NULL;
    lp_traceback_t *tb = lp_as_ptr(tbv);
    while (tb->next)
        tb = lp_as_ptr(tb->next);
    lp_value varnames = tb->code->varnames;
    lp_value s =
        closest(lp_list_from_array(lp_as_tuple(varnames)->items, lp_tuple_len(varnames)), e->name);
    if (s || !tb->globals) return s;
    s = closest(keys_of(tb->globals), e->name);
    if (s) return s;
    return closest(keys_of(lp_vm_builtins_for(tb->globals)), e->name);
}

typedef struct {
    lp_value exc, result;
} suggest_t;

static void suggest(void *ud)
{
    suggest_t *s = ud;
    const lp_type_t *t = lp_type_of(s->exc);
    if (t == &lp_exc_AttributeError)
        s->result = for_attribute_error(s->exc);
    else if (t == &lp_exc_NameError)
        s->result = for_name_error(s->exc);
}

lp_value lp_traceback_suggestion(lp_value exc)
{
    suggest_t s = {exc, LP_NULL};
    return lp_pcall(suggest, &s) ? LP_NULL : s.result;
}
