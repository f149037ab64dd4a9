#!/usr/bin/env python3
"""gen_parse_cases.py -- writes tests/unit/parse_cases.h from python3.

tests/unit/test_parse.c checks the parser (src/parse.c, grammar/parser.y)
and the tree builders (src/parse_build.c) against CPython 3.11.  No expected
value is typed by hand: this script lists small programs and asks python3.

  valid programs    grouped by grammar feature; each with
                    ast.dump(ast.parse(src, type_comments=True),
                    include_attributes=True), which the test compares with
                    lp_ast_dump(tree, -1, 1) byte for byte.  A few groups
                    parse in the other modes (eval, single, func_type).
  invalid programs  each with the SyntaxError (or IndentationError,
                    TabError) that ast.parse raises: type, msg, lineno,
                    offset, end_lineno, end_offset.  Only errors that
                    ast.parse raises are taken: a program that ast.parse
                    accepts (`return` outside a function, ...) stops this
                    script.

Sources are given to ast.parse as UTF-8 bytes, as `python3 -m ast` does, so
they decode as lp_source_decode(..., LP_SOURCE_STRING, ...) decodes them.

KNOWN_POSITION_MISMATCHES lists the invalid programs whose error position
(offset, end_lineno, end_offset) lemonpy does not give as CPython does yet:
the test checks type, message and line for them, and fails once a listed
program's position matches, so that the list only ever shrinks.

    scripts/gen_parse_cases.py            rewrite tests/unit/parse_cases.h
    scripts/gen_parse_cases.py --check    exit 1 if the header is stale
    scripts/gen_parse_cases.py -o FILE    write FILE instead

SPDX-License-Identifier: MIT
"""
import argparse
import ast
import os
import re
import sys
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cgen import c_str, write_or_check  # noqa: E402  (shared with the other generators)

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUT = os.path.join(TOP, "tests", "unit", "parse_cases.h")

warnings.simplefilter("ignore")  # invalid escape sequences and the like

# ==== valid programs, by feature ====
#
# Each group name becomes a Criterion test (parse_valid.<group>).  Sources
# are Python text, given as they are (most without a final newline, which
# the tokenizer supplies).

VALID = {}

VALID["simple_statements"] = [
    "pass",
    "x = 1",
    "x = y = z = 0",
    "a, b = b, a",
    "a, *b = c",
    "[a, b] = c",
    "(a, b), c = d",
    "x.y = 1",
    "x[0] = 1",
    "x[1:2] = y",
    "x += 1",
    "x -= 1; x *= 2; x /= 3; x //= 4; x %= 5",
    "x **= 2; x @= m; x &= 1; x |= 2; x ^= 3; x <<= 1; x >>= 2",
    "x.a += 1",
    "x[i] -= 1",
    "x: int",
    "x: int = 5",
    "x.y: int",
    "x[0]: int = 1",
    "(x): int = 1",
    "x: list[int] = []",
    "x: int = yield",
    "x = yield",
    "x = yield from y",
    "x = *a, *b",
    "x = 1,",
    "x = (yield)",
    "del x",
    "del x, y",
    "del x.y, x[0], (a, b), [c]",
    "del (x)",
    "assert x",
    "assert x, 'message'",
    "raise",
    "raise E",
    "raise E from None",
    "raise E(1) from e",
    "global a",
    "global a, b, c",
    "def f():\n    nonlocal a, b",
    "return",
    "return 1",
    "return 1, 2",
    "return *a, b",
    "break",
    "continue",
    "x = 1; y = 2;",
    "...",
    "1",
    "f()",
    "a.b.c",
]

VALID["imports"] = [
    "import a",
    "import a.b.c",
    "import a as b",
    "import a.b as c, d",
    "from a import b",
    "from a import b as c, d",
    "from a import (b, c)",
    "from a import (b as c,\n    d,)",
    "from a import *",
    "from . import a",
    "from .. import a",
    "from ... import a",
    "from .... import a",
    "from .a import b",
    "from ...a.b import c",
    "from .a import *",
]

VALID["compound_statements"] = [
    "if x:\n    pass",
    "if x: pass",
    "if x: a; b",
    "if x:\n    a\nelif y:\n    b\nelif z:\n    c\nelse:\n    d",
    "if x:\n    pass\nelse:\n    if y:\n        pass",
    "while x:\n    pass",
    "while x:\n    break\nelse:\n    pass",
    "for x in y:\n    pass",
    "for x, y in z:\n    pass",
    "for (x, y) in z: pass",
    "for x, in y: pass",
    "for [a, *b] in c: pass",
    "for x.a in y: pass",
    "for x[0] in y: pass",
    "for x in *a, *b: pass",
    "for x in a, b: pass",
    "for x in y:\n    continue\nelse:\n    pass",
    "async def f():\n    async for x in y:\n        pass",
    "async def f():\n    async for x in y:\n        pass\n    else:\n        pass",
    "with a: pass",
    "with a as b: pass",
    "with a as b, c as d: pass",
    "with a, b: pass",
    "with a as (b, c): pass",
    "with a as [b, c]: pass",
    "with a as b.c: pass",
    "with a as b[0]: pass",
    "with (a as b, c): pass",
    "with (a, b): pass",
    "with (a, b) as c: pass",
    "with (a): pass",
    "with (a) as b: pass",
    "with (a as b): pass",
    "with (a as b, c as d,): pass",
    "with (\n    a as b,\n    c as d,\n):\n    pass",
    "with (yield): pass",
    "with (a, b,): pass",
    "with (a, *b): pass",
    "with f() as g, h(): pass",
    "with (a := b): pass",
    "async def f():\n    async with a as b, c: pass",
    "async def f():\n    async with (a as b, c as d): pass",
    "if x:\n    pass\n# comment\n",
    "if x:\n\n    pass\n\n",
    "if a:\n  if b:\n    pass\n  else:\n    pass\nelse:\n  pass",
    "if x:\n\tpass",
    "if x:\n        a\n        b",
    "while 1:\n  if x: break\n  continue",
]

