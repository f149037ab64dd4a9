#!/usr/bin/env python3
"""gen_symtable_cases.py -- writes tests/unit/symtable_cases.h from python3.

tests/unit/test_symtable.c checks the scope analysis (src/symtable.c)
against CPython 3.11.  No expected value is typed by hand: this script lists
small programs, grouped by rule, and asks python3 about each:

  dump   symtable.symtable(src, "nofile.py", mode) printed in the text form
         of lp_symtable_dump (see dump() below): every block in preorder,
         every symbol with its scope, its raw flags and the Symbol methods
         that return True.  The cell and free variable lists are derived
         from the symbols exactly as CPython's compiler derives co_cellvars
         and co_freevars (sorted; "__class__" first in a class whose methods
         need it).
  code   one line per code object that compile(src) makes below the module:
         name, co_firstlineno, the co_flags the symbol table decides
         (NESTED, GENERATOR, COROUTINE, ASYNC_GENERATOR, VARARGS,
         VARKEYWORDS), the parameters (co_varnames' first names),
         co_cellvars and co_freevars; sorted.  This checks the generator and
         coroutine flags, the parameter order and the cell/free lists
         against real code objects.  Empty when compile() rejects src (for
         an error the compiler, not the symbol table, raises).
  error  for a program symtable.symtable rejects: the exception's type,
         msg, lineno, offset, end_lineno, end_offset (None is written 0).

Every program must parse (ast.parse): errors here are the symbol table's
(and the `from __future__` checks symtable.symtable runs first).

    scripts/gen_symtable_cases.py            rewrite tests/unit/symtable_cases.h
    scripts/gen_symtable_cases.py --check    exit 1 if the header is stale
    scripts/gen_symtable_cases.py -o FILE    write FILE instead
    scripts/gen_symtable_cases.py --dump FILE   print FILE's dump (for the
                                                stdlib cross-check)

SPDX-License-Identifier: MIT
"""
import argparse
import ast
import os
import re
import sys
import symtable
import types
import warnings

import _symtable

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cgen import c_str, write_or_check  # noqa: E402  (shared with the other generators)

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUT = os.path.join(TOP, "tests", "unit", "symtable_cases.h")
FILENAME = "nofile.py"  # a file that does not exist: SyntaxError.text stays None

warnings.simplefilter("ignore")  # SyntaxWarnings from compile()

# ==== programs, by rule ====
#
# Each group becomes a Criterion test (symtable.<group>).  A program is a
# string (mode "exec") or a (mode, string) pair.

CASES = {}

CASES["module"] = [
    "",
    "x = 1",
    "x = y",
    "x",
    "x = 1\nx",
    "x += 1",
    "x, y = y, x",
    "[a, *b] = c",
    "(a, (b, c)) = d",
    "a.b = c",
    "a[b] = c",
    "a.b.c += d[e]",
    "del x",
    "del x, y[0], z.a",
    "for i in range(3): pass",
    "for i, (j, k) in x: pass\nelse: y",
    "while x: y = 1\nelse: z = 2",
    "if a: b = 1\nelif c: d\nelse: e = 2",
    "assert x, y",
    "raise E from F",
    "raise",
    "x = f'{a!r:>{width}} {b}'",
    "x = a if b else c",
    "x = a and b or not c",
    "x = a < b <= c != d",
    "x = {a: b, **c}",
    "x = {a, *b}",
    "x = [*a, b]",
    "f(a, *b, c=d, **e)",
    "x = a[b:c:d]",
    "x = -a + ~b ** c",
    "__debug__",
    "__debug__ = 1",
    "x = __debug__",
    "def f(): return __debug__",
    "print(__name__, __file__)",
    "x = 1; y = 2; del x",
    "pass\nbreak_ = continue_ = 0",
    "x = y = z = w",
    "top = 1",
    "listcomp = 1\n[x for x in y]",
    "lambda_ = lambda: 0",
    "x = ...",
    "x: int = 1\ny = x",
]

CASES["functions"] = [
    "def f(): pass",
    "def f(a): return a",
    "def f(a, b=1, *args, c, d=2, **kwargs): pass",
    "def f(a, /, b, *, c): pass",
    "def f(a=1, /, b=2, *, c=3): pass",
    "def f(b, a, *z, y, x, **w): return a",
    "def f(*, a, b): pass",
    "def f(**kw): pass",
    "def f(*a): pass",
    "def f(x=y, *, z=w): pass",
    "def f(a=b): b = 1",
    "def f(a: int, *b: str, c: float = 1.0, **d: dict) -> list: pass",
    "def f(a: A, /, b: B, *c: C, d: D, **e: E) -> R: pass",
    "def f():\n    x = 1\n    return x",
    "def f():\n    return x",
    "def f():\n    x += 1",
    "def f():\n    del x",
    "def f():\n    print(x)\n    x = 1",
    "def f():\n    for i in range(10): pass\n    return i",
    "def f():\n    import os\n    return os",
    "def f(a):\n    a = 1\n    return a",
    "@dec\ndef f(): pass",
    "@dec1\n@dec2(arg)\ndef f(): pass",
    "@a.b\ndef f(): pass",
    "def f():\n    def g(): pass\n    return g",
    "def f():\n    def f(): pass",
    "def f(f): return f",
    "def f(): return f",
    "def f(): pass\ndef f(): pass",
    "def f():\n    class C: pass\n    return C",
    "async def f(): pass",
    "async def f(a, *b, **c):\n    await a",
    "@dec\nasync def f(): pass",
    "def f():\n    return",
    "def f():\n    x: int",
    "def f():\n    x: int = 1",
    "def f():\n    (x): int = 1",
    "def f():\n    x.y: int = 1",
    "def f():\n    x[0]: int",
    "def f(a, b):\n    a, b = b, a",
    "def f(self):\n    self.x = 1",
    "def f():\n    global x\n    x = 1",
    "def f():\n    x = 1\n    del x\n    x = 2",
    "def f(x):\n    def x(): pass",
    "def f():\n    g = lambda: 0",
    "def f(a, b=lambda: c): pass",
    "def f(a=[x for x in y]): pass",
    "def f():\n    __class__",
    "def f():\n    super",
    "def f():\n    super()",
    "def f():\n    super = 1\n    super()",
    "def f(): yield",
]

