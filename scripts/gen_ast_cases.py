#!/usr/bin/env python3
"""gen_ast_cases.py -- writes tests/unit/ast_cases.h from python3.

The syntax tree tests (tests/unit/test_ast.c) compare lemonpy's printer with
CPython 3.11's.  No expected value is typed by hand: this script lists the
inputs, asks the running python3 for the answers and writes them as C tables.

  * Float repr.  A few thousand doubles, given as their IEEE bit patterns,
    with repr(float) and repr(complex(0, x)) of each: special values, every
    power of two (where the shortest digits are hardest to find), integers,
    short decimals, subnormals, neighbours of exponent boundaries and plain
    random bit patterns (fixed seed).  Also repr(complex(re, im)) for pairs.
  * Constant repr.  Constants of every kind (None, True, Ellipsis, big ints,
    floats, imaginary numbers, str with quotes, escapes, non-printable and
    non-BMP characters and lone surrogates, bytes) with python3's repr().
  * Dumps.  Small programs covering every node kind, each parsed by
    ast.parse(src, type_comments=True) (as `python3 -m ast` does; a few in
    the eval, single and func_type modes) and
    written twice: as a serialized tree that the C test rebuilds with the
    ast_* constructors, and as ast.dump() texts with several indent and
    include_attributes settings, which the C test compares byte for byte
    with lp_ast_dump of the rebuilt tree.

The serialized tree is a space-separated preorder walk:

    node      Kind [lineno col_offset end_lineno end_col_offset] field...
              (the four positions only for kinds that have them)
    absent    ~                       (None: a node, identifier or string)
    list      *N item...              (N items)
    enum      Kind                    (Load, Add, Eq, ...)
    string    'HEX                    (identifier or string: UTF-8 in hex)
    int       #N
    constant  N T F E                 (None True False Ellipsis)
              iDIGITS  fBITS  jBITS   (int; float, imaginary: 16 hex digits)
              sHEX  bHEX              (str as WTF-8, bytes; in hex)

Usage:
    scripts/gen_ast_cases.py            rewrite tests/unit/ast_cases.h
    scripts/gen_ast_cases.py --check    exit 1 if the header is stale
    scripts/gen_ast_cases.py -o FILE    write FILE instead

SPDX-License-Identifier: MIT
"""
import argparse
import ast
import math
import os
import platform
import random
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cgen import c_str, write_or_check  # noqa: E402  (shared with the other generators)

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUT = os.path.join(TOP, "tests", "unit", "ast_cases.h")

# ==== the inputs ====