VALID["try_statements"] = [
    "try:\n    pass\nexcept:\n    pass",
    "try:\n    pass\nexcept E:\n    pass",
    "try:\n    pass\nexcept E as e:\n    pass",
    "try:\n    pass\nexcept (A, B) as e:\n    pass",
    "try:\n    pass\nexcept A:\n    pass\nexcept B:\n    pass\nexcept:\n    pass",
    "try:\n    pass\nexcept E:\n    pass\nelse:\n    pass",
    "try:\n    pass\nexcept E:\n    pass\nelse:\n    pass\nfinally:\n    pass",
    "try:\n    pass\nfinally:\n    pass",
    "try: a\nexcept E: b\nfinally: c",
    "try:\n    pass\nexcept* E:\n    pass",
    "try:\n    pass\nexcept* E as e:\n    pass",
    "try:\n    pass\nexcept* (A, B):\n    pass\nexcept* C:\n    pass",
    "try:\n    pass\nexcept* E:\n    pass\nelse:\n    pass\nfinally:\n    pass",
    "try:\n    pass\nexcept a.b.c:\n    pass",
    "try:\n    pass\nexcept f():\n    pass",
    "try:\n    pass\nexcept (A):\n    pass",
]

VALID["functions"] = [
    "def f(): pass",
    "def f():\n    return 1",
    "def f(a): pass",
    "def f(a, b): pass",
    "def f(a, b=1): pass",
    "def f(a=1, b=2): pass",
    "def f(*args): pass",
    "def f(**kwargs): pass",
    "def f(*args, **kwargs): pass",
    "def f(a, *, b): pass",
    "def f(a, *, b=1, c): pass",
    "def f(*, a): pass",
    "def f(a, /): pass",
    "def f(a, /, b): pass",
    "def f(a, /, b, *, c): pass",
    "def f(a=1, /, b=2, *, c=3): pass",
    "def f(a, b=2, /, c=3, *args, d, e=5, **kw): pass",
    "def f(a, /, *, b): pass",
    "def f(a, /, **k): pass",
    "def f(a,): pass",
    "def f(a, /,): pass",
    "def f(*a,): pass",
    "def f(**k,): pass",
    "def f(*, a,): pass",
    "def f(a: int): pass",
    "def f(a: int = 1, *b: str, c: float, **d: dict): pass",
    "def f(a: 'x', /, b: 'y' = 2): pass",
    "def f() -> int: pass",
    "def f(a) -> list[int]:\n    pass",
    "def f(*args: *Ts): pass",
    "async def f(): pass",
    "async def f():\n    await x",
    "async def f():\n    return await x",
    "async def f():\n    yield",
    "def f():\n    yield 1",
    "def f():\n    yield 1, 2",
    "def f():\n    yield from g()",
    "def f():\n    x = yield",
    "def f():\n    '''doc'''\n    return",
    "@d\ndef f(): pass",
    "@d1\n@d2\ndef f(): pass",
    "@a.b.c\ndef f(): pass",
    "@a(1, b=2)\ndef f(): pass",
    "@a[0]\ndef f(): pass",
    "@x or y\ndef f(): pass",
    "@lambda f: f\ndef g(): pass",
    "@x := y\ndef f(): pass",
    "@d\nasync def f(): pass",
    "def f():\n    def g():\n        pass\n    return g",
    "def f(a, b):\n    global c\n    nonlocal d",
]

VALID["classes"] = [
    "class C: pass",
    "class C:\n    pass",
    "class C(): pass",
    "class C(B): pass",
    "class C(A, B): pass",
    "class C(metaclass=M): pass",
    "class C(A, metaclass=M, x=1): pass",
    "class C(*bases, **kw): pass",
    "class C(A,): pass",
    "@d\nclass C: pass",
    "@d1\n@d2(x)\nclass C(B): pass",
    "class C:\n    x: int = 1\n    def f(self): pass",
    "class C:\n    '''doc'''\n    class D:\n        pass",
    "class C(A[int], B.c): pass",
]

VALID["operators"] = [
    "a + b",
    "a - b",
    "a * b",
    "a / b",
    "a // b",
    "a % b",
    "a ** b",
    "a @ b",
    "a << b",
    "a >> b",
    "a & b",
    "a | b",
    "a ^ b",
    "-a",
    "+a",
    "~a",
    "not a",
    "a and b",
    "a or b",
    "a and b and c",
    "a or b or c",
    "a and b or c and d",
    "not a and not b",
    "a + b * c",
    "(a + b) * c",
    "a * b + c",
    "a - b - c",
    "a ** b ** c",
    "-a ** b",
    "(-a) ** b",
    "a ** -b",
    "-a * b",
    "--a",
    "~-+a",
    "not not a",
    "a | b ^ c & d << e + f * g ** h",
    "a << b >> c",
    "a & b | c ^ d",
    "a if b else c",
    "a if b else c if d else e",
    "(a if b else c) if d else e",
    "lambda: a if b else c",
    "a or b if c else d and e",
    "a + b if c else d",
    "await_ = 1",
    "a < b",
    "a > b",
    "a == b",
    "a != b",
    "a <= b",
    "a >= b",
    "a in b",
    "a not in b",
    "a is b",
    "a is not b",
    "a < b < c",
    "a < b == c != d is e is not f in g not in h",
    "not a < b",
    "a < b or c > d",
    "a | b < c & d",
    "(a < b) < c",
    "a is not (not b)",
    "a @ b @ c",
    "x = a if b else lambda: c",
    "1 + 2j",
    "-1",
    "- 1",
    "-(1)",
]