CASES["closures"] = [
    "def f():\n    x = 1\n    def g():\n        return x\n    return g",
    "def f(x):\n    def g():\n        return x\n    return g",
    "def f(b, a):\n    return lambda: a + b",
    "def f(a, *args, c, **kw):\n    return lambda: (a, args, c, kw)",
    "def f():\n    x = 1\n    def g():\n        def h():\n            return x\n"
    "        return h\n    return g",
    "def f():\n    x = 1\n    def g():\n        y = 2\n        def h():\n"
    "            return x + y\n        return h",
    "def f():\n    def g():\n        def h():\n            return x\n        return h\n    x = 1",
    "def a():\n    w = 0\n    def b():\n        x = 1\n        def c():\n            y = 2\n"
    "            def d():\n                return w + x + y\n            return d\n"
    "        return c\n"
    "    return b",
    "def f():\n    x = 1\n    def g():\n        x = 2\n        def h():\n            return x",
    "def f():\n    x = 1\n    def g():\n        global x\n        def h():\n            return x",
    "def f():\n    global x\n    def g():\n        return x",
    "def f():\n    global x\n    def g():\n        x = 1\n        def h():\n            return x",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2",
    "def f():\n    x = 1\n    def g():\n        def h():\n            nonlocal x\n"
    "            x += 1",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        def h():\n"
    "            return x",
    "def f(x):\n    def g():\n        nonlocal x\n        del x",
    "def f():\n    x = y = 1\n    def g():\n        nonlocal x, y\n        return x, y",
    "def f():\n    x = 1\n    return lambda: lambda: lambda: x",
    "def f():\n    x = 1\n    return [lambda: x for _ in range(3)]",
    "def f():\n    return [lambda: i for i in range(3)]",
    "def f():\n    return [[i + j for j in y] for i in x]",
    "def f(x):\n    class C:\n        def m(self):\n            return x",
    "def f():\n    class C:\n        x = 1\n        def m(self):\n            return x",
    "def f(x):\n    class C:\n        x = 2\n        def m(self):\n            return x",
    "def f():\n    x = 1\n    class C:\n        global x\n        def m(self):\n"
    "            return x",
    "def f():\n    x = 1\n    class C:\n        nonlocal x\n        x = 2",
    "def f():\n    x = 1\n    class C:\n        y = x\n        def m(self):\n            return y",
    "def f():\n    x = 1\n    class C:\n        class D:\n            def m(self):\n"
    "                return x",
    "def f():\n    def g():\n        return g\n    return g",
    "def f():\n    f = 1\n    def g():\n        return f",
    "x = 1\ndef f():\n    def g():\n        return x",
    "def f():\n    import os\n    def g():\n        return os",
    "def f():\n    from os import path as p\n    return lambda: p",
    "def f():\n    try:\n        pass\n    except E as e:\n        return lambda: e",
    "def f():\n    with a as b:\n        return lambda: b",
    "def f():\n    for i in x:\n        yield lambda: i",
    "def f():\n    x = 1\n    def g(x=x):\n        return x",
    "def f():\n    x = 1\n    @deco(x)\n    def g():\n        pass",
    "def f():\n    def g(a: x): pass\n    x = 1",
    "def f():\n    z = 1\n    def g():\n        def h():\n            return z\n        z = 2",
    "def f(a, b, c):\n    def g():\n        return c, a",
    "def f():\n    zz = aa = mm = 1\n    def g():\n        return zz, aa, mm",
    "def f():\n    x = 1\n    def g():\n        del x",
    "def outer():\n    v = 1\n    class A:\n        def f(self):\n            return v\n"
    "    class B(A):\n        v = 2\n        def g(self):\n            return v",
    "def f():\n    def g():\n        x = 1\n    return x",
]

CASES["classes"] = [
    "class C: pass",
    "class C(B, metaclass=M, **kw): pass",
    "@dec\nclass C: pass",
    "class C:\n    x = 1\n    y = x",
    "class C:\n    x = 1\n    def f(self):\n        return x",
    "class C:\n    def f(self): pass\n    def g(self):\n        return f",
    "class C:\n    def f(self):\n        return C",
    "class C:\n    x: int\n    y: str = 'a'",
    "class C:\n    global x\n    x = 1",
    "class C:\n    class D:\n        pass",
    "class C:\n    class D:\n        def f(self):\n            return D",
    "class C:\n    def f(self):\n        super().f()",
    "class C:\n    def f(self):\n        return __class__",
    "class C:\n    def f(self):\n        def g():\n            return super()",
    "class C:\n    def f(self):\n        return lambda: __class__",
    "class C:\n    f = lambda self: super()",
    "class C:\n    x = [super() for _ in y]",
    "class C:\n    x = [__class__ for _ in y]",
    "class C:\n    __class__",
    "class C:\n    __class__ = 1",
    "class C:\n    super()",
    "class C:\n    def f(self):\n        super = 1\n        return super",
    "class C:\n    def f(self):\n        __class__ = 1\n        return __class__",
    "class C:\n    def f(self):\n        nonlocal __class__",
    "class C:\n    def f(self):\n        nonlocal __class__\n        __class__ = 1",
    "class C:\n    class D:\n        __class__",
    "class C:\n    class D:\n        def f(self):\n            super()",
    "class C:\n    def f(self):\n        class D:\n            def g(self):\n"
    "                super()\n        return __class__",
    "class C:\n    def f(self): super()\n    def g(self): return __class__",
    "def f():\n    class C:\n        def g(self):\n            super()",
    "class C:\n    x = 1\n    def f(self, y=x):\n        return y",
    "class C:\n    x = 1\n    @staticmethod\n    def f():\n        pass",
    "class C:\n    def __init__(self):\n        self.__x = 1",
    "class C:\n    __x = 1\n    def f(self):\n        return __x",
    "class C:\n    def __f(self): pass",
    "class C:\n    class __D: pass",
    "class C:\n    def f(self, __a, *__b, __c, **__d):\n        return __a",
    "class C:\n    def f(self):\n        global __g\n        __g = 1",
    "class C:\n    import __m\n    import __p.q\n    from x import __y as __z",
    "class C:\n    __x__ = 1\n    __ = 2\n    ___ = 3",
    "class _C:\n    __x = 1",
    "class __:\n    __x = 1",
    "class ___C:\n    __x = 1",
    "class C:\n    def f(self):\n        class D:\n            __x = 1\n        __y = 2",
    "class C:\n    def f(self):\n        return lambda __z: __z",
    "class C:\n    [__a for __a in __b]",
    "class C:\n    x = (lambda: __y)",
    "class C:\n    x = 1\n    class D:\n        y = x",
    "class C:\n    def f(self):\n        x = 1\n        class D:\n            y = x",
    "def f():\n    x = 1\n    class C:\n        x += 1",
    "class C:\n    x = [y for y in range(3)]",
    "class C:\n    x = 1\n    y = [x for _ in range(3)]",
    "class C:\n    x = 1\n    y = [i for i in range(x)]",
    "class C:\n    for i in range(3):\n        pass",
    "class C:\n    del x",
    "class C:\n    try:\n        pass\n    except E as e:\n        pass",
    "class top:\n    x = 1\n    y",
    "def top():\n    x = 1\n    return x",
    "class C:\n    def top(self):\n        pass",
]

