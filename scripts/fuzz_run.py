#!/usr/bin/env python3
"""fuzz_run.py -- differential fuzzing of running programs: lemonpy against CPython.

Generates many small random statements over the built-in types, runs them
in batches under python3 and lemonpy and reports where the two disagree:

  crash     lemonpy died (a signal, an abort, no answer within --timeout
            seconds) or exited with a status python3 did not
  exit      lemonpy's exit status or last stderr line differs (an
            exception escaped a statement in one interpreter only)
  output    a statement printed something else (its value, or the
            `Type message` of the exception it raised)

Every statement is self-contained (it builds its own values from literals)
and wrapped as

    print('\\x01#<n>')
    try:
        <statement, printing its results>
    except Exception as e:
        print(type(e).__name__, e)

so a batch's output splits into one piece per statement.  The statements:

  binop     `a OP b` for every binary operator, over random values of int
            (small and huge), bool, float (inf, nan, -0.0...), complex,
            str (non-ASCII, surrogates), bytes, bytearray, tuple, list,
            dict, set, frozenset, range, slice, None; unary operators;
            comparisons (chained too), `in`
  augassign `x = a; x OP= b; print(x)`
  index     indexing and slicing, item and slice assignment and deletion
  method    a random method (from dir() of the receiver's type) of a random
            receiver, with random arguments (and sometimes keywords);
            mutable receivers are printed after the call too
  builtin   len repr str ascii int float complex sorted min max sum abs
            round divmod pow hash format isinstance enumerate zip map
            filter reversed any all bin oct hex chr ord list tuple set
            frozenset dict bytes bytearray slice.indices ...
  format    format() and f-strings with random specs, `%` formatting of
            str and bytes templates, str.format
  convert   int(str, base), float(str), complex(str), str(bytes, enc)...
  deep      deep nesting (10000-deep lists, tuples, dicts: repr, ==,
            hash), self-referencing containers, huge ints (the 4300-digit
            limit), long strings
  views     dict views with set operators, comparisons, |= on dicts
  sort      sort/sorted/min/max with keys and reverse
  memview   memoryview of bytes and bytearray: items, slices, casts, writes
  iters     comprehensions, unpacking, zip/map/filter/enumerate chains

Both interpreters run with PYTHONHASHSEED=0 and PYTHONIOENCODING=utf-8,
without PYTHONUNBUFFERED, under a memory limit.  When lemonpy crashes on
a batch, its statements are run one by one to find the crashing ones.

Every disagreement gets a kind (the category, the statement's label such
as `method str.split` or `binop float ** int`, and how the outputs differ:
a different exception message, an exception in one interpreter only, a
different value).  The report lists the most frequent kinds with their
smallest example, shrunk (tokens removed while the kind stays).

    scripts/fuzz_run.py --lemonpy build-x/lemonpy --count 20000 --seed 1
    scripts/fuzz_run.py --lemonpy build-x/lemonpy --forever --out /tmp/fz
    scripts/fuzz_run.py --lemonpy build-x/lemonpy --only method --only format

--forever keeps generating batches (a new seed each round) until Ctrl-C or
--minutes, printing the report at the end.  Exit status: 1 when lemonpy
crashed (or --strict and anything differed), 0 otherwise.
This tool is not run by scripts/test.

SPDX-License-Identifier: MIT
"""
import argparse
import collections
import concurrent.futures
import itertools
import os
import random
import re
import resource
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import warnings

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MARK = "\x01#"
CATEGORIES = ["crash", "exit", "output"]
warnings.simplefilter("ignore")

# ==== values ====

INTS = [0, 1, -1, 2, 3, 5, 7, -7, 8, 10, 16, 36, 37, 100, 255, 256, -256, 1000, 2**31 - 1, 2**31,
        2**32, 2**48 - 1, 2**48, -2**48, -2**48 - 1, 2**53 + 1, 2**62, 2**63 - 1, 2**63, -2**63,
        2**64, -2**64, 10**20, -10**20, 3**100, -(7**70), 10**50 + 1, 2**1000]
SMALL = [-3, -2, -1, 0, 1, 2, 3, 4, 5, 8, 10, 100]
FLOATS = ["0.0", "-0.0", "1.0", "-1.5", "0.1", "2.5", "3.5", "-2.5", "1e16", "1e22", "1e300",
          "-1e-300", "5e-324", "float('inf')", "float('-inf')", "float('nan')", "123456.789",
          "2.0**53", "(1/3)", "0.5", "1e-7", "9.999999999e15", "1.7976931348623157e308",
          "-123.456", "100.0", "1e100", "0.125", "2.675"]
COMPLEXES = ["1j", "(1+2j)", "(-1.5-0.5j)", "complex(0.0, -0.0)", "complex('inf')", "0j",
             "complex(1e300, 1e300)", "complex('nanj')", "(3-4j)", "(-0.0-1j)", "complex(2, 0)",
             "(1e-320+1j)"]
CHARS = ["a", "b", "A", "Z", " ", "\t", "\n", "\r", "\xe9", "\xdf", "\u0130", "\u03a3", "\u03c3",
         "1", "9", "\u0661", "\xb2", "_", ",", ".", "'", '"', "\\", "\u20ac", "\U0001f600",
         "\x00", "\x85", "\u2028", "\ud800", "\udc80", "x", "ab", "\u01c5", "\ufb01", "-", "+",
         "0", "{", "}", "%", "\u0345", "\xa0", "\x7f", "\u3000", "e", "E", "j", "_0", "inf",
         "nan"]
BCHARS = [b"a", b"b", b"A", b" ", b"\t", b"\n", b"\r", b"\xe9", b"\xff", b"\x00", b"1", b"_",
          b",", b"'", b'"', b"\\", b"x", b"ab", b"-", b"+", b"0", b"\xc3\xa9", b"\x0b", b"\x80",
          b"%", b"{", b"}", b"9"]
KINDS = ["int", "int", "bool", "float", "float", "complex", "str", "str", "bytes", "bytearray",
         "tuple", "list", "list", "dict", "set", "frozenset", "range", "slice", "none"]
