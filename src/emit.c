/* emit.c -- the instruction buffer and the assembler (see emit.h).
 *
 * The buffer is a flat array of instructions with labels pointing into it;
 * there are no basic-block objects.  "Blocks" appear only implicitly in the
 * assembler: an instruction starts one when a jump or a handler leads to it
 * or when the instruction before it cannot fall through.
 *
 * SPDX-License-Identifier: MIT
 */
#include <limits.h>
#include <string.h>

#include "emit.h"
#include "gc.h"

/* ==== building ==== */

void lp_emit_init(lp_emitter_t *e)
{
    memset(e, 0, sizeof *e);
}

int lp_emit_label(lp_emitter_t *e)
{
    if (e->nlabels == e->caplabels) {
        e->caplabels = e->caplabels ? 2 * e->caplabels : 64;
        e->labels = lp_realloc(e->labels, (size_t)e->caplabels * sizeof *e->labels);
    }
    e->labels[e->nlabels] = -1;
    return e->nlabels++;
}

void lp_emit_bind(lp_emitter_t *e, int label)
{
    e->labels[label] = e->n;
}

/* Whether a label is bound to the position of the next instruction. */
static bool label_waits(const lp_emitter_t *e)
{
    for (int i = e->nlabels - 1; i >= 0; i--)
        if (e->labels[i] == e->n) return true;
    return false;
}

static void append(lp_emitter_t *e, int op, int arg)
{
    if (e->n == e->cap) {
        e->cap = e->cap ? 2 * e->cap : 128;
        e->ins = lp_realloc(e->ins, (size_t)e->cap * sizeof *e->ins);
    }
    e->ins[e->n++] = (lp_instr_t){op, arg, e->loc};
}

void lp_emit_op(lp_emitter_t *e, int op, int arg)
{
    if (op == OP_LOAD_GLOBAL && e->n > 0 && e->ins[e->n - 1].op == OP_PUSH_NULL &&
        !label_waits(e)) {
        e->ins[e->n - 1] = (lp_instr_t){op, arg | 1, e->loc};
        return;
    }
    append(e, op, arg);
}

void lp_emit_jump(lp_emitter_t *e, int op, int label)
{
    append(e, op, label);
}

bool lp_emit_is_terminator(int op)
{
    return op == OP_JUMP || op == OP_RETURN_VALUE || op == OP_RAISE_VARARGS ||
           op == OP_RERAISE;
}

bool lp_emit_ends_block(const lp_emitter_t *e)
{
    return e->n > 0 && lp_emit_is_terminator(e->ins[e->n - 1].op) && !label_waits(e);
}

static bool is_jump(int op);

/* ==== pass 0: exits (CPython's extend_block, duplicate_exits_without_lineno) ==== */

/* How many labels are bound to each instruction. */
static int *count_labels(const lp_emitter_t *e)
{
    int *n = lp_alloc_atomic((size_t)(e->n + 1) * sizeof *n);
    memset(n, 0, (size_t)(e->n + 1) * sizeof *n);
    for (int l = 0; l < e->nlabels; l++)
        if (e->labels[l] >= 0) n[e->labels[l]]++;
    return n;
}

/* The length of the exit block at [t] -- LOAD_CONSTs and NOPs ending in
 * RETURN_VALUE, no label inside, at most [max] instructions -- or 0.  Such
 * a block cannot raise, so a copy may sit under any handler. */
static int exit_block(const lp_emitter_t *e, const int *labelled, int t, int max)
{
    for (int k = t; k < e->n && k - t < max; k++) {
        if (k > t && labelled[k]) return 0;
        int op = e->ins[k].op;
        if (op == OP_RETURN_VALUE) return k - t + 1;
        if (op != OP_LOAD_CONST && op != OP_NOP) return 0;
    }
    return 0;
}

/* The length of the block at [t] that leaves the code (return, raise,
 * re-raise) with no label or jump inside, or 0.  Its copies stay under the
 * same handler, so any instructions may be in it. */
static int leaving_block(const lp_emitter_t *e, const int *labelled, int t)
{
    for (int k = t; k < e->n; k++) {
        if (k > t && labelled[k]) return 0;
        int op = e->ins[k].op;
        if (op == OP_RETURN_VALUE || op == OP_RERAISE || op == OP_RAISE_VARARGS) return k - t + 1;
        if (op >= 256 || is_jump(op) || lp_emit_is_terminator(op)) return 0;
    }
    return 0;
}