CASES["comprehensions"] = [
    "[x for x in y]",
    "{x for x in y}",
    "{k: v for k, v in y}",
    "(x for x in y)",
    "[x for x in y if x]",
    "[x for x in y if x if z]",
    "[x + z for x in y for z in x]",
    "[x for x in y for y in x]",
    "[y for x in y for y in x]",
    "[[a for a in b] for b in c]",
    "[[b for a in b] for b in c]",
    "[x for x in [y for y in z]]",
    "[x for x in (y for y in z)]",
    "[(lambda: x) for x in y]",
    "[lambda: 0 for x in y]",
    "[x for x in range(3)]\n[x for x in range(3)]",
    "[x for x.a in y]",
    "[x for x[0] in y]",
    "[(a, b) for a, (b, c) in d]",
    "[x for *x, in y]",
    "def f():\n    return [x for x in y]",
    "def f(y):\n    return [x for x in y]",
    "def f(y):\n    return [x for x in z if y]",
    "def f(z):\n    return [x for x in range(3) for y in z]",
    "def f():\n    y = 1\n    return [x + y for x in z]",
    "def f():\n    y = 1\n    return (x + y for x in z)",
    "def f():\n    return {x: y for x in z for y in x}",
    "def f():\n    return [[x for _ in y] for x in z]",
    "def f():\n    x = 1\n    return [[x for _ in y] for z in w]",
    "def f():\n    return [x for x in x]",
    "def f():\n    return [y for x in y]",
    "x = [i for i in range(10) if i % 2]",
    "{(lambda: 1): (\nlambda: 2) for x in y}",
    "{k: v for k in a for v in (\nlambda: k)()}",
    "[x for x in (\nlambda: 1)() if (\nlambda: 2)()]",
    "(x for x in y)\n(x for x in y)",
    "sum(x for x in y)",
    "def f():\n    return sum(x * y for x in z)",
    "class C:\n    y = 1\n    z = [y for x in range(3)]",
    "class C:\n    z = [x for x in range(y)]",
    "class C:\n    z = {k: v for k, v in items}",
    "class C:\n    def f(self):\n        return [self for _ in x]",
    "def f():\n    [x for x in y]\n    x = 1",
    "def f():\n    x = 1\n    [x for x in y]",
    "[super() for x in y]",
    "def f():\n    return [super() for x in y]",
    "[__class__ for x in y]",
    "[x for x in y if (lambda: x)]",
    "[[y for y in x] for x in z if x]",
    "[x\n for x\n in y]",
    "[ z for x in y for z in x if z for w in z ]",
]

CASES["walrus"] = [
    "(x := 1)",
    "[y := 1 for x in z]",
    "[y := x for x in z]\nprint(y)",
    "def f():\n    [y := 1 for x in z]",
    "def f():\n    return [y := 1 for x in z]\n    y = 2",
    "def f():\n    global y\n    [y := 1 for x in z]",
    "def f():\n    y = 0\n    def g():\n        return [y := 1 for x in z]",
    "def f():\n    [[y := 1 for a in b] for c in d]",
    "def f():\n    [(lambda: (y := 1)) for x in z]",
    "def f():\n    lambda: [y := 1 for x in z]",
    "[[y := 1 for a in b] for c in d]",
    "def f():\n    (y := 1)\n    return y",
    "def f():\n    if (n := len(x)) > 10:\n        return n",
    "def f():\n    while (line := read()):\n        print(line)",
    "def f():\n    return [y for x in z if (y := x)]",
    "def f():\n    x = [(a := i) for i in range(3)]\n    return a",
    "def f():\n    return {(k := 1): (v := 2) for x in y}",
    "def f():\n    return ((y := x) for x in z)",
    "class C:\n    (x := 1)",
    "class C:\n    def f(self):\n        return [y := 1 for x in z]",
    "def f():\n    class C:\n        pass\n    return [C := 1 for x in z]",
    "[x for x in y if (z := x)]\nz",
    "f(x := 1)",
    "def f(a=(b := 1)): pass",
    "lambda: (x := 1)",
    "def f():\n    return lambda: [y := 1 for x in z]",
    "def f(y):\n    [y := 1 for x in z]",
    "def f():\n    [(y := 1, z := 2) for x in w]",
    "async def f():\n    [y := await x for x in z]",
    "def f():\n    [y := 1 for x in z]\n    def g():\n        return y",
    "class C:\n    def f(self):\n        [__y := 1 for x in z]",
]