HASHABLE = ["int", "bool", "float", "complex", "str", "bytes", "tuple", "frozenset"]
TYPE_NAMES = {"int": "int", "bool": "bool", "float": "float", "complex": "complex", "str": "str",
              "bytes": "bytes", "bytearray": "bytearray", "tuple": "tuple", "list": "list",
              "dict": "dict", "set": "set", "frozenset": "frozenset", "range": "range",
              "slice": "slice", "none": "type(None)"}
MUTABLE = {"list", "dict", "set", "bytearray"}
FUNCS = ["str", "repr", "abs", "len", "bool", "hash", "lambda v: v * 2", "lambda v: -v",
         "lambda v: (v, v)", "int", "float", "type", "lambda v: v == v"]
KEYFUNCS = ["len", "str", "repr", "abs", "None", "lambda v: v", "lambda v: -v"]
BINOPS = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"]
CMPOPS = ["==", "!=", "<", "<=", ">", ">=", "in", "not in", "is", "is not"]


def lit_int(v):
    return "(%d)" % v if v < 0 else "%d" % v


class Gen:
    """The random statement generator."""

    def __init__(self, rng):
        self.r = rng
        self.methods = {}
        for kind, t in [("int", int), ("bool", bool), ("float", float), ("complex", complex),
                        ("str", str), ("bytes", bytes), ("bytearray", bytearray),
                        ("tuple", tuple), ("list", list), ("dict", dict), ("set", set),
                        ("frozenset", frozenset), ("range", range), ("slice", slice)]:
            names = [n for n in dir(t) if not n.startswith("_") and n != "mro"]
            names += ["__len__", "__contains__", "__getitem__", "__add__", "__mul__", "__eq__",
                      "__lt__", "__hash__", "__repr__", "__format__", "__bool__", "__iter__",
                      "__reversed__", "__sizeof__", "__mod__", "__round__", "__trunc__",
                      "__index__", "__float__", "__int__", "__abs__", "__neg__", "__radd__",
                      "__rmod__", "__ne__", "__ge__", "__getnewargs__", "__setitem__",
                      "__delitem__", "__iadd__", "__imul__", "__ior__", "__and__", "__xor__"]
            self.methods[kind] = [n for n in names if hasattr(t, n)]

    # -- scalars --

    def int_src(self):
        k = self.r.random()
        if k < 0.45:
            return lit_int(self.r.choice(SMALL))
        if k < 0.8:
            return lit_int(self.r.choice(INTS))
        if k < 0.9:
            return lit_int(self.r.randint(-10**6, 10**6))
        return lit_int(self.r.getrandbits(self.r.randrange(1, 300)) * self.r.choice([1, -1]))

    def text(self, pool, n=None):
        n = self.r.choice([0, 1, 1, 2, 3, 3, 4, 5, 8, 12]) if n is None else n
        return pool[0][:0].join(self.r.choice(pool) for _ in range(n))

    def str_src(self):
        s = self.text(CHARS)
        return repr(s) if self.r.random() < 0.9 else "(%r * %d)" % (s, self.r.choice([2, 50]))

    def bytes_src(self):
        return repr(self.text(BCHARS))

    def value(self, kind=None, depth=2, key=False):
        """(source of an expression, its kind); [key]: with a deterministic hash (no
        None, no NaN: their hashes are addresses)."""
        r = self.r
        kind = kind or r.choice(HASHABLE if key else KINDS)
        if depth <= 0 and kind in ("tuple", "list", "dict", "set", "frozenset"):
            kind = r.choice(["int", "str", "float"])
        if kind == "int":
            return self.int_src(), kind
        if kind == "bool":
            return r.choice(["True", "False"]), kind
        if kind == "float":
            if r.random() < 0.3:  # random doubles: repr, format and arithmetic
                k = r.random()
                if k < 0.4:
                    f = r.uniform(-1e6, 1e6)
                elif k < 0.7:
                    f = r.random() * 10.0 ** r.randint(-30, 30) * r.choice([1, -1])
                else:
                    f = struct.unpack("<d", struct.pack("<Q", r.getrandbits(64)))[0]
                    f = 0.5 if f != f or f in (float("inf"), float("-inf")) else f
                return "(%r)" % f, kind
            return r.choice([f for f in FLOATS if not key or "nan" not in f]), kind
        if kind == "complex":
            return r.choice([c for c in COMPLEXES if not key or "nan" not in c]), kind
        if kind == "str":
            return self.str_src(), kind
        if kind == "bytes":
            return self.bytes_src(), kind
        if kind == "bytearray":
            return "bytearray(%s)" % self.bytes_src(), kind
        if kind == "none":
            return "None", kind
        if kind == "range":  # short ones: `in` and iteration walk them
            if r.random() < 0.1:
                return "range(2**70, 2**70 + %d, %d)" % (r.choice([0, 1, 5]), r.choice([1, 2])), kind
            a = [r.choice(SMALL + [20, -20]) for _ in range(3)]
            if a[2] == 0:
                a[2] = 1
            return "range(%s)" % ", ".join(map(lit_int, a[:r.randint(1, 3)])), kind
        if kind == "slice":
            a = [r.choice(["None"] + [lit_int(x) for x in SMALL]) for _ in range(3)]
            return "slice(%s)" % ", ".join(a[:r.randint(1, 3)]), kind
        n = r.choice([0, 1, 2, 2, 3, 3, 4, 5, 7])
        same = r.choice([None, r.choice(HASHABLE[:6])])
        if kind == "dict":
            items = ["%s: %s" % (self.value(same or r.choice(HASHABLE), depth - 1, True)[0],
                                 self.value(None, depth - 1)[0]) for _ in range(n)]
            return "{%s}" % ", ".join(items), kind
        key = key or kind in ("set", "frozenset")
        sub = HASHABLE if key else KINDS
        elems = [self.value(same or r.choice(sub), depth - 1, key)[0] for _ in range(n)]
        if kind == "tuple":
            return "(%s)" % (elems[0] + "," if n == 1 else ", ".join(elems)), kind
        if kind == "list":
            return "[%s]" % ", ".join(elems), kind
        # set([...]), not {...}: CPython's compiler rebuilds a constant set in
        # its own iteration order, so colliding items may swap (see the report)
        if kind == "set":
            return "set([%s])" % ", ".join(elems) if n else "set()", kind
        return "frozenset([%s])" % ", ".join(elems) if n else "frozenset()", kind

    def arg(self, recv_kind):
        """A random argument for a method of a [recv_kind] receiver."""
        r = self.r
        k = r.random()
        if k < 0.35:
            return lit_int(r.choice(SMALL))
        if k < 0.7:
            if recv_kind in ("bytes", "bytearray"):
                return self.value(r.choice(["bytes", "bytes", "bytearray"]), 1)[0]
            if recv_kind == "str":
                return self.value("str", 1)[0]
            if recv_kind == "dict":
                return self.value(r.choice(["dict", "str", "int", "list"]), 1)[0]
            return self.value(recv_kind if recv_kind != "none" else None, 1)[0]
        if k < 0.75:
            return r.choice(["'utf-8'", "'ascii'", "'latin-1'", "'big'", "'little'", "'strict'",
                             "'ignore'", "'replace'", "'utf-16'", "'backslashreplace'"])
        if k < 0.8:
            return r.choice(KEYFUNCS)
        return self.value(None, 1)[0]

    # -- statements --

    def pr(self, expr):
        return "print(repr(%s))" % expr

    def binop(self):
        a, ka = self.value()
        b, kb = self.value(self.r.choice([ka, None]))
        op = self.r.choice(BINOPS)
        if op in ("**", "<<", "*"):  # no huge results: they take seconds
            if ka == "int" and abs(eval(a)) > 10**5 and op == "*":
                a = lit_int(self.r.choice(SMALL))
            if kb == "int" and (abs(eval(b)) > 10**3 or self.r.random() < 0.5):
                b = lit_int(self.r.choice(SMALL + [64, 100, -100, 1000]))
        return "binop %s %s %s" % (ka, op, kb), [self.pr("%s %s %s" % (a, op, b))]

    def unary(self):
        a, ka = self.value()
        op = self.r.choice(["-", "+", "~", "not "])
        return "unary %s%s" % (op.strip(), ka), [self.pr("%s%s" % (op, a))]

    def compare(self):
        a, ka = self.value()
        b, kb = self.value(self.r.choice([ka, ka, None]))
        op = self.r.choice(CMPOPS[:8])
        if self.r.random() < 0.2:
            c, _ = self.value(ka)
            op2 = self.r.choice(CMPOPS[:6])
            return "compare %s %s %s" % (ka, op, kb), [
                self.pr("%s %s %s %s %s" % (a, op, b, op2, c))]
        return "compare %s %s %s" % (ka, op, kb), [self.pr("%s %s %s" % (a, op, b))]

    def augassign(self):
        a, ka = self.value()
        b, kb = self.value(self.r.choice([ka, ka, None]))
        op = self.r.choice(["+", "-", "*", "|", "&", "^", "%", "//", "<<", "**", "@"])
        if op in ("**", "<<", "*") and kb == "int":
            b = lit_int(self.r.choice(SMALL))
        return "augassign %s %s= %s" % (ka, op, kb), [
            "x = %s" % a, "y = x", "x %s= %s" % (op, b),
            # identity of immutable results is an implementation detail (lemonpy's
            # floats and small ints are immediate values)
            "print(repr(x), x is y)" if ka in MUTABLE else "print(repr(x))"]

    def index_src(self):
        r = self.r
        k = r.random()
        if k < 0.4:
            return lit_int(r.choice(SMALL + [-5, -10, 2**63, -2**100]))
        parts = [r.choice(["", ""] + [lit_int(x) for x in SMALL + [2**64, -2**64]])
                 for _ in range(3)]
        if k < 0.7:
            return ":".join(parts[:2])
        if k < 0.9:
            return ":".join(parts)
        return r.choice(["True", "'a'", "1.5", "None", "(1, 2)", "...", "slice(1, None, -1)"])

    def index(self):
        a, ka = self.value(self.r.choice(["str", "bytes", "bytearray", "tuple", "list", "range",
                                          "dict", "list", "str", "int"]))
        i = self.index_src()
        return "index %s[%s]" % (ka, "slice" if ":" in i else "i"), [self.pr("%s[%s]" % (a, i))]

    def setitem(self):
        a, ka = self.value(self.r.choice(["list", "list", "bytearray", "dict", "tuple", "str"]))
        i = self.index_src()
        if self.r.random() < 0.3:
            return "delitem %s" % ka, ["x = %s" % a, "del x[%s]" % i, self.pr("x")]
        if ":" in i and self.r.random() < 0.7:
            v, kv = self.value(self.r.choice(["list", "tuple", "bytes", "str", "range",
                                              "bytearray", "int"]))
        else:
            v, kv = self.value()
        return "setitem %s[%s] = %s" % (ka, "slice" if ":" in i else "i", kv), [
            "x = %s" % a, "x[%s] = %s" % (i, v), self.pr("x")]

    def method(self):
        r = self.r
        a, ka = self.value(r.choice(["str", "str", "str", "bytes", "bytearray", "list", "list",
                                     "dict", "dict", "set", "frozenset", "int", "int", "float",
                                     "complex", "tuple", "range", "bool", "slice"]))
        name = r.choice(self.methods[ka])
        args = [self.arg(ka) for _ in range(r.choice([0, 1, 1, 1, 2, 2, 3]))]
        if r.random() < 0.15:
            kw = r.choice(["sep", "maxsplit", "key", "reverse", "keepends", "byteorder",
                           "signed", "length", "encoding", "errors", "start", "end", "default",
                           "tabsize", "bytes_per_sep", "fillchar", "width"])
            args.append("%s=%s" % (kw, self.arg(ka)))
        call = "x.%s(%s)" % (name, ", ".join(args))
        if r.random() < 0.1:
            call = "%s.%s(x%s)" % (TYPE_NAMES[ka], name, "".join(", " + s for s in args))
        body = ["x = %s" % a, "r = %s" % call]
        if name in ("__iter__", "__reversed__") or name.startswith("iter"):
            body.append("r = list(r)")
        if ka in MUTABLE:
            body.append("print(repr(r), repr(x))")
        else:
            body.append(self.pr("r"))
        return "method %s.%s" % (ka, name), body

    def builtin(self):
        r = self.r
        a, ka = self.value()
        b, kb = self.value(r.choice([ka, None]))
        f = r.choice(FUNCS)
        small = lit_int(r.choice(SMALL))
        choices = [
            ("len", "len(%s)" % a), ("repr", "repr(%s)" % a), ("str", "str(%s)" % a),
            ("ascii", "ascii(%s)" % a), ("bool", "bool(%s)" % a), ("int", "int(%s)" % a),
            ("int base", "int(%s, %s)" % (a, r.choice(["0", "2", "8", "10", "16", "36", "37",
                                                       "1", "-1"]))),
            ("float", "float(%s)" % a), ("complex", "complex(%s)" % a),
            ("complex2", "complex(%s, %s)" % (a, b)),
            ("sorted", "sorted(%s%s)" % (a, r.choice(["", ", reverse=True", ", key=%s" %
                                                      r.choice(KEYFUNCS)]))),
            ("min", "min(%s)" % a), ("max", "max(%s, %s)" % (a, b)),
            ("min key", "min(%s, key=%s, default=%s)" % (a, r.choice(KEYFUNCS), small)),
            ("sum", "sum(%s)" % a), ("sum start", "sum(%s, %s)" % (a, b)),
            ("abs", "abs(%s)" % a), ("round", "round(%s)" % a),
            ("round n", "round(%s, %s)" % (a, lit_int(r.choice(SMALL + [-20, 20, 400])))),
            ("divmod", "divmod(%s, %s)" % (a, b)), ("pow", "pow(%s, %s)" % (a, small)),
            ("pow3", "pow(%s, %s, %s)" % (a, r.choice([small, b]), b)),
            ("hash", "hash(%s)" % self.value(ka if ka in HASHABLE else None, 2, True)[0]),
            ("format", "format(%s)" % a),
            ("isinstance", "isinstance(%s, %s)" % (a, r.choice(list(TYPE_NAMES.values()) + [
                "(int, str)", "object", "int | str", "(list, (tuple, dict))", "3"]))),
            ("enumerate", "list(enumerate(%s, %s))" % (a, small)),
            ("zip", "list(zip(%s, %s))" % (a, b)),
            ("zip strict", "list(zip(%s, %s, strict=True))" % (a, b)),
            ("map", "list(map(%s, %s))" % (f, a)),
            ("filter", "list(filter(%s, %s))" % (r.choice(["None", f]), a)),
            ("reversed", "list(reversed(%s))" % a), ("any", "any(%s)" % a),
            ("all", "all(%s)" % a), ("bin", "bin(%s)" % a), ("oct", "oct(%s)" % a),
            ("hex", "hex(%s)" % a), ("chr", "chr(%s)" % a), ("ord", "ord(%s)" % a),
            ("list", "list(%s)" % a), ("tuple", "tuple(%s)" % a), ("set", "set(%s)" % a),
            ("frozenset", "frozenset(%s)" % a), ("dict", "dict(%s)" % a),
            ("bytes", "bytes(%s)" % a), ("bytearray", "bytearray(%s)" % a),
            ("iter next", "next(iter(%s), %s)" % (a, small)),
            ("indices", "slice(%s).indices(%s)" % (", ".join(
                r.choice(["None", small, lit_int(r.choice(INTS))]) for _ in range(3)), small)),
            ("str()", "print(%s)" % a),
        ]
        label, expr = r.choice(choices)
        if label in ("bytes", "bytearray") and ka == "int" and abs(eval(a)) > 10**5:
            expr = "%s(%s)" % (label, small)
        if label == "str()":
            return "builtin str()", [expr]
        return "builtin %s(%s)" % (label, ka), [self.pr(expr)]

    def spec(self):
        r = self.r
        s = ""
        if r.random() < 0.3:
            s += r.choice(["", "*", "0", " ", "\xe9", "x", "{"]) + r.choice("<>=^")
        elif r.random() < 0.3:
            s += r.choice("<>=^")
        if r.random() < 0.3:
            s += r.choice("+- ")
        if r.random() < 0.1:
            s += "z"
        if r.random() < 0.2:
            s += "#"
        if r.random() < 0.2:
            s += "0"
        if r.random() < 0.5:
            s += str(r.choice([0, 1, 2, 5, 8, 10, 20]))
        if r.random() < 0.2:
            s += r.choice([",", "_"])
        if r.random() < 0.4:
            s += "." + str(r.choice([0, 1, 2, 3, 6, 10, 17, 30]))
        if r.random() < 0.8:
            s += r.choice("bcdeEfFgGnosxX%") if r.random() < 0.9 else r.choice("aBqj")
        return s

    def pct(self):
        r = self.r
        s = "%"
        if r.random() < 0.2:
            s += "(k)"
        s += "".join(r.choice("-+ 0#") for _ in range(r.choice([0, 0, 1, 2])))
        if r.random() < 0.4:
            s += r.choice(["1", "5", "10", "*"])
        if r.random() < 0.3:
            s += "." + r.choice(["0", "2", "5", "*", ""])
        return s + r.choice("diouxXeEfFgGcrsa%" + ("b" if r.random() < 0.1 else ""))

    def format_(self):
        r = self.r
        a, ka = self.value(r.choice(["int", "int", "float", "float", "complex", "str", "bool",
                                     "none", "tuple", "bytes", None]))
        spec = self.spec()
        k = r.randrange(7)
        if k == 0:
            return "format %s" % ka, [self.pr("format(%s, %r)" % (a, spec))]
        if k == 1:
            return "fstring %s" % ka, ["x = %s" % a, self.pr("f'{x:%s}'" % (
                spec.replace("'", "").replace("{", "").replace("\\", "")))]
        if k == 2:
            conv = r.choice(["r", "s", "a"])
            return "fstring !%s" % conv, ["x = %s" % a, self.pr("f'{x!%s:%s}'" % (
                conv, r.choice(["", ">10", "^7", ".2", "{w}"]))), "w = 5"]
        if k == 3:
            return "str.format %s" % ka, [self.pr("%r.format(%s)" % (
                "{0:%s}" % spec, a) if "{" not in spec else "'{}'.format(1)")]
        if k == 4 and r.random() < 0.6:
            fmts = [self.pct() for _ in range(r.choice([1, 1, 2]))]
            args = [self.value(r.choice(["int", "float", "str", None]), 1)[0]
                    for _ in range(len(fmts) + r.choice([0, 0, 0, 1, -1]))]
            tmpl = r.choice(["", "a", "\xe9 "]).join(fmts)
            if "(k)" in tmpl:
                argsrc = "{'k': %s}" % (args[0] if args else "1")
            elif len(args) == 1 and r.random() < 0.5:
                argsrc = args[0]
            else:
                argsrc = "(%s)" % "".join(x + ", " for x in args)
            return "percent", [self.pr("%r %% %s" % (tmpl, argsrc))]
        if k == 4:
            fmt = self.pct()
            arg = self.value(r.choice(["int", "float", "bytes", "bytearray", "str", None]), 1)[0]
            tmpl = r.choice([b"", b"x", b"\xff"]) + fmt.encode()
            return "bytes percent", [self.pr("%r %% (%s,)" % (tmpl, arg))]
        v2, _ = self.value(None, 1)
        tmpl = r.choice(["{}", "{0}{1}", "{0!r:>{1}}", "{x}", "{0[0]}", "{0.real}", "{:{}}",
                         "{{}}", "{!a}", "{0}{}", "{", "}", "{0:{1}.{1}}", "{0.__class__}"])
        return "str.format template", [self.pr("%r.format(%s, %s, x=1)" % (tmpl, a, v2))]

    def convert(self):
        r = self.r
        num = r.choice(["0", "-12", " 42 ", "1_000", "0x1f", "0b101", "0o17", "1e5", "1.5",
                        "-inf", "nan", "1__0", "\u0661\u0662", "12\x00", "", "+", "infinity",
                        "1j", "(1+2j)", " 3-4J ", "0_7", "08", "1" * 30, "-0.0", "1e500",
                        "\u20071", "0x", "- 1"])
        k = r.randrange(6)
        if k == 0:
            return "convert int(str)", [self.pr("int(%r, %s)" % (
                num, r.choice(["0", "10", "16", "2", "36"])))]
        if k == 1:
            return "convert float(str)", [self.pr("float(%r)" % num)]
        if k == 2:
            return "convert complex(str)", [self.pr("complex(%r)" % num)]
        if k == 3:
            return "convert int(bytes)", [self.pr("int(%r)" % num.encode("utf-8",
                                                                        "surrogatepass"))]
        if k == 4:
            b = self.bytes_src()
            return "convert str(bytes)", [self.pr("str(%s, %s, %s)" % (
                b, r.choice(["'utf-8'", "'ascii'", "'latin-1'", "'utf-16'", "'bogus'"]),
                r.choice(["'strict'", "'replace'", "'ignore'", "'surrogateescape'"])))]
        v, kv = self.value(r.choice(["int", "float", "str", "bytes", "list", "tuple"]))
        t = r.choice(["int", "float", "complex", "str", "bytes", "bytearray", "list", "tuple",
                      "set", "frozenset", "dict", "bool", "range", "memoryview"])
        body = [self.pr("%s(%s)" % (t, v))]
        if t == "memoryview":
            body = ["m = memoryview(%s)" % v, self.pr("(m.tolist(), len(m), m.readonly, bytes(m))")]
        return "convert %s(%s)" % (t, kv), body

    def deep(self):
        r = self.r
        n = r.choice([10, 100, 998, 1000, 2000, 10000])
        k = r.randrange(12)
        wrap = r.choice(["[x]", "(x,)", "{1: x}", "[1, x, 2]", "frozenset({x})"])
        mk = ["x = 0", "for _ in range(%d): x = %s" % (n, wrap)]
        if k == 0:
            return "deep repr %s" % wrap, mk + [self.pr("len(repr(x))")]
        if k == 1:
            return "deep == %s" % wrap, mk + ["y = 0", "for _ in range(%d): y = %s" % (
                n, wrap.replace("x", "y")), self.pr("x == y")]
        if k == 2:
            return "deep hash %s" % wrap, mk + [self.pr("hash(x) == hash(x)")]
        if k == 3:
            return "deep str %s" % wrap, mk + [self.pr("str(x)[:30]")]
        if k == 4:
            c = r.choice(["[1]", "{1: 2}", "[{}]"])
            return "selfref %s" % c, [
                "x = %s" % c,
                "x.append(x)" if c.startswith("[") else "x[2] = x",
                self.pr("x"),
                self.pr("x == x"), self.pr(r.choice(["len(str(x))", "x < x", "x[-1] is x"
                                                     if c[0] == "[" else "len(x)"]))]
        if k == 5:
            e = r.choice([1000, 4300, 4301, 5000, 20000, 100000])
            return "huge int str", [
                "x = %s" % r.choice(["10**%d" % e, "7**%d" % e, "-(3**%d)" % e]),
                self.pr(r.choice(["len(str(x))", "x % 1000", "len(hex(x))", "x.bit_length()",
                                  "float(x)", "x // (x - 1)", "x == x + 1", "int(str(x)[:100])",
                                  "len(repr(x))", "f'{x:,}'[:10]", "hash(x)", "x >> 10000",
                                  "format(x, 'x')[:20]", "round(x, -5) == x", "x / 3"]))]
        if k == 6:
            return "huge int parse", [self.pr("int('%s' * %d)" % (
                r.choice(["9", "1", "0"]), r.choice([4300, 4301, 5000])))]
        if k == 7:
            s = r.choice(["'ab' * 100000", "'\\xe9b' * 50000", "'\\U0001f600' * 30000",
                          "'a b\\n' * 20000"])
            op = r.choice(["len(x)", "x.count('b')", "x.find('ba', 1000)", "len(x.split())",
                           "len(x.replace('a', 'xyz'))", "hash(x) == hash(x[:])",
                           "x[::-1][:5]", "len(x.upper())", "x.rfind('\\xe9')", "x < x + 'a'",
                           "len(x.encode())", "len(set(x))", "x.startswith('ab', 5000)",
                           "len(x.splitlines())", "len(repr(x))", "x[50001:50005]",
                           "len(x.center(300000))", "x.index('zz')"])
            return "long str %s" % op.split("(")[0], ["x = %s" % s, self.pr(op)]
        if k == 8:
            return "long list", ["x = list(range(%d))" % n, r.choice([
                "x.sort(key=lambda v: -v)", "x.reverse()", "x[::2] = x[1::2]",
                "del x[::3]", "x *= 3", "x.insert(0, x)", "x += x"]),
                self.pr("(len(x), x[:3], x[-2:])")]
        if k == 9:
            return "long dict", ["x = {i: str(i) for i in range(%d)}" % n,
                                 "for i in range(0, %d, 3): del x[i]" % n,
                                 self.pr("(len(x), list(x)[:5], x.popitem())")]
        if k == 10:
            return "big set", ["x = set(range(%d)) ^ set(range(5, %d, 7))" % (n, 2 * n),
                               self.pr("(len(x), sorted(x)[:5], list(x)[:5])")]
        return "deep eval", ["x = eval('[' * %d + ']' * %d)" % (min(n, 300), min(n, 300)),
                             self.pr("len(repr(x))")]

    def views(self):
        r = self.r
        d, _ = self.value("dict")
        o, ko = self.value(r.choice(["set", "list", "dict", "tuple", "frozenset", "str"]))
        v = r.choice(["keys", "items", "values"])
        op = r.choice(["x.%s() & y", "x.%s() | y", "x.%s() ^ y", "x.%s() - y", "y - x.%s()",
                       "x.%s() == y", "x.%s() <= y", "x.%s() > y", "list(reversed(x.%s()))",
                       "x.%s().isdisjoint(y)", "len(x.%s())", "x.%s()", "y in x.%s()",
                       "x | y", "x == y", "sorted(x.%s(), key=repr)", "x.%s().mapping",
                       "dict(x.%s())" if v == "items" else "set(x.%s())"])
        body = ["x = %s" % d, "y = %s" % o, self.pr(op % v if "%s" in op else op)]
        if r.random() < 0.3:
            body = ["x = %s" % d, "y = %s" % o, "x |= y", self.pr("x")]
        return "views %s %s" % (v, op.replace("%s", "").split("(")[0]), body

    def sort(self):
        r = self.r
        kind = r.choice(["int", "str", "float", "tuple", "bytes", None])
        elems = [self.value(kind or r.choice(["int", "float", "bool"]), 1)[0]
                 for _ in range(r.choice([0, 1, 3, 6, 10]))]
        key = r.choice(["", ", key=%s" % r.choice(KEYFUNCS + ["lambda v: 0",
                                                             "lambda v: repr(v)[-1:]",
                                                             "lambda v: str(v)[:1]"])])
        rev = r.choice(["", ", reverse=True", ", reverse=0"])
        body = ["x = [%s]" % ", ".join(elems)]
        body += r.choice([["x.sort(%s%s)" % (key[2:], rev), self.pr("x")],
                          [self.pr("sorted(x%s%s)" % (key, rev))],
                          [self.pr("(min(x%s), max(x%s))" % (key, key))],
                          ["y = sorted(x%s)" % key, self.pr("y == sorted(y%s)" % key)]])
        return "sort %s%s" % (kind, " key" if key else ""), body

    def memview(self):
        r = self.r
        b, kb = self.value(r.choice(["bytes", "bytearray"]))
        op = r.choice(["m.tolist()", "m[%s]" % self.index_src(), "bytes(m[%s])" % self.index_src(),
                       "len(m)", "m == %s" % self.value(r.choice(["bytes", "bytearray"]))[0],
                       "m.hex()", "m.readonly", "m.nbytes", "m.itemsize", "m.format",
                       "m.tobytes()", "m.cast('B').tolist()", "list(m)", "m.obj is None",
                       "m.shape", "m.strides", "hash(m) if m.readonly else 0",
                       "m.toreadonly().readonly", "m.ndim", "m.contiguous", "str(m)[:13]"])
        body = ["m = memoryview(%s)" % b, self.pr(op)]
        if kb == "bytearray" and r.random() < 0.3:
            body = ["x = %s" % b, "m = memoryview(x)",
                    "m[%s] = %s" % (self.index_src(), r.choice(["65", "b'zz'", "b''", "300",
                                                               "b'q'", "'a'"])),
                    self.pr("(x, m.tolist())")]
        return "memoryview %s" % op.split("(")[0].split("[")[0], body

    def iters(self):
        r = self.r
        a, ka = self.value(r.choice(["list", "str", "tuple", "range", "dict", "bytes", "set"]))
        op = r.choice(["[v for v in x if v]", "{v: i for i, v in enumerate(x)}",
                       "list(zip(x, x[1:] if hasattr(x, '__getitem__') else x))",
                       "list(map(lambda p, q: (p, q), x, reversed(list(x))))",
                       "[*x, *x]", "(*x,)", "{*x}", "list(iter(x))[::-1]",
                       "next(iter(x))", "sum(1 for _ in x)", "list(enumerate(x, -1))",
                       "dict(zip(x, range(99)))", "max(x, default=None, key=repr)",
                       "sorted(set(x), key=repr)", "', '.join(map(repr, x))",
                       "list(filter(bool, x))", "any(v == 1 for v in x)",
                       "[list(t) for t in zip(*[x, x])]", "list(reversed(x))"])
        return "iters %s %s" % (ka, op[:12]), ["x = %s" % a, self.pr(op)]

    STMTS = [("binop", 15), ("unary", 3), ("compare", 8), ("augassign", 4), ("index", 7),
             ("setitem", 6), ("method", 26), ("builtin", 20), ("format", 12), ("convert", 5),
             ("deep", 2), ("views", 5), ("sort", 4), ("memview", 3), ("iters", 5)]

    def statement(self, only=None):
        """(label, list of lines) of one random statement."""
        kinds = [k for k, w in self.STMTS for _ in range(w) if not only or k in only]
        while True:
            k = self.r.choice(kinds)
            label, lines = getattr(self, k + "_" if k == "format" else k)()
            try:
                compile("\n".join(lines), "s", "exec")
                return label, lines
            except (SyntaxError, ValueError):
                pass


