/* obj_list_sort.c -- list.sort: CPython's timsort, as far as it shows.
 *
 * The list is sorted as (key, value) pairs.  The runs are found and
 * extended exactly as CPython 3.11's listsort does (count_run, minrun,
 * binary insertion), so a sort of fewer than 64 items makes CPython's very
 * comparisons, and a comparison that raises leaves the list in CPython's
 * partial order.  Runs are then merged with the classic timsort stack
 * rules, without galloping.  `reverse` reverses before and after a stable
 * sort, as CPython.  When every key is a small int, a float, an exact str
 * or an exact tuple, comparisons are done inline.
 *
 * During the sort the list looks empty; any change to it is reported as
 * "list modified during sort" afterwards.
 *
 * SPDX-License-Identifier: MIT
 */
#include <string.h>

#include "error.h"
#include "gc.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"
#include "types.h"

typedef struct {
    lp_value key, value;
} pair_t;

typedef enum { CMP_GENERIC, CMP_INT, CMP_FLOAT, CMP_STR, CMP_TUPLE } cmp_kind_t;

typedef struct {
    int64_t base, len;
} run_t;

typedef struct {
    lp_value *items; /* the list's array while it is hidden */
    int64_t n;
    lp_value keyfn; /* LP_NULL: the items are the keys */
    bool reverse;
    bool sorting;   /* keys made: pairs holds every item */
    cmp_kind_t kind;
    pair_t *pairs, *tmp;
    /* a merge in progress: tmp[mi, mn) still belong at pairs[mk...] */
    bool merging;
    int64_t mi, mn, mk;
} job_t;

/* ==== comparison ==== */

static inline bool is_exact_str(lp_value v)
{
    return lp_is_ptr(v) && lp_as_object(v)->type == &lp_type_str;
}

/* a < b for two exact tuples, with the common item types compared inline
 * (what tuple's own comparison answers, in fewer steps). */
static bool tuple_lt(lp_value a, lp_value b)
{
    lp_tuple_t *x = lp_as_tuple(a), *y = lp_as_tuple(b);
    int64_t n = x->len < y->len ? x->len : y->len;
    for (int64_t i = 0; i < n; i++) {
        lp_value p = x->items[i], q = y->items[i];
        if (p == q) continue;
        if (lp_is_int(p) && lp_is_int(q)) return lp_as_int(p) < lp_as_int(q);
        if (is_exact_str(p) && is_exact_str(q)) {
            int c = lp_str_cmp(p, q);
            if (c == 0) continue;
            return c < 0;
        }
        if (!lp_eq(p, q)) return lp_compare_bool(p, q, LP_LT);
    }
    return x->len < y->len;
}

/* a < b for the job's kind of keys. */
static inline bool lt(const job_t *job, lp_value a, lp_value b)
{
    switch (job->kind) {
    case CMP_INT: return lp_as_int(a) < lp_as_int(b);
    case CMP_FLOAT: return lp_as_float(a) < lp_as_float(b);
    case CMP_STR: return lp_str_cmp(a, b) < 0;
    case CMP_TUPLE: return tuple_lt(a, b);
    default: return lp_compare_bool(a, b, LP_LT);
    }
}

/* The fastest comparison valid for all [n] keys of [p]. */
static cmp_kind_t cmp_kind(const pair_t *p, int64_t n)
{
    bool ints = true, floats = true, strs = true, tuples = true;
    for (int64_t i = 0; i < n; i++) {
        lp_value k = p[i].key;
        ints = ints && lp_is_int(k);
        floats = floats && lp_is_float(k);
        strs = strs && is_exact_str(k);
        tuples = tuples && lp_is_ptr(k) && lp_as_object(k)->type == &lp_type_tuple;
        if (!ints && !floats && !strs && !tuples) return CMP_GENERIC;
    }
    return ints ? CMP_INT : floats ? CMP_FLOAT : strs ? CMP_STR : CMP_TUPLE;
}

/* ==== runs (as CPython's listsort) ==== */

static void reverse_pairs(pair_t *p, int64_t n)
{
    for (int64_t i = 0, j = n - 1; i < j; i++, j--) {
        pair_t t = p[i];
        p[i] = p[j];
        p[j] = t;
    }
}

/* The length of the run at p[0, n): ascending (non-decreasing) or strictly
 * descending ([*descending] set), CPython's count_run. */
static int64_t count_run(const job_t *job, const pair_t *p, int64_t n, bool *descending)
{
    *descending = false;
    if (n == 1) return 1;
    int64_t k = 2;
    if (lt(job, p[1].key, p[0].key)) {
        *descending = true;
        while (k < n && lt(job, p[k].key, p[k - 1].key)) k++;
    } else {
        while (k < n && !lt(job, p[k].key, p[k - 1].key)) k++;
    }
    return k;
}

/* Binary insertion sort of p[0, hi) where p[0, start) is sorted. */
static void binary_sort(const job_t *job, pair_t *p, int64_t start, int64_t hi)
{
    if (start == 0) start = 1;
    for (; start < hi; start++) {
        pair_t x = p[start];
        int64_t l = 0, r = start;
        do {
            int64_t m = l + ((r - l) >> 1);
            if (lt(job, x.key, p[m].key))
                r = m;
            else
                l = m + 1;
        } while (l < r);
        memmove(p + l + 1, p + l, (size_t)(start - l) * sizeof *p);
        p[l] = x;
    }
}