CASES["global_nonlocal"] = [
    "global x",
    "global x\nx = 1",
    "global x, y\nx = y",
    "def f():\n    global x",
    "def f():\n    global x\n    return x",
    "def f():\n    global x\n    del x",
    "def f():\n    global x\n    x += 1",
    "def f():\n    global x\n    import x",
    "def f():\n    global x\n    def x(): pass",
    "def f():\n    global x\n    class x: pass",
    "def f():\n    global x\n    for x in y: pass",
    "def f():\n    global x\n    global x",
    "def f():\n    global x\n    def g():\n        global x\n        x = 1",
    "def f():\n    import x\n    global x",
    "import x\nglobal x",
    "x = 1\ndef f():\n    global x\n    x = 2",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        def h():\n"
    "            nonlocal x\n"
    "            x = 3",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        nonlocal x",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        import x",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        (x): int = 1",
    "global x\nx: int",
    "def f():\n    x: int\n    def g():\n        nonlocal x",
    "def f():\n    x = 1\n    class C:\n        def g(self):\n            nonlocal x",
    "class C:\n    x = 1\n    def f(self):\n        global x",
]

CASES["imports"] = [
    "import a",
    "import a.b",
    "import a.b.c",
    "import a.b as c",
    "import a as b, c.d, e.f as g",
    "from a import b",
    "from a import b as c, d",
    "from . import a",
    "from .. import a as b",
    "from .a.b import c",
    "from a import *",
    "def f():\n    import a.b",
    "def f():\n    import a.b as c\n    return c",
    "def f():\n    from a import b, c as d",
    "def f():\n    import a\n    a = 1",
    "def f():\n    a = 1\n    import a",
    "def f():\n    import a\n    return a.b",
    "class C:\n    import a\n    from b import c",
    "import a\ndef f():\n    return a",
    "from __future__ import annotations",
    "from __future__ import division, generators",
    "from __future__ import (print_function, absolute_import)",
    "'''doc'''\nfrom __future__ import generator_stop",
    "from __future__ import nested_scopes\nfrom __future__ import with_statement",
    "from __future__ import unicode_literals as u",
    "from __future__ import barry_as_FLUFL",
    "import os\nfrom __future__ import division",
    "def f():\n    from __future__ import division",
]

CASES["annotations"] = [
    "x: int",
    "x: int = 1",
    "x: 'str'",
    "x.y: int",
    "x[0]: int = 1",
    "(x): int",
    "(x): int = 1",
    "x: list[int] = []",
    "x: (lambda: y) = 1",
    "x: [z for z in w]",
    "x: int\nx = 1",
    "x = 1\nx: int",
    "def f():\n    x: int\n    x = 1",
    "def f():\n    x: int\n    return x",
    "def f():\n    x: 'int'\n    def g():\n        return x",
    "def f():\n    x: int = 1\n    def g():\n        return x",
    "def f(a: x = y) -> z: pass",
    "def f(a: (lambda: 1), b: (lambda: 2)) -> (lambda: 3): pass",
    "def f(*a: (lambda: 1), b: (lambda: 2), **c: (lambda: 3)) -> (lambda: 4): pass",
    "class C:\n    x: int\n    y: x",
    "class C:\n    def f(self) -> C: pass",
    "from __future__ import annotations\nx: int",
    "from __future__ import annotations\nx: int = 1",
    "from __future__ import annotations\nx: (lambda: y) = 1",
    "from __future__ import annotations\ndef f(a: x = y) -> z: pass",
    "from __future__ import annotations\ndef f(a: (lambda: q)) -> (lambda: r): pass",
    "from __future__ import annotations\nclass C:\n    x: [y for y in z]",
    "from __future__ import annotations\ndef f():\n    x: int\n    return x",
    "from __future__ import annotations\ndef f():\n    x: y = 1",
    "from __future__ import annotations\ndef f():\n    nonlocal_: int",
    "from __future__ import annotations\nclass C:\n    def f(self) -> C: pass",
    "from __future__ import annotations\ndef f(a: x, /, b: y, *c: z, d: w, **e: v) -> u: pass",
    "x: (yield)",
    "def f():\n    x: (yield)",
    "def f():\n    x: (await y)",
    "def f(a: (yield)): pass",
    "async def f():\n    x: (await y) = 1",
]

CASES["lambdas"] = [
    "lambda: 0",
    "lambda x: x",
    "lambda x, y=1, *a, z, w=2, **k: (x, y, a, z, w, k)",
    "lambda x, /, y: x",
    "lambda x=y: x",
    "lambda x=lambda: 0: x",
    "lambda *, x=y: x",
    "f = lambda: f",
    "lambda: (yield)",
    "lambda: (yield from x)",
    "lambda: (await x)",
    "lambda: [x for x in y]",
    "lambda x: lambda y: x + y",
    "lambda x: lambda y: lambda z: x + y + z",
    "def f():\n    return lambda: f",
    "def f(x):\n    return lambda: x",
    "def f(x):\n    return lambda x: x",
    "class C:\n    f = lambda self: self",
    "class C:\n    x = 1\n    f = lambda self, y=x: y",
    "lambda: super()",
    "lambda: __class__",
    "(lambda: 0)()\n(lambda: 1)()",
    "x = [lambda: 1,\n lambda: 2]",
]

