#!/usr/bin/env python3
"""gen_tokenizer_cases.py -- writes tests/unit/tokenizer_cases.h from python3.

The tokenizer tests (tests/unit/test_tokenizer.c, tests/unit/test_lexer.c)
compare lemonpy with CPython 3.11.  No expected value is typed by hand: this
script lists the inputs, asks the running python3 for the answers and writes
them as C tables.

  * Error cases.  Each snippet is written to a temporary file and run through
    CPython's *file* mode front end (PyRun_FileExFlags through ctypes, the
    path `python3 FILE` takes), because a few offsets differ from what
    compile(str) reports.  The exception's type, msg, lineno, offset,
    end_lineno and end_offset are recorded (None as TC_NONE).  Each case
    also says what lemonpy's lp_tok_check must do with it: report this very
    error (a tokenizer error), report nothing (CPython's error comes from
    the parser, or there is none), or report "invalid syntax" at a stray
    character.  The script checks every such claim against CPython's
    tokenizer messages before writing.  `--verify-cli` also runs
    `python3 FILE` once per case and checks that it raises the same error.
  * Valid token streams from Lib/tokenize.py (exact types), without
    ENCODING, COMMENT and NL, with columns turned into UTF-8 byte offsets;
    a few again with COMMENT and NL, for the LP_TOKF_TRIVIA view.  Their
    NAME, NUMBER, STRING and operator tokens are checked against CPython's
    C tokenizer (_tokenize.TokenizerIter) before they are written.
  * Type comments from ast.parse(src, type_comments=True).
  * The lexer tables: token.tok_name, token.EXACT_TOKEN_TYPES, the first
    token of every pair of operators, the longest prefix of tricky inputs
    that tokenize.Number matches, string openings against
    tokenize.StringPrefix, and keyword.kwlist + keyword.softkwlist.

    scripts/gen_tokenizer_cases.py              rewrite tests/unit/tokenizer_cases.h
    scripts/gen_tokenizer_cases.py --check      exit 1 if the header is stale
    scripts/gen_tokenizer_cases.py --verify-cli also run `python3 FILE` per error case
    scripts/gen_tokenizer_cases.py -o FILE      write FILE instead

SPDX-License-Identifier: MIT
"""
import argparse
import ast
import ctypes
import io
import itertools
import keyword
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cgen import c_str, write_or_check  # noqa: E402  (shared with the other generators)
import tempfile
import token
import tokenize
import warnings

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUT = os.path.join(TOP, "tests", "unit", "tokenizer_cases.h")
FILENAME = "t.py"  # the file name CPython sees; the tests pass it to lp_source_decode

# ==== the inputs ====

# Each error case is (expectation, source bytes).  Expectations:
#   "tok"   CPython's error comes from the tokenizer (or the source decoder):
#           lp_source_decode + lp_tok_check must report exactly it;
#   "ok"    no tokenizer error (CPython accepts it, or its parser rejects it):
#           lp_tok_check must return 0;
#   "stray" CPython's parser says "invalid syntax" at a stray character:
#           lp_tok_check must report exactly that.


def deep_indent(levels):
    """[levels] nested `if 1:` blocks, one more space each, then `pass`."""
    return "".join(" " * i + "if 1:\n" for i in range(levels)) + " " * levels + "pass\n"


