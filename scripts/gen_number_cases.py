#!/usr/bin/env python3
"""gen_number_cases.py -- writes tests/unit/number_cases.h from python3.

tests/unit/test_numbers.c runs each case through lemonpy's generic
operations (runtime/ops.h) and compares the repr of the result, or the
exception, with what this python3 process computed.  Nothing is typed by
hand.

A case is {op, a, b, c, want}.  Operands are encoded so that C can rebuild
them exactly:
  i:<hex()>           an int          b:0 / b:1   False / True
  f:<float.hex()>     a float (inf, -inf, nan as such)
  c:<re>,<im>         a complex, parts as for floats
  s:<text>            a str           n:          None
  y:<hex>             bytes           l:<a>,<b>   a list of small ints
The op is one of
  binop:<N>   a <op> b, N the BINARY_OP number (runtime/object.h)
  cmp:<N>     a <op> b, N 0..5 for < <= == != > >=
  neg pos abs invert bool hash repr str   of a
  pow3        pow(a, b, c)            divmod   divmod(a, b)
  call:<T>    T(a[, b]) for T in int float complex bool
  format      format(a, b)
  meth:<name> a.name([b[, c]])    meth:<name>/<kw>  the same with kw=True
  cmeth:<name> type(a).name(b[, c]) (class methods)
The answer is the repr of the result, or "!<Exception>: <message>".

Run: scripts/gen_number_cases.py [--check] [-o FILE]
"""
import argparse
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cgen import c_str, write_or_check  # noqa: E402

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUT = os.path.join(TOP, "tests", "unit", "number_cases.h")

INF = float("inf")
NAN = float("nan")

INTS = [0, 1, -1, 2, -3, 7, -7, 10, 255, 2**48 - 1, -2**48, 2**48, 2**53 + 1, 2**53, -2**63,
        10**20, -10**20 - 7, 2**100, 3**70]
FLOATS = [0.0, -0.0, 1.0, 1.5, -2.5, 0.1, 3.0, -7.0, 1e16, 1e-7, 2.0**53, 1e308, -1e308,
          5e-324, INF, -INF, NAN, 0.5, 123456.789]
COMPLEXES = [0j, 1 + 2j, -1.5j, complex(-0.0, -1.0), complex(INF, 1), 2 + 0j, 1e300 + 1e300j]
BOOLS = [True, False]

BINOPS = {0: "+", 1: "&", 2: "//", 3: "<<", 5: "*", 6: "%", 7: "|", 8: "**", 9: ">>",
          10: "-", 11: "/", 12: "^"}
CMPS = ["<", "<=", "==", "!=", ">", ">="]

cases = []


def enc(v):
    if v is None:
        return "n:"
    if isinstance(v, bool):
        return "b:%d" % v
    if isinstance(v, int):
        return "i:" + hex(v)
    if isinstance(v, float):
        return "f:" + fenc(v)
    if isinstance(v, complex):
        return "c:%s,%s" % (fenc(v.real), fenc(v.imag))
    if isinstance(v, str):
        return "s:" + v
    if isinstance(v, bytes):
        return "y:" + v.hex()
    if isinstance(v, list):
        return "l:" + ",".join(str(x) for x in v)
    raise TypeError(v)


def fenc(x):
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return x.hex()


def answer(fn):
    try:
        return repr(fn())
    except Exception as e:  # noqa: BLE001 -- every exception is an answer
        return "!%s: %s" % (type(e).__name__, e)


def add(op, fn, *args):
    enc_args = [enc(a) for a in args] + [None] * (3 - len(args))
    cases.append((op, *enc_args, answer(fn)))


def too_big(op, a, b):
    """Results python3 would take forever or too much memory to compute."""
    if isinstance(a, complex) or isinstance(b, complex):
        return False
    if op == 8 and isinstance(b, int) and not isinstance(b, bool) and abs(b) > 200:
        return isinstance(a, int) and abs(a) > 1
    if op == 3 and isinstance(b, int) and b > 200:
        return True
    return False


def binops():
    values = INTS[::2] + FLOATS[::2] + COMPLEXES + BOOLS
    for n, sym in BINOPS.items():
        for a in values:
            for b in values:
                if too_big(n, a, b):
                    continue
                add("binop:%d" % n, lambda: eval("a %s b" % sym, {"a": a, "b": b}), a, b)
    for a in values:
        for b in values:
            add("divmod", lambda: divmod(a, b), a, b)


def compares():
    values = INTS + FLOATS + COMPLEXES[:3] + BOOLS
    for a in values:
        for b in values:
            for n, sym in enumerate(CMPS):
                if n in (0, 3) or (n == 2 and isinstance(a, float)):
                    add("cmp:%d" % n, lambda: eval("a %s b" % sym, {"a": a, "b": b}), a, b)