CASES["generators"] = [
    "def f():\n    yield",
    "def f():\n    yield 1",
    "def f():\n    yield from x",
    "def f():\n    x = yield",
    "def f():\n    return (yield)",
    "def f():\n    return 1\n    yield",
    "async def f():\n    pass",
    "async def f():\n    await x",
    "async def f():\n    yield",
    "async def f():\n    yield 1\n    await x",
    "async def f():\n    async for x in y:\n        pass",
    "async def f():\n    async with x as y:\n        pass",
    "def f():\n    await x",
    "def f():\n    async for x in y: pass",
    "async def f():\n    return [x async for x in y]",
    "async def f():\n    return [await x for x in y]",
    "async def f():\n    return {x async for x in y}",
    "async def f():\n    return {x: y async for x, y in z}",
    "async def f():\n    return (x async for x in y)",
    "async def f():\n    return (await x for x in y)",
    "async def f():\n    return [x for x in y if await x]",
    "async def f():\n    return [x for y in z async for x in y]",
    "async def f():\n    return [[x async for x in y] for y in z]",
    "async def f():\n    return [(x async for x in y) for y in z]",
    "async def f():\n    return [x async for x in y for z in x]",
    "async def f():\n    return [x for x in await y]",
    "def f():\n    return [x for x in (yield)]",
    "def f():\n    return (x for x in (yield))",
    "def f():\n    def g():\n        yield\n    return g",
    "def f():\n    lambda: (yield)",
    "def f():\n    class C:\n        yield",
    "class C:\n    yield",
    "class C:\n    def f(self):\n        yield self",
    "async def f():\n    def g():\n        await x",
    "async def f():\n    lambda: (await x)",
    "async def f():\n    async def g():\n        yield",
    "def f():\n    x = yield from y\n    return x",
    "def f(*args, **kwargs):\n    yield",
    "def f():\n    def g(*args):\n        pass",
    "def f():\n    return (x for x in y)",
    "def f():\n    x = 1\n    return (x for _ in y)",
    "async def f():\n    async def g():\n        return [x async for x in y]",
    "async def f():\n    [x for x in y]",
]

CASES["match"] = [
    "match x:\n    case y: pass",
    "match x:\n    case _: pass",
    "match x:\n    case 1: pass\n    case 'a' | 'b': pass",
    "match x:\n    case a.b: pass",
    "match x:\n    case [a, b, *rest]: pass",
    "match x:\n    case [a, *_]: pass",
    "match x:\n    case (a, b) as c: pass",
    "match x:\n    case {'k': v, **rest}: pass",
    "match x:\n    case {k.a: v}: pass",
    "match x:\n    case Point(x=px, y=py): pass",
    "match x:\n    case Point(a, b, c=d): pass",
    "match x:\n    case [1, 2] | [3, 4] as z: pass",
    "match x:\n    case None | True | False: pass",
    "match x:\n    case y if y > z: pass",
    "match x:\n    case [a] if a: b = a",
    "def f(x):\n    match x:\n        case [a, b]:\n            return a + b\n"
    "        case {'k': c}:\n"
    "            return c",
    "def f(x):\n    match x:\n        case C(y=z):\n            return lambda: z",
    "def f(x):\n    match x:\n        case y:\n            pass\n    return lambda: y",
    "class C:\n    match x:\n        case y: pass",
    "match x:\n    case (a | a): pass",
    "match (lambda: 1)():\n    case [x] if (lambda: x):\n        pass",
    "match x:\n    case -1 | 1+2j: pass",
]

CASES["try_with"] = [
    "try:\n    pass\nexcept E as e:\n    pass",
    "try:\n    pass\nexcept (A, B) as e:\n    print(e)",
    "try:\n    pass\nexcept E:\n    pass\nelse:\n    x = 1\nfinally:\n    y = 2",
    "try:\n    pass\nexcept* E as e:\n    pass",
    "def f():\n    try:\n        pass\n    except E as e:\n        pass",
    "def f():\n    try:\n        pass\n    except E as e:\n        return e",
    "def f():\n    try:\n        pass\n    except:\n        raise",
    "try:\n    a = 1\nexcept E as e:\n    b = (\nlambda: 1)\nelse:\n    c = (\nlambda: 2)\n"
    "finally:\n    d = (\nlambda: 3)",
    "with a: pass",
    "with a as b: pass",
    "with a as (b, c), d as e.f, g as h[0]: pass",
    "with (a as b, c as d): pass",
    "def f():\n    with open(p) as fh:\n        return fh.read()",
    "async def f():\n    async with a as b, c as d:\n        pass",
    "def f():\n    with a as b:\n        pass\n    return lambda: b",
    "for x in y:\n    try:\n        break\n    finally:\n        continue",
]

CASES["deletes"] = [
    "def f(x):\n    del x",
    "def f():\n    x = 1\n    del x\n    return lambda: x",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        del x",
    "del (a, b), [c, d]",
    "del a.b, c[d]",
    "class C:\n    x = 1\n    del x",
    "def f():\n    global g\n    del g",
    "def f():\n    x = 1\n    del x\n    def g():\n        return x",
]

CASES["augassign"] = [
    "x.a += 1",
    "x[i] += 1",
    "def f():\n    x = 0\n    def g():\n        x += 1",
    "def f():\n    x = 0\n    def g():\n        nonlocal x\n        x += 1",
    "class C:\n    x = 0\n    x += 1",
    "def f():\n    x: int\n    x += 1",
    "def f():\n    x **= y // z",
]

CASES["modes"] = [
    ("eval", "x"),
    ("eval", "x + y"),
    ("eval", "lambda a: a + b"),
    ("eval", "[x for x in y]"),
    ("eval", "(x := 1)"),
    ("eval", "[y := 1 for x in z]"),
    ("eval", "(yield)"),
    ("eval", "await x"),
    ("eval", "{k: v for k, v in x}"),
    ("single", "x = 1"),
    ("single", "def f():\n    return x\n"),
    ("single", "class C:\n    x = 1\n"),
    ("single", "x = 1; y = x"),
    ("single", "[y := 1 for x in z]"),
    ("single", "from __future__ import annotations; x: (lambda: y) = 1"),
    ("single", "import a.b"),
]

CASES["unicode"] = [
    "ä = 1",
    "def f():\n    é = 1\n    return lambda: é",
    "class Ц:\n    __д = 1",
    "class C:\n    def f(self):\n        return __ü",
    "ｘ = 1\nx",
    "def f():\n    ß = 1\n    def g():\n        nonlocal ß",
]

# Programs python3's symtable.symtable rejects.
ERRORS = {}