# ==== running ====


def block(i, lines):
    return "print('\\x01#%d')\nx = y = r = m = c = None\ntry:\n%s\nexcept Exception as e:\n    print(type(e).__name__, e)\n" \
        % (i, "".join("    %s\n" % l for l in lines))


def limit_memory():
    limit = 3 << 30
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


class Runner:
    def __init__(self, python, lemonpy, work, timeout):
        self.python, self.lemonpy, self.work, self.timeout = python, lemonpy, work, timeout
        self.env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
        self.env.pop("PYTHONUNBUFFERED", None)
        self.seq = itertools.count()

    def run(self, exe, src, timeout=None):
        """(status, stdout text, last stderr line); status is the exit status, negative
        for a signal, None for a timeout."""
        path = os.path.join(self.work, "b%d.py" % next(self.seq))
        with open(path, "w", encoding="utf-8", errors="surrogatepass") as f:
            f.write(src)
        try:
            p = subprocess.run([exe, path], stdin=subprocess.DEVNULL, capture_output=True,
                               env=self.env, timeout=timeout or self.timeout,
                               preexec_fn=limit_memory, cwd=self.work)
            err = [l for l in p.stderr.decode("utf-8", "replace").splitlines() if l.strip()]
            return p.returncode, p.stdout.decode("utf-8", "replace"), err[-1] if err else ""
        except subprocess.TimeoutExpired as e:
            out = (e.stdout or b"").decode("utf-8", "replace")
            return None, out, "timeout"
        finally:
            os.unlink(path)

    def both(self, stmts):
        """Runs the statements ([(label, lines)]) under both interpreters:
        [(python piece, lemonpy piece)] per statement, where a piece is
        (status, output, stderr) with status None for the batch's status."""
        src = "".join(block(i, lines) for i, (_, lines) in enumerate(stmts))
        with concurrent.futures.ThreadPoolExecutor(2) as ex:
            fp = ex.submit(self.run, self.python, src)
            fl = ex.submit(self.run, self.lemonpy, src)
            cp, lp = fp.result(), fl.result()
        if lp[0] not in (0, 1) or (cp[0] == 0 and lp[0] != 0) or cp[0] is None:
            return [self.single(s) for s in stmts]
        cps, lps = split(cp[1], len(stmts)), split(lp[1], len(stmts))
        res = []
        for i in range(len(stmts)):
            last = i == len(stmts) - 1
            res.append(((cp[0] if last else 0, cps[i], cp[2] if last and cp[0] else ""),
                        (lp[0] if last else 0, lps[i], lp[2] if last and lp[0] else "")))
        return res

    def single(self, stmt):
        src = block(0, stmt[1])
        with concurrent.futures.ThreadPoolExecutor(2) as ex:
            fp = ex.submit(self.run, self.python, src)
            fl = ex.submit(self.run, self.lemonpy, src)
            cp, lp = fp.result(), fl.result()
        return ((cp[0], split(cp[1], 1)[0], cp[2] if cp[0] else ""),
                (lp[0], split(lp[1], 1)[0], lp[2] if lp[0] else ""))


