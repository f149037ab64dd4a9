/* obj_list_sort.c -- list.sort: CPython's timsort.
 *
 * The algorithm is the one CPython 3.11 documents in Objects/listsort.txt:
 * natural runs (ascending, or strictly descending and reversed), extended
 * to minrun by binary insertion, merged by the "powersort" rule, merges
 * galloping when one run keeps winning.  It is followed step for step, so
 * lemonpy makes the same comparisons in the same order as CPython (visible
 * through __lt__), and a comparison that raises leaves the list in the
 * same partial order.  `reverse` reverses before and after a stable sort.
 * The list is sorted as (key, value) pairs.  When every key is a small
 * int, a float, an exact str or an exact tuple, comparisons are inline.
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

#define MIN_GALLOP 7
#define MAX_RUNS 100

typedef struct {
    int64_t base, len;
    int power; /* the run's depth in powersort's merge tree */
} run_t;

typedef struct {
    lp_value *items; /* the list's array while it is hidden */
    int64_t n;
    lp_value keyfn; /* LP_NULL: the items are the keys */
    bool reverse;
    bool sorting; /* keys made: pairs holds every item */
    cmp_kind_t kind;
    pair_t *pairs, *tmp;
    int64_t min_gallop;
    run_t runs[MAX_RUNS];
    int nruns;
    /* a merge in progress: if a comparison fails, tmp[src, src + cnt)
     * goes back to pairs[dest...] (every item then is in pairs once) */
    bool merging;
    int64_t dest, src, cnt;
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
        while (k < n && lt(job, p[k].key, p[k - 1].key))
            k++;
    } else {
        while (k < n && !lt(job, p[k].key, p[k - 1].key))
            k++;
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

/* ==== galloping searches (listsort.txt, "Galloping mode") ==== */

/* The k in 0..n with a[k-1] < key <= a[k], searched from a[hint]. */
static int64_t gallop_left(const job_t *job, lp_value key, const pair_t *a, int64_t n, int64_t hint)
{
    int64_t ofs = 1, lastofs = 0;
    a += hint;
    if (lt(job, a[0].key, key)) { /* a[hint] < key: gallop right */
        int64_t maxofs = n - hint;
        while (ofs < maxofs && lt(job, a[ofs].key, key)) {
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    } else { /* key <= a[hint]: gallop left */
        int64_t maxofs = hint + 1;
        while (ofs < maxofs && !lt(job, (a - ofs)[0].key, key)) {
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        int64_t k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    }
    a -= hint;
    for (lastofs++; lastofs < ofs;) {
        int64_t m = lastofs + ((ofs - lastofs) >> 1);
        if (lt(job, a[m].key, key))
            lastofs = m + 1;
        else
            ofs = m;
    }
    return ofs;
}

/* The k in 0..n with a[k-1] <= key < a[k], searched from a[hint]. */
static int64_t gallop_right(const job_t *job, lp_value key, const pair_t *a, int64_t n,
                            int64_t hint)
{
    int64_t ofs = 1, lastofs = 0;
    a += hint;
    if (lt(job, key, a[0].key)) { /* key < a[hint]: gallop left */
        int64_t maxofs = hint + 1;
        while (ofs < maxofs && lt(job, key, (a - ofs)[0].key)) {
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        int64_t k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    } else { /* a[hint] <= key: gallop right */
        int64_t maxofs = n - hint;
        while (ofs < maxofs && !lt(job, key, a[ofs].key)) {
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    }
    a -= hint;
    for (lastofs++; lastofs < ofs;) {
        int64_t m = lastofs + ((ofs - lastofs) >> 1);
        if (lt(job, key, a[m].key))
            ofs = m;
        else
            lastofs = m + 1;
    }
    return ofs;
}

/* ==== merging ==== */

#define SZ sizeof(pair_t)

/* Merges the na pairs at p[sa] with the nb pairs right after them, na <= nb,
 * the smaller run copied to tmp first (CPython's merge_lo). */
static void merge_lo(job_t *job, int64_t sa, int64_t na, int64_t sb, int64_t nb)
{
    pair_t *p = job->pairs, *t = job->tmp;
    memcpy(t, p + sa, (size_t)na * SZ);
    int64_t d = sa, a = 0, b = sb, min_gallop = job->min_gallop;
#define SYNC_LO() (job->merging = true, job->dest = d, job->src = a, job->cnt = na)
    p[d++] = p[b++];
    if (--nb == 0) goto succeed;
    if (na == 1) goto copy_b;
    for (;;) {
        int64_t acount = 0, bcount = 0;
        for (;;) { /* one pair at a time until a run wins min_gallop times */
            SYNC_LO();
            if (lt(job, p[b].key, t[a].key)) {
                p[d++] = p[b++];
                bcount++, acount = 0;
                if (--nb == 0) goto succeed;
                if (bcount >= min_gallop) break;
            } else {
                p[d++] = t[a++];
                acount++, bcount = 0;
                if (--na == 1) goto copy_b;
                if (acount >= min_gallop) break;
            }
        }
        min_gallop++;
        do { /* galloping */
            min_gallop -= min_gallop > 1;
            job->min_gallop = min_gallop;
            SYNC_LO();
            int64_t k = gallop_right(job, p[b].key, t + a, na, 0);
            acount = k;
            if (k) {
                memcpy(p + d, t + a, (size_t)k * SZ);
                d += k, a += k, na -= k;
                if (na == 1) goto copy_b;
                if (na == 0) goto succeed;
            }
            p[d++] = p[b++];
            if (--nb == 0) goto succeed;
            SYNC_LO();
            k = gallop_left(job, t[a].key, p + b, nb, 0);
            bcount = k;
            if (k) {
                memmove(p + d, p + b, (size_t)k * SZ);
                d += k, b += k, nb -= k;
                if (nb == 0) goto succeed;
            }
            p[d++] = t[a++];
            if (--na == 1) goto copy_b;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        job->min_gallop = ++min_gallop;
    }
succeed:
    job->merging = false;
    if (na) memcpy(p + d, t + a, (size_t)na * SZ);
    return;
copy_b: /* the last pair of a belongs at the end */
    job->merging = false;
    memmove(p + d, p + b, (size_t)nb * SZ);
    p[d + nb] = t[a];
#undef SYNC_LO
}

/* Merges the na pairs at p[sa] with the nb pairs right after them, na > nb,
 * from the right end, b copied to tmp first (CPython's merge_hi). */
static void merge_hi(job_t *job, int64_t sa, int64_t na, int64_t sb, int64_t nb)
{
    pair_t *p = job->pairs, *t = job->tmp;
    memcpy(t, p + sb, (size_t)nb * SZ);
    int64_t d = sb + nb - 1, a = sa + na - 1, b = nb - 1, min_gallop = job->min_gallop;
#define SYNC_HI() (job->merging = true, job->dest = d - (nb - 1), job->src = 0, job->cnt = nb)
    p[d--] = p[a--];
    if (--na == 0) goto succeed;
    if (nb == 1) goto copy_a;
    for (;;) {
        int64_t acount = 0, bcount = 0;
        for (;;) {
            SYNC_HI();
            if (lt(job, t[b].key, p[a].key)) {
                p[d--] = p[a--];
                acount++, bcount = 0;
                if (--na == 0) goto succeed;
                if (acount >= min_gallop) break;
            } else {
                p[d--] = t[b--];
                bcount++, acount = 0;
                if (--nb == 1) goto copy_a;
                if (bcount >= min_gallop) break;
            }
        }
        min_gallop++;
        do {
            min_gallop -= min_gallop > 1;
            job->min_gallop = min_gallop;
            SYNC_HI();
            int64_t k = na - gallop_right(job, t[b].key, p + sa, na, na - 1);
            acount = k;
            if (k) {
                d -= k, a -= k;
                memmove(p + d + 1, p + a + 1, (size_t)k * SZ);
                na -= k;
                if (na == 0) goto succeed;
            }
            p[d--] = t[b--];
            if (--nb == 1) goto copy_a;
            SYNC_HI();
            k = nb - gallop_left(job, p[a].key, t, nb, nb - 1);
            bcount = k;
            if (k) {
                d -= k, b -= k;
                memcpy(p + d + 1, t + b + 1, (size_t)k * SZ);
                nb -= k;
                if (nb == 1) goto copy_a;
                if (nb == 0) goto succeed;
            }
            p[d--] = p[a--];
            if (--na == 0) goto succeed;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        job->min_gallop = ++min_gallop;
    }
succeed:
    job->merging = false;
    if (nb) memcpy(p + d - (nb - 1), t, (size_t)nb * SZ);
    return;
copy_a: /* the first pair of b belongs at the front */
    job->merging = false;
    memmove(p + d + 1 - na, p + a + 1 - na, (size_t)na * SZ);
    d -= na;
    p[d] = t[b];
#undef SYNC_HI
}

/* Merges runs [i] and [i + 1] of the stack (CPython's merge_at). */
static void merge_at(job_t *job, int i)
{
    run_t *r = job->runs;
    pair_t *p = job->pairs;
    int64_t sa = r[i].base, na = r[i].len, sb = r[i + 1].base, nb = r[i + 1].len;
    r[i].len = na + nb;
    if (i == job->nruns - 3) r[i + 1] = r[i + 2];
    job->nruns--;
    int64_t k = gallop_right(job, p[sb].key, p + sa, na, 0); /* a's head already in place */
    sa += k;
    na -= k;
    if (na == 0) return;
    nb = gallop_left(job, p[sa + na - 1].key, p + sb, nb, nb - 1); /* and b's tail */
    if (nb <= 0) return;
    if (na <= nb)
        merge_lo(job, sa, na, sb, nb);
    else
        merge_hi(job, sa, na, sb, nb);
}

/* Powersort's "power" of the run [s1, s1 + n1) followed by one of n2, in a
 * list of n: the depth where their midpoints part in a binary split. */
static int powerloop(int64_t s1, int64_t n1, int64_t n2, int64_t n)
{
    int result = 0;
    int64_t a = 2 * s1 + n1, b = a + n1 + n2; /* twice the midpoints */
    for (;;) {
        result++;
        if (a >= n) {
            a -= n;
            b -= n;
        } else if (b >= n) {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    return result;
}

/* A run of n2 was found after the stack's top: merge the runs deeper in
 * the merge tree than it, as CPython's found_new_run. */
static void found_new_run(job_t *job, int64_t n2)
{
    if (job->nruns == 0) return;
    run_t *r = job->runs;
    int power = powerloop(r[job->nruns - 1].base, r[job->nruns - 1].len, n2, job->n);
    while (job->nruns > 1 && r[job->nruns - 2].power > power)
        merge_at(job, job->nruns - 2);
    r[job->nruns - 1].power = power;
}

static void sort_pairs(job_t *job)
{
    pair_t *p = job->pairs;
    int64_t n = job->n, lo = 0, minrun = compute_minrun(n);
    job->min_gallop = MIN_GALLOP;
    while (lo < n) {
        bool desc;
        int64_t len = count_run(job, p + lo, n - lo, &desc);
        if (desc) reverse_pairs(p + lo, len);
        if (len < minrun) {
            int64_t force = n - lo <= minrun ? n - lo : minrun;
            binary_sort(job, p + lo, len, force);
            len = force;
        }
        found_new_run(job, len);
        job->runs[job->nruns++] = (run_t){lo, len, 0};
        lo += len;
    }
    while (job->nruns > 1) { /* merge_force_collapse */
        int i = job->nruns - 2;
        if (i > 0 && job->runs[i - 1].len < job->runs[i + 1].len) i--;
        merge_at(job, i);
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
    job_t job = {.items = l->items, .n = l->len, .keyfn = key, .reverse = reverse};
    int64_t cap = l->cap;
    if (job.n < 2 && key == LP_NULL) return;
    l->items = NULL; /* hidden: mutations during the sort are detected */
    l->len = l->cap = 0;
    lp_value exc = lp_pcall(sort_run, &job);
    bool modified = l->items != NULL || l->len != 0;
    if (job.merging) /* a comparison failed mid-merge: every item back in place */
        memcpy(job.pairs + job.dest, job.tmp + job.src, (size_t)job.cnt * sizeof(pair_t));
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