VALID["atoms"] = [
    "x",
    "None",
    "True",
    "False",
    "...",
    "0",
    "123",
    "1_000_000",
    "0x1F",
    "0o17",
    "0b1010",
    "0XFF_FF",
    "12345678901234567890123456789",
    "1.5",
    "1.",
    ".5",
    "1e10",
    "1E-5",
    "1_0.0_1e+1_0",
    "3j",
    "1.5J",
    "1e5j",
    "'a'",
    '"a"',
    "'''a\nb'''",
    '"""a"""',
    "r'\\d'",
    "b'abc'",
    "rb'\\x'",
    "BR'x'",
    "u'x'",
    "'\\n\\t\\x41\\u00e9\\N{BULLET}'",
    "b'\\xff\\0'",
    "'caf\u00e9'",
    "'\U0001F600'",
    "'a' 'b'",
    "'a' \\\n'b'",
    "('a'\n 'b'\n 'c')",
    "b'a' b'b'",
    "u'a' 'b'",
    "'a' r'\\b'",
    "()",
    "(1,)",
    "(1, 2)",
    "1, 2",
    "(1)",
    "((x))",
    "[]",
    "[1]",
    "[1, 2,]",
    "[*a, *b]",
    "{}",
    "{1}",
    "{1, 2, *a}",
    "{1: 2}",
    "{1: 2, 3: 4,}",
    "{**a, 'b': 1, **c}",
    "{**a}",
    "(*a, b)",
    "x.y",
    "x.y.z",
    "f()",
    "f(a)",
    "f(a, b)",
    "f(a,)",
    "f(a=1)",
    "f(a, b=2)",
    "f(*a)",
    "f(**k)",
    "f(a, *b, c=1, **d)",
    "f(*a, *b, **c, **d)",
    "f(a=1, *b)",
    "f(*a, b)",
    "f(**k, a=1)",
    "f(x for x in y)",
    "f((x for x in y), 1)",
    "f(a)(b)(c)",
    "f(a := 1)",
    "f(x, y := 2)",
    "x[0]",
    "x[a, b]",
    "x[a:b]",
    "x[a:]",
    "x[:b]",
    "x[:]",
    "x[::]",
    "x[a:b:c]",
    "x[::c]",
    "x[a::c]",
    "x[:b:]",
    "x[a:b, c]",
    "x[a:b, c:d]",
    "x[1:2,]",
    "x[*a]",
    "x[*a, b]",
    "x[a, *b]",
    "x[()]",
    "x[(a, b)]",
    "x[a][b][c]",
    "x()[0].y",
    "x[a := 1]",
    "x[lambda: 1]",
    "x[a if b else c]",
    "\u00e9t\u00e9 = 1",
    "\uff41 = 1",
    "\u2167 = 2",
]

VALID["comprehensions"] = [
    "[x for x in y]",
    "[x for x in y if x]",
    "[x for x in y if a if b]",
    "[x for x in y for z in x]",
    "[x for x in y if x for z in x if z]",
    "[(x, y) for x, y in z]",
    "[x for x, in y]",
    "[x for (a, b) in c]",
    "[x for x in (a, b)]",
    "{x for x in y}",
    "{x: y for x, y in z}",
    "{k: v for k, v in d.items() if v}",
    "(x for x in y)",
    "(x for x in y if x)",
    "[x for x in (lambda: y)]",
    "[x for x in y if (lambda: z)]",
    "[(x := 1) for y in z]",
    "[x for x in y if (z := x)]",
    "[[y for y in x] for x in z]",
    "async def f():\n    [x async for x in y]",
    "async def f():\n    {x async for x in y}",
    "async def f():\n    {x: 1 async for x in y}",
    "async def f():\n    (x async for x in y)",
    "async def f():\n    [x for y in z async for x in y]",
    "async def f():\n    [await x for x in y]",
    "[x async for x in y]",
    "[x for x in y if not x]",
    "[x for x in y if a or b]",
    "[x for x in y if a if b if c]",
    "[x for x.a in y]",
    "[x for x[0] in y]",
    "[x for *a, b in c]",
]

VALID["starred_and_walrus"] = [
    "*a, b = c",
    "a, *b, c = d",
    "[*a] = b",
    "(*a,) = b",
    "*a, = b",
    "x = *a,",
    "print(*a)",
    "return_ = [*a, *b]",
    "for *a, b in c: pass",
    "(x := 1)",
    "(x := (y := 1))",
    "if x := f(): pass",
    "while (x := f()) is not None: pass",
    "[y := 1, y]",
    "f(x := 1)",
    "f(a, b := 1)",
    "x = (y := 2)",
    "{(a := 1): 2}",
    "{(a := 1)}",
    "x[y := 1]",
    "print((a := 1), a)",
    "assert (x := 1)",
    "def f(a=(b := 1)): pass",
    "lambda: (x := 1)",
    "x = [a := 1, b := 2]",
    "(a := 1, b := 2)",
    "a[(b := 1), c]",
    "x = *a, *b, c",
    "del [a, b]",
]

VALID["lambdas"] = [
    "lambda: 0",
    "lambda a: a",
    "lambda a, b: a",
    "lambda a=1: a",
    "lambda a, b=1: a",
    "lambda *a: a",
    "lambda **k: k",
    "lambda *a, **k: 0",
    "lambda a, *, b: 0",
    "lambda *, a=1, b: 0",
    "lambda a, /: 0",
    "lambda a, /, b: 0",
    "lambda a=1, /, b=2, *c, d, e=3, **f: 0",
    "lambda a, /, *, b: 0",
    "lambda a,: 0",
    "lambda *a,: 0",
    "lambda **k,: 0",
    "lambda a, /,: 0",
    "lambda: lambda: 0",
    "lambda x: (yield)",
    "lambda: (yield)",
    "f(lambda x: x, key=lambda y: -y)",
    "lambda: a if b else c",
    "lambda x: x, 1",
]