def split(out, n):
    """The output pieces of n statements."""
    pieces = [""] * n
    cur = None
    for line in out.split("\n"):
        line += "\n"
        if line.startswith(MARK) and line[2:].strip().isdigit():
            cur = int(line[2:])
            continue
        if cur is not None and cur < n:
            pieces[cur] += line
    return [re.sub(r" at 0x[0-9a-f]+", " at 0x?", p) for p in pieces]


EXC_RE = re.compile(r"^([A-Z]\w*(Error|Exception|Warning)|StopIteration|KeyboardInterrupt) ?(.*)",
                    re.S)


def blank(s):
    return re.sub(r"\d+", "N", re.sub(r"'[^']*'", "'.'", s))[:70]


def classify(label, cp, lp):
    """None when the pieces agree (or python3 timed out: not comparable),
    else (category, key)."""
    if cp[0] is None:
        return None
    if lp[0] is None or lp[0] < 0 or lp[0] not in (0, 1) or "Assertion" in lp[2] or (
            cp[0] == 0 and lp[0] != 0 and not lp[2].startswith(tuple(
                n + ":" for n in ("RecursionError", "MemoryError")))):
        if lp[0] is None:
            how = "timeout"
        elif lp[0] < 0:
            how = "signal %d" % -lp[0]
        else:
            how = "status %d: %s" % (lp[0], blank(lp[2]))
        if lp[0] != cp[0] or lp[0] is None:
            return "crash", "%s [%s]" % (label, how)
    if cp[0] != lp[0] or cp[2] != lp[2]:
        return "exit", "%s [%s | %s]" % (label, blank(cp[2]), blank(lp[2]))
    if cp[1] == lp[1]:
        return None
    ce, le = EXC_RE.match(cp[1]), EXC_RE.match(lp[1])
    if ce and le:
        if ce.group(1) != le.group(1):
            how = "raises %s, not %s" % (le.group(1), ce.group(1))
        else:
            how = "message %s" % ce.group(1)
    elif ce:
        how = "no %s" % ce.group(1)
    elif le:
        how = "raises %s" % le.group(1)
    elif sorted(cp[1]) == sorted(lp[1]) and "{" in cp[1]:
        how = "order"  # sets: None's and NaN's hashes are addresses in CPython
    else:
        how = "value"
    return "output", "%s [%s]" % (label, how)