ERROR_CASES = {
    "indentation": [
        ("tok", "if x:\n  a\n b\n"),
        ("tok", "if a:\n  if b:\n      c\n    d\n"),
        ("tok", "if x:\n  a\n b = '\u20ac'\n"),
        ("tok", "# coding: utf-8\nif x:\n  a\n b = '\u20ac'\n"),
        ("tok", "if x:\n    a\n  b\n"),
        ("tok", "class C:\n    def f(self):\n        pass\n      x = 1\n"),
        ("tok", "if x:\n  a\n b"),
        ("tok", "if 1:\n\tx\n        y\n"),
        ("tok", "if 1:\n        x\n\ty\n"),
        ("tok", "if 1:\n        if 2:\n\t    x\n"),
        ("tok", "if 1:\n    \tx\n\t    y\n"),
        ("tok", "if 1:\n\tif 2:\n\t\tx\n\t        y\n"),
        ("tok", deep_indent(100)),
        ("ok", deep_indent(99)),
        ("ok", "if 1:\n\tx\n\ty\n"),
        ("ok", "if 1:\n  \tx\n  \ty\n"),
        ("ok", "if 1:\n\fx\n"),
        ("ok", "  x = 1\n"),
        ("ok", "if x:\nx\n"),
        ("ok", "if x:\n    a\n        b\n"),
    ],
    "brackets": [
        ("tok", "x = 1)\n"),
        ("tok", ")\n"),
        ("tok", "x = ]\n"),
        ("tok", "x = {1: 2}}\n"),
        ("tok", "x = (1]\n"),
        ("tok", "x = [1}\n"),
        ("tok", "x = {1)\n"),
        ("tok", "x = (1 2]\n"),
        ("tok", "x = (1,\n2]\n"),
        ("tok", "x = [1,\n\n  2,\n  3)\n"),
        ("tok", "\u00e9 = (1]\n"),
        ("tok", "x = (1,\n"),
        ("tok", "foo(\n"),
        ("tok", "foo(1, 2"),
        ("tok", "x = [1, 2\n"),
        ("tok", "x = {\n"),
        ("tok", "a = (1, [2,\n"),
        ("tok", "a = (1, [2],\n  3\n"),
        ("tok", "\u00e9 = (1,\n"),
        ("tok", "# coding: utf-8\n\u00e9 = (1,\n"),
        ("tok", "if x:\n    y = f(1,\n"),
        ("tok", "x = " + "(" * 201 + ")" * 201 + "\n"),
        ("tok", "x = " + "[" * 201),
        ("tok", "(\n" * 201),
        ("tok", "x = " + "([{" * 67 + "\n"),
        ("ok", "x = " + "(" * 200 + ")" * 200 + "\n"),
        ("ok", "x = " + "[" * 200 + "]" * 200 + "\n"),
        ("ok", "x = (1,\n   2)\n"),
        ("ok", "x = [\n]\n"),
    ],
    "strings": [
        ("tok", "x = 'abc\n"),
        ("tok", "x = \"abc\n"),
        ("tok", "x = 'abc"),
        ("tok", "x = \"abc"),
        ("tok", "x = '''abc\n"),
        ("tok", "x = \"\"\"abc\ndef\n"),
        ("tok", "x = '''abc"),
        ("tok", "x = '''abc\n\n\ndef"),
        ("tok", "x = rb'abc\n"),
        ("tok", "x = f\"abc\n"),
        ("tok", "x = u'abc\n"),
        ("tok", "x = BR'''abc\n"),
        ("tok", "x = Rb\"\"\"\n\n\n"),
        ("tok", "x = F'{a}\n"),
        ("tok", "x = fR'''{a}\n"),
        ("tok", "x = 1 + \\\n  'abc\n"),
        ("tok", "x = 1 + \\\n  \\\n  '''abc\n"),
        ("tok", "x = 'abc\\\ndef\n"),
        ("tok", "x = 'abc\\\n"),
        ("tok", "'abc\\"),
        ("tok", "\u00e9 = 'abc\n"),
        ("tok", "x = '\u20ac\n"),
        ("tok", "if x:\n    y = '''\n"),
        ("tok", "x = ('a',\n 'b\n"),
        ("tok", "x = 'a' 'b\n"),
        ("tok", "x = '''a''' '''b\n"),
        ("tok", "x = ''''\n"),
        ("tok", "x = \"\"\"\"\"\n"),
        ("ok", "x = 'a\\\nb'\n"),
        ("ok", "x = '''a\nb'''\n"),
        ("ok", "x = ''\n"),
        ("ok", "x = ''''''\n"),
        ("ok", "x = f'{'\n"),
        ("ok", "x = 'a\\\\'\n"),
    ],
    "continuation": [
        ("tok", "x = 1 \\ y\n"),
        ("tok", "x = 1 \\\\\n"),
        ("tok", "\\ \n"),
        ("tok", "x = \\\t\n"),
        ("tok", "x = (1 \\ 2)\n"),
        ("tok", "\u00e9 = 1 \\ x\n"),
        ("tok", "# coding: utf-8\n\u00e9 = 1 \\ x\n"),
        ("tok", "if x:\n    y = 1 \\ z\n"),
        ("tok", "x = 1 \\# c\n"),
        ("tok", "x = 1 \\"),
        ("tok", "x = 1 +\\\n"),
        ("tok", "\\\n"),
        ("tok", "\\"),
        ("tok", "x = 1\n  \\\n"),
        ("tok", "a = 1 + \\\n  2 + \\"),
        ("tok", "if x:\n    y = 1 + \\\n"),
        ("tok", "\u00e9 = 1 + \\\n"),
        ("tok", "# coding: utf-8\n\u00e9 = 1 + \\\n"),
        ("tok", "x = (1 +\\\n"),
        ("tok", "x = [1,\n  \\\n"),
        ("tok", "x = 1\n\\\n"),
        ("tok", "x = 1 \\\n  \\\n"),
        ("ok", "x = 1 + \\\n  2\n"),
        ("ok", "x = 1 \\\r\n + 2\r\n"),
        ("ok", "if x:\n    y = 1 + \\\n        2\n"),
        ("ok", "x = [1, \\\n 2]\n"),
    ],
    "numbers": [
        # invalid decimal literal
        ("tok", "x = 1_\n"),
        ("tok", "x = 1__0\n"),
        ("tok", "x = 1_a\n"),
        ("tok", "x = 1a\n"),
        ("tok", "x = 1e\n"),
        ("tok", "x = 1e+\n"),
        ("tok", "x = 1e+a\n"),
        ("tok", "x = 1e_5\n"),
        ("tok", "x = 1e5_\n"),
        ("tok", "x = 1_e5\n"),
        ("tok", "x = 1.5_\n"),
        ("tok", "x = 1._5\n"),
        ("tok", "x = 1.5e\n"),
        ("tok", "x = 1.5ea\n"),
        ("tok", "x = 5.e\n"),
        ("tok", "x = .5_\n"),
        ("tok", "x = .5a\n"),
        ("tok", "x = 1.0x\n"),
        ("tok", "x = 0_\n"),
        ("tok", "x = 0_a\n"),
        ("tok", "x = 00_\n"),
        ("tok", "x = 0a\n"),
        ("tok", "x = 0e\n"),
        ("tok", "x = 0.5f\n"),
        ("tok", "x = 123abc\n"),
        ("tok", "x = 1_000_\n"),
        ("tok", "x = [1e5_0, 1e]\n"),
        ("tok", "x = 1\u20ac\n"),
        ("tok", "x = 1.__class__\n"),
        # invalid hexadecimal / octal / binary literal, invalid digits
        ("tok", "x = 0x\n"),
        ("tok", "x = 0X\n"),
        ("tok", "x = 0xg\n"),
        ("tok", "x = 0x_\n"),
        ("tok", "x = 0x1_\n"),
        ("tok", "x = 0x1g\n"),
        ("tok", "x = 0x1__2\n"),
        ("tok", "x = 0xfg\n"),
        ("tok", "x = 0o\n"),
        ("tok", "x = 0O\n"),
        ("tok", "x = 0o_\n"),
        ("tok", "x = 0o1_\n"),
        ("tok", "x = 0oa\n"),
        ("tok", "x = 0o1a\n"),
        ("tok", "x = 0o8\n"),
        ("tok", "x = 0o18\n"),
        ("tok", "x = 0o1_8\n"),
        ("tok", "x = 0o9\n"),
        ("tok", "x = 0o77_9\n"),
        ("tok", "x = 0b\n"),
        ("tok", "x = 0B\n"),
        ("tok", "x = 0b_\n"),
        ("tok", "x = 0b1_\n"),
        ("tok", "x = 0bx\n"),
        ("tok", "x = 0b1a\n"),
        ("tok", "x = 0b2\n"),
        ("tok", "x = 0b12\n"),
        ("tok", "x = 0b1_3\n"),
        ("tok", "x = 0b19\n"),
        # invalid imaginary literal
        ("tok", "x = 1jx\n"),
        ("tok", "x = 1.5jx\n"),
        ("tok", "x = 1e5jx\n"),
        ("tok", "x = 0jx\n"),
        ("tok", "x = 1j_\n"),
        ("tok", "x = 1J2\n"),
        ("tok", "x = 09jx\n"),
        # leading zeros
        ("tok", "x = 01\n"),
        ("tok", "x = 00012\n"),
        ("tok", "x = 0_1\n"),
        ("tok", "x = 00_01\n"),
        ("tok", "x = 0_0_1\n"),
        ("tok", "x = 012_3\n"),
        ("tok", "x = 09\n"),
        ("tok", "\u00e9 = 007\n"),
        ("tok", "# coding: utf-8\n\u00e9 = 007\n"),
        # valid neighbours
        ("ok", "x = 1if 1 else 2\n"),
        ("ok", "x = 1 if 1else 2\n"),
        ("ok", "x = 1iff\n"),
        ("ok", "x = 0_0\n"),
        ("ok", "x = 00\n"),
        ("ok", "x = 0_0_0\n"),
        ("ok", "x = 1e5j\n"),
        ("ok", "x = 0x_1\n"),
        ("ok", "x = 0b_1\n"),
        ("ok", "x = 0o_7\n"),
        ("ok", "x = 1_000.000_1e1_0j\n"),
        ("ok", "x = 012.5\n"),
        ("ok", "x = 012e3\n"),
        ("ok", "x = 012j\n"),
        ("ok", "x = 09.\n"),
        ("ok", "x = 1.j\n"),
        ("ok", "x = 1or 2\n"),
        ("ok", "x = 1and 2\n"),
        ("ok", "x = 1in y\n"),
        ("ok", "x = 1is y\n"),
        ("ok", "x = 1not in y\n"),
        ("ok", "x = 0x1for y in z\n"),
        ("ok", "x = 0xfor 1\n"),
        ("ok", "x = 0b1and 1\n"),
        ("ok", "x = 0o7or 1\n"),
        ("ok", "x = 1.5if 1 else 2\n"),
        ("ok", "x = 1e5if 1 else 2\n"),
        ("ok", "x = 1jif 1 else 2\n"),
        ("ok", "x = 1 .real\n"),
        ("ok", "x = 1\u00e9\n"),
        ("ok", "x = 0x1\u00e9\n"),
        ("ok", "x = 1.5\u00e9\n"),
        ("ok", "x = 1j\u00e9\n"),
        ("ok", "x = 0\u00e9\n"),
        ("ok", "x = 1_2.3_4e-5_6J\n"),
    ],
    "identifiers": [
        ("tok", "x\u20ac = 1\n"),
        ("tok", "\u20ac = 1\n"),
        ("tok", "x = a\u20acb + 1\n"),
        ("tok", "caf\u00e9\u20ac = 1\n"),
        ("tok", "a\u200bb = 1\n"),
        ("tok", "\u200b = 1\n"),
        ("tok", "def f\u200b(): pass\n"),
        ("tok", "\u00b7ab = 1\n"),
        ("tok", "x = \u00b2\n"),
        ("tok", "x = 1 + \U0001F600\n"),
        ("tok", "x = '\u20ac' + y\u20ac\n"),
        ("tok", "x = 1\n\ufeffy = 2\n"),
        ("tok", "x = \u00a0 1\n"),
        ("tok", "x = \u0085\n"),
        ("tok", "x = \u2028\n"),
        ("tok", "\u00e9\u00e9\u00e9\u20ac = 1\n"),
        ("ok", "ab\u00b7c = 1\n"),
        ("ok", "\u2118 = 1\n"),
        ("ok", "\ufb01 = 1\n"),
        ("ok", "\u00b5 = 1\n"),
        ("ok", "\u540d\u524d = '\u65e5\u672c\u8a9e'\n"),
        ("ok", "x\u0301 = 1\n"),
    ],
    "null_bytes": [
        ("tok", "a\0b\n"),
        ("tok", "x = 1\n\0"),
        ("tok", "x = '\0'\n"),
        ("tok", "# \0\n"),
        ("tok", "x = 1\ny = 2\0\n"),
        ("tok", "\0"),
    ],
    "nonprintable": [
        ("tok", "x = \x01\n"),
        ("tok", "x = 1\x7f\n"),
        ("tok", "x = \x0b1\n"),
        ("tok", "x\x1b = 1\n"),
        ("tok", "\x01\n"),
        ("tok", "if x:\n    y = \x02\n"),
        ("tok", "\u00e9 = \x1f\n"),
        ("ok", "x = 1\ry = 2\n"),
        ("ok", "x = 1\x0c\n"),
    ],
    "stray": [
        ("stray", "x = $\n"),
        ("stray", "x = 1 ? 2\n"),
        ("stray", "!x\n"),
        ("stray", "`x`\n"),
        ("stray", "x = 1 !\n"),
        ("stray", "a = 1\nb = 2 $ 3\n"),
        ("stray", "x = '\u20ac' $\n"),
        ("stray", "# coding: utf-8\nx = '\u20ac' $\n"),
        ("stray", "x = (1,\n $)\n"),
        ("stray", "$\n"),
    ],
    "parser": [
        ("ok", "x = = 1\n"),
        ("ok", "print 'x'\n"),
        ("ok", "f(**)\n"),
        ("ok", "x = 1 2\n"),
        ("ok", "else:\n    pass\n"),
        ("ok", "x = 1 <> 2\n"),
        ("ok", "def f(:)\n"),
    ],
    "encodings": [
        ("tok", b"# coding: foo\nx = 1\n"),
        ("tok", b"#!/usr/bin/python\n# -*- coding: foo -*-\n"),
        ("tok", b"# vim: set fileencoding=foo :\n"),
        ("tok", b"\xef\xbb\xbf# coding: latin-1\nx = 1\n"),
        ("tok", b"\xef\xbb\xbf# coding: latin_1\n"),
        ("tok", b"\xff\n"),
        ("tok", b"x = 1\ny = '\xe9'\n"),
        ("tok", b"# \xc3\n"),
        ("tok", b"\xc0\xaf\n"),
        ("tok", b"\xed\xa0\x80\n"),
        ("tok", b"x = '\xf4\x90\x80\x80'\n"),
        ("tok", b"x = 1\n\n\n# \xe2\x82\n"),
        ("tok", b"\xef\xbb\xbfx = '\xff'\n"),
        ("tok", b"# coding: utf-8\n\xff\n"),
        ("ok", b"\xef\xbb\xbf# coding: utf-8\nx = 1\n"),
        ("ok", b"# coding: latin-1\nx = '\xe9'\n"),
        ("ok", b"# -*- coding: iso-8859-1 -*-\nx = '\xe9\xff'\n"),
        ("ok", b"\n\n# coding: foo\n"),
        ("ok", b"x = 1 # coding: foo\n"),
        ("ok", b"# coding=latin-1\nx = '\xe9'\n"),
        ("ok", b"\xef\xbb\xbfx = 1\n"),
        ("ok", b"x = '\xf0\x9f\x98\x80'\n"),
        ("ok", b"\xef\xbb\xbf# \xff\nx = 1\n"),
        ("ok", b"\xef\xbb\xbfx = 1  # \xe9\n"),
    ],
}