/* CPython's merge_compute_minrun: n itself below 64, else 32..64. */
static int64_t compute_minrun(int64_t n)
{
    int64_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

/* ==== merging ==== */

/* Merges the sorted runs p[lo, mid) and p[mid, hi), stably, through
 * job->tmp; job->merging and its indices let a failed comparison put
 * every item back. */
static void merge(job_t *job, int64_t lo, int64_t mid, int64_t hi)
{
    pair_t *p = job->pairs, *t = job->tmp;
    if (!lt(job, p[mid].key, p[mid - 1].key)) return; /* already in order */
    memcpy(t, p + lo, (size_t)(mid - lo) * sizeof *p);
    job->mi = 0;
    job->mn = mid - lo;
    job->mk = lo;
    job->merging = true;
    int64_t j = mid;
    while (job->mi < job->mn && j < hi) {
        if (lt(job, p[j].key, t[job->mi].key))
            p[job->mk++] = p[j++];
        else
            p[job->mk++] = t[job->mi++];
    }
    memcpy(p + job->mk, t + job->mi, (size_t)(job->mn - job->mi) * sizeof *p);
    job->merging = false;
}

/* Merges runs [i] and [i + 1] of the stack. */
static void merge_at(job_t *job, run_t *runs, int *nruns, int i)
{
    merge(job, runs[i].base, runs[i + 1].base, runs[i + 1].base + runs[i + 1].len);
    runs[i].len += runs[i + 1].len;
    if (i + 2 < *nruns) runs[i + 1] = runs[i + 2];
    (*nruns)--;
}

/* Timsort's invariants on the run lengths, restored by merging. */
static void merge_collapse(job_t *job, run_t *r, int *nr)
{
    while (*nr > 1) {
        int n = *nr - 2;
        if ((n > 0 && r[n - 1].len <= r[n].len + r[n + 1].len) ||
            (n > 1 && r[n - 2].len <= r[n - 1].len + r[n].len)) {
            if (r[n - 1].len < r[n + 1].len) n--;
            merge_at(job, r, nr, n);
        } else if (r[n].len <= r[n + 1].len) {
            merge_at(job, r, nr, n);
        } else {
            break;
        }
    }
}

static void sort_pairs(job_t *job)
{
    pair_t *p = job->pairs;
    int64_t n = job->n, lo = 0, minrun = compute_minrun(n);
    run_t runs[100];
    int nruns = 0;
    while (lo < n) {
        bool desc;
        int64_t len = count_run(job, p + lo, n - lo, &desc);
        if (desc) reverse_pairs(p + lo, len);
        if (len < minrun) {
            int64_t force = n - lo < minrun ? n - lo : minrun;
            binary_sort(job, p + lo, len, force);
            len = force;
        }
        runs[nruns++] = (run_t){ lo, len };
        merge_collapse(job, runs, &nruns);
        lo += len;
    }
    while (nruns > 1) {
        int i = nruns - 2;
        if (i > 0 && runs[i - 1].len < runs[i + 1].len) i--;
        merge_at(job, runs, &nruns, i);
    }
}

/* ==== the sort ==== */

/* The protected part of lp_list_sort: keys, then the sort. */
static void sort_run(void *ud)
{
    job_t *job = ud;
    int64_t n = job->n;
    job->pairs = lp_alloc((size_t)n * sizeof(pair_t));
    for (int64_t i = 0; i < n; i++) {
        lp_value v = job->items[i];
        job->pairs[i].value = v;
        job->pairs[i].key = job->keyfn == LP_NULL ? v : lp_call1(job->keyfn, v);
    }
    job->sorting = true;
    if (job->reverse) reverse_pairs(job->pairs, n);
    if (n < 2) return;
    job->kind = cmp_kind(job->pairs, n);
    job->tmp = lp_alloc((size_t)n * sizeof(pair_t));
    sort_pairs(job);
}

void lp_list_sort(lp_value lv, lp_value key, bool reverse)
{
    lp_list_t *l = lp_as_list(lv);
    if (key == LP_NONE) key = LP_NULL;
    job_t job = { .items = l->items, .n = l->len, .keyfn = key, .reverse = reverse };
    int64_t cap = l->cap;
    if (job.n < 2 && key == LP_NULL) return;
    l->items = NULL; /* hidden: mutations during the sort are detected */
    l->len = l->cap = 0;
    lp_value exc = lp_pcall(sort_run, &job);
    bool modified = l->items != NULL || l->len != 0;
    if (job.merging) /* a comparison failed mid-merge: every item back in place */
        memcpy(job.pairs + job.mk, job.tmp + job.mi, (size_t)(job.mn - job.mi) * sizeof(pair_t));
    if (job.sorting) { /* the sorted (or, after an error, partly sorted) order */
        for (int64_t i = 0; i < job.n; i++)
            job.items[job.reverse ? job.n - 1 - i : i] = job.pairs[i].value;
    }
    l->items = job.items;
    l->len = job.n;
    l->cap = cap;
    if (exc != LP_NULL) lp_raise_value(exc);
    if (modified) lp_raise(&lp_exc_ValueError, "list modified during sort");
}