static void set_instrs(lp_emitter_t *e, lp_instr_t *ins, int n, const int *newpos)
{
    for (int l = 0; l < e->nlabels; l++)
        if (e->labels[l] >= 0) e->labels[l] = newpos[e->labels[l]];
    e->ins = ins;
    e->n = e->cap = n;
}

static bool without_lines(const lp_emitter_t *e, int t, int len)
{
    for (int k = t; k < t + len; k++)
        if (e->ins[k].pos.line != 0 || e->ins[k].pos.end_line != 0) return false;
    return true;
}

/* A JUMP to a small exit block without lines becomes a copy of the block. */
static void extend_jumps_to_exits(lp_emitter_t *e)
{
    int *labelled = count_labels(e), extra = 0;
    int *len = lp_alloc_atomic((size_t)(e->n + 1) * sizeof *len);
    for (int i = 0; i < e->n; i++) {
        len[i] = e->ins[i].op == OP_JUMP ? exit_block(e, labelled, e->labels[e->ins[i].arg], 4) : 0;
        if (len[i] && !without_lines(e, e->labels[e->ins[i].arg], len[i]))
            len[i] = 0; /* 3.11 copies only blocks without a line (implicit returns) */
        extra += len[i];
    }
    if (!extra) return;
    lp_instr_t *out = lp_alloc_atomic((size_t)(e->n + extra) * sizeof *out);
    int *newpos = lp_alloc_atomic((size_t)(e->n + 1) * sizeof *newpos);
    int j = 0;
    for (int i = 0; i < e->n; i++) {
        newpos[i] = j;
        if (!len[i]) {
            out[j++] = e->ins[i];
            continue;
        }
        int t = e->labels[e->ins[i].arg];
        out[j++] = (lp_instr_t){OP_NOP, 0, e->ins[i].pos};
        for (int m = 0; m < len[i]; m++)
            out[j++] = e->ins[t + m];
    }
    newpos[e->n] = j;
    set_instrs(e, out, j, newpos);
}


/* Jumps to unconditional jumps go straight to the final target when the
 * lines agree or the intermediate jump has none (3.11's jump_thread). */
static void thread_jumps(lp_emitter_t *e)
{
    for (int pass = 0, changed = 1; changed && pass < 8; pass++) {
        changed = 0;
        for (int i = 0; i < e->n; i++) {
            lp_instr_t *in = &e->ins[i];
            bool orpop = in->op == OP_JUMP_IF_FALSE_OR_POP || in->op == OP_JUMP_IF_TRUE_OR_POP;
            if (in->op != OP_JUMP && !orpop) continue;
            int t = e->labels[in->arg];
            if (t < 0 || t >= e->n) continue;
            const lp_instr_t *to = &e->ins[t];
            bool same = to->op == OP_JUMP || (orpop && to->op == in->op);
            if (!same || to->arg == in->arg || e->labels[to->arg] == t) continue;
            if (to->pos.line != in->pos.line && to->pos.line != 0) continue;
            in->arg = to->arg;
            changed = 1;
        }
    }
}

/* One planned copy of an exit block. */
typedef struct {
    int src, len; /* the block copied; after insertion: where the copy starts */
    int label;    /* the copy's label */
    int next;     /* the next copy placed after the same block, or -1 */
} dup_t;

/* Plans the copies: retargets the jumps, returns the copies; head[i] lists
 * those placed after instruction i. */
static dup_t *plan_dups(lp_emitter_t *e, int *head, int *ndups, int *extra)
{
    int *labelled = count_labels(e), n = e->n, nd = 0;
    int *preds = lp_alloc_atomic((size_t)(n + 1) * sizeof *preds);
    for (int i = 0; i <= n; i++)
        preds[i] = i > 0 && i < n && !lp_emit_is_terminator(e->ins[i - 1].op);
    for (int i = 0; i < n; i++)
        if (is_jump(e->ins[i].op)) preds[e->labels[e->ins[i].arg]]++;
    dup_t *d = NULL;
    for (int i = n - 1; i >= 0; i--) { /* 3.11 visits the newest blocks first */
        if (!is_jump(e->ins[i].op)) continue;
        int t = e->labels[e->ins[i].arg];
        int len = leaving_block(e, labelled, t);
        if (!len || preds[t] <= 1 || !without_lines(e, t, len)) continue;
        preds[t]--;
        d = lp_realloc(d, (size_t)(nd + 1) * sizeof *d);
        d[nd] = (dup_t){t, len, lp_emit_label(e), head[t + len - 1]}; /* right after the original */
        head[t + len - 1] = nd;
        e->ins[i].arg = d[nd].label;
        *extra += len;
        nd++;
    }
    *ndups = nd;
    return d;
}