ERRORS["global_nonlocal"] = [
    "def f(x):\n    global x",
    "def f(x):\n    nonlocal x",
    "def f(*x):\n    global x",
    "def f(**x):\n    global x",
    "lambda x: [x for y in z]\ndef g(y):\n    global y",
    "def f():\n    x = 1\n    global x",
    "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x",
    "def f():\n    print(x)\n    global x",
    "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x",
    "def f():\n    del x\n    global x",
    "def f():\n    for x in y: pass\n    global x",
    "def f():\n    def x(): pass\n    global x",
    "x = 1\nglobal x",
    "print(x)\nglobal x",
    "class C:\n    x = 1\n    global x",
    "class C:\n    x\n    global x",
    "nonlocal x",
    "def f():\n    nonlocal x",
    "class C:\n    nonlocal x",
    "def f():\n    class C:\n        nonlocal x",
    "def f():\n    x = 1\n    class C:\n        def g(self):\n            nonlocal y",
    "def f():\n    global x\n    nonlocal x",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        global x",
    "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x",
    "def f():\n    global x\n    def g():\n        nonlocal x",
    "def f():\n    x = 1\n    def g():\n        pass\n    def h():\n        nonlocal y",
    "def f():\n    nonlocal a\n    nonlocal b",
    "def f():\n    y = 1\n    def g():\n        nonlocal x, y",
    "def f():\n    x = 1\n    def g():\n        print(x)\n        def h():\n"
    "            nonlocal z",
    "def f():\n    nonlocal x\n    x = 1",
    "def f():\n    a = 1\n    def g():\n        nonlocal a\n    nonlocal b",
    "def f():\n    global   x ;  y = 1; nonlocal x",
    "def f():\n    x = 1\n    def g():\n        y = x\n        def h():\n            nonlocal y\n"
    "    nonlocal q",
    "def f():\n    import x\n    nonlocal x",
    "def f():\n    [x := 1 for y in z]\n    nonlocal x",
    "def f():\n    nonlocal x\n    [x := 1 for y in z]",
    "class C:\n    def f(self):\n        nonlocal __x",
    "class C:\n    global __x\n    nonlocal __x",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n    nonlocal y",
]

ERRORS["annotations"] = [
    "from __future__ import annotations\nx: (y := 1) if 0 else 0",
    "def f():\n    global x\n    x: int = 1 if False else 0",
    "def f():\n    x: int\n    global x",
    "def f():\n    global x\n    x: int",
    "def f():\n    global x\n    x: int = 1",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x: int",
    "def f():\n    x = 1\n    def g():\n        x: int\n        nonlocal x",
    "class C:\n    x: int\n    global x",
    "class C:\n    global x\n    x: int",
    "x: int\nglobal x",
    "def f(x: int):\n    x: str\n    global x",
    "from __future__ import annotations\nx: (yield)",
    "from __future__ import annotations\nx: (yield from y)",
    "from __future__ import annotations\nasync def f():\n    x: (await y)",
    "from __future__ import annotations\ndef f():\n    x: (y := 1)",
    "from __future__ import annotations\ndef f(a: (yield)): pass",
    "from __future__ import annotations\ndef f() -> (await x): pass",
    "from __future__ import annotations\ndef f(*, a: (b := 1)): pass",
    "from __future__ import annotations\nx: [(yield) for y in z]",
]

ERRORS["star_imports"] = [
    "def f():\n    from os import *",
    "class C:\n    from os import *",
    "def f():\n    class C:\n        from os import *",
    "lambda: [x for x in y]\ndef f():\n    import os\n    from os import *",
    "async def f():\n    from os import *",
]

ERRORS["arguments"] = [
    "def f(a, a): pass",
    "def f(a, *, a): pass",
    "def f(a, *a): pass",
    "def f(a, **a): pass",
    "def f(*a, **a): pass",
    "def f(*a, b, a): pass",
    "def f(a, /, a): pass",
    "def f(a, /, b, *, a): pass",
    "lambda a, a: 0",
    "lambda a, *, a=1: 0",
    "lambda *a, **a: 0",
    "def f(a, b, c, d, e, f, b): pass",
    "class C:\n    def f(self, __a, _C__a): pass",
    "def f(x=lambda a, a: 0): pass",
    "def f(\n    a,\n    a\n): pass",
]

ERRORS["walrus"] = [
    "def f():\n    [y for x in z for y in (w := x,)]",
    "def f():\n    nonlocal y\n    [y := 1 for x in z]",
    "class C:\n    [(y := 1) for x in z]",
    "class C:\n    [[(y := 1) for x in z] for w in v]",
    "class C:\n    def f(self):\n        pass\n    x = {(y := 1): 2 for z in w}",
    "class C:\n    (y := 1 for x in z)",
    "[i := 0 for i in x]",
    "[(i := 0) for i, j in x]",
    "[(j := 0) for i, j in x]",
    "[[(i := 0) for j in x] for i in y]",
    "def f():\n    [i := 0 for i in x]",
    "{i := 0 for i in x}",
    "{(i := 0): 1 for i in x}",
    "(i := 0 for i in x)",
    "[x for i in y if (j := i) for j in z]",
    "[x for i in y if (j := i) for (k, j) in z]",
    "def f():\n    [x for i in y if (j := i) for j in z]",
    "[x for x in (y := z)]",
    "[x for x in [(y := 1) for _ in z]]",
    "[x for x in (lambda: (y := 1))()]",
    "def f():\n    [x for y in z for x in (w := y)]",
    "{x: y for x in (z := w) for y in x}",
    "[x for x in y for z in (w := x)]",
    "[x for x in y if x for z in [(w := 1) for _ in x]]",
    "[i for i in x if (i := 1)]",
    "[[(i := 1) for _ in x] for i in y]",
]

ERRORS["yield_in_comprehension"] = [
    "[(yield) for x in y]",
    "[(yield x) for x in y]",
    "[(yield from x) for x in y]",
    "{(yield) for x in y}",
    "{x: (yield) for x in y}",
    "{(yield): x for x in y}",
    "((yield) for x in y)",
    "def f():\n    return [x for x in y if (yield)]",
    "def f():\n    return [(yield) for x in y]",
    "def f():\n    return [x for y in z for x in (yield y)]",
    "def f():\n    return [[(yield) for x in y] for z in w]",
    "async def f():\n    return [(yield) for x in y]",
]

