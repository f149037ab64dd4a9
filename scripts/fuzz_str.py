#!/usr/bin/env python3
"""fuzz_str.py -- differential fuzzing of str, bytes and formatting against CPython.

Writes a program of many random one-line operations, each wrapped in
try/except and printing ascii() of the result or "Type 'message'", runs it
under python3 and lemonpy (PYTHONHASHSEED=0) and reports the lines that
differ.  Three suites:

  str      str methods (case, classes, searching with random bounds,
           splitting, stripping, padding, replace), slicing, encode with
           every codec and error handler, format() of str
  bytes    the same for bytes and bytearray, decode
  format   `%` formatting with random flags, widths, precisions and
           conversions over ints, floats, strs and containers, and
           str.format fields with conversions, nested specs, indexing
  bformat  `%` formatting of bytes and bytearray templates
  template str.format templates made of random pieces of field syntax

    scripts/fuzz_str.py [--lemonpy PATH] [--seed N] [--count N] [SUITE...]

Not part of the tests (no fixed expectations); run it after changing the
str runtime.  Exit status 1 when any line differs.

SPDX-License-Identifier: MIT
"""
import argparse
import os
import random
import subprocess
import sys
import tempfile

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

CHARS = ["a", "b", "A", " ", "\t", "\n", "\xe9", "\xdf", "\u0130", "\u03a3", "\u03c3", "1",
         "\u0661", "_", ",", "'", '"', "\\", "\u20ac", "\U0001f600", "\x00", "\x85", "\u2028",
         "\ud800", "x", "ab", "\u01c5", "\u1f88", "-", "+", "0", "{", "}", "%"]
BYTES = [b"a", b"b", b"A", b" ", b"\t", b"\n", b"\r", b"\xe9", b"\xff", b"\x00", b"1", b"_",
         b",", b"'", b'"', b"\\", b"x", b"ab", b"-", b"+", b"0", b"\xc3\xa9", b"\x0b"]
NO_ARGS = ["upper", "lower", "swapcase", "title", "capitalize", "isalpha", "isalnum", "isdigit",
           "islower", "isupper", "istitle", "isspace", "isascii", "split", "rsplit", "strip",
           "lstrip", "rstrip", "splitlines", "expandtabs", "__repr__", "__len__"]
STR_NO_ARGS = NO_ARGS + ["casefold", "isdecimal", "isnumeric", "isprintable", "isidentifier",
                         "__hash__"]
BYTES_NO_ARGS = NO_ARGS + ["hex", "decode"]
HANDLERS = ["strict", "ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass"]


def rint():
    return random.choice([-100, -5, -2, -1, 0, 1, 2, 3, 5, 10, 100])


def common_op(lit, no_args, needle):
    """One random operation on a str or bytes [lit]eral maker."""
    k = random.randint(0, 7)
    if k < 3:
        return "s.%s()" % random.choice(no_args)
    if k == 3:
        m = random.choice(["find", "rfind", "count", "index", "rindex", "startswith", "endswith"])
        args = [needle()] + [str(rint()) for _ in range(random.randint(0, 2))]
        return "s.%s(%s)" % (m, ", ".join(args))
    if k == 4:
        m = random.choice(["split", "rsplit", "partition", "rpartition", "removeprefix",
                           "removesuffix", "strip", "lstrip", "rstrip"])
        args = [repr(lit(random.randint(0, 2)))]
        if m in ("split", "rsplit") and random.random() < 0.5:
            args.append(str(rint()))
        return "s.%s(%s)" % (m, ", ".join(args))
    if k == 5:
        m = random.choice(["center", "ljust", "rjust", "zfill", "expandtabs"])
        args = [str(rint())]
        if m in ("center", "ljust", "rjust") and random.random() < 0.5:
            args.append(repr(lit(1)))
        return "s.%s(%s)" % (m, ", ".join(args))
    if k == 6:
        return "s.replace(%r, %r, %d)" % (lit(random.randint(0, 2)), lit(random.randint(0, 2)),
                                          rint())
    return "s[%d:%d:%d]" % (rint(), rint(), random.choice([1, 2, -1, -2, 3]))


def str_case():
    def lit(n=None):
        n = random.randint(0, 8) if n is None else n
        return "".join(random.choice(CHARS) for _ in range(n))
    if random.random() < 0.15:
        e = "s.encode(%r, %r)" % (random.choice(["utf-8", "ascii", "latin-1", "cp1252", "utf-16",
                                                 "utf-32-be"]), random.choice(HANDLERS))
    elif random.random() < 0.1:
        e = "format(s, %r)" % random.choice(["", "5", "<6", ">7", "^8", "*^9", ".2", "10.3"])
    else:
        e = common_op(lit, STR_NO_ARGS, lambda: repr(lit(random.randint(0, 2))))
    return "s = %s" % ascii(lit()), e