VALID["fstrings"] = [
    "f'a'",
    "f''",
    "f'{x}'",
    "f'a{x}b'",
    "f'{x}{y}'",
    "f'{x!r}'",
    "f'{x!s}'",
    "f'{x!a}'",
    "f'{x:10}'",
    "f'{x:>10}'",
    "f'{x:{w}}'",
    "f'{x:{w}.{p}f}'",
    "f'{x!r:^10}'",
    "f'{x=}'",
    "f'{x = }'",
    "f'{x=!s}'",
    "f'{x=:10}'",
    "f'{x=!r:>{w}}'",
    "f'{x + 1}'",
    "f'{x, y}'",
    "f'{ x }'",
    "f'{(x)}'",
    "f'{x:}'",
    "f'{{}}'",
    "f'{{x}}'",
    "f'a{{b}}c{d}e'",
    "f'{f\"{x}\"}'",
    "f'''{f\"{x}\"}'''",
    "f'{x[0]}'",
    "f'{x.y}'",
    "f'{f(a, b)}'",
    "f'{a if b else c}'",
    "f'{(lambda: 1)()}'",
    "f'{x!r}' 'a'",
    "'a' f'{x}'",
    "f'a' f'b'",
    "f'{x}' f'{y}'",
    "'a' f'b{c}' 'd'",
    "f'''\n{x}\n'''",
    "f'''{\nx\n}'''",
    "f'{\"a\"}'",
    "f\"{'a'}\"",
    "rf'\\d{x}'",
    "fr'{x}\\n'",
    "F'{x}'",
    "f'\\n{x}\\t'",
    "f'{x:%H:%M}'",
    "f'{x!r:{y}}'",
    "f'{3.14:.2f}'",
    "f'{a}{b}{c}{d}'",
    "f'{x:>{w}}'",
    "x = f'{a}' \\\n    f'{b}'",
    "f'{ x = }'",
    "f'{x=}{y=}'",
    "f'{*a,}'",
    "f'{x:=10}'",
    "f'{(x:=10)}'",
    "f'{x}' 'y' f'{z!a}'",
    "f'caf\u00e9 {x}'",
    "f'\\N{BULLET} {x}'",
    "f'{x}\u00e9{y}'",
    "def f():\n    return f'{x}'",
    "f'{1}' ''",
    "'' f''",
    "f'{x:{y}}{z:{w}}'",
    "f'{[x for x in y]}'",
    "f'{ {a: b} }'",
    "f'{a}' f'{b}' 'c' f'{d}'",
]

VALID["match"] = [
    "match x:\n    case 1:\n        pass",
    "match x:\n    case 1: pass\n    case 2: pass",
    "match x:\n    case _:\n        pass",
    "match x:\n    case a:\n        pass",
    "match x:\n    case -1: pass",
    "match x:\n    case 1.5: pass",
    "match x:\n    case 1 + 2j: pass",
    "match x:\n    case -1 - 2j: pass",
    "match x:\n    case 'a': pass",
    "match x:\n    case 'a' 'b': pass",
    "match x:\n    case b'a': pass",
    "match x:\n    case None: pass",
    "match x:\n    case True: pass",
    "match x:\n    case False: pass",
    "match x:\n    case a.b: pass",
    "match x:\n    case a.b.c: pass",
    "match x:\n    case (1): pass",
    "match x:\n    case (): pass",
    "match x:\n    case []: pass",
    "match x:\n    case [a]: pass",
    "match x:\n    case [a, b]: pass",
    "match x:\n    case [a, *rest]: pass",
    "match x:\n    case [*_, a]: pass",
    "match x:\n    case (a, b): pass",
    "match x:\n    case (a,): pass",
    "match x:\n    case a, b: pass",
    "match x:\n    case a, *b: pass",
    "match x:\n    case *a, b: pass",
    "match x:\n    case {}: pass",
    "match x:\n    case {'a': 1}: pass",
    "match x:\n    case {'a': 1, 'b': c}: pass",
    "match x:\n    case {'a': 1, **rest}: pass",
    "match x:\n    case {**rest}: pass",
    "match x:\n    case {1: a, a.b: c, None: d}: pass",
    "match x:\n    case {-1: a, 1 + 2j: b}: pass",
    "match x:\n    case C(): pass",
    "match x:\n    case C(a): pass",
    "match x:\n    case C(a, b): pass",
    "match x:\n    case C(a=1): pass",
    "match x:\n    case C(a, b=2, c=d): pass",
    "match x:\n    case a.C(b): pass",
    "match x:\n    case C(a,): pass",
    "match x:\n    case 1 | 2 | 3: pass",
    "match x:\n    case (1 | 2) as y: pass",
    "match x:\n    case 1 | 2 as y: pass",
    "match x:\n    case a as b: pass",
    "match x:\n    case [a as b, c]: pass",
    "match x:\n    case C(a=[1, 2] as b): pass",
    "match x:\n    case 1 if y: pass",
    "match x:\n    case a if a > 0: pass",
    "match x:\n    case a if (b := a): pass",
    "match x, y:\n    case a, b: pass",
    "match *a, b:\n    case c: pass",
    "match x,:\n    case y: pass",
    "match (x):\n    case y: pass",
    "match f(x):\n    case y: pass",
    "match x.y:\n    case z: pass",
    "match -x:\n    case y: pass",
    "match [x]:\n    case y: pass",
    "match {x}:\n    case y: pass",
    "match x:\n    case [[1, 2], (3, {4: 5})]: pass",
    "match x:\n    case {'k': [1, *_]}: pass",
    "match x:\n    case 'a' | 'b' | C(): pass",
    "match x:\n    case (\n        1\n    ): pass",
    "match x:\n    case -0: pass",
    "match x:\n  case 1:\n    pass\n  case _:\n    pass",
    "match(x):\n    case(y): pass",
    "match x:\n    case case: pass",
    "match x:\n    case match: pass",
    "match match:\n    case case: pass",
    "match x:\n    case [match, case]: pass",
    "def f():\n    match x:\n        case 1:\n            return",
]