VALID_CASES = [
    ("operators",
     "a = b + c - d * e / f // g % h ** i @ j\n"
     "a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a **= 1; a @= 1\n"
     "a &= 1; a |= 1; a ^= 1; a <<= 1; a >>= 1\n"
     "x = (a & b | c ^ ~d) << 1 >> 2\n"
     "y = a < b <= c > d >= e == f != g\n"
     "def f(x: int) -> None: ...\n"
     "z = [1, 2][0:1]; w = {1: 2}; v = a.b\n"
     "if (n := 10) > 5: pass\n"
     "@dec\n"
     "def g(*a, **k): return -a[...]\n"),
    ("keywords",
     "from os import path as p\n"
     "import sys\n"
     "async def f():\n"
     "    await g()\n"
     "    async with a as b:\n"
     "        pass\n"
     "    async for i in x:\n"
     "        continue\n"
     "def g(x, *, y=None):\n"
     "    global q\n"
     "    def h():\n"
     "        nonlocal x\n"
     "    assert x is not None and True or False\n"
     "    del x\n"
     "    lambda: (yield)\n"
     "    while True:\n"
     "        break\n"
     "    try:\n"
     "        raise ValueError\n"
     "    except Exception:\n"
     "        pass\n"
     "    finally:\n"
     "        return\n"
     "    if x in y: pass\n"
     "    elif x: pass\n"
     "    else: pass\n"
     "class C: pass\n"),
    ("soft_keywords",
     "match command.split():\n"
     "    case [action]:\n"
     "        pass\n"
     "    case [action, obj] if obj:\n"
     "        pass\n"
     "    case _:\n"
     "        pass\n"
     "match = 1\n"
     "case = 2\n"
     "_ = match + case\n"
     "_x = match_ = case_\n"),
    ("numbers",
     "x = [0, 1, 00, 0_0, 123_456, 0x_1F, 0XAB, 0xdead_beef, 0o17, 0O_7, 0b1010,\n"
     "     0B_1, 1.5, 1., .5, 1e10, 1E-5, 1e+5, 1.5e-3, 1_0.0_1e1_0, 1j, 1.5J,\n"
     "     1e5j, 0j, 00j, 09.5, 09j, 0e0, 1_2.3_4e-5_6J, 0.0, 00.00]\n"
     "y = 1if x else 2\n"
     "z = [0x1for x in y]\n"
     "w = 1 .real + 1.0.real\n"),
    ("strings",
     "a = 'x' \"y\" '''z''' \"\"\"w\"\"\"\n"
     "b = r'\\d' R\"\\d\" b'x' B\"x\" u'x' U\"x\" f'{a}' F\"{b!r:>10}\"\n"
     "c = br'x' bR'x' Br'x' BR'x' rb'x' rB'x' Rb'x' RB'x'\n"
     "d = fr'{a}' Fr'x' fR'x' FR'x' rf'x' rF'x' Rf'x' RF'x'\n"
     "e = \"\"\"line1\n"
     "line2 'quoted' \"dq\"\n"
     "line3\"\"\"\n"
     "f = '''a\\\n"
     "b'''\n"
     "g = 'escaped \\' quote' \"and \\\" here\"\n"
     "h = 'cont\\\n"
     "inued'\n"
     "i = f\"nested {'q'} {x!r} {{}}\"\n"
     "j = f'''multi\n"
     "{x}\n"
     "'''\n"
     "k = '''''' + \"\" + '' + r'\\'' + '\\\\'\n"
     "l = b'''\\x00\n"
     "  ''' + rb\"\"\"raw\\\"\"\"\"\n"),
    ("continuation_brackets",
     "x = 1 + \\\n"
     "    2\n"
     "y = (1,\n"
     "     2,\n"
     "  3)\n"
     "z = [\n"
     "    a,\n"
     "        b\n"
     "]\n"
     "def f(a,\n"
     "      b): return {\n"
     "  'k': v}\n"
     "if x:\n"
     "    y = \\\n"
     "  1\n"
     "    z = (\n"
     "# comment inside brackets\n"
     "1)\n"
     "w = [x for x in\n"
     "\n"
     "     y]\n"),
    ("indentation",
     "if a:\n"
     "\tif b:\n"
     "\t\tx = 1\n"
     "\telse:\n"
     "\t\ty = 2\n"
     "if c:\n"
     "        z = 3\n"
     "        if d:\n"
     "         w = 4\n"
     "if e:\n"
     "  \tv = 5\n"
     "  \tu = 6\n"
     "\fs = 7\n"
     "while 1:\n"
     "    for i in x:\n"
     "        if i:\n"
     "            break\n"
     "t = 8\n"),
    ("comments",
     "# leading comment\n"
     "x = 1  # trailing\n"
     "if x:\n"
     "    # indented comment\n"
     "    y = 2\n"
     "# dedent comment\n"
     "        # weird indent comment\n"
     "    # another\n"
     "\n"
     "z = 3\n"
     "#\n"
     "# type: int\n"),
    ("crlf",
     "x = 1\r\n"
     "if x:\r\n"
     "    y = '''a\r\n"
     "b'''\r\n"
     "    z = (1,\r\n"
     "         2)\r\n"
     "\r\n"
     "# c\r\n"
     "w = x + \\\r\n"
     "  y\r\n"),
    ("non_ascii",
     "caf\u00e9 = 'na\u00efve \u20ac'\n"
     "\u03c0 = 3.14\n"
     "\u540d\u524d = \"\u65e5\u672c\u8a9e\"\n"
     "x = caf\u00e9 + \u03c0  # \u6ce8\u91c8\n"
     "\u01c5 = '\U0001F600' + f'{\u03c0}'\n"
     "\u00e9\u00e9 = [\u00e9, '''\u00e9\n"
     "\u00e9\u00e9\u00e9''', \u00e9\u00e9]\n"
     "\u00b5 = \ufb01\n"
     "s = '''\u20ac\n"
     "\u20ac\u20ac''' + \u00e9\n"),
    ("empty", ""),
    ("blank_lines_only", "\n\n   \n\t\n"),
    ("comment_only_no_newline", "# c"),
    ("no_final_newline", "x = 1\nif x:\n    y = 2"),
    ("no_final_newline_string", "x = '''a\nb'''"),
    ("no_final_newline_continuation", "x = 1 + \\\n 2"),
    ("trailing_blanks", "x\n\n   \n\t\ny\n    "),
    ("deep_dedent_at_eof",
     "class A:\n"
     "    class B:\n"
     "        def f():\n"
     "            if x:\n"
     "                return 1\n"),
    ("latin1_cookie", b"# -*- coding: latin-1 -*-\nx = '\xe9' + \xe9t\xe9\n"),
    ("bom", b"\xef\xbb\xbfx = 'caf\xc3\xa9'\n"),
    ("walrus_lambda_star",
     "f = lambda *a, b=1, **k: (a, b, k)\n"
     "print(*[1], **{}, sep='')\n"
     "[y := 1, y ** 2]\n"
     "x[1:2, ::3] = a if b else c\n"),
]

