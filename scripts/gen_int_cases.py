#!/usr/bin/env python3
"""gen_int_cases.py -- writes tests/unit/int_cases.h from python3.

tests/unit/test_int.c checks runtime/obj_int.c against CPython 3.11.  Every
expected answer below is computed by this python3 process; nothing is typed
by hand except the two lemonpy policies marked POLICY (results too large to
build, which CPython would attempt and fail with MemoryError).

A case is {op, a, b, c, want}.  Operands are ints written as Python's hex()
(so huge values need no str-digit limit), except:
  fromstr   a = the text, b = the base in decimal
  fromfloat a = the double's IEEE bits, 16 hex digits
The answer is one of
  hex() of an int result;  "q,r" for divmod;  decimal for cmp, eq, bool,
  bitlen, hash;  16 hex digits of the IEEE bits for tofloat;  the text for
  repr/bin/oct/hex;  "~float" when int ** negative needs a float power;
  "!<Exception>: <message>" for an error.  For "invalid literal" the message
  stops after "base N: " (the caller appends the repr of the text).

Run: scripts/gen_int_cases.py [--check] [-o FILE]   (default tests/unit/int_cases.h)
"""
import argparse
import os
import random
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cgen import c_str, write_or_check  # noqa: E402  (shared with the other generators)

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUT = os.path.join(TOP, "tests", "unit", "int_cases.h")

rng = random.Random(20240611)
SMALL_MAX = (1 << 48) - 1
SMALL_MIN = -(1 << 48)


def pool_values():
    """Edge cases around the encoding, C widths, the hash modulus; randoms."""
    edges = {0, 1, 2, 3, 7, 10, 255, 256, 1000}
    for k in (31, 32, 47, 48, 49, 52, 53, 54, 61, 62, 63, 64, 65, 96, 127, 128, 200):
        for d in (-1, 0, 1):
            edges.add((1 << k) + d)
    edges |= {SMALL_MAX, SMALL_MIN, SMALL_MAX + 1, SMALL_MIN - 1, 10**30, 10**18}
    edges |= {(2**61 - 1) * 3, (2**61 - 1) * 2**70}
    edges |= {-x for x in edges}
    for _ in range(40):
        edges.add(rng.randint(-1000, 1000))
        edges.add(rng.randint(SMALL_MIN, SMALL_MAX))
        edges.add(rng.randint(-(1 << 200), 1 << 200))
    for _ in range(5):
        bits = rng.randint(3000, 15000)
        edges.add(rng.getrandbits(bits) * rng.choice((1, -1)))
    return sorted(edges)


CORE = [0, 1, -1, 2, -2, 7, -7, SMALL_MAX, SMALL_MIN, SMALL_MAX + 1, SMALL_MIN - 1,
        1 << 53, 1 << 63, -(1 << 63), 1 << 64, -(1 << 64) - 1, 10**30, -(10**30) + 3,
        2**61 - 1, rng.getrandbits(1500), -rng.getrandbits(700)]

cases = []


def err(e):
    return "!%s: %s" % (type(e).__name__, e)


def add(op, a, b, c, fn):
    try:
        want = fn()
    except (ZeroDivisionError, ValueError, OverflowError) as e:
        want = err(e)
        if "invalid literal" in want:
            want = want[:want.index(": '", want.index("base")) + 2]
    cases.append((op, a, b, c, want))


def h(x):
    return hex(x)