/* Every jump but one to an exit block without a line gets its own copy of
 * the block, with the jump's line, right after the original; the jumps are
 * taken last to first, as 3.11 walks its blocks newest first. */
static void duplicate_exits(lp_emitter_t *e)
{
    int n = e->n, nd, extra = 0;
    int *head = lp_alloc_atomic((size_t)(n + 1) * sizeof *head);
    for (int i = 0; i <= n; i++)
        head[i] = -1;
    dup_t *d = plan_dups(e, head, &nd, &extra);
    if (!nd) return;
    lp_instr_t *out = lp_alloc_atomic((size_t)(n + extra) * sizeof *out);
    int *newpos = lp_alloc_atomic((size_t)(n + 1) * sizeof *newpos);
    int j = 0;
    for (int i = 0; i < n; i++) {
        newpos[i] = j;
        out[j++] = e->ins[i];
        for (int k = head[i]; k >= 0; k = d[k].next) {
            int first = j;
            for (int m = 0; m < d[k].len; m++)
                out[j++] = e->ins[d[k].src + m];
            d[k].src = first;
        }
    }
    newpos[n] = j;
    for (int k = 0; k < nd; k++)
        e->labels[d[k].label] = -2 - d[k].src; /* kept out of the remapping below */
    for (int i = 0; i < n; i++) /* the copy takes the line of the jump to it */
        if (is_jump(e->ins[i].op) && e->labels[e->ins[i].arg] <= -2)
            out[-2 - e->labels[e->ins[i].arg]].pos = e->ins[i].pos;
    set_instrs(e, out, j, newpos);
    for (int k = 0; k < nd; k++)
        e->labels[d[k].label] = d[k].src;
}

/* ==== pass 1: the flow walk ==== */

/* One handler on the handler stack, made by the SETUP_* at [setup]. */
typedef struct hnode {
    int setup;  /* the SETUP_* instruction's index */
    int target; /* the handler's instruction index */
    int depth;  /* the exception table's depth */
    int lasti;
    struct hnode *next;
} hnode_t;

typedef struct {
    lp_emitter_t *e;
    int *depth;      /* before each instruction; UNREACHED: not reached */
    hnode_t **hs;    /* the handler stack before each instruction */
    hnode_t **nodes; /* per SETUP_* instruction, its node once made */
    int *work;
    int nwork;
    int maxdepth;
} walk_t;

static bool is_setup(int op)
{
    return op >= LP_PSEUDO_SETUP_FINALLY && op <= LP_PSEUDO_SETUP_WITH;
}

static bool is_jump(int op)
{
    return op < 256 && lp_opinfo[op].jump;
}

#define UNREACHED INT_MIN

static void reach(walk_t *W, int i, int depth, hnode_t *h)
{
    if (i >= W->e->n || W->depth[i] != UNREACHED) return;
    W->depth[i] = depth;
    W->hs[i] = h;
    W->work[W->nwork++] = i;
    if (depth > W->maxdepth) W->maxdepth = depth;
}

/* The handler node made by the SETUP_* at [i], with stack depth [d]. */
static hnode_t *setup_node(walk_t *W, int i, int d, hnode_t *outer)
{
    if (W->nodes[i]) return W->nodes[i];
    const lp_instr_t *in = &W->e->ins[i];
    hnode_t *h = lp_alloc(sizeof *h);
    h->setup = i;
    h->target = W->e->labels[in->arg];
    h->lasti = in->op != LP_PSEUDO_SETUP_FINALLY;
    h->depth = in->op == LP_PSEUDO_SETUP_WITH ? d - 1 : d;
    h->next = outer;
    W->nodes[i] = h;
    return h;
}