# Streams for LP_TOKF_TRIVIA, which also gives COMMENT and NL.
# (Not "trailing_blanks": at a last line of blanks without "\n", tokenize.py
# gives no NL, but lemonpy tokenizes decoded text, which ends with "\n".)
TRIVIA_CASES = ["comments", "continuation_brackets", "crlf", "comment_only_no_newline",
                "blank_lines_only"]

# Sources for the type comment table: each has at most one type comment.
TYPE_COMMENT_CASES = [
    "x = 1  # type: int\n",
    "x = []  #type:List[int]\n",
    "x = 1  #   type:   int  \n",
    "x = 1  # type: ignorex\n",
    "x = 1  # type: ignore_x\n",
    "for x in y:  # type: int\n    pass\n",
    "with a as b:  # type: int\n    pass\n",
    "def f(a):\n    # type: (int) -> None\n    pass\n",
    "def f(a):  # type: (int) -> None\n    pass\n",
    "import x  # type: ignore\n",
    "import x  # type: ignore[x]\n",
    "import x  # type: ignore  # comment\n",
    "x = 1  # type: ignore\u00e9\n",
    "x = 1  # type: ignore-x\n",
    "x = 1\n# type: ignore\ny = 2\n",
    "x = 1  # type int\n",
    "x = 1  # typo: int\n",
    "x = 1  #: type: int\n",
    "x = 1  # Type: int\n",
]