VALID["soft_keywords"] = [
    "match = 1",
    "case = 2",
    "_ = 2",
    "match(x)",
    "case(x)",
    "match(x).y = 1",
    "print(match, case)",
    "match.x = 1",
    "match[0] = 1",
    "match[a, b]",
    "match, case = 1, 2",
    "match: int = 3",
    "case: int",
    "match += 1",
    "match - x",
    "match * x",
    "match(x)[0]",
    "match()",
    "x = match",
    "x = case",
    "x = _",
    "import match",
    "from match import case",
    "import case as match",
    "def match(case): return case",
    "class match: pass",
    "def f(match=1, case=2, _=3): pass",
    "f(match=1, case=2)",
    "match.case.match",
    "for match in case: pass",
    "lambda match, case: match",
    "[match for case in match]",
    "if match: pass",
    "match and case",
    "not match",
    "match if case else _",
    "match\nx = 1",
    "case\n",
    "match = case = _ = 0",
    "global match, case",
    "match, = x",
    "match [a]:\n    case b: pass",
    "match {a: b}:\n    case c: pass",
    "match not x:\n    case y: pass",
    "match await_:\n    case y: pass",
    "match -1:\n    case y: pass",
    "match (a, b):\n    case y: pass",
    "match a if b else c:\n    case y: pass",
    "match (x := 1):\n    case y: pass",
    "match.match(match)",
    "match[match] = match",
]

VALID["type_comments"] = [
    "x = 1  # type: int",
    "x = y = 1  # type: int",
    "a, b = c  # type: (int, str)",
    "def f(a, b):  # type: (int, str) -> None\n    pass",
    "def f(\n    a,  # type: int\n    b,  # type: str\n):\n    # type: (...) -> None\n    pass",
    "def f(a,  # type: int\n      b):\n    pass",
    "def f():\n    # type: () -> int\n    return 1",
    "async def f():  # type: () -> None\n    pass",
    "for x in y:  # type: int\n    pass",
    "async def f():\n    async for x in y:  # type: int\n        pass",
    "with a as b:  # type: int\n    pass",
    "async def f():\n    async with a as b:  # type: int\n        pass",
    "x = 1  # type: ignore",
    "x = 1  # type: ignore[name]",
    "# type: ignore\nx = 1",
    "import a  # type: ignore",
    "x = 1  # type: ignore # more",
    "x = 1  #type:int",
    "x = 1  # type: List[int]  # comment",
    "def f(*args,  # type: int\n      **kw  # type: str\n      ):\n    pass",
    "def f(a, *, b):\n    # type: (int, str) -> None\n    pass",
    "x = []  # type: List[int]\ny = 2  # type: ignore",
    "def f():  # type: ignore\n    pass",
    "def f(x):  # type: (int) -> str  # type: ignore\n    pass",
]

VALID["layout"] = [
    "",
    "\n",
    "# just a comment",
    "\n\n\nx = 1\n\n\n",
    "x = 1  # comment",
    "x = (1 +\n     2)",
    "x = [\n    1,\n    2,\n]",
    "x = 1 + \\\n    2",
    "if x:\n    y = [\n1,\n]\n    z = 2",
    "if x:\n    pass\n  # odd comment\n",
    "def f():\n    pass\n\n\n\ndef g():\n    pass",
    "x = 1\r\ny = 2\r\n",
    "x = 1\ry = 2",
    "x = 1",
    "if x:\n    pass\n    ",
    "class C:\n    def f(self):\n        if x:\n            return\n    y = 1\nz = 2",
    "\ufeffx = 1",
    "# -*- coding: latin-1 -*-\nx = 'caf\u00e9'",
    "# coding: utf-8\nx = '\u00e9'",
    "x = '\u00e9' ; y = '\u20ac'",
    "if x:\n \tpass",
    "if x:\n\t\tpass\n\t\tpass",
    "(\n\n)",
    "print(\n# comment\n1)",
]

VALID["positions"] = [
    "x = 'caf\u00e9' + y",
    "\u00e9 = \u00e9\u00e9 + f(\u00e9)",
    "x = f'\u00e9{y}\u00e9{z!r}'",
    "x = (\n  a\n  +\n  b\n)",
    "x = ((a))",
    "f((a), (b))",
    "((a)).b",
    "(a)(b)",
    "(a)[b]",
    "[(a) for (b) in (c)]",
    "def f():\n    ((yield))",
    "((a, b))",
    "(((a), b))",
    "del (a), ((b))",
    "@((d))\ndef f(): pass",
    "x = (  # c\n  1  # d\n)",
    "a = \\\n  1",
    "assert (a), (b)",
    "x = 'a' \\\n    'b' \\\n    'c'",
    "f(a)[b].c(d)",
]

# Found by scripts/fuzz_parse.py: continuation lines before blank lines or
# the end of the input, tabs after a continuation line, and the columns
# CPython gives inside a multi-line replacement field of an f-string.
VALID["fuzz_findings"] = [
    "\\\n\n",
    "\\\r\n",
    " \\\n\t",
    "x = 1\n\\\n\n",
    "if x:\n        y\n\t\\\nz\n",
    "f'''{\"\"\"\n\"\"\"}'''",
    "f\"\"\"{f'''{f}\n'''}\"\"\"",
    "f'''{f\"\"\"{\nf}\"\"\"}'''",
    "(F'''{f\"\"\"{\nx:}\"\"\"}''')",
]

# Programs for the other start symbols: (mode, source).
VALID_MODES = [
    ("eval", "x"),
    ("eval", "1 + 2"),
    ("eval", "a, b"),
    ("eval", "lambda: 0"),
    ("eval", "x if y else z"),
    ("eval", "x  \n\n"),
    ("eval", "(x := 1)"),
    ("eval", "f'{x}'"),
    ("single", "x = 1"),
    ("single", "if x:\n    pass\n"),
    ("single", "x; y"),
    ("single", "1 + 2"),
    ("single", "def f():\n    pass\n"),
    ("func_type", "() -> int"),
    ("func_type", "(int, str) -> None"),
    ("func_type", "(*int, **str) -> List[int]"),
    ("func_type", "(int, *str) -> None"),
    ("func_type", "(...) -> None"),
]

# ==== invalid programs, by feature ====

INVALID = {}

