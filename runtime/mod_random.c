/* mod_random.c -- the _random module: the Mersenne Twister MT19937
 * (Matsumoto and Nishimura's published algorithm, with their
 * init_genrand/init_by_array seeding), seeded as CPython seeds it so that
 * random.seed(n) gives CPython's sequences.  runtime/lib/random.py builds
 * the public API on _random.Random.  A few math functions (_log, _exp,
 * ...) are here for random.py when no math module is available.
 *
 * SPDX-License-Identifier: MIT
 */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "error.h"
#include "gc.h"
#include "modules.h"
#include "obj_bytes.h"
#include "obj_dict.h"
#include "obj_float.h"
#include "obj_func.h"
#include "obj_int.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"
#include "types.h"

enum { MT_N = 624, MT_M = 397 };

typedef struct {
    lp_object_t head;
    int index;
    uint32_t state[MT_N];
} random_t;

static random_t *rnd(lp_value self)
{
    return (random_t *)lp_as_ptr(self);
}

static size_t nkw(lp_value kwnames)
{
    return kwnames ? (size_t)lp_tuple_len(kwnames) : 0;
}

/* ==== the generator ==== */

static void init_genrand(random_t *r, uint32_t s)
{
    r->state[0] = s;
    for (int i = 1; i < MT_N; i++)
        r->state[i] = 1812433253u * (r->state[i - 1] ^ (r->state[i - 1] >> 30)) + (uint32_t)i;
    r->index = MT_N;
}