def bytes_case():
    def lit(n=None):
        n = random.randint(0, 8) if n is None else n
        return b"".join(random.choice(BYTES) for _ in range(n))
    ctor = random.choice(["bytes", "bytearray"])
    if random.random() < 0.15:
        e = "s.decode(%r, %r)" % (random.choice(["utf-8", "ascii", "latin-1", "cp1252",
                                                 "utf-8-sig", "utf-16-le"]),
                                  random.choice(HANDLERS))
    else:
        e = common_op(lit, BYTES_NO_ARGS, lambda: random.choice(
            [repr(lit(random.randint(0, 2))), str(random.choice([97, 0, 255, 300, -1]))]))
    return "s = %s(%r)" % (ctor, lit()), e


VALUES = ["0", "1", "-1", "255", "-3.5", "0.0", "-0.0", "1e100", "1.5e-7", "2**70", "-(2**65)",
          "'ab'", "'\\u20ac'", "None", "True", "[1]", "(1,)", "float('inf')", "float('nan')",
          "123456.789", "b'x'"]
FLAGS = ["", "-", "+", " ", "#", "0", "-0", "+0", "#0", " 0", "-#"]


def format_case():
    if random.random() < 0.6:
        parts, args = [], []
        for _ in range(random.randint(1, 3)):
            p = "%" + random.choice(FLAGS) + random.choice(["", "1", "5", "12", "*"]) + \
                random.choice(["", ".0", ".1", ".3", ".10", ".*"]) + random.choice("sdiuxXoeEfFgGcra%")
            parts.append(p)
            args += ["3"] * p.count("*")
            if not p.endswith("%"):
                args.append(random.choice(VALUES))
        return "s = None", "%r %% (%s)" % ("|".join(parts), "".join(a + ", " for a in args))
    return "s = None", "'{0!r:>{1}}{2[0]}{x.real}'.format(%s, %d, %s, x=%s)" % (
        random.choice(VALUES), random.randint(0, 9), random.choice(["'ab'", "[1]", "(5,)"]),
        random.choice(["1", "2.5", "True"]))


BYTES_VALUES = ["0", "1", "-1", "255", "256", "-3.5", "0.0", "1e100", "2**70", "b'ab'",
                "bytearray(b'x')", "'s'", "None", "True", "[1]", "float('nan')"]


def bytes_format_case():
    parts, args = [], []
    for _ in range(random.randint(1, 3)):
        p = "%" + random.choice(FLAGS) + random.choice(["", "3", "*"]) + \
            random.choice(["", ".0", ".2", ".*"]) + random.choice("sbdiuxXoeEfFgGcra%")
        parts.append(p)
        args += ["2"] * p.count("*")
        if not p.endswith("%"):
            args.append(random.choice(BYTES_VALUES))
    tmpl = repr("|".join(parts).encode())
    if random.random() < 0.3:
        tmpl = "bytearray(%s)" % tmpl
    return "s = None", "%s %% (%s)" % (tmpl, "".join(a + ", " for a in args))


TEMPLATE_PIECES = ["{", "}", "{}", "{0}", "{1}", "{x}", "{x.real}", "{0[1]}", "{y[k]}", "!r", "!s",
                   "!a", ":", ">5", "{:{}}", "[", "]", ".", "a", " ", "0", "{{", "}}",
                   "{0!r:^{1}}", "{!}", "{:", "x", "{0[}", "{.}", "{0.}", "{]}"]


def template_case():
    t = "".join(random.choice(TEMPLATE_PIECES) for _ in range(random.randint(1, 5)))
    how = random.choice(["format(3, 'ab', x=1.5, y={'k': 'v'})", "format()",
                         "format_map({'x': 2, 'y': {'k': 1}})", "format(*'abc')"])
    return "s = None", "%r.%s" % (t, how)


SUITES = {"str": str_case, "bytes": bytes_case, "format": format_case,
          "bformat": bytes_format_case, "template": template_case}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lemonpy", default=os.path.join(TOP, "build", "lemonpy"))
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=3000)
    ap.add_argument("suites", nargs="*", default=list(SUITES))
    args = ap.parse_args()
    random.seed(args.seed)
    bad = 0
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    for suite in args.suites:
        cases = [SUITES[suite]() for _ in range(args.count)]
        prog = "".join("%s\ntry:\n    print(ascii(%s))\nexcept Exception as ex:\n"
                       "    print(type(ex).__name__, ascii(str(ex)))\n" % c for c in cases)
        with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
            f.write(prog)
        try:
            want = subprocess.run([sys.executable, f.name], capture_output=True, text=True,
                                  env=env).stdout.splitlines()
            got = subprocess.run([args.lemonpy, f.name], capture_output=True, text=True, env=env)
        finally:
            os.unlink(f.name)
        if got.returncode:
            print("%s: lemonpy exited with %d: %s" % (suite, got.returncode, got.stderr[-300:]))
            bad += 1
        lines = got.stdout.splitlines()
        diffs = [(c, w, g) for c, w, g in zip(cases, want, lines) if w != g]
        for (setup, expr), w, g in diffs[:20]:
            print("%s: %s; %s\n  python3: %s\n  lemonpy: %s" % (suite, setup, expr, w, g))
        print("%s: %d cases, %d differ" % (suite, len(cases), len(diffs)))
        bad += len(diffs)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