def unaries():
    for a in INTS + FLOATS + COMPLEXES + BOOLS:
        add("neg", lambda: -a, a)
        add("pos", lambda: +a, a)
        add("abs", lambda: abs(a), a)
        add("invert", lambda: ~a, a)
        add("bool", lambda: bool(a), a)
        add("repr", lambda: repr(a), a)
        add("str", lambda: str(a), a)
        if not (isinstance(a, float) and math.isnan(a)) and not (
                isinstance(a, complex) and (math.isnan(a.real) or math.isnan(a.imag))):
            add("hash", lambda: hash(a), a)


def pow3():
    for a in (0, 2, -3, 7, 10**20, 2.0):
        for b in (0, 5, -1, 100, 2**70):
            for m in (0, 1, 7, -7, 10**9 + 7, 2**64):
                add("pow3", lambda: pow(a, b, m), a, b, m)


FLOAT_STRS = ["1.5", " -2.5e3 ", "1_0.5", "1__0", "_1", "1_", "inf", "-Infinity", "nAn",
              "+nan", "x", "", " ", "1e", "1e+", ".5", "5.", ".", "1e400", "-1e-400",
              "0x10", "1.5j", "\u0661\u0662.5", "\u00a01\u2003", "1 2", "1e1_0", "1.2_3e4",
              "9" * 400]
INT_STRS = [("12", 10), ("  -1_2  ", 10), (" 0x_1f ", 0), ("010", 0), ("0", 0), ("00", 0),
            ("0_0", 0), ("0b101", 0), ("0o17", 0), ("z", 36), ("Z", 36), ("12", 2),
            ("0x1f", 16), ("1f", 16), ("x", 10), ("", 10), ("1__2", 10), ("_1", 10),
            ("\u0661\u0662", 10), ("1", 37), ("1", 1), ("1", -1), ("+ 1", 10),
            ("9" * 4300, 10), ("9" * 4301, 10), ("1" * 5000, 16)]
COMPLEX_STRS = ["1+2j", " ( 1+2j ) ", "1 + 2j", "-j", "j", "+j", "1e+2j", "infj", "-inf+nanj",
                "1_0+2_0j", "(1+2j", "", "1+", "2J", "1e-2-3e+4J", "(j)", "()", "1+2", "1j+2"]


def constructors():
    for s in FLOAT_STRS:
        add("call:float", lambda: float(s), s)
    for s, base in INT_STRS:
        if base == 10:
            add("call:int", lambda: int(s), s)
        add("call:int", lambda: int(s, base), s, base)
    for s in COMPLEX_STRS:
        add("call:complex", lambda: complex(s), s)
    for x in [1.5, -2.5, 1e300, INF, NAN, -0.0, True, 7, 2**70, None, 1 + 2j]:
        for t in (int, float, complex, bool):
            add("call:" + t.__name__, lambda: t(x), x)
    add("call:int", lambda: int(12, 10), 12, 10)
    add("call:int", lambda: int(12.5, 10), 12.5, 10)
    for a, b in [(1, 2), (1.5, -0.0), (1 + 2j, 3 + 4j), (1, 1j), ("1", 2), (1, "2"), (2j, 1),
                 (None, 1)]:
        add("call:complex", lambda: complex(a, b), a, b)


FLOAT_FORMATS = ["", "f", ".2f", ",.2f", "_", ",e", ".3", ".0", "#.0", "#g", "g", ".2g",
                 "e", "E", "F", "%", ".1%", "+", " ", "010", "=+010", "<10", "^10", "*>12.3f",
                 "z.1f", "z", "n", ".3n", "#", "ff", "d", "x", ",x", ",_", ".", "10,.1f",
                 "015,.2f", "0<10", "+.0%", "-", "+e", ".20", ".20f", ".0f", "#.0f", "#.0e"]
FLOAT_FORMAT_VALUES = [0.0, -0.0, 1.0, 1.5, 2.5, -1.5, 100.0, 1234567.891, 0.0001, 1e-5,
                       1e16, 1e100, 5e-324, 0.1, -0.0001, 123.456, 2.675, INF, -INF, NAN]
INT_FORMATS = ["", "d", "5", "<5", "^6", "=+8", "+", " ", "-", "b", "#b", "o", "#o", "x", "#x",
               "X", "#X", "#010b", ",", "_", "010,", "08,", "07,", "09_", "_x", "#_o", "_b",
               "c", ">3c", "+c", "#c", ",c", "n", ",n", "e", ".3e", "f", ".2f", "%", "g", "G",
               ".2", ".2d", "z", "zd", "s", "abc", ",x", "x<10", "^+11,", "0=10,", "é^5",
               "99999999999999999999", ".1f"]
INT_FORMAT_VALUES = [0, 1, -1, 65, 255, -255, 1234, -1234, 123456789, 0x10FFFF, 0x110000,
                     10**30, -(10**40), True, False]
COMPLEX_FORMATS = ["", "10", "<12", "g", ".2f", "e", "+", ",", ".3", "=", "=10", "010", "%",
                   "n", "z", "^20.3g", "#", "x"]
COMPLEX_FORMAT_VALUES = [1 + 2j, 1j, -1j, complex(-0.0, -1), 12345 + 6789j, complex(INF, NAN),
                         0j, 1.5 - 2.25j]