static void init_by_array(random_t *r, const uint32_t *key, size_t len)
{
    init_genrand(r, 19650218u);
    uint32_t *mt = r->state;
    size_t i = 1, j = 0;
    for (size_t k = MT_N > len ? MT_N : len; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
        if (j >= len) j = 0;
    }
    for (size_t k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000u;
}

static uint32_t genrand(random_t *r)
{
    uint32_t *mt = r->state;
    if (r->index >= MT_N) {
        for (int k = 0; k < MT_N; k++) {
            uint32_t y = (mt[k] & 0x80000000u) | (mt[(k + 1) % MT_N] & 0x7fffffffu);
            mt[k] = mt[(k + MT_M) % MT_N] ^ (y >> 1) ^ ((y & 1) ? 0x9908b0dfu : 0);
        }
        r->index = 0;
    }
    uint32_t y = mt[r->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

/* ==== seeding ==== */

static void seed_urandom(random_t *r)
{
    uint32_t key[MT_N];
    if (getrandom(key, sizeof key, 0) != (ssize_t)sizeof key) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        uint32_t k2[4] = {(uint32_t)ts.tv_sec, (uint32_t)ts.tv_nsec, (uint32_t)getpid(), 0};
        init_by_array(r, k2, 4);
        return;
    }
    init_by_array(r, key, MT_N);
}

/* Seeds [r] from [arg]: None (the OS's randomness), an int (its absolute
 * value's 32-bit words, least significant first) or any hashable object
 * (its hash as an unsigned 64-bit number). */
static void seed_with(random_t *r, lp_value arg)
{
    if (!arg || arg == LP_NONE) {
        seed_urandom(r);
        return;
    }
    lp_value n;
    if (lp_int_check(arg)) {
        if (lp_int_abs(lp_int_unwrap(arg), &n) != LP_INT_OK) n = lp_abs(arg);
    } else {
        n = lp_int_from_u64((uint64_t)lp_hash(arg));
    }
    uint64_t bits = lp_int_bit_length(n);
    size_t words = bits ? (size_t)((bits - 1) / 32 + 1) : 1;
    uint8_t *bytes = lp_alloc_atomic(words * 4);
    lp_int_to_bytes(n, bytes, words * 4, true, false);
    uint32_t *key = lp_alloc_atomic(words * 4);
    for (size_t i = 0; i < words; i++)
        key[i] = (uint32_t)bytes[4 * i] | (uint32_t)bytes[4 * i + 1] << 8 |
                 (uint32_t)bytes[4 * i + 2] << 16 | (uint32_t)bytes[4 * i + 3] << 24;
    init_by_array(r, key, words);
}

/* ==== the Random type ==== */

static lp_type_t lp_type_random;

/* Random.__new__: a zeroed generator (as CPython's generic new). */
static lp_value random_new(lp_type_t *type, lp_value *args, size_t nargs, lp_value kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    random_t *r = lp_alloc(type->size);
    r->head.type = type;
    return lp_from_ptr(r);
}

/* Random.__init__(seed=None): random.Random overrides it. */
static void random_init(lp_value self, lp_value *args, size_t nargs, lp_value kwnames)
{
    const lp_type_t *type = lp_type_of(self);
    if (nkw(kwnames) && (type == &lp_type_random || type->init == lp_type_random.init))
        lp_raise(&lp_exc_TypeError, "Random() takes no keyword arguments");
    if (nargs > 1) lp_raise(&lp_exc_TypeError, "Random() requires 0 or 1 argument");
    seed_with(rnd(self), nargs ? args[0] : LP_NULL);
}

static lp_value random_seed(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("Random.seed", nargs - 1, kwnames, 0, 1);
    seed_with(rnd(args[0]), nargs > 1 ? args[1] : LP_NULL);
    return LP_NONE;
}

static lp_value random_random(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("Random.random", nargs - 1, kwnames, 0, 0);
    random_t *r = rnd(args[0]);
    uint32_t a = genrand(r) >> 5, b = genrand(r) >> 6;
    return lp_float_new((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

static lp_value random_getrandbits(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("Random.getrandbits", nargs - 1, kwnames, 1, 1);
    if (lp_float_check(args[1]))
        lp_raise(&lp_exc_TypeError, "'float' object cannot be interpreted as an integer");
    int64_t k = lp_as_ssize(args[1], &lp_exc_OverflowError);
    if (k < 0) lp_raise(&lp_exc_ValueError, "number of bits must be non-negative");
    random_t *r = rnd(args[0]);
    if (k == 0) return lp_from_int(0);
    if (k <= 32) return lp_int_from_u64(genrand(r) >> (32 - k));
    size_t words = (size_t)((k - 1) / 32 + 1);
    uint8_t *bytes = lp_alloc_atomic(words * 4);
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t w = genrand(r);
        if (k < 32) w >>= 32 - k;
        for (int j = 0; j < 4; j++) bytes[4 * i + j] = (uint8_t)(w >> (8 * j));
    }
    return lp_int_from_bytes(bytes, words * 4, true, false);
}

static lp_value random_getstate(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("Random.getstate", nargs - 1, kwnames, 0, 0);
    random_t *r = rnd(args[0]);
    lp_value t = lp_tuple_new(MT_N + 1);
    for (int i = 0; i < MT_N; i++) lp_as_tuple(t)->items[i] = lp_int_from_u64(r->state[i]);
    lp_as_tuple(t)->items[MT_N] = lp_from_int(r->index);
    return t;
}

/* An item of a state tuple as an unsigned long (CPython's messages). */
static uint64_t state_word(lp_value v)
{
    if (!lp_int_check(v)) lp_raise(&lp_exc_TypeError, "an integer is required");
    int64_t x;
    if (!lp_int_as_i64(v, &x)) {
        if (lp_compare(v, lp_from_int(0), LP_LT) == LP_TRUE)
            lp_raise(&lp_exc_OverflowError, "can't convert negative value to unsigned int");
        lp_raise(&lp_exc_OverflowError, "Python int too large to convert to C unsigned long");
    }
    if (x < 0) lp_raise(&lp_exc_OverflowError, "can't convert negative value to unsigned int");
    return (uint64_t)x;
}

static lp_value random_setstate(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("Random.setstate", nargs - 1, kwnames, 1, 1);
    lp_value st = args[1];
    if (!lp_tuple_check(st))
        lp_raise(&lp_exc_TypeError, "state vector must be a tuple");
    if (lp_tuple_len(st) != MT_N + 1) lp_raise(&lp_exc_ValueError, "state vector is the wrong size");
    uint32_t words[MT_N];
    for (int i = 0; i < MT_N; i++) words[i] = (uint32_t)state_word(lp_tuple_get(st, i));
    lp_value iv = lp_tuple_get(st, MT_N);
    if (!lp_int_check(iv)) lp_raise(&lp_exc_TypeError, "an integer is required");
    int64_t index;
    if (!lp_int_as_i64(iv, &index) || index < 0 || index > MT_N)
        lp_raise(&lp_exc_ValueError, "invalid state");
    random_t *r = rnd(args[0]);
    memcpy(r->state, words, sizeof words);
    r->index = (int)index;
    return LP_NONE;
}

static const lp_method_def_t random_methods[] = {
    {"seed", random_seed, 0, "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a "
                             "combination\nof the current time and the process identifier."},
    {"random", random_random, 0, "random() -> x in the interval [0, 1)."},
    {"getrandbits", random_getrandbits, 0, "getrandbits(k) -> x.  Generates an int with k random bits."},
    {"getstate", random_getstate, 0, "getstate() -> tuple containing the current state."},
    {"setstate", random_setstate, 0, "setstate(state) -> None.  Restores generator state."},
    {NULL, NULL, 0, NULL},
};

static lp_type_t lp_type_random = {
    .name = "_random.Random",
    .base = &lp_type_object,
    .size = sizeof(random_t),
    .flags = LP_TPF_BASETYPE,
    .new = random_new,
    .init = random_init,
    .methods = random_methods,
    .doc = "Random() -> create a random number generator with its own internal state.",
};

/* ==== math helpers for random.py ==== */

static double real_arg(lp_value v)
{
    return lp_float_as_double(v);
}

static lp_value math_result(double r)
{
    if (isnan(r) || isinf(r)) lp_raise(&lp_exc_ValueError, "math domain error");
    return lp_float_new(r);
}

#define MATH1(name, expr)                                                                          \
    static lp_value m_##name(lp_value *args, size_t nargs, lp_value kwnames)                       \
    {                                                                                              \
        lp_check_args(#name, nargs, kwnames, 1, 1);                                                \
        double x = real_arg(args[0]);                                                              \
        return expr;                                                                               \
    }

MATH1(_log, x > 0 ? lp_float_new(log(x)) : (lp_raise(&lp_exc_ValueError, "math domain error"),
                                            LP_NONE))
MATH1(_exp, isinf(exp(x)) && !isinf(x)
                ? (lp_raise(&lp_exc_OverflowError, "math range error"), LP_NONE)
                : lp_float_new(exp(x)))
MATH1(_sqrt, x >= 0 || isnan(x) ? lp_float_new(sqrt(x)) : math_result(NAN))
MATH1(_sin, isinf(x) ? math_result(NAN) : lp_float_new(sin(x)))
MATH1(_cos, isinf(x) ? math_result(NAN) : lp_float_new(cos(x)))
MATH1(_acos, fabs(x) > 1 ? math_result(NAN) : lp_float_new(acos(x)))
MATH1(_fabs, lp_float_new(fabs(x)))
MATH1(_isfinite, lp_bool(isfinite(x)))

static lp_value m__urandom(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("_urandom", nargs, kwnames, 1, 1);
    int64_t n = lp_as_ssize(args[0], &lp_exc_OverflowError);
    if (n < 0) lp_raise(&lp_exc_ValueError, "negative argument not allowed");
    uint8_t *buf = lp_alloc_atomic((size_t)n + 1);
    for (int64_t got = 0; got < n;) {
        ssize_t k = getrandom(buf + got, (size_t)(n - got), 0);
        if (k < 0 && errno != EINTR) lp_raise(&lp_exc_OSError, "getrandom failed");
        if (k > 0) got += k;
    }
    return lp_bytes_new((const char *)buf, (size_t)n);
}

/* SHA-512 constants: the first 64 fraction bits of the cube roots of the first 80 primes
 * (K) and of the square roots of the first 8 primes (H0), computed exactly. */
static const uint64_t sha512_k[80] = {
    0x428a2f98d728ae22ull, 0x7137449123ef65cdull, 0xb5c0fbcfec4d3b2full, 0xe9b5dba58189dbbcull,
    0x3956c25bf348b538ull, 0x59f111f1b605d019ull, 0x923f82a4af194f9bull, 0xab1c5ed5da6d8118ull,
    0xd807aa98a3030242ull, 0x12835b0145706fbeull, 0x243185be4ee4b28cull, 0x550c7dc3d5ffb4e2ull,
    0x72be5d74f27b896full, 0x80deb1fe3b1696b1ull, 0x9bdc06a725c71235ull, 0xc19bf174cf692694ull,
    0xe49b69c19ef14ad2ull, 0xefbe4786384f25e3ull, 0x0fc19dc68b8cd5b5ull, 0x240ca1cc77ac9c65ull,
    0x2de92c6f592b0275ull, 0x4a7484aa6ea6e483ull, 0x5cb0a9dcbd41fbd4ull, 0x76f988da831153b5ull,
    0x983e5152ee66dfabull, 0xa831c66d2db43210ull, 0xb00327c898fb213full, 0xbf597fc7beef0ee4ull,
    0xc6e00bf33da88fc2ull, 0xd5a79147930aa725ull, 0x06ca6351e003826full, 0x142929670a0e6e70ull,
    0x27b70a8546d22ffcull, 0x2e1b21385c26c926ull, 0x4d2c6dfc5ac42aedull, 0x53380d139d95b3dfull,
    0x650a73548baf63deull, 0x766a0abb3c77b2a8ull, 0x81c2c92e47edaee6ull, 0x92722c851482353bull,
    0xa2bfe8a14cf10364ull, 0xa81a664bbc423001ull, 0xc24b8b70d0f89791ull, 0xc76c51a30654be30ull,
    0xd192e819d6ef5218ull, 0xd69906245565a910ull, 0xf40e35855771202aull, 0x106aa07032bbd1b8ull,
    0x19a4c116b8d2d0c8ull, 0x1e376c085141ab53ull, 0x2748774cdf8eeb99ull, 0x34b0bcb5e19b48a8ull,
    0x391c0cb3c5c95a63ull, 0x4ed8aa4ae3418acbull, 0x5b9cca4f7763e373ull, 0x682e6ff3d6b2b8a3ull,
    0x748f82ee5defb2fcull, 0x78a5636f43172f60ull, 0x84c87814a1f0ab72ull, 0x8cc702081a6439ecull,
    0x90befffa23631e28ull, 0xa4506cebde82bde9ull, 0xbef9a3f7b2c67915ull, 0xc67178f2e372532bull,
    0xca273eceea26619cull, 0xd186b8c721c0c207ull, 0xeada7dd6cde0eb1eull, 0xf57d4f7fee6ed178ull,
    0x06f067aa72176fbaull, 0x0a637dc5a2c898a6ull, 0x113f9804bef90daeull, 0x1b710b35131c471bull,
    0x28db77f523047d84ull, 0x32caab7b40c72493ull, 0x3c9ebe0a15c9bebcull, 0x431d67c49c100d4cull,
    0x4cc5d4becb3e42b6ull, 0x597f299cfc657e2aull, 0x5fcb6fab3ad6faecull, 0x6c44198c4a475817ull,
};
static const uint64_t sha512_h0[8] = {
    0x6a09e667f3bcc908ull, 0xbb67ae8584caa73bull, 0x3c6ef372fe94f82bull, 0xa54ff53a5f1d36f1ull,
    0x510e527fade682d1ull, 0x9b05688c2b3e6c1full, 0x1f83d9abfb41bd6bull, 0x5be0cd19137e2179ull,
};

static uint64_t ror64(uint64_t x, int n)
{
    return (x >> n) | (x << (64 - n));
}

/* One 128-byte block into the state [h] (FIPS 180-4, section 6.4.2). */
static void sha512_block(uint64_t h[8], const uint8_t *p)
{
    uint64_t w[80];
    for (int t = 0; t < 16; t++) {
        w[t] = 0;
        for (int j = 0; j < 8; j++) w[t] = w[t] << 8 | p[8 * t + j];
    }
    for (int t = 16; t < 80; t++) {
        uint64_t s0 = ror64(w[t - 15], 1) ^ ror64(w[t - 15], 8) ^ (w[t - 15] >> 7);
        uint64_t s1 = ror64(w[t - 2], 19) ^ ror64(w[t - 2], 61) ^ (w[t - 2] >> 6);
        w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int t = 0; t < 80; t++) {
        uint64_t t1 = hh + (ror64(e, 14) ^ ror64(e, 18) ^ ror64(e, 41)) + ((e & f) ^ (~e & g)) +
                      sha512_k[t] + w[t];
        uint64_t t2 = (ror64(a, 28) ^ ror64(a, 34) ^ ror64(a, 39)) + ((a & b) ^ (a & c) ^ (b & c));
        hh = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e, h[5] += f, h[6] += g, h[7] += hh;
}

/* The SHA-512 digest of [n] bytes at [data] into [out] (64 bytes). */
static void sha512(const uint8_t *data, size_t n, uint8_t out[64])
{
    uint64_t h[8];
    memcpy(h, sha512_h0, sizeof h);
    size_t full = n / 128;
    for (size_t i = 0; i < full; i++) sha512_block(h, data + 128 * i);
    uint8_t tail[256] = {0};
    size_t rest = n % 128;
    memcpy(tail, data + 128 * full, rest);
    tail[rest] = 0x80;
    size_t len = rest + 1 + 16 <= 128 ? 128 : 256;
    uint64_t bits = (uint64_t)n * 8; /* the high 64 bits of the 128-bit length stay 0 */
    for (int j = 0; j < 8; j++) tail[len - 1 - j] = (uint8_t)(bits >> (8 * j));
    for (size_t off = 0; off < len; off += 128) sha512_block(h, tail + off);
    for (int i = 0; i < 8; i++)
        for (int j = 0; j < 8; j++) out[8 * i + j] = (uint8_t)(h[i] >> (56 - 8 * j));
}

/* _sha512(data: bytes) -> the 64-byte digest (for random.seed of str/bytes). */
static lp_value m__sha512(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("_sha512", nargs, kwnames, 1, 1);
    if (!lp_bytes_check(args[0]))
        lp_raise(&lp_exc_TypeError, "a bytes-like object is required, not '%s'",
                 lp_type_of(args[0])->name);
    uint8_t out[64];
    sha512((const uint8_t *)lp_as_bytes(args[0])->data, (size_t)lp_as_bytes(args[0])->len, out);
    return lp_bytes_new((const char *)out, 64);
}

static const lp_method_def_t random_functions[] = {
    {"_log", m__log, 0, NULL},   {"_exp", m__exp, 0, NULL},
    {"_sqrt", m__sqrt, 0, NULL}, {"_cos", m__cos, 0, NULL}, {"_sin", m__sin, 0, NULL},
    {"_acos", m__acos, 0, NULL}, {"_fabs", m__fabs, 0, NULL},
    {"_isfinite", m__isfinite, 0, NULL}, {"_urandom", m__urandom, 0, NULL}, {"_sha512", m__sha512, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static lp_value random_module;

lp_value lp_random_module(void)
{
    if (random_module) return random_module;
    lp_value m = lp_module_new(lp_str_from_cstr("_random"));
    lp_module_t *mod = lp_as_ptr(m);
    if (!mod->dict) mod->dict = lp_dict_new();
    lp_value d = mod->dict;
    random_module = m;
    lp_value modname = lp_str_from_cstr("_random");
    lp_dict_set_cstr(d, "__name__", modname);
    lp_dict_set_cstr(d, "__doc__", lp_str_from_cstr("Module implements the Mersenne Twister random number generator."));
    for (const lp_method_def_t *f = random_functions; f->name; f++) {
        lp_value fn = lp_builtin_new(f->name, f->fn, LP_NULL);
        ((lp_builtin_t *)lp_as_ptr(fn))->module = modname;
        lp_dict_set_cstr(d, f->name, fn);
    }
    lp_type_ready(&lp_type_random);
    lp_dict_set_cstr(d, "Random", lp_from_ptr(&lp_type_random));
    return m;
}