INVALID["tokens"] = [
    "x = 1 $ 2",
    "x = a\u200bb",
    "price = 5\u20ac",
    "x = 'abc",
    "x = \"abc",
    "x = '''abc",
    "x = f'abc",
    "x = 0xfg",
    "x = 0o19",
    "x = 0b12",
    "x = 1_000_",
    "x = 1__0",
    "x = 0755",
    "x = 1jx",
    "x = 1e",
    "x = 1.e+",
    "x = 1 \\ 2",
    "x = 1 + \\",
    "x = '\\x4'",
    "x = '\\N{NO SUCH NAME}'",
    "x = b'\u00e9'",
    "x = b'a' 'b'",
    "x = 'a' b'b'",
    "x = 0x",
    "x = 0_7",
    "a ! b",
    "x = ?",
    "`x`",
    "x = 1\x00",
    "x = \u00b2",
]

INVALID["brackets"] = [
    "x = (1,",
    "x = [1, 2)",
    "x = (1,\n     2]",
    "x = 1)",
    "x = ]",
    "}",
    "x = {1: 2",
    "f(a, b",
    "x = [1,\n     2,\n",
    "x = (" + "(" * 200 + ")" * 201,
    "x = (1 2)",
    "x = [a b, c]",
    "f(a b)",
    "{a b}",
    "x = (*a)",
]

INVALID["indentation"] = [
    "x = 1\n    y = 2",
    "if x:\npass",
    "def f():\nreturn 1",
    "for x in y:\n\nz = 1",
    "class C:",
    "if x:\n        a = 1\n    b = 2",
    "if x:\n        a = 1\n\tb = 2",
    "  x = 1",
    "if x:\n    a\n  b",
    "while x:\n# c\n",
    "try:\nx",
    "with a:\npass",
    "if x:\n    pass\nelse:\npass",
    "if x:\n    pass\nelif y:\npass",
    "try:\n    pass\nexcept:\npass",
    "try:\n    pass\nfinally:\npass",
    "match x:\ncase 1: pass",
    "match x:\n    case 1:\n    pass",
    "async def f():\npass",
    "lambda_ = 1\n x = 2",
    "\n".join(" " * i + "if x:" for i in range(101)) + "\n" + " " * 101 + "pass",
]

INVALID["assignment_targets"] = [
    "f() = 1",
    "1 = x",
    "None = 1",
    "True = 1",
    "... = 1",
    "a + b = 1",
    "a < b = 1",
    "(a, 1) = x",
    "[x for x in y] = 1",
    "{a: b} = 1",
    "{a} = 1",
    "f'{x}' = 1",
    "a = 1 = 2",
    "x if y else z = 1",
    "lambda: x = 1",
    "not a = 1",
    "-a = 1",
    "a and b = 1",
    "yield = 1",
    "(yield) = 1",
    "f() += 1",
    "a, b += 1",
    "[a] += 1",
    "f(): int",
    "[a]: int",
    "(a, b): int",
    "del f()",
    "del *a",
    "del 1",
    "del a + b",
    "for 1 in x: pass",
    "for f() in x: pass",
    "with a as f(): pass",
    "with a as 1: pass",
    "[i for f() in x]",
    "(a.b := 1)",
    "(a[0] := 1)",
    "(1 := 1)",
    "((a, b) := 1)",
    "x = **a",
    "f(a) = b = c",
]

INVALID["calls_and_arguments"] = [
    "f(x for x in y, 1)",
    "f(1, x for x in y)",
    "f(a=1, b)",
    "f(**a, b)",
    "f(**a, *b)",
    "f(a for a in b for)",
    "f(1=2)",
    "f(a.b=1)",
    "f(True=1)",
    "f(a, =1)",
    "f(*)",
    "f(**)",
    "f(a:b)",
    "class C(x for x in y): pass",
    "f(a, b for b in c)",
]

INVALID["definitions"] = [
    "def f(a=1, b): pass",
    "def f(*, **k): pass",
    "def f(/, a): pass",
    "def f(*a, *b): pass",
    "def f(**a, b): pass",
    "def f(**a, *b): pass",
    "def f(a, /, /): pass",
    "def f(*, /): pass",
    "def f(a, *, /): pass",
    "def f(*): pass",
    "def f(*,): pass",
    "def f(a b): pass",
    "def f(a=): pass",
    "def f(**k=1): pass",
    "def f(*a=1): pass",
    "def 1f(): pass",
    "def f:\n    pass",
    "def f()\n    pass",
    "class C\n    pass",
    "class C(: pass",
    "lambda a=1, b: 0",
    "lambda *, **k: 0",
    "lambda /: 0",
    "lambda *a, *b: 0",
    "lambda a=: 0",
    "lambda (a): 0",
    "def f((a)): pass",
    "def f(a, (b, c)): pass",
    "@\ndef f(): pass",
    "@d\nx = 1",
    "async x = 1",
    "async lambda: 0",
    "def f(*, a, *b): pass",
    "def f(a:, b): pass",
    "def f() -> : pass",
]

INVALID["statements"] = [
    "else:\n    pass",
    "elif x:\n    pass",
    "if x\n    pass",
    "while True\n    pass",
    "for x in y\n    pass",
    "if x: pass\nelse x: pass",
    "import",
    "from x import a,",
    "from x import (a,",
    "from x import (a, b",
    "from x import",
    "from import x",
    "import a.b as",
    "import a as b.c",
    "from . import *, a",
    "from x import *, a",
    "from x import (*)",
    "print 'hello'",
    "print x, y",
    "print 'a' b",
    "print 'a', b c",
    "print a == b c",
    "print x if y else z w",
    "print a not in b c",
    "print lambda x: x if a else b, 3 c",
    "print a, )",
    "exec 'x'",
    "x = 1 if 2",
    "x = 1 if 2 else",
    "assert",
    "raise E from",
    "global",
    "global a.b",
    "nonlocal",
    "return return",
    "del",
    "pass pass",
    "x = = 1",
    "x = 1 +",
    "a.1",
    "a.",
    "x = not",
    "1 +* 2",
    "a = b = ",
    "x += = 1",
    "x: = 1",
    "x: int, y: int",
    "x, y: int",
]