def describe(cp, lp):
    def one(p):
        s = p[1].rstrip("\n")
        s = s if len(s) < 400 else s[:400] + "..."
        if p[0] != 0:
            s += "  [status %s%s]" % (p[0], ", " + p[2] if p[2] else "")
        return s
    return "python3: %s\n    lemonpy: %s" % (one(cp), one(lp))


def tokens(src):
    return re.findall(r"\s+|\w+|'(?:[^'\\\n]|\\.)*'|b'(?:[^'\\\n]|\\.)*'|.", src)


def shrink(stmt, key, runner, budget=12):
    """A smaller statement with the same kind: removes runs of tokens of
    the lines, all candidates of a round in one batch."""
    label, lines = stmt
    for _ in range(budget):
        cands = []
        for li, line in enumerate(lines):
            toks = tokens(line)
            for size in (8, 4, 2, 1):
                for i in range(0, len(toks), size):
                    new = "".join(toks[:i] + toks[i + size:])
                    if new == line or not new.strip():
                        continue
                    cand = lines[:li] + [new] + lines[li + 1:]
                    try:
                        compile("\n".join(cand), "c", "exec")
                    except Exception:
                        continue
                    cands.append((label, cand))
        cands = list({tuple(c[1]): c for c in cands}.values())[:300]
        if not cands:
            break
        if key[0] == "crash":
            res = [runner.single(c) for c in cands[:20]]
        else:
            res = runner.both(cands)
        good = [c for c, (cp, lp) in zip(cands, res) if classify(label, cp, lp) == key]
        if not good:
            break
        best = min(good, key=lambda c: len("\n".join(c[1])))
        if len("\n".join(best[1])) >= len("\n".join(lines)):
            break
        lines = best[1]
    return label, lines