/* Walks one straight run of instructions from [i]. */
static void walk_from(walk_t *W, int i)
{
    lp_emitter_t *e = W->e;
    int d = W->depth[i];
    hnode_t *h = W->hs[i];
    for (;;) {
        const lp_instr_t *in = &e->ins[i];
        if (is_setup(in->op)) {
            hnode_t *node = setup_node(W, i, d, h);
            reach(W, node->target, node->depth + 1 + node->lasti, h);
            h = node;
        } else if (in->op == LP_PSEUDO_POP_BLOCK) {
            h = h ? h->next : NULL;
        } else {
            if (is_jump(in->op))
                reach(W, e->labels[in->arg], d + lp_op_stack_effect(in->op, in->arg, 1), h);
            d += lp_op_stack_effect(in->op, in->arg, 0);
            if (d > W->maxdepth) W->maxdepth = d;
            if (lp_emit_is_terminator(in->op)) return;
        }
        if (++i >= e->n || W->depth[i] != UNREACHED) return;
        W->depth[i] = d;
        W->hs[i] = h;
    }
}

static void walk(walk_t *W, lp_emitter_t *e)
{
    W->e = e;
    W->depth = lp_alloc_atomic((size_t)(e->n + 1) * sizeof *W->depth);
    for (int i = 0; i <= e->n; i++)
        W->depth[i] = UNREACHED;
    W->hs = lp_alloc((size_t)(e->n + 1) * sizeof *W->hs);
    W->nodes = lp_alloc((size_t)(e->n + 1) * sizeof *W->nodes);
    W->work = lp_alloc_atomic((size_t)(e->n + 1) * sizeof *W->work);
    W->nwork = 0;
    W->maxdepth = 0;
    reach(W, 0, 0, NULL);
    while (W->nwork > 0)
        walk_from(W, W->work[--W->nwork]);
}

/* ==== pass 2: what to keep, and where each line goes ==== */

typedef struct {
    bool *keep;
    int *next;   /* next[i]: the first kept instruction at or after i (n: none) */
    int *jumpin; /* kept jumps to each instruction */
    int *from;   /* the last of them */
    bool *hin;   /* a handler target */
} keep_t;

static void compute_next(lp_emitter_t *e, keep_t *K)
{
    K->next[e->n] = e->n;
    for (int i = e->n - 1; i >= 0; i--)
        K->next[i] = K->keep[i] ? i : K->next[i + 1];
}

static int target_of(lp_emitter_t *e, keep_t *K, int i)
{
    return K->next[e->labels[e->ins[i].arg]];
}

/* Drops jumps to the instruction that follows anyway. */
static void drop_jumps_to_next(lp_emitter_t *e, keep_t *K)
{
    for (int i = 0; i < e->n; i++) {
        if (!K->keep[i] || e->ins[i].op != OP_JUMP) continue;
        if (target_of(e, K, i) == K->next[i + 1]) /* a NOP: it may hold a line */
            e->ins[i] = (lp_instr_t){OP_NOP, 0, e->ins[i].pos};
    }
}

/* Drops NOPs whose line is already there (CPython's remove_redundant_nops). */
static void drop_nops(lp_emitter_t *e, keep_t *K, const int *labelled, const bool *was_setup)
{
    int prev_line = -1;
    for (int i = 0; i < e->n; i++) {
        if (labelled[i]) prev_line = -1; /* a block starts here */
        if (!K->keep[i]) {
            if (was_setup[i]) prev_line = -1;
            continue;
        }
        lp_instr_t *in = &e->ins[i];
        if (in->op == OP_NOP) {
            int nx = K->next[i + 1];
            bool drop = in->pos.line == 0 || in->pos.line == prev_line;
            if (!drop && nx < e->n && e->ins[nx].pos.line == in->pos.line) drop = true;
            if (!drop && nx < e->n && e->ins[nx].pos.line == 0 && e->ins[nx].pos.end_line == 0) {
                e->ins[nx].pos = in->pos;
                drop = true;
            }
            if (drop) {
                K->keep[i] = false;
                continue;
            }
        }
        prev_line = lp_emit_is_terminator(in->op) || is_jump(in->op) || was_setup[i] ? -1 : in->pos.line;
    }
    compute_next(e, K);
}