# Inputs for lp_lex_number: the expected length is the longest prefix that
# tokenize.Number matches in full.
NUMBER_INPUTS = [
    "0", "1", "00", "007", "09", "09.5", "0_0", "0_", "00_", "0_1", "1_000", "1__0", "1_",
    "0x", "0x_f", "0x_", "0xfg", "0X1F", "0xdead_beef", "0o", "0o17", "0o18", "0O_7", "0o_",
    "0b", "0b102", "0B1", "0b_1", "0b__1", "1.", "1.5", ".5", "..5", "1.2.3", "1e", "1e5",
    "1e+", "1e+5", "1E-5J", "1e5_0", "1_e5", "1.e5", "1._5", "1.__", "5.j", "5e0j", "1j2",
    "1ejj", "0xfor", "1if", "1else", "0e0", "0j", "00j", "09j", "0777", "0.0", "00.00",
    "1_2.3_4e-5_6J", "123abc", "1.5_", "1e5jx", "0b1_", "0o7_", "0x1__2", "1__", ".e5",
    ".", "x", "_1", "1_0.0_1e1_0j", "1jj", "1.5e+5j", "0e", "09e1", "09_9", "1e-", "0.e",
]

# Things that are not string openings, for lp_lex_string_start.
NOT_STRING_STARTS = [
    "bu'", "ub'", "ur'", "fb'", "bf'", "rbf'", "brr'", "x'", "rb", "f(", "b", "", "rr'",
    "uu'", "u r'", "b '", "_'", "1'",
]


# ==== CPython's file mode, in this process ====

def _file_runner():
    """A function running a source file as `python3 FILE` does
    (PyRun_FileExFlags, Py_file_input), returning the SyntaxError or None."""
    libc = ctypes.CDLL(None)
    libc.fopen.restype = ctypes.c_void_p
    libc.fopen.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
    api = ctypes.pythonapi
    api.PyRun_FileExFlags.restype = ctypes.py_object
    api.PyRun_FileExFlags.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int,
                                      ctypes.py_object, ctypes.py_object, ctypes.c_int,
                                      ctypes.c_void_p]
    py_file_input = 257

    def run(path):
        fp = libc.fopen(path.encode(), b"rb")
        if not fp:
            raise OSError("cannot open " + path)
        # No builtins: code that compiles fails at run time at the first name
        # it looks up, and can do nothing else (the cases are trivial anyway).
        env = {"__builtins__": {}}
        try:
            api.PyRun_FileExFlags(fp, FILENAME.encode(), py_file_input, env, env, 1, None)
        except SyntaxError as e:
            return e
        except Exception:  # compiled, then failed while running
            return None
        return None

    return run