def main():
    doc = __doc__.split("\n")
    ap = argparse.ArgumentParser(description=doc[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog="\n".join(doc[2:]))
    ap.add_argument("--lemonpy", default=os.path.join(TOP, "build", "lemonpy"))
    ap.add_argument("--python", default=sys.executable if sys.version_info[:2] == (3, 11)
                    else "python3")
    ap.add_argument("--count", type=int, default=5000, help="statements to try (5000)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (1)")
    ap.add_argument("--batch", type=int, default=250, help="statements per run (250)")
    ap.add_argument("--timeout", type=int, default=30, help="seconds per run (30)")
    ap.add_argument("--only", action="append", choices=[k for k, _ in Gen.STMTS],
                    help="kinds of statements (default: all)")
    ap.add_argument("--forever", action="store_true",
                    help="keep going (new seeds) until Ctrl-C or --minutes")
    ap.add_argument("--minutes", type=float, help="with --forever: stop after this long")
    ap.add_argument("--top", type=int, default=40, help="kinds listed per category (40)")
    ap.add_argument("--no-shrink", action="store_true")
    ap.add_argument("--out", help="write one example per kind here")
    ap.add_argument("--strict", action="store_true", help="exit 1 on any difference")
    ap.add_argument("--skip", action="append", default=[], metavar="REGEX",
                    help="leave out the kinds (as the report names them) that match")
    args = ap.parse_args()
    if not os.access(args.lemonpy, os.X_OK):
        sys.exit("fuzz_run: no lemonpy at %s (--lemonpy)" % args.lemonpy)

    work = tempfile.mkdtemp(prefix="fuzz_run.")
    runner = Runner(args.python, os.path.abspath(args.lemonpy), work, args.timeout)
    found = {c: collections.Counter() for c in CATEGORIES}
    examples = {}
    stats = collections.Counter()
    t0 = time.time()
    seed = args.seed
    try:
        while True:
            gen = Gen(random.Random(seed))
            done = 0
            while done < args.count:
                n = min(args.batch, args.count - done)
                stmts = [gen.statement(args.only) for _ in range(n)]
                done += n
                res = runner.both(stmts)
                stats["batches"] += 1
                for stmt, (cp, lp) in zip(stmts, res):
                    stats["statements"] += 1
                    kind = classify(stmt[0], cp, lp)
                    if kind and any(re.search(x, kind[1]) for x in args.skip):
                        stats["skipped"] += 1
                        continue
                    if kind is None:
                        stats["agree"] += 1
                        continue
                    found[kind[0]][kind[1]] += 1
                    size = len("\n".join(stmt[1]))
                    if kind not in examples or size < len("\n".join(examples[kind][0][1])):
                        examples[kind] = (stmt, cp, lp)
                print("seed %d: %d statements, %.0fs, %s" % (
                    seed, stats["statements"], time.time() - t0,
                    ", ".join("%s %d" % (c, sum(found[c].values())) for c in CATEGORIES)),
                    file=sys.stderr)
                if args.minutes and time.time() - t0 > args.minutes * 60:
                    raise KeyboardInterrupt
            if not args.forever:
                break
            seed += 1
    except KeyboardInterrupt:
        print("(interrupted)", file=sys.stderr)
    try:
        report(args, found, examples, stats, time.time() - t0, runner)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if found["crash"] or (args.strict and any(found.values())) else 0


def report(args, found, examples, stats, elapsed, runner):
    n = stats["statements"]
    print("fuzz_run: %d statements in %d batches, %.0fs, seed %d%s" % (
        n, stats["batches"], elapsed, args.seed, " (forever)" if args.forever else ""))
    print("agreed: %d (%.2f%%), %d differences skipped; crash-free: %.3f%%" % (
        stats["agree"], 100.0 * stats["agree"] / max(n, 1), stats["skipped"],
        100.0 - 100.0 * sum(found["crash"].values()) / max(n, 1)))
    for c in CATEGORIES:
        print("%-7s %6d statements, %d kinds" % (c, sum(found[c].values()), len(found[c])))
    if args.out:
        os.makedirs(args.out, exist_ok=True)
    for c in CATEGORIES:
        if not found[c]:
            continue
        print("\n==== %s: %d statements ====" % (c, sum(found[c].values())))
        for rank, (key, cnt) in enumerate(found[c].most_common(args.top), 1):
            stmt, cp, lp = examples[(c, key)]
            if not args.no_shrink:
                try:
                    stmt = shrink(stmt, (c, key), runner)
                    cp, lp = runner.single(stmt)
                except KeyboardInterrupt:
                    pass
            print("\n%d. [%d] %s" % (rank, cnt, key))
            for line in stmt[1]:
                print("    >>> %s" % line.encode("utf-8", "backslashreplace").decode())
            print("    " + describe(cp, lp))
            if args.out:
                with open(os.path.join(args.out, "%s_%02d.py" % (c, rank)), "w",
                          encoding="utf-8", errors="surrogatepass") as f:
                    f.write("\n".join(stmt[1]) + "\n")
            sys.stdout.flush()


if __name__ == "__main__":
    sys.exit(main())