ERRORS["future"] = [
    "from __future__ import braces",
    "from __future__ import nope",
    "from __future__ import division, nope",
    "from __future__ import annotations, braces",
    "import os; from __future__ import annotations",
    "from __future__ import annotations\nimport os; from __future__ import division",
    "'''doc'''; from __future__ import division; import os; from __future__ import generators",
    "from .__future__ import braces",
    "from __future__ import annotations\ndef f(x):\n    global x",
]

ERRORS["order"] = [
    "def f(a, a):\n    global b\n    b = 1\n    global b",
    "def f():\n    nonlocal x\n    def g(a, a): pass",
    "def f():\n    nonlocal x\n    global y\n    y = 1\n    global y",
    "def f():\n    nonlocal y\n    nonlocal x",
    "def f():\n    x = 1\n    def g():\n        nonlocal z\n    nonlocal w",
    "def f():\n    def g():\n        nonlocal a\n    def h():\n        nonlocal b",
    "def f():\n    [(yield) for x in y]\n    def g(a, a): pass",
    "class C:\n    [(y := 1) for x in z]\n    from os import *",
    "def f():\n    from os import *\n    [(yield) for x in y]",
]

ERRORS["unicode"] = [
    "def f(ä, ä): pass",
    "é = 1\nglobal é",
    "def f():\n    nonlocal ñ",
    "x = 'ä'; global x",
    "class Ц:\n    def f(self):\n        nonlocal __д",
    "def f():\n    'çà'; [(yield) for x in y]",
]

# Nested deeper than CPython accepts (RecursionError), and just short of it.
DEEP = [
    "-" * 2000 + "x",
    "x = " + "-" * 4000 + "x",
    "x" + " + x" * 4000,
    "f(" * 150 + ")" * 150,
]

# ==== asking python3 ====

FLAG_WORDS = [
    (_symtable.DEF_GLOBAL, "global"),
    (_symtable.DEF_LOCAL, "local"),
    (_symtable.DEF_PARAM, "param"),
    (_symtable.DEF_NONLOCAL, "nonlocal"),
    (_symtable.USE, "use"),
    (_symtable.DEF_FREE_CLASS, "free_class"),
    (_symtable.DEF_IMPORT, "import"),
    (_symtable.DEF_ANNOT, "annot"),
    (512, "comp_iter"),  # DEF_COMP_ITER, not exported by _symtable
]
KNOWN_FLAGS = sum(bit for bit, _ in FLAG_WORDS)
SCOPE_WORDS = {
    _symtable.LOCAL: "LOCAL",
    _symtable.GLOBAL_EXPLICIT: "GLOBAL_EXPLICIT",
    _symtable.GLOBAL_IMPLICIT: "GLOBAL_IMPLICIT",
    _symtable.FREE: "FREE",
    _symtable.CELL: "CELL",
}
METHODS = ["referenced", "imported", "parameter", "global", "nonlocal", "declared_global",
           "local", "annotated", "free", "assigned", "namespace"]
CODE_FLAGS = [(0x10, "NESTED"), (0x20, "GENERATOR"), (0x80, "COROUTINE"),
              (0x200, "ASYNC_GENERATOR"), (0x04, "VARARGS"), (0x08, "VARKEYWORDS")]


def scope_of(flags):
    return (flags >> _symtable.SCOPE_OFF) & _symtable.SCOPE_MASK


def names_line(label, names):
    return "  %s: %s" % (label, " ".join(names) if names else "-")


def needs_class_closure(raw):
    """Whether a class's body needs the implicit __class__ cell: a block
    directly inside it has __class__ free (what CPython's drop_class_free
    finds in the names its children need)."""
    for c in raw.children:
        f = c.symbols.get("__class__")
        if f is not None and scope_of(f) == _symtable.FREE:
            return True
    return False


def dump_block(t, out):
    raw = t._table
    kind = t.get_type()
    out.append("block %s %s line=%d nested=%d children=%d" %
               (kind, t.get_name(), t.get_lineno(), t.is_nested(), len(raw.children)))
    syms = raw.symbols
    if kind == "function":
        out.append(names_line("params", raw.varnames))
    if kind != "module":
        cells = sorted(n for n, f in syms.items() if scope_of(f) == _symtable.CELL)
        if kind == "class" and needs_class_closure(raw):
            cells = ["__class__"] + cells
        frees = sorted(n for n, f in syms.items()
                       if scope_of(f) == _symtable.FREE or f & _symtable.DEF_FREE_CLASS)
        out.append(names_line("cells", cells))
        out.append(names_line("frees", frees))
    for name in sorted(syms):
        flags = syms[name] & ((1 << _symtable.SCOPE_OFF) - 1)
        if flags & ~KNOWN_FLAGS:
            raise SystemExit("gen_symtable_cases.py: unknown flags %#x" % flags)
        words = [w for bit, w in FLAG_WORDS if flags & bit]
        sym = t.lookup(name)
        on = [m for m in METHODS if getattr(sym, "is_" + m)()]
        out.append("  %s %s %s : %s" % (name, SCOPE_WORDS.get(scope_of(syms[name]), "NONE"),
                                        "|".join(words) or "-", " ".join(on) or "-"))
    for c in t.get_children():
        dump_block(c, out)


def dump(src, mode="exec", filename=FILENAME):
    """The dump of [src] (str or bytes), or the error as a tuple
    (type, msg, lineno, offset, end_lineno, end_offset)."""
    try:
        table = symtable.symtable(src, filename, mode)
    except (SyntaxError, RecursionError) as e:
        if isinstance(e, RecursionError):
            return ("RecursionError", str(e), 0, 0, 0, 0)
        return (type(e).__name__, str(e.msg), e.lineno or 0, e.offset or 0,
                e.end_lineno or 0, e.end_offset or 0)
    out = []
    dump_block(table, out)
    return "\n".join(out) + "\n"