/* NOPs without a line go before lines are propagated (3.11's
 * clean_basic_block), except those left by handler pseudo-instructions. */
static void drop_lineless_nops(lp_emitter_t *e, keep_t *K, const bool *was_pseudo)
{
    for (int i = 0; i < e->n; i++)
        if (K->keep[i] && e->ins[i].op == OP_NOP && !was_pseudo[i] && e->ins[i].pos.line == 0 &&
            e->ins[i].pos.end_line == 0)
            K->keep[i] = false;
    compute_next(e, K);
}

static void count_preds(lp_emitter_t *e, keep_t *K, walk_t *W)
{
    for (int i = 0; i < e->n; i++) {
        if (K->keep[i] && is_jump(e->ins[i].op)) {
            int t = target_of(e, K, i);
            K->jumpin[t]++;
            K->from[t] = i;
        }
        if (W->nodes[i] && W->depth[i] != UNREACHED) K->hin[K->next[W->nodes[i]->target]] = true;
    }
}

/* Gives instructions without a location the one they follow from. */
static void propagate_locations(lp_emitter_t *e, keep_t *K)
{
    int prev = -1;
    for (int i = 0; i < e->n; i++) {
        if (!K->keep[i]) continue;
        lp_instr_t *in = &e->ins[i];
        bool falls = prev >= 0 && !lp_emit_is_terminator(e->ins[prev].op);
        if (in->pos.line == 0) {
            int preds = falls + K->jumpin[i] + K->hin[i];
            bool start = K->jumpin[i] || K->hin[i] || !falls;
            if (!start) in->pos = e->ins[prev].pos;
            else if (preds == 1 && falls) in->pos = e->ins[prev].pos;
            else if (preds == 1 && K->jumpin[i] && K->from[i] < i) in->pos = e->ins[K->from[i]].pos;
        }
        prev = i;
    }
}

/* Drops the constants after the last one a kept instruction uses; the
 * first always stays (it may be a docstring).  3.11 trims only the tail
 * (its trim_unused_consts); the others keep their numbers. */
static void remove_unused_consts(lp_emitter_t *e, keep_t *K, lp_assembled_t *out)
{
    int n = e->nconsts, last = 0;
    for (int i = 0; i < e->n; i++)
        if (K->keep[i] && lp_opinfo[e->ins[i].op].arg == ARG_CONST && e->ins[i].arg > last)
            last = e->ins[i].arg;
    int *map = lp_alloc_atomic((size_t)(n + 1) * sizeof *map);
    for (int i = 0; i < n; i++)
        map[i] = i <= last ? i : -1;
    out->const_map = map;
    out->nconsts = n < last + 1 ? n : last + 1;
}

/* ==== pass 3: layout ==== */

static int arg_units(unsigned arg)
{
    return arg > 0xFFFFFF ? 3 : arg > 0xFFFF ? 2 : arg > 0xFF ? 1 : 0;
}

/* The operand instruction [i] is written with, given the offsets. */
static unsigned final_arg(lp_emitter_t *e, keep_t *K, const int *off, int i)
{
    const lp_instr_t *in = &e->ins[i];
    if (is_jump(in->op)) return (unsigned)off[target_of(e, K, i)];
    return (unsigned)in->arg;
}

/* Offsets (in units) of every instruction; off[n] is the total. */
static int *layout(lp_emitter_t *e, keep_t *K)
{
    int *off = lp_alloc_atomic((size_t)(e->n + 1) * sizeof *off);
    int *ext = lp_alloc_atomic((size_t)(e->n + 1) * sizeof *ext);
    memset(ext, 0, (size_t)(e->n + 1) * sizeof *ext);
    for (bool changed = true; changed;) {
        changed = false;
        int o = 0;
        for (int i = 0; i < e->n; i++) {
            off[i] = o;
            if (K->keep[i]) o += 1 + ext[i] + lp_opinfo[e->ins[i].op].cache;
        }
        off[e->n] = o;
        for (int i = 0; i < e->n; i++) {
            if (!K->keep[i]) continue;
            int x = arg_units(final_arg(e, K, off, i));
            if (x > ext[i]) {
                ext[i] = x;
                changed = true;
            }
        }
    }
    /* an instruction's offset is that of its first prefix */
    return off;
}