def formats():
    for v in FLOAT_FORMAT_VALUES:
        for f in FLOAT_FORMATS:
            add("format", lambda: format(v, f), v, f)
    for v in INT_FORMAT_VALUES:
        for f in INT_FORMATS:
            add("format", lambda: format(v, f), v, f)
    for v in COMPLEX_FORMAT_VALUES:
        for f in COMPLEX_FORMATS:
            add("format", lambda: format(v, f), v, f)


def methods():
    for x in FLOATS + [2.675, 0.125, 0.375, 1.7976931348623157e308, 12345.0, -12350.0]:
        add("meth:hex", lambda: x.hex(), x)
        add("meth:is_integer", lambda: x.is_integer(), x)
        add("meth:as_integer_ratio", lambda: x.as_integer_ratio(), x)
        add("meth:__round__", lambda: round(x), x)
        add("meth:__trunc__", lambda: x.__trunc__(), x)
        add("meth:__floor__", lambda: x.__floor__(), x)
        add("meth:__ceil__", lambda: x.__ceil__(), x)
        add("meth:conjugate", lambda: x.conjugate(), x)
        for n in (0, 1, 2, 3, -1, -2, -308, -309, 400, None):
            add("meth:__round__", lambda: x.__round__(n), x, n)
    for x in INTS + [-(2**64), 10**30 + 5 * 10**29, 1250, 1350, -1250, -1350] + BOOLS:
        add("meth:bit_length", lambda: x.bit_length(), x)
        add("meth:bit_count", lambda: x.bit_count(), x)
        add("meth:as_integer_ratio", lambda: x.as_integer_ratio(), x)
        add("meth:conjugate", lambda: x.conjugate(), x)
        for n in (None, 0, 2, -1, -2, -3, -30, -100):
            add("meth:__round__", lambda: x.__round__(n), x, n)
        add("meth:__round__", lambda: x.__round__(1, 2), x, 1, 2)
    for z in COMPLEXES:
        add("meth:conjugate", lambda: z.conjugate(), z)
    for s in ["0x1.8p1", "  -0X1.Fp-3  ", "1.", ".8", "0x.p1", "-inf", "0x1p2000", "0x1p-1075",
              "0x1p-1074", "0x1.fffffffffffff8p1023", "x", "0x", "1p", "0x1.0000000000000801p0"]:
        add("cmeth:fromhex", lambda: float.fromhex(s), 0.0, s)
    to_bytes()


def to_bytes():
    for x in [0, 1, -1, 127, 128, -128, -129, 255, 256, 2**64 - 1, -2**63, 2**100, True]:
        for n in [0, 1, 2, 9, 13]:
            for order in ["big", "little"]:
                add("meth:to_bytes", lambda: x.to_bytes(n, order), x, n, order)
                add("meth:to_bytes/signed", lambda: x.to_bytes(n, order, signed=True), x, n,
                    order)
    for x, n, order in [(1, -1, "big"), (1, 1, "middle"), (1, 1, 5), (1, "a", "big")]:
        add("meth:to_bytes", lambda: x.to_bytes(n, order), x, n, order)
    add("meth:to_bytes", lambda: (65).to_bytes(), 65)
    for b in [b"", b"\x01", b"\xff\xfe", b"\x00\x80", b"\x12\x34\x56\x78\x9a\xbc\xde\xf0\x11",
              [1, 2, 3], [256], [-1], "ab", 5]:
        for order in ["big", "little", "x"]:
            add("cmeth:from_bytes", lambda: int.from_bytes(b, order), 0, b, order)
        add("cmeth:from_bytes/signed", lambda: int.from_bytes(b, "little", signed=True), 0, b,
            "little")
    for b in [b" 12 ", b"x", b"1_0", b"0x1f", b"\xff"]:
        add("call:int", lambda: int(b), b)
        add("call:int", lambda: int(b, 0), b, 0)
        add("call:float", lambda: float(b), b)
        add("call:complex", lambda: complex(b), b)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-o", "--output", default=DEFAULT_OUT)
    ap.add_argument("--check", action="store_true", help="exit 1 if the header is stale")
    args = ap.parse_args()
    binops()
    compares()
    unaries()
    pow3()
    constructors()
    formats()
    methods()
    out = []
    w = out.append
    w("/* generated by scripts/gen_number_cases.py -- do not edit */\n")
    w("/* number_cases.h -- CPython %s's answers for tests/unit/test_numbers.c;\n"
      " * the case format is described in the script. */\n" % sys.version.split()[0])
    w("#ifndef LP_NUMBER_CASES_H\n#define LP_NUMBER_CASES_H\n\n")
    w("typedef struct {\n    const char *op, *a, *b, *c, *want;\n} nc_case_t;\n\n")
    w("static const nc_case_t number_cases[] = {\n")
    for case in cases:
        w("    {%s, %s, %s, %s, %s},\n" % tuple("NULL" if x is None else c_str(x) for x in case))
    w("};\n\n#endif\n")
    write_or_check(args.output, "".join(out), args.check, "gen_number_cases")


if __name__ == "__main__":
    main()