INVALID["try_and_with"] = [
    "try:\n    pass",
    "try:\n    pass\nx = 1",
    "try:\n    pass\nexcept* A:\n    pass\nexcept B:\n    pass",
    "try:\n    pass\nexcept A:\n    pass\nexcept* B:\n    pass",
    "try:\n    pass\nexcept A, B:\n    pass",
    "try:\n    pass\nexcept*:\n    pass",
    "try:\n    pass\nexcept A as f():\n    pass",
    "try:\n    pass\nexcept A as (b, c):\n    pass",
    "try:\n    pass\nelse:\n    pass",
    "try:\n    pass\nfinally:\n    pass\nexcept:\n    pass",
    "try:\n    pass\nexcept A\n    pass",
    "with a as b.c(): pass",
    "with a as (b, 1): pass",
    "with (a as b: pass",
    "with (a as b) as c: pass",
    "with a,: pass",
    "with: pass",
    "with a as: pass",
]

INVALID["comprehensions_and_starred"] = [
    "[x for x in]",
    "[for x in y]",
    "[x for in y]",
    "[*x for x in y]",
    "{*x for x in y}",
    "{**x for x in y}",
    "(*x for x in y)",
    "[x for x in y if]",
    "[x for x in *y]",
    "[x, y for x in z]",
    "{a: b, c for c in d}",
    "{a: *b}",
    "{*a: b}",
    "{**a: b}",
    "print(**a, *b)",
    "[x async for x in y for]",
    "f(*a=1)",
    "x = a if *b else c",
]

INVALID["fstrings"] = [
    "f'{}'",
    "f'{ }'",
    "f'}'",
    "f'{'",
    "f'{x'",
    "f'{x!}'",
    "f'{x!z}'",
    "f'{x!r'",
    "f'{a b}'",
    "f'{\"\\n\"}'",
    "f'{#}'",
    "f'{x:{y:{z:{w}}}}'",
    "f'{x)}'",
    "f'{(x}'",
    "f'{x=!}'",
    "f'{!r}'",
    "f'{=}'",
    "f'{:x}'",
    "f'{x:{}}'",
    "f'{lambda x: 1}'",
    "f'{*}'",
    "f'{x}' = 1",
    "f'{x!r=}'",
    "f'{1 +}'",
    "f'{a}{}'",
]

INVALID["match"] = [
    "match x:\n    case 1 as _:\n        pass",
    "match x:\n    case a.b as 1: pass",
    "match x:\n    case *a: pass",
    "match x:\n    case {**a, 'b': 1}: pass",
    "match x:\n    case {**_}: pass",
    "match x:\n    case C(a=1, b): pass",
    "match x:\n    case 1 + 2: pass",
    "match x:\n    case a + 1j: pass",
    "match x:\n    case {a: 1}: pass",
    "match x:\n    case 1 if: pass",
    "match x:\n    pass",
    "match x:\n    case: pass",
    "match x:\n    case 1\n        pass",
    "match x:",
    "match x\n    case 1: pass",
    "match x:\n    case -a: pass",
    "match x:\n    case a | *b: pass",
    "match x:\n    case (a as b as c): pass",
    "match x:\n    case a := 1: pass",
    "match x:\n    case C(**a): pass",
    "match x:\n    case {1: _, **r, 2: x}: pass",
    "match x:\n    case 1 as a.b: pass",
]

INVALID["keywords_and_expressions"] = [
    "a = yield from",
    "x = lambda: yield",
    "not = 1",
    "class = 1",
    "def = 1",
    "import = 1",
    "x = a if b",
    "a if b else",
    "await",
    "x = 1 2",
    "x = a b c",
    "f(a)(b c)",
    "x = a..b",
    "x = [1, 2",
    "x = a not b",
    "x = a is not",
    "x = a <> b",
    "x = a === b",
    "x = a ++",
    "0 = x",
    "x = a[]",
    "x = a[1:2:3:4]",
    "x = a[,]",
    "x = {1: 2, 3}",
    "x = {1, 2: 3}",
    "x = (a, b) = := 1",
    "x = (:= 1)",
    "x = a := 1",
    "assert x := 1",
    "def f(a := 1): pass",
    "x = 'a' 1",
    "x = 1 'a'",
    "f(a=1 b=2)",
    "if x = 1: pass",
    "while x = 1: pass",
    "x = [i for i in range(3) if i = 1]",
    "f(a, b, c=)",
]

INVALID["encoding"] = [
    "# -*- coding: klingon -*-\nx = 1",
    "\ufeff# coding: latin-1\nx = 1",
]

# Found by scripts/fuzz_parse.py.
INVALID["fuzz_findings"] = [
    "(a).b: int",
    "(a)[0]: int = 1",
    # not reproduced: CPython reports "Missing parentheses in call to 'print'"
    # for "(a)[print[x]].b: int" (a side effect of its second pass)
    "\\\n x",
    "\\\n def f(): pass",
    "if x:\n\ty\n\t\\\nz\n",
    "match x:\n    case _(): pass",
    "match x:\n    case [] | 1 - 5: pass",
    "=)",
    "x = = 2c",
    "def f",
    "if x f",
    "for x in y:  # type: int",
]

# ==== asking python3 ====


def source_bytes(src):
    """[src] as the bytes given to ast.parse, ending with a newline."""
    if isinstance(src, str):
        src = src.encode("utf-8", "surrogatepass")
    return src


def expect_valid(src, mode="exec"):
    """ast.dump of [src] as `python3 -m ast -a` gets it (one line)."""
    tree = ast.parse(source_bytes(src), "<unknown>", mode, type_comments=True)
    return ast.dump(tree, include_attributes=True)