static void write_units(lp_emitter_t *e, keep_t *K, const int *off, lp_assembled_t *out)
{
    out->ncode = (uint32_t)off[e->n];
    out->code = lp_alloc_atomic((size_t)out->ncode * sizeof *out->code + 2);
    out->positions = lp_alloc_atomic((size_t)out->ncode * sizeof *out->positions + 1);
    for (int i = 0; i < e->n; i++) {
        if (!K->keep[i]) continue;
        const lp_instr_t *in = &e->ins[i];
        unsigned arg = final_arg(e, K, off, i);
        int o = off[i], x = arg_units(arg);
        int end = o + 1 + x + lp_opinfo[in->op].cache;
        for (int k = x; k > 0; k--)
            out->code[o++] = (uint16_t)(OP_EXTENDED_ARG | (((arg >> (8 * k)) & 0xFF) << 8));
        out->code[o++] = (uint16_t)(in->op | ((arg & 0xFF) << 8));
        while (o < end)
            out->code[o++] = 0;
        for (int u = off[i]; u < end; u++)
            out->positions[u] = in->pos;
    }
}

static void write_exctable(lp_emitter_t *e, keep_t *K, walk_t *W, const int *off,
                           lp_assembled_t *out)
{
    int cap = 8, n = 0;
    lp_exc_entry_t *t = lp_alloc_atomic((size_t)cap * sizeof *t);
    hnode_t *cur = NULL;
    for (int i = 0; i <= e->n; i++) {
        if (i < e->n && !K->keep[i]) continue;
        hnode_t *h = i < e->n ? W->hs[i] : NULL;
        if (h == cur && i < e->n) continue;
        if (cur) t[n - 1].end = (uint32_t)off[i];
        cur = h;
        if (!h) continue;
        if (n == cap) {
            cap *= 2;
            t = lp_realloc(t, (size_t)cap * sizeof *t);
        }
        t[n++] = (lp_exc_entry_t){(uint32_t)off[i], 0, (uint32_t)off[K->next[h->target]],
                                  (uint16_t)h->depth, (uint8_t)h->lasti};
    }
    out->exctable = t;
    out->nexc = (uint32_t)n;
}

void lp_emit_assemble(lp_emitter_t *e, lp_assembled_t *out)
{
    thread_jumps(e);
    extend_jumps_to_exits(e);
    duplicate_exits(e);
    walk_t W;
    walk(&W, e);
    keep_t K;
    size_t n1 = (size_t)e->n + 1;
    K.keep = lp_alloc_atomic(n1 * sizeof *K.keep);
    K.next = lp_alloc_atomic(n1 * sizeof *K.next);
    K.jumpin = lp_alloc_atomic(n1 * sizeof *K.jumpin);
    K.from = lp_alloc_atomic(n1 * sizeof *K.from);
    K.hin = lp_alloc_atomic(n1 * sizeof *K.hin);
    memset(K.jumpin, 0, n1 * sizeof *K.jumpin);
    memset(K.hin, 0, n1 * sizeof *K.hin);
    int *labelled = count_labels(e);
    bool *was_setup = lp_alloc_atomic(n1 * sizeof *was_setup);
    bool *was_pseudo = lp_alloc_atomic(n1 * sizeof *was_pseudo);
    for (int i = 0; i < e->n; i++) { /* handler pseudo-ops keep their line as NOPs */
        was_setup[i] = is_setup(e->ins[i].op);
        was_pseudo[i] = e->ins[i].op >= 256;
        K.keep[i] = W.depth[i] != UNREACHED;
        if (e->ins[i].op >= 256) e->ins[i] = (lp_instr_t){OP_NOP, 0, e->ins[i].pos};
    }
    compute_next(e, &K);
    drop_jumps_to_next(e, &K);
    drop_lineless_nops(e, &K, was_pseudo);
    count_preds(e, &K, &W);
    propagate_locations(e, &K); /* handler NOPs get lines here, as in 3.11 */
    drop_nops(e, &K, labelled, was_setup);
    remove_unused_consts(e, &K, out);
    int *off = layout(e, &K);
    write_units(e, &K, off, out);
    write_exctable(e, &K, &W, off, out);
    out->stacksize = W.maxdepth;
}