def exc_tuple(e):
    if e is None:
        return None
    return (type(e).__name__, str(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)


# CPython 3.11's tokenizer and decoder messages (Parser/tokenizer.c,
# Parser/pegen_errors.c for the ones pegen reports for the tokenizer):
# every "tok" case must carry one, no "ok" case may.
TOKENIZER_MESSAGES = [
    r"unindent does not match any outer indentation level",
    r"inconsistent use of tabs and spaces in indentation",
    r"too many levels of indentation",
    r"unmatched '[)\]}]'",
    r"closing parenthesis '.' does not match opening parenthesis '.'( on line \d+)?",
    r"'.' was never closed",
    r"too many nested parentheses",
    r"unterminated (triple-quoted )?string literal \(detected at line \d+\)",
    r"unexpected character after line continuation character",
    r"unexpected EOF while parsing",
    r"invalid (decimal|hexadecimal|octal|binary|imaginary) literal",
    r"invalid digit '.' in (octal|binary) literal",
    r"leading zeros in decimal integer literals are not permitted; use an 0o prefix for "
    r"octal integers",
    r"invalid character '.' \(U\+[0-9A-F]{4,6}\)",
    r"invalid non-printable character U\+[0-9A-F]{4,6}",
    r"source code cannot contain null bytes",
    r"encoding problem: .*",
    r"Non-UTF-8 code starting with '\\x[0-9a-f]{2}' in file .* on line \d+, but no encoding "
    r"declared; see https://peps.python.org/pep-0263/ for details",
    r"\(unicode error\) .*",
]


def is_tokenizer_message(msg):
    return any(re.fullmatch(p, msg) for p in TOKENIZER_MESSAGES)


def check_expectation(want, src, err):
    """Checks that [want] ("tok", "ok", "stray") fits CPython's error [err]."""
    msg = err[1] if err else None
    if want == "tok":
        ok = err is not None and is_tokenizer_message(msg)
    elif want == "ok":
        ok = err is None or not is_tokenizer_message(msg)
    else:  # a stray character: invalid syntax, caret on the character
        ok = err is not None and msg == "invalid syntax" and err[2] == err[4] and \
            err[3] is not None and err[5] == err[3] + 1
        if ok:
            # CPython counts this offset in bytes when the file has no
            # cookie (see the "*_cookie" cases), in code points otherwise.
            line = src.split(b"\n")[err[2] - 1]
            chars = line.decode("utf-8")
            ok = (0 < err[3] <= len(line) and chr(line[err[3] - 1]) in "$?!`") or \
                (0 < err[3] <= len(chars) and chars[err[3] - 1] in "$?!`")
    if not ok:
        print("gen_tokenizer_cases: %r is no %r case for CPython: %r" % (src, want, err),
              file=sys.stderr)
    return ok


def run_error_cases():
    run = _file_runner()
    out = []
    good = True
    with tempfile.TemporaryDirectory() as tmp:
        # Run from the file's folder: CPython rereads the file by the name it
        # was given to show the line, as `python3 FILE` does.
        cwd = os.getcwd()
        os.chdir(tmp)
        path = os.path.join(tmp, FILENAME)
        for cat, cases in ERROR_CASES.items():
            for want, src in cases:
                raw = src if isinstance(src, bytes) else src.encode("utf-8")
                with open(path, "wb") as f:
                    f.write(raw)
                err = exc_tuple(run(path))
                good &= check_expectation(want, raw, err)
                out.append((cat, want, raw, err))
        os.chdir(cwd)
    if not good:
        sys.exit(1)
    return out


# The excepthook that --verify-cli installs (as sitecustomize) in the
# `python3 FILE` processes: it prints the SyntaxError's attributes.
SITECUSTOMIZE = """\
import sys
def hook(t, e, tb):
    if isinstance(e, SyntaxError):
        print(repr((t.__name__, str(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)))
    else:
        print("None")
sys.excepthook = hook
"""


def verify_cli(results):
    """Runs `python3 FILE` for every error case; the SyntaxError must equal
    the one found in this process."""
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "sitecustomize.py"), "w") as f:
            f.write(SITECUSTOMIZE)
        work = os.path.join(tmp, "work")
        os.mkdir(work)
        env = dict(os.environ, PYTHONPATH=tmp, PYTHONWARNINGS="ignore")
        for cat, want, raw, err in results:
            with open(os.path.join(work, FILENAME), "wb") as f:
                f.write(raw)
            # The script body, if it compiles, runs with real builtins; the
            # inputs are harmless.  A script that runs to the end prints "".
            p = subprocess.run([sys.executable, FILENAME], cwd=work, env=env,
                               capture_output=True, text=True, timeout=60)
            got = p.stdout.strip()
            got = None if got in ("", "None") else ast.literal_eval(got)
            if got:  # `python3 FILE` names the file by its absolute path
                got = (got[0], got[1].replace(os.path.join(work, FILENAME), FILENAME)) + got[2:]
            if got != err:
                bad += 1
                print("verify-cli: %r: in-process %r, python3 FILE %r" % (raw, err, got),
                      file=sys.stderr)
    print("verify-cli: %d cases, %d differences" % (len(results), bad), file=sys.stderr)
    return bad == 0


# ==== valid token streams from Lib/tokenize.py ====

KEYWORDS = keyword.kwlist + keyword.softkwlist
SIGNIFICANT = {token.NAME, token.NUMBER, token.STRING}  # plus every operator


def byte_col(lines, row, col):
    """The UTF-8 byte offset of code point column [col] of line [row]."""
    if row - 1 >= len(lines):
        return col
    return len(lines[row - 1][:col].encode("utf-8"))


def valid_stream(raw, trivia=False):
    """The tokens lemonpy's parser view must give for [raw], from tokenize:
    (kind, text or None, lineno, col, end_lineno, end_col, kw), positions -1
    where they are not compared.  With [trivia], COMMENT and NL stay (NL
    like NEWLINE: kind only)."""
    enc, _ = tokenize.detect_encoding(io.BytesIO(raw).readline)
    text = raw.decode(enc)
    lines = re.split(r"(?<=\n)", text)
    out = []
    for tok in tokenize.tokenize(io.BytesIO(raw).readline):
        if tok.type == token.ENCODING or (not trivia and tok.type in (token.COMMENT, token.NL)):
            continue
        if tok.type == token.ERRORTOKEN:
            sys.exit("gen_tokenizer_cases: ERRORTOKEN in valid case %r" % raw)
        kind = tok.exact_type
        kw = KEYWORDS.index(tok.string) + 1 if kind == token.NAME and tok.string in KEYWORDS else 0
        if kind in SIGNIFICANT or tok.type in (token.OP, token.COMMENT):
            s = tok.string.replace("\r\n", "\n").encode("utf-8")
            (r0, c0), (r1, c1) = tok.start, tok.end
            out.append((kind, s, r0, byte_col(lines, r0, c0), r1, byte_col(lines, r1, c1), kw))
        else:  # NEWLINE, INDENT, DEDENT, ENDMARKER: kind only
            out.append((kind, None, -1, -1, -1, -1, 0))
    return out