# The programs of the dump cases: a source text (mode "exec"), or (mode, source).
DUMP_CASES = [
    # statements, simple and compound
    "x = 1\n",
    "a, *b = c = d\nx += 2\ny: int\nz: 'T' = 3\n(w): int = 4\ndel a, b[0], c.d\n",
    "import os, sys as system\nfrom . import a\nfrom ..pkg.mod import (b as c, d)\n"
    "from m import *\n",
    "def f(a, /, b: int = 1, *args, c, d=2, **kw) -> None:\n"
    "    'doc'\n    global g, h\n    return\n",
    "def outer():\n    x = 1\n    def inner(*, a, b=1):\n        nonlocal x\n"
    "        return x\n    return inner\n",
    "@dec\n@dec2(1)\nclass C(B, metaclass=M, **kw):\n    pass\n",
    "async def f():\n    await x\n    async for a in b:\n        break\n    else:\n"
    "        continue\n    async with a as b, c:\n        pass\n",
    "for i in range(10):\n    if i:\n        pass\n    elif j:\n        pass\n"
    "    else:\n        break\nelse:\n    pass\n",
    "while x:\n    x -= 1\nelse:\n    pass\n",
    "with open(f) as g, h:\n    pass\n",
    "try:\n    pass\nexcept E as e:\n    pass\nexcept (A, B):\n    pass\nexcept:\n"
    "    raise\nelse:\n    pass\nfinally:\n    pass\n",
    "try:\n    pass\nexcept* E:\n    pass\n",
    "raise E from cause\nraise E\nassert x\nassert x, 'msg'\n",
    "def g():\n    yield\n    yield 1\n    yield from g()\n    lambda: 0\n"
    "    lambda a, *b, c=1, **d: a\n",
    # expressions
    "x = a + b - c * d / e // f % g ** h @ i << j >> k | l ^ m & n\n",
    "x = not a and b or -c and +d or ~e\n",
    "x = a < b <= c > d >= e == f != g is h is not i in j not in k\n",
    "x = a if b else c\n(y := 10)\nf(*args, k=1, **kw)\n",
    "x = {1: 2, **d, 3: 4}\ny = {1, 2}\nz = {}\nw = []\nv = ()\nu = [1, *a]\n",
    "x = [a for a in b if c if d for e in f]\ny = {a for a in b}\n"
    "z = {k: v for k, v in d.items()}\nw = (a async for a in b)\n",
    "x = a[1:2, ::3, 4:]\ny = a[:]\nz = a[b]\nw = a.b.c\n",
    "x = f'a{b!r:>{width}} {c=} {d:%Y}' 'tail'\ny = f''\nz = f'{x}'\n",
    # constants of every kind
    "x = (None, True, False, ...)\n",
    "x = (0, 1, 123456789012345678901234567890, 0xff, 0o17, 0b101, 1_000_000)\n",
    "x = (1.0, 0.5, 1e16, 1e-5, 0.0001, 123456789012345.6, 1e400, 2.5e-324, 1.7976931348623157e308,"
    " 1_0.0_1)\n",
    "x = (1j, 1.5j, 1e16j, 1e400j, 0j, 1e-7j, 10j)\n",
    "x = ('', 'it\\'s', \"both ' and \\\"\", '\\\\', '\\t\\n\\r\\x00\\x1f\\x7f', "
    "'\\x80\\xa0\\xad\\u2028\\u200b', '\u00e9\u4e2d', '\\U0001F600\U0001F40D', "
    "'\\ud800', '\\udfff\\udc80x', u'kind')\n",
    "x = (b'', b'abc', b\"it's\", b'both \\' and \"', b'\\x00\\x7f\\x80\\xff\\t\\n\\r\\\\',"
    " rb'\\d')\n",
    # match statements and patterns
    "match x:\n    case 1 | 2:\n        pass\n    case [a, *rest]:\n        pass\n"
    "    case {'k': v, **kw}:\n        pass\n    case Point(1, y=2) if y:\n        pass\n"
    "    case None:\n        pass\n    case (a as b):\n        pass\n    case _:\n"
    "        pass\n",
    "match y:\n    case [*_]:\n        pass\n    case {}:\n        pass\n"
    "    case -1 | 1+2j | 'a' 'b' | x.y:\n        pass\n",
    # type comments
    "def f(a,  # type: int\n      b):\n    # type: (...) -> None\n    pass\n"
    "x = 1  # type: int\nfor i in j:  # type: int\n    pass\nimport a  # type: ignore\n",
    # positions with non-ASCII text (UTF-8 byte columns)
    "\u00e9t\u00e9 = '\u20ac' + x\n",
    # nesting deep enough for several indentation levels
    "class A:\n    def m(self):\n        return [[{'k': (1, [2, {3}])}]]\n",
    "",
    # the other parse modes: (mode, source)
    ("eval", "a + 1"),
    ("single", "x = 1\n"),
    ("func_type", "(int, *str) -> None"),
]

# Dumps made for each case: (indent or None, include_attributes).
DUMP_VARIANTS = [(3, False), (None, False), (2, True), (None, True), (0, False)]

ENUM_BASES = (ast.expr_context, ast.boolop, ast.operator, ast.unaryop, ast.cmpop)


def constant_values():
    """The values of the constant repr cases."""
    values = [None, True, False, Ellipsis, 0, 7, 10**40, -5, -(10**30)]
    values += [0.0, -0.0, 1.0, -1.5, 1e16, 1e-5, 1e-4, 1e22, 123456789012345.6,
               5e-324, math.inf, -math.inf, math.nan, 0.1 + 0.2]
    values += [complex(0, x) for x in (0.0, -0.0, 1.0, 1.5, 1e16, 1e-5, math.inf,
                                       -math.inf, math.nan, 2.5e-300)]
    values += ["", "a", "it's", 'say "hi"', "both ' and \"", "\\", "\t\n\r\x00\x1f\x7f",
               "\x80\x9f\xa0\xad\u00e9", "\u2028\u200b\ufeff\ue000", "\U0001F600\U000E0001",
               "\U0010FFFF", "\ud800", "\udfff\udc80", "a\ud83d\ude00b", "\u0378\u4e2d"]
    values += [b"", b"abc", b"it's", b'say "hi"', b"both ' and \"",
               bytes(range(256)), b"\\n"]
    return values


# ==== python3's answers ====