def expect_invalid(src):
    """The error ast.parse raises for [src]: (type, msg, lineno, offset,
    end_lineno, end_offset); None when it accepts [src]."""
    try:
        ast.parse(source_bytes(src), "<unknown>", "exec", type_comments=True)
    except SyntaxError as e:
        return (type(e).__name__, str(e.msg), e.lineno or 0, e.offset or 0,
                e.end_lineno or 0, e.end_offset or 0)
    except (ValueError, RecursionError, MemoryError) as e:
        raise SystemExit("gen_parse_cases.py: %r raises %s, not SyntaxError" %
                         (src, type(e).__name__))
    return None


# Invalid programs whose error position lemonpy does not give as CPython
# does yet (see the docstring): the test expects these to differ.
KNOWN_POSITION_MISMATCHES = {
    'with (a as b) as c: pass',  # try_and_with[14]: CPython 1:15-1:17, lemonpy 1:9-1:11
}

# ==== writing the header ====




def c_wrap(literal, indent="     "):
    """Splits a long C string literal into adjacent literals of about 90
    columns (only between characters, never inside an escape)."""
    if len(literal) <= 90:
        return literal
    body = literal[1:-1]
    parts, cur, i = [], "", 0
    while i < len(body):
        if body[i] == "\\":
            j = i + 2
            if body[i + 1] in "01234567":
                j = i + 4
            tok = body[i:j]
        else:
            j = i + 1
            tok = body[i]
        if len(cur) + len(tok) > 88:
            parts.append(cur)
            cur = ""
        cur += tok
        i = j
    parts.append(cur)
    return ("\n" + indent).join('"%s"' % p for p in parts)


def ident(name):
    assert re.fullmatch(r"[a-z_]+", name), name
    return name


def render():
    lines = [
        "/* generated by scripts/gen_parse_cases.py -- do not edit */",
        "/* parse_cases.h -- CPython %d.%d.%d's answers for tests/unit/test_parse.c."
        % sys.version_info[:3],
        " *",
        " * Run scripts/gen_parse_cases.py to rewrite this file; every value below",
        " * was computed by python3's ast module, see that script for how. */",
        "#ifndef LP_PARSE_CASES_H",
        "#define LP_PARSE_CASES_H",
        "",
        "/* A program ast.parse accepts, and ast.dump(tree, include_attributes=True). */",
        "typedef struct {",
        "    const char *src;",
        "    int len; /* of src, in bytes */",
        "    const char *dump;",
        "} pc_valid_t;",
        "",
        "/* A program in another mode (eval, single, func_type). */",
        "typedef struct {",
        "    const char *mode;",
        "    const char *src;",
        "    const char *dump;",
        "} pc_mode_t;",
        "",
        "/* A program ast.parse rejects, and what it raises; known_position: the",
        " * position is listed in KNOWN_POSITION_MISMATCHES. */",
        "typedef struct {",
        "    const char *src;",
        "    int len; /* of src, in bytes (it may hold a null byte) */",
        "    const char *type, *msg;",
        "    int lineno, offset, end_lineno, end_offset;",
        "    int known_position;",
        "} pc_invalid_t;",
        "",
    ]
    seen = set()
    total_valid = 0
    for group, srcs in VALID.items():
        lines.append("static const pc_valid_t pc_valid_%s[] = {" % ident(group))
        for src in srcs:
            if (group, src) in seen:
                raise SystemExit("gen_parse_cases.py: duplicate valid case %r" % src)
            seen.add((group, src))
            dump = expect_valid(src)
            lines.append("    {%s, %d,\n     %s}," % (c_wrap(c_str(src)), len(source_bytes(src)),
                                                     c_wrap(c_str(dump))))
            total_valid += 1
        lines.append("};")
        lines.append("")
    lines.append("static const pc_mode_t pc_valid_modes[] = {")
    for mode, src in VALID_MODES:
        dump = expect_valid(src, mode)
        lines.append("    {\"%s\", %s,\n     %s}," % (mode, c_wrap(c_str(src)),
                                                   c_wrap(c_str(dump))))
    lines.append("};")
    lines.append("")

    total_invalid = 0
    known_used = set()
    for group, srcs in INVALID.items():
        lines.append("static const pc_invalid_t pc_invalid_%s[] = {" % ident(group))
        for src in srcs:
            if (group, src) in seen:
                raise SystemExit("gen_parse_cases.py: duplicate invalid case %r" % src)
            seen.add((group, src))
            err = expect_invalid(src)
            if err is None:
                raise SystemExit("gen_parse_cases.py: ast.parse accepts %r" % src)
            known = src in KNOWN_POSITION_MISMATCHES
            if known:
                known_used.add(src)
            lines.append("    {%s, %d,\n     \"%s\", %s, %d, %d, %d, %d, %d}," % (
                c_wrap(c_str(src)), len(source_bytes(src)), err[0], c_str(err[1]),
                err[2], err[3], err[4], err[5], known))
            total_invalid += 1
        lines.append("};")
        lines.append("")
    stale = set(KNOWN_POSITION_MISMATCHES) - known_used
    if stale:
        raise SystemExit("gen_parse_cases.py: KNOWN_POSITION_MISMATCHES names no case: %r"
                         % sorted(stale))

    # X-lists of the groups: test_parse.c makes one Criterion test of each.
    lines.append("/* X(group): one per array above. */")
    lines.append("#define PC_VALID_GROUPS(X) \\")
    lines += ["    X(%s) \\" % g for g in VALID]
    lines.append("")
    lines.append("#define PC_INVALID_GROUPS(X) \\")
    lines += ["    X(%s) \\" % g for g in INVALID]
    lines.append("")
    lines.append("enum { PC_VALID_COUNT = %d, PC_INVALID_COUNT = %d };"
                 % (total_valid + len(VALID_MODES), total_invalid))
    lines.append("")
    lines.append("#endif")
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-o", "--output", default=DEFAULT_OUT)
    ap.add_argument("--check", action="store_true", help="exit 1 if the header is stale")
    args = ap.parse_args()
    text = render()
    write_or_check(args.output, text, args.check, "gen_parse_cases")


if __name__ == "__main__":
    main()