def check_against_c_tokenizer(name, raw, toks):
    """The NAME, NUMBER, STRING and operator tokens of a valid stream must be
    those of CPython's C tokenizer too (_tokenize.TokenizerIter, byte
    columns).  That tokenizer says ASYNC and AWAIT where lemonpy, like
    tokenize.py, gives a NAME carrying its keyword number."""
    import _tokenize
    enc, _ = tokenize.detect_encoding(io.BytesIO(raw).readline)
    text = raw.decode(enc).replace("\r\n", "\n")
    c_toks = []
    for s, kind, l0, l1, c0, c1, _line in _tokenize.TokenizerIter(text):
        if kind in (token.ASYNC, token.AWAIT):
            kind = token.NAME
        elif kind == token.OP:
            kind = token.EXACT_TOKEN_TYPES[s]
        elif kind not in SIGNIFICANT and kind not in token.EXACT_TOKEN_TYPES.values():
            continue
        c_toks.append((kind, s.encode("utf-8"), l0, c0, l1, c1))
    mine = [t[:6] for t in toks if t[1] is not None]
    if c_toks != mine:
        sys.exit("gen_tokenizer_cases: tokenize.py and the C tokenizer differ on %s" % name)


def check_coverage(streams):
    """The valid streams must hold every operator, every keyword and every
    token kind the parser's view gives without flags."""
    kinds = {t[0] for _, _, toks in streams for t in toks}
    names = {t[1] for _, _, toks in streams for t in toks if t[0] == token.NAME}
    want_kinds = set(token.EXACT_TOKEN_TYPES.values()) | {
        token.NAME, token.NUMBER, token.STRING, token.NEWLINE, token.INDENT, token.DEDENT,
        token.ENDMARKER}
    missing = [token.tok_name[k] for k in sorted(want_kinds - kinds)]
    missing += [k for k in KEYWORDS if k.encode() not in names]
    if missing:
        sys.exit("gen_tokenizer_cases: the valid streams lack %s" % ", ".join(missing))


def type_comment_expect(src):
    """The TYPE_COMMENT / TYPE_IGNORE token [src] holds, from the AST:
    (kind, text) or None."""
    tree = ast.parse(src, type_comments=True)
    found = [(token.TYPE_COMMENT, n.type_comment) for n in ast.walk(tree)
             if getattr(n, "type_comment", None) is not None]
    found += [(token.TYPE_IGNORE, ti.tag) for ti in tree.type_ignores]
    if len(found) > 1:
        sys.exit("gen_tokenizer_cases: more than one type comment in %r" % src)
    return found[0] if found else None


# ==== lexer tables ====

def operator_pairs():
    """For every operator a and one-character operator b: the first token
    tokenize finds in a+b, as (input, first token length, exact type)."""
    ops = sorted(token.EXACT_TOKEN_TYPES)
    singles = [o for o in ops if len(o) == 1]
    out = []
    for a, b in itertools.product(ops, singles):
        first = next(t for t in tokenize.generate_tokens(io.StringIO(a + b + "\n").readline))
        out.append((a + b, len(first.string), first.exact_type))
    return out


def number_length(s):
    best = 0
    for n in range(1, len(s) + 1):
        if re.fullmatch(tokenize.Number, s[:n]):
            best = n
    return best


def string_start(s):
    m = re.match(tokenize.StringPrefix + r"('''|\"\"\"|'|\")", s)
    return (m.end(), len(m.group(m.lastindex))) if m else (0, 0)


def string_start_inputs():
    out = []
    for prefix in sorted(tokenize._all_string_prefixes()):
        for quote in ("'", '"', "'''", '"""'):
            out.append(prefix + quote + "x")
        out.append(prefix + "''x")  # an empty string, not a triple quote
        out.append(prefix + "''''")
    return out + NOT_STRING_STARTS


# ==== writing C ====



def c_int(v):
    return "TC_NONE" if v is None else str(v)