def bits(d):
    return struct.unpack("<Q", struct.pack("<d", d))[0]


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def float_values():
    """The bit patterns of the float repr cases (a fixed, reproducible list)."""
    rnd = random.Random(311)
    vals = [bits(x) for x in (0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, 1e16, 1e-5,
                              1e-4, 0.1, 123456789012345.6, 1e15, 9999999999999998.0,
                              1.7976931348623157e308, 2.2250738585072014e-308)]
    vals += [bits(2.0**e) for e in range(-1074, 1024)]
    vals += [bits(float(10**e)) for e in range(0, 23)] + [bits(10.0**-e) for e in range(1, 23)]
    for i in range(1200):
        kind = i % 6
        if kind == 0:
            b = rnd.getrandbits(64)
        elif kind == 1:
            b = rnd.getrandbits(52) >> rnd.randrange(53)  # subnormals of every size
        elif kind == 2:
            b = bits(float(rnd.getrandbits(rnd.randrange(1, 70))))
        elif kind == 3:
            b = bits(round(rnd.random() * 10**rnd.randrange(-8, 20), rnd.randrange(0, 12)))
        elif kind == 4:
            b = bits(float("%.*e" % (rnd.randrange(1, 17),
                                     rnd.random() * 10.0**rnd.randrange(-320, 309))))
        else:  # next to a power of two
            m = rnd.getrandbits(2) if rnd.random() < 0.5 else (1 << 52) - 1 - rnd.getrandbits(2)
            b = (rnd.getrandbits(12) << 52) | m
        vals.append(b)
    seen = set()
    return [b for b in vals if not (b in seen or seen.add(b))]


def complex_pairs():
    """(re, im) pairs for repr(complex(re, im)) beyond a zero real part."""
    xs = [0.0, -0.0, 1.0, -2.5, 1e16, 1e-5, math.inf, -math.inf, math.nan, 5e-324]
    return [(re, im) for re in xs for im in xs]


def hexs(b):
    return b.hex()


def encode_constant(v):
    """The serialized form of a Constant's value."""
    if v is None:
        return "N"
    if v is True:
        return "T"
    if v is False:
        return "F"
    if v is Ellipsis:
        return "E"
    if isinstance(v, int):
        return "i%d" % v
    if isinstance(v, float):
        return "f%016x" % bits(v)
    if isinstance(v, complex):
        assert v.real == 0 and math.copysign(1, v.real) == 1, v
        return "j%016x" % bits(v.imag)
    if isinstance(v, str):
        return "s" + hexs(v.encode("utf-8", "surrogatepass"))
    if isinstance(v, bytes):
        return "b" + hexs(v)
    raise TypeError(type(v))


def encode_value(node, name, value, out):
    """Appends the tokens of field [name] of [node], holding [value], to [out]."""
    if value is None:
        out.append("~")
    elif isinstance(value, list):
        out.append("*%d" % len(value))
        for item in value:
            encode_value(node, name, item, out)
    elif isinstance(value, ENUM_BASES):
        out.append(type(value).__name__)
    elif isinstance(value, ast.AST):
        encode_node(value, out)
    elif isinstance(node, (ast.Constant, ast.MatchSingleton)) and name == "value":
        out.append(encode_constant(value))
    elif isinstance(value, str):
        out.append("'" + hexs(value.encode("utf-8", "surrogatepass")))
    elif isinstance(value, int):
        out.append("#%d" % value)
    else:
        raise TypeError("%s.%s: %r" % (type(node).__name__, name, value))


def encode_node(node, out):
    """Appends the preorder tokens of [node] to [out]."""
    out.append(type(node).__name__)
    if "end_col_offset" in node._attributes:
        out += [str(getattr(node, a)) for a in node._attributes]
    for name in node._fields:
        encode_value(node, name, getattr(node, name), out)


def dump_case(src, mode="exec"):
    tree = ast.parse(src, mode=mode, type_comments=True)
    tokens = []
    encode_node(tree, tokens)
    dumps = [ast.dump(tree, indent=ind, include_attributes=attrs)
             for ind, attrs in DUMP_VARIANTS]
    return " ".join(tokens), dumps


def concrete_kinds():
    """The concrete node classes of the _ast module (ast.py's deprecated
    aliases, Num, Index, ..., are not there), sorted by name."""
    import _ast
    classes = [c for c in vars(_ast).values()
               if isinstance(c, type) and issubclass(c, ast.AST) and c is not ast.AST]
    return sorted((c for c in classes if not any(d is not c and issubclass(d, c) for d in classes)),
                  key=lambda c: c.__name__)


# ==== writing C ====