BINOPS = {
    "add": lambda a, b: h(a + b), "sub": lambda a, b: h(a - b),
    "mul": lambda a, b: h(a * b), "floordiv": lambda a, b: h(a // b),
    "mod": lambda a, b: h(a % b),
    "divmod": lambda a, b: "%s,%s" % tuple(map(h, divmod(a, b))),
    "and": lambda a, b: h(a & b), "or": lambda a, b: h(a | b),
    "xor": lambda a, b: h(a ^ b),
    "cmp": lambda a, b: str((a > b) - (a < b)), "eq": lambda a, b: str(int(a == b)),
}


def binops(pool):
    for a in CORE:
        for b in CORE:
            for op, fn in BINOPS.items():
                add(op, h(a), h(b), None, lambda: fn(a, b))
    for _ in range(1500):
        a, b = rng.choice(pool), rng.choice(pool)
        op = rng.choice(list(BINOPS))
        add(op, h(a), h(b), None, lambda: BINOPS[op](a, b))


def unops(pool):
    fns = {"neg": lambda a: h(-a), "pos": lambda a: h(+a), "abs": lambda a: h(abs(a)),
           "invert": lambda a: h(~a), "bool": lambda a: str(int(bool(a))),
           "bitlen": lambda a: str(a.bit_length()), "hash": lambda a: str(hash(a)),
           "tofloat": lambda a: "%016x" % struct.unpack("<Q", struct.pack("<d", float(a)))[0],
           "bin": bin, "oct": oct, "hex": hex, "repr": repr}
    for a in pool:
        for op, fn in fns.items():
            add(op, h(a), None, None, lambda: fn(a))


def shifts(pool):
    counts = [0, 1, 5, 47, 48, 49, 63, 64, 65, 100, 1000, 3000, -1, -(1 << 70)]
    for a in CORE + [SMALL_MIN >> 1, -5, 5]:
        for n in counts + [1 << 64, 1 << 70]:
            add("rshift", h(a), h(n), None, lambda: h(a >> n))
            if n < (1 << 64):
                add("lshift", h(a), h(n), None, lambda: h(a << n))
    # POLICY: results beyond LP_INT_MAX_BITS are refused as MemoryError.
    for n in (1 << 40, 1 << 64, 1 << 70):
        cases.append(("lshift", h(1), h(n), None, "!MemoryError: "))
        add("lshift", h(0), h(n), None, lambda: h(0 << n))


def pows(pool):
    bases = [0, 1, -1, 2, -2, 3, -3, 10, SMALL_MAX, SMALL_MIN, 1 << 64, -(10**30) - 7]
    for a in bases:
        for e in [0, 1, 2, 3, 5, 17, 64, 100, -1, -2, 1 << 70, (1 << 70) + 1]:
            if a not in (0, 1, -1) and e > 100:
                continue
            add("pow", h(a), h(e), None, lambda: "~float" if e < 0 else h(a ** e))
    cases.append(("pow", h(2), h(1 << 40), None, "!MemoryError: "))  # POLICY
    cases.append(("pow", h(-3), h(1 << 70), None, "!MemoryError: "))  # POLICY
    cases.append(("pow", h(3), h(1 << 34), None, "!MemoryError: "))  # POLICY: 27 Gbit
    mods = [1, -1, 2, -2, 7, -7, 0, 10**20 + 39, -(2**127 - 1), SMALL_MAX, 1 << 64]
    for a in bases + [rng.getrandbits(300)]:
        for e in [0, 1, 3, 65537, -1, -3, rng.getrandbits(100)]:
            for m in mods:
                add("powmod", h(a), h(e), h(m), lambda: h(pow(a, e, m)))


def floats():
    vals = [0.0, -0.0, 0.5, -0.5, 0.9999999, 1.0, -1.0, 1.5, -2.5, 1e-300, 5e-324,
            2.0**48, -2.0**48, 2.0**48 - 1, 2.0**52 + 1, 2.0**53, 2.0**63, -2.0**63,
            2.0**64, 1e300, -1e300, 1.7976931348623157e308, float("inf"),
            float("-inf"), float("nan")]
    vals += [rng.uniform(-1e20, 1e20) for _ in range(40)]
    vals += [rng.uniform(-1e6, 1e6) for _ in range(40)]
    for d in vals:
        bits = "%016x" % struct.unpack("<Q", struct.pack("<d", d))[0]
        add("fromfloat", bits, None, None, lambda: h(int(d)))


def tofloat_edges():
    vals = []
    for k in (53, 54, 60, 64, 100, 1000, 1023):
        base = 1 << k
        ulp = 1 << (k - 52) if k > 52 else 1
        for d in (1, ulp // 2, ulp // 2 + 1, ulp // 2 - 1, ulp + ulp // 2, ulp - 1):
            vals += [base + d, base - d, -(base + d)]
    top = 2**1024
    vals += [top - 2**970, top - 2**970 - 1, top - 2**971, top, top + 1, -(top - 2**970 - 1)]
    vals += [(2**53 + 1) * 2**2 + 2, (2**53 + 1) * 2**2 + 1, (2**53 + 3) * 2**2 + 2]
    for a in vals:
        add("tofloat", h(a), None, None,
            lambda: "%016x" % struct.unpack("<Q", struct.pack("<d", float(a)))[0])


def strs():
    texts = [("0", 10), ("-0", 10), (" 42 ", 10), ("\t-17\n", 10), ("+5", 10), ("1_000", 10),
             ("1__0", 10), ("_1", 10), ("1_", 10), ("+_1", 10), ("", 10), ("  ", 10),
             ("-", 10), ("12", 37), ("12", 1), ("12", -1), ("z", 36), ("Z", 36),
             ("0x1f", 16), ("0X1F", 16), ("0x_1f", 16), ("0x__1f", 16), ("0x", 16),
             ("0x1f", 0), ("0o17", 0), ("0b101", 0), ("0B1_0", 0), ("0b2", 0), ("0xg", 0),
             ("01", 0), ("00", 0), ("0_0", 0), ("0_9", 0), ("09", 0), ("00x", 0),
             ("0b1", 16), ("0b1", 2), ("0o7", 8), ("0o7", 10), ("1\x002", 10),
             ("- 1", 10), ("1 1", 10), ("1e5", 10), ("ff", 15), ("ff", 16),
             (str(SMALL_MAX), 10), (str(SMALL_MIN), 10), (str(SMALL_MAX + 1), 10),
             (str(SMALL_MIN - 1), 10), ("9" * 4300, 10), ("-" + "9" * 4300, 10),
             ("9" * 4301, 10), ("0" * 5000, 0), ("1" * 5000 + "x", 10),
             ("1_" * 4400 + "1", 10), ("1" * 5000, 16), ("1" * 5000, 2), ("7" * 5000, 8),
             ("1" * 5000 + "__1", 10), ("1" * 641, 10), ("z" * 3000, 36)]
    for _ in range(200):
        base = rng.choice([0, 2, 8, 10, 16, 36, rng.randint(2, 36)])
        x = rng.getrandbits(rng.choice([8, 48, 49, 64, 300]))
        s = ("-" if rng.random() < .5 else "") + int_to_base(x, base or 10)
        texts.append((s, base))
    for s, base in texts:
        add("fromstr", s, str(base), None, lambda: h(int(s, base)))


def int_to_base(x, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        x, d = divmod(x, base)
        out = digits[d] + out
        if not x:
            return out


def repr_limits():
    for a in (10**4299, -(10**4299), 10**4300 - 1, -(10**4300) + 1, 10**4300, -(10**4300),
              2**14300, 2**20000):
        add("repr", h(a), None, None, lambda: repr(a))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-o", "--output", default=DEFAULT_OUT)
    ap.add_argument("--check", action="store_true", help="exit 1 if the header is stale")
    args = ap.parse_args()
    pool = pool_values()
    binops(pool)
    unops(pool)
    shifts(pool)
    pows(pool)
    floats()
    tofloat_edges()
    strs()
    repr_limits()
    out = []
    w = out.append
    w("/* generated by scripts/gen_int_cases.py -- do not edit */\n")
    w("/* int_cases.h -- CPython %s's answers for tests/unit/test_int.c;\n"
      " * the case format is described in the script. */\n" % sys.version.split()[0])
    w("#ifndef LP_INT_CASES_H\n#define LP_INT_CASES_H\n\n")
    w("typedef struct {\n    const char *op, *a, *b, *c, *want;\n"
      "    int alen; /* strlen(a), which may hold NUL bytes */\n} ic_case_t;\n\n")
    w("static const ic_case_t int_cases[] = {\n")
    for op, a, b, c, want in cases:
        w("    {%s, %s, %s, %s, %s, %d},\n" % (tuple(
            "NULL" if x is None else c_str(x) for x in (op, a, b, c, want)) + (len(a),)))
    w("};\n\n#endif\n")
    write_or_check(args.output, "".join(out), args.check, "gen_int_cases")


if __name__ == "__main__":
    main()