def render(errors, streams, trivia, tcomments, pairs, numbers, starts):
    o = []
    w = o.append
    w("/* generated by scripts/gen_tokenizer_cases.py -- do not edit */")
    version = sys.version.split()[0]
    w("/* tokenizer_cases.h -- CPython %s's answers for the tokenizer tests." % version)
    w(" *")
    w(" * Run scripts/gen_tokenizer_cases.py to rewrite this file; every value")
    w(" * below was computed by python3, see that script for how. */")
    w("#ifndef LP_TOKENIZER_CASES_H")
    w("#define LP_TOKENIZER_CASES_H")
    w("")
    w("#define TC_NONE (-9999) /* the attribute was None */")
    w("#define TC_FILENAME %s /* the file name CPython's messages show */"
      % c_str(FILENAME.encode()))
    w("")
    w("/* ==== error cases: file mode (`python3 FILE`) ==== */")
    w("")
    w("enum { TC_TOK, TC_OK, TC_STRAY }; /* what lp_tok_check must say, see the script */")
    w("")
    w("typedef struct {")
    w("    const char *category;")
    w("    int expect;             /* TC_TOK, TC_OK or TC_STRAY */")
    w("    const char *src;")
    w("    int len;")
    w("    const char *type;       /* SyntaxError, IndentationError, TabError; NULL: none */")
    w("    const char *msg;")
    w("    int lineno, offset, end_lineno, end_offset;")
    w("} tc_error_t;")
    w("")
    w("static const tc_error_t tc_errors[] = {")
    for cat, want, raw, err in errors:
        exp = {"tok": "TC_TOK", "ok": "TC_OK", "stray": "TC_STRAY"}[want]
        if err is None:
            w("    {%s, %s, %s, %d, NULL, NULL, 0, 0, 0, 0},"
              % (c_str(cat.encode()), exp, c_str(raw), len(raw)))
        else:
            t, msg, a, b, c, d = err
            w("    {%s, %s, %s, %d, %s, %s, %s, %s, %s, %s}," % (
                c_str(cat.encode()), exp, c_str(raw), len(raw), c_str(t.encode()),
                c_str(msg.encode("utf-8")), c_int(a), c_int(b), c_int(c), c_int(d)))
    w("};")
    w("")
    w("/* ==== valid token streams: Lib/tokenize.py, exact types ==== */")
    w("")
    w("/* Text NULL and positions -1: not compared (NEWLINE, INDENT, DEDENT,")
    w(" * ENDMARKER).  Columns are UTF-8 byte offsets; kw is the keyword's")
    w(" * position in keyword.kwlist + keyword.softkwlist, plus one. */")
    w("typedef struct {")
    w("    int kind;")
    w("    const char *text;")
    w("    int len;")
    w("    int lineno, col, end_lineno, end_col;")
    w("    int kw;")
    w("} tc_token_t;")
    w("")
    w("typedef struct {")
    w("    const char *name;")
    w("    const char *src;")
    w("    int len;")
    w("    int first, count; /* slice of tc_tokens */")
    w("} tc_stream_t;")
    w("")
    w("static const tc_token_t tc_tokens[] = {")
    index = []
    n = 0
    for table, group in (("tc_streams", streams), ("tc_trivia_streams", trivia)):
        for name, raw, toks in group:
            w("    /* %s: %s */" % (table, name))
            for kind, s, a, b, c, d, kw in toks:
                text = "NULL, 0" if s is None else "%s, %d" % (c_str(s), len(s))
                w("    {%d, %s, %d, %d, %d, %d, %d}," % (kind, text, a, b, c, d, kw))
            index.append((table, name, raw, n, len(toks)))
            n += len(toks)
    w("};")
    for table in ("tc_streams", "tc_trivia_streams"):
        w("")
        if table == "tc_trivia_streams":
            w("/* The same with COMMENT and NL kept: for LP_TOKF_TRIVIA. */")
        w("static const tc_stream_t %s[] = {" % table)
        for t, name, raw, first, count in index:
            if t == table:
                w("    {%s, %s, %d, %d, %d}," % (c_str(name.encode()), c_str(raw), len(raw), first,
                                              count))
        w("};")
    w("")
    w("/* ==== type comments: ast.parse(src, type_comments=True) ==== */")
    w("")
    w("/* kind 0: no type comment at all. */")
    w("typedef struct {")
    w("    const char *src;")
    w("    int kind; /* TYPE_COMMENT, TYPE_IGNORE or 0 */")
    w("    const char *text;")
    w("} tc_type_comment_t;")
    w("")
    w("static const tc_type_comment_t tc_type_comments[] = {")
    for src, found in tcomments:
        if found is None:
            w("    {%s, 0, NULL}," % c_str(src.encode("utf-8")))
        else:
            w("    {%s, %d, %s}," % (c_str(src.encode("utf-8")), found[0],
                                     c_str(found[1].encode("utf-8"))))
    w("};")
    w("")
    w("/* ==== lexer tables ==== */")
    w("")
    w("/* token.tok_name, by number. */")
    w("static const char *const tc_tok_names[] = {")
    for i in range(token.N_TOKENS):
        w("    [%d] = %s," % (i, c_str(token.tok_name[i].encode())))
    w("};")
    w("#define TC_N_TOKEN %d /* token.N_TOKENS */" % token.N_TOKENS)
    w("")
    w("/* keyword.kwlist + keyword.softkwlist. */")
    w("static const char *const tc_keywords[] = {")
    for k in KEYWORDS:
        w("    %s," % c_str(k.encode()))
    w("};")
    w("#define TC_N_SOFT %d /* len(keyword.softkwlist) */" % len(keyword.softkwlist))
    w("")
    w("typedef struct {")
    w("    const char *text;")
    w("    int len;   /* bytes the first token takes */")
    w("    int kind;  /* its exact type */")
    w("} tc_op_t;")
    w("")
    w("/* token.EXACT_TOKEN_TYPES. */")
    w("static const tc_op_t tc_ops[] = {")
    for text, kind in sorted(token.EXACT_TOKEN_TYPES.items()):
        w("    {%s, %d, %d}," % (c_str(text.encode()), len(text), kind))
    w("};")
    w("")
    w("/* An operator followed by a one-character operator: tokenize's first token. */")
    w("static const tc_op_t tc_op_pairs[] = {")
    line = []
    for text, n_, kind in pairs:
        line.append("{%s, %d, %d}," % (c_str(text.encode()), n_, kind))
        if len(line) == 6:
            w("    " + " ".join(line))
            line = []
    if line:
        w("    " + " ".join(line))
    w("};")
    w("")
    w("/* The longest prefix of text that tokenize.Number matches in full. */")
    w("typedef struct {")
    w("    const char *text;")
    w("    int len;")
    w("} tc_number_t;")
    w("")
    w("static const tc_number_t tc_numbers[] = {")
    for s in NUMBER_INPUTS:
        w("    {%s, %d}," % (c_str(s.encode()), numbers[s]))
    w("};")
    w("")
    w("/* re.match(tokenize.StringPrefix + quote, text): length and quote length;")
    w(" * 0, 0 when no string starts. */")
    w("typedef struct {")
    w("    const char *text;")
    w("    int len, quote_len;")
    w("} tc_string_start_t;")
    w("")
    w("static const tc_string_start_t tc_string_starts[] = {")
    for s in starts:
        n_, q = string_start(s)
        w("    {%s, %d, %d}," % (c_str(s.encode()), n_, q))
    w("};")
    w("")
    w("#define TC_COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))")
    w("")
    w("#endif")
    return "\n".join(o) + "\n"


def build():
    warnings.simplefilter("ignore")
    errors = run_error_cases()
    streams = []
    for name, src in VALID_CASES:
        raw = src if isinstance(src, bytes) else src.encode("utf-8")
        streams.append((name, raw, valid_stream(raw)))
        check_against_c_tokenizer(name, raw, streams[-1][2])
    check_coverage(streams)
    trivia = []
    for name, src in VALID_CASES:
        if name in TRIVIA_CASES:
            raw = src if isinstance(src, bytes) else src.encode("utf-8")
            trivia.append((name, raw, valid_stream(raw, trivia=True)))
    tcomments = [(src, type_comment_expect(src)) for src in TYPE_COMMENT_CASES]
    numbers = {s: number_length(s) for s in NUMBER_INPUTS}
    return errors, render(errors, streams, trivia, tcomments, operator_pairs(), numbers,
                          string_start_inputs())


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-o", default=DEFAULT_OUT, help="output file")
    ap.add_argument("--check", action="store_true", help="exit 1 if the output is stale")
    ap.add_argument("--verify-cli", action="store_true",
                    help="also run `python3 FILE` for every error case")
    args = ap.parse_args()
    if sys.version_info[:2] != (3, 11):
        sys.exit("gen_tokenizer_cases: needs CPython 3.11, this is %s" % sys.version)
    errors, text = build()
    if args.verify_cli and not verify_cli(errors):
        sys.exit(1)
    write_or_check(args.o, text, args.check, "gen_tokenizer_cases")


if __name__ == "__main__":
    main()