def c_text(text, indent="        ", width=88):
    """A long text as adjacent C literals: one per line of the text, long
    lines cut in pieces."""
    b = text.encode("utf-8")
    pieces = []
    for line in b.split(b"\n"):
        pieces += [line[i:i + width] for i in range(0, max(len(line), 1), width)]
        pieces[-1] += b"\n"
    pieces[-1] = pieces[-1][:-1]
    return ("\n" + indent).join(c_str(p) for p in pieces if p) or '""'


def write_floats(w):
    w("/* ==== float repr: {bits, repr(x), repr(complex(0, x))} ==== */")
    w("")
    w("typedef struct {")
    w("    uint64_t bits;")
    w("    const char *repr, *imag_repr;")
    w("} ac_float_t;")
    w("")
    w("static const ac_float_t ac_floats[] = {")
    for b in float_values():
        x = from_bits(b)
        w("    {0x%016xull, \"%s\", \"%s\"}," % (b, repr(x), repr(complex(0, x))))
    w("};")
    w("")
    w("/* repr(complex(re, im)) */")
    w("typedef struct {")
    w("    uint64_t re, im;")
    w("    const char *repr;")
    w("} ac_complex_t;")
    w("")
    w("static const ac_complex_t ac_complexes[] = {")
    for re, im in complex_pairs():
        w("    {0x%016xull, 0x%016xull, \"%s\"}," % (bits(re), bits(im), repr(complex(re, im))))
    w("};")
    w("")


def write_constants(w):
    w("/* ==== constant repr: {serialized constant, repr(value)} ==== */")
    w("")
    w("typedef struct {")
    w("    const char *constant, *repr;")
    w("} ac_const_t;")
    w("")
    w("static const ac_const_t ac_consts[] = {")
    for v in constant_values():
        if isinstance(v, int) and not isinstance(v, bool):
            enc = "i%d" % v  # negative ints: not from the parser, but representable
        else:
            enc = encode_constant(v)
        w("    {%s, %s}," % (c_str(enc.encode()), c_str(repr(v).encode("utf-8"))))
    w("};")
    w("")


def write_dumps(w):
    w("/* ==== dumps ==== */")
    w("")
    w("/* The (indent, include_attributes) of each dump below; indent -1: None. */")
    w("static const int ac_dump_variants[][2] = {%s};" % ", ".join(
        "{%d, %d}" % (-1 if ind is None else ind, attrs) for ind, attrs in DUMP_VARIANTS))
    w("")
    w("typedef struct {")
    w("    const char *src;   /* the program */")
    w("    const char *tree;  /* its tree, serialized (see the script) */")
    w("    const char *dumps[%d]; /* ast.dump() with each of ac_dump_variants */" %
      len(DUMP_VARIANTS))
    w("} ac_dump_t;")
    w("")
    w("static const ac_dump_t ac_dumps[] = {")
    for case in DUMP_CASES:
        mode, src = case if isinstance(case, tuple) else ("exec", case)
        tree, dumps = dump_case(src, mode)
        w("    {")
        w("        %s," % c_text(src))
        w("        %s," % c_text(tree))
        w("        {")
        for d in dumps:
            w("            %s," % c_text(d, indent="            "))
        w("        },")
        w("    },")
    w("};")
    w("")


def write_kinds(w):
    w("/* ==== the node classes of python3's ast module: {name, _fields} ==== */")
    w("")
    w("static const char *const ac_kinds[][2] = {")
    for cls in concrete_kinds():
        w("    {\"%s\", \"%s\"}," % (cls.__name__, " ".join(cls._fields)))
    w("};")
    w("")


def generate():
    lines = []
    w = lines.append
    w("/* generated by scripts/gen_ast_cases.py -- do not edit */")
    w("/* ast_cases.h -- CPython %s's answers for the syntax tree tests." %
      platform.python_version())
    w(" *")
    w(" * Run scripts/gen_ast_cases.py to rewrite this file; every value below")
    w(" * was computed by python3, see that script for how. */")
    w("#ifndef LP_AST_CASES_H")
    w("#define LP_AST_CASES_H")
    w("")
    w("#include <stdint.h>")
    w("")
    write_floats(w)
    write_constants(w)
    write_dumps(w)
    write_kinds(w)
    w("#endif")
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-o", default=DEFAULT_OUT, help="output file")
    ap.add_argument("--check", action="store_true", help="exit 1 if the file is stale")
    args = ap.parse_args()
    if sys.version_info[:2] != (3, 11):
        sys.exit("gen_ast_cases.py: needs python 3.11, this is %s" % platform.python_version())
    text = generate()
    write_or_check(args.o, text, args.check, "gen_ast_cases")


if __name__ == "__main__":
    main()