def code_lines(src, mode="exec"):
    """The code-object lines of [src] (see the docstring), or None when
    compile() rejects it."""
    try:
        top = compile(src, FILENAME, mode, dont_inherit=True)
    except (SyntaxError, RecursionError, ValueError):
        return None
    lines = []

    def walk(co, is_top):
        if not is_top:
            nparams = co.co_argcount + co.co_kwonlyargcount
            nparams += bool(co.co_flags & 0x04) + bool(co.co_flags & 0x08)
            flags = [w for bit, w in CODE_FLAGS if co.co_flags & bit]
            lines.append("%s %d %s params=%s cells=%s frees=%s" % (
                co.co_name, co.co_firstlineno, "|".join(flags) or "-",
                ",".join(co.co_varnames[:nparams]), ",".join(co.co_cellvars),
                ",".join(co.co_freevars)))
        for k in co.co_consts:
            if isinstance(k, types.CodeType):
                walk(k, False)

    walk(top, True)
    return "".join(line + "\n" for line in sorted(lines))


# ==== writing the header ====




def c_wrap(literal, indent="     "):
    """[literal] (from c_str) cut into adjacent literals of at most 80
    columns, never inside an escape."""
    body, parts, cur, i = literal[1:-1], [], "", 0
    while i < len(body):
        j = i + (1 if body[i] != "\\" else 4 if body[i + 1] in "01234567" else 2)
        if len(cur) + j - i > 78:
            parts.append(cur)
            cur = ""
        cur += body[i:j]
        i = j
    parts.append(cur)
    return ("\n" + indent).join('"%s"' % p for p in parts)


def c_lines(text, indent="     "):
    """[text] as adjacent C literals, one per line of text."""
    if text is None:
        return "NULL"
    parts = text.split("\n")
    pieces = [p + "\n" for p in parts[:-1]] + ([parts[-1]] if parts[-1] else [])
    if not pieces:
        return '""'
    return ("\n" + indent).join(c_str(p) for p in pieces)


def ident(name):
    assert re.fullmatch(r"[a-z_]+", name), name
    return name


def case_entry(mode, src, expect, code):
    if isinstance(expect, str):
        head = "    {%s, %s,\n     %s,\n     %s,\n     NULL, NULL, 0, 0, 0, 0}," % (
            c_str(mode), c_wrap(c_str(src)), c_lines(expect), c_lines(code))
        return head
    etype, msg, lineno, offset, end_lineno, end_offset = expect
    return "    {%s, %s, NULL, NULL,\n     %s, %s, %d, %d, %d, %d}," % (
        c_str(mode), c_wrap(c_str(src)), c_str(etype), c_str(msg), lineno, offset, end_lineno,
        end_offset)


def check_parses(mode, src):
    try:
        ast.parse(src, FILENAME, mode)
    except SyntaxError as e:
        raise SystemExit("gen_symtable_cases.py: %r does not parse: %s" % (src, e))
    except RecursionError:
        pass  # too deep for the ast module's objects, not for the parser


def render():
    lines = [
        "/* generated by scripts/gen_symtable_cases.py -- do not edit */",
        "/* symtable_cases.h -- CPython %d.%d.%d's answers for tests/unit/test_symtable.c."
        % sys.version_info[:3],
        " *",
        " * Run scripts/gen_symtable_cases.py to rewrite this file; every value",
        " * below was computed by python3's symtable module and compile(), see",
        " * that script for how. */",
        "#ifndef LP_SYMTABLE_CASES_H",
        "#define LP_SYMTABLE_CASES_H",
        "",
        "/* One program: with [dump] (and [code] unless compile() rejects it), or",
        " * with the error symtable.symtable raises (offsets 0 for None). */",
        "typedef struct {",
        "    const char *mode; /* exec, eval, single */",
        "    const char *src;",
        "    const char *dump, *code;",
        "    const char *type, *msg;",
        "    int lineno, offset, end_lineno, end_offset;",
        "} sc_case_t;",
        "",
    ]
    groups = []
    seen = set()
    counts = {"valid": 0, "errors": 0}

    def emit(name, items, want_error):
        lines.append("static const sc_case_t sc_%s[] = {" % ident(name))
        for item in items:
            mode, src = item if isinstance(item, tuple) else ("exec", item)
            if (mode, src) in seen:
                raise SystemExit("gen_symtable_cases.py: duplicate case %r" % src)
            seen.add((mode, src))
            check_parses(mode, src)
            expect = dump(src, mode)
            if want_error is not None and isinstance(expect, str) == want_error:
                raise SystemExit("gen_symtable_cases.py: %r %s" % (
                    src, "is accepted" if want_error else "raises %r" % (expect,)))
            code = code_lines(src, mode) if isinstance(expect, str) else None
            lines.append(case_entry(mode, src, expect, code))
            counts["errors" if not isinstance(expect, str) else "valid"] += 1
        lines.append("};")
        lines.append("")
        groups.append(name)

    for name, items in CASES.items():
        emit(name, items, False)
    for name, items in ERRORS.items():
        emit("error_" + name, items, True)
    emit("deep", DEEP, None)
    lines.append("#define SC_GROUPS(X) \\")
    lines.extend("    X(%s) \\" % g for g in groups)
    lines.append("")
    lines.append("#endif")
    return "\n".join(lines) + "\n", counts


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-o", "--output", default=DEFAULT_OUT)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--dump", metavar="FILE", nargs="+",
                    help="print the dump (or error) of each FILE, for cross-checks")
    args = ap.parse_args()
    if args.dump:
        for path in args.dump:
            with open(path, "rb") as f:
                res = dump(f.read(), "exec", path)
            print(res if isinstance(res, str) else "error %s %r %d %d %d %d" % res)
        return
    text, counts = render()
    write_or_check(args.output, text, args.check, "gen_symtable_cases")
    if not args.check:
        print("gen_symtable_cases.py: %d programs, %d errors -> %s" %
              (counts["valid"], counts["errors"], os.path.relpath(args.output)))


if __name__ == "__main__":
    main()
