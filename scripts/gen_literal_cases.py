#!/usr/bin/env python3
"""gen_literal_cases.py -- writes tests/unit/literal_cases.h from python3.

tests/unit/test_literal.c checks src/literal.c (numbers, string escapes,
f-strings, implicit concatenation) and runtime/unicode_names.c (\\N{NAME})
against CPython 3.11.  No expected value is typed by hand: this script lists
the inputs, asks python3 and writes the answers in a canonical text form that
the test prints from lemonpy's results and compares:

  number   I|<decimal digits>   F|<IEEE bits, 16 hex>   C|<imaginary part's bits>
  one token (lp_literal_string)
           L|<bytes raw f u kind_u quote_len>|<body start>|<body end>|<value or ->
  a run of STRING tokens (lp_literal_concat)
           B|<bytes>     S|<kind_u>|<str as UTF-8>
           J[<value>,...]  where a value is
             t<kind_u><span>:<text>      span * = the whole run, k = token k only
             f<token>@<lines>.<cols>:<expression text>:<conversion>:<= text or ->:<spec>
           and a spec is - or J<token>[...]
  an error E|<where>|<token>|<message>   where N = at the next token, T = at
           the token itself, L = the line only, C = the expression callback

Text is UTF-8 (surrogates as 3 bytes) with bytes outside ! .. ~ and the
characters % : , [ ] | written %XX.

How python3 gives each part:
  * values: ast.parse("x = " + tokens + " ;y"), the Constant or JoinedStr;
  * error messages from the SyntaxError, and where it points: at the ';'
    after the run (N), at one STRING token's span (T), or offset 0 (L),
    with positions of the tokens from Lib/tokenize.py;
  * errors raised while CPython parses a field's expression (its "f-string:
    invalid syntax" family) are the parser's, not this module's: the case
    lists the expression texts CPython rejects, and the C test's callback
    rejects exactly those, expecting E|C|<token>|;
  * a field's expression text, `=` text, lines and cols come from a small
    port of CPython's f-string scanner below (fields()), and every one is
    checked against CPython before it is written: "(" + text + ")" must parse
    to the very node CPython built (ast.dump), at the very position CPython
    gave it once shifted by lines/cols as literal.h documents;
  * \\N{NAME}: eval('"\\N{%s}"').

    scripts/gen_literal_cases.py            rewrite tests/unit/literal_cases.h
    scripts/gen_literal_cases.py --check    exit 1 if the header is stale
    scripts/gen_literal_cases.py -o FILE    write FILE instead

The functions expect_number(), expect_string() and expect_run() are also
used by throwaway cross-checks over the standard library.

SPDX-License-Identifier: MIT
"""
import argparse
import ast
import io
import os
import random
import struct
import sys
import tokenize
import unicodedata
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cgen import c_str, write_or_check  # noqa: E402  (shared with the other generators)

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUT = os.path.join(TOP, "tests", "unit", "literal_cases.h")
LITERAL_MESSAGES = (  # messages of src/literal.c itself; any other comes from a field's parse
    "(unicode error)", "(value error)", "bytes can only contain", "cannot mix bytes",
    "Exceeds the limit", "f-string: expecting '}'", "f-string: single '}'",
    "f-string: empty expression", "f-string: expression required before",
    "f-string expression part cannot", "f-string: invalid conversion character",
    "f-string: unmatched", "f-string: closing parenthesis", "f-string: unterminated string",
    "f-string: too many nested parenthesis", "f-string: expressions nested too deeply",
    "f-string: unexpected end of string",
)

warnings.simplefilter("ignore")


class Mismatch(Exception):
    """python3's answer could not be explained: the case is unusable."""


# ==== canonical text ====


def enc(data):
    """Bytes as the canonical text: printable ASCII as is, else %XX."""
    return "".join(chr(b) if 0x21 <= b <= 0x7E and chr(b) not in "%:,[]|" else "%%%02X" % b
                   for b in data)


def utf8(s):
    return s.encode("utf-8", "surrogatepass")


def double_bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


# ==== where CPython puts an error ====


def run_source(tokens):
    """The source a run is parsed in, and the tokenize tokens of it."""
    src = "x = " + " ".join(tokens) + " ;y\n"
    toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
    strs = [t for t in toks if t.type in (tokenize.STRING, tokenize.NUMBER)]
    semi = next(t for t in toks if t.string == ";")
    return src, strs, semi


def classify_error(e, strs, semi):
    """(where, token) of SyntaxError [e]: N, T or L as literal.h defines them."""
    if e.offset == 0:
        return "L", 0
    if (e.lineno, e.offset) == (semi.start[0], semi.start[1] + 1):
        return "N", None
    for k, t in enumerate(strs):
        if (e.lineno, e.offset, e.end_lineno, e.end_offset) == (
                t.start[0], t.start[1] + 1, t.end[0], t.end[1] + 1):
            return "T", k
    raise Mismatch("error at an unexpected place: %r" % (e.args,))


# ==== numbers ====


def expect_number(text):
    """The canonical answer for the NUMBER token [text]."""
    src, strs, semi = run_source([text])
    try:
        value = ast.parse(src).body[0].value.value
    except SyntaxError as e:
        where, _ = classify_error(e, strs, semi)
        return "E|%s|0|%s" % (where, e.msg)
    if isinstance(value, int):
        limit = sys.get_int_max_str_digits()
        sys.set_int_max_str_digits(0)  # only to print the value
        try:
            return "I|%d" % value
        finally:
            sys.set_int_max_str_digits(limit)
    if isinstance(value, float):
        return "F|" + double_bits(value)
    return "C|" + double_bits(value.imag)


# ==== one string token ====


def prefix_of(tok):
    """(prefix letters, quote length, body start, body end) of token [tok] (bytes)."""
    i = 0
    while tok[i : i + 1] not in (b"'", b'"'):
        i += 1
    q = tok[i : i + 1]
    ql = 3 if len(tok) - i >= 6 and tok[i + 1 : i + 3] == q + q else 1
    return tok[:i].decode().lower(), ql, i + ql, len(tok) - ql


def expect_string(text):
    """The canonical answer of lp_literal_string for the STRING token [text]."""
    tok = utf8(text)
    letters, ql, start, end = prefix_of(tok)
    flags = "".join("1" if c in letters else "0" for c in "brfu") + "%d%d" % (tok[:1] == b"u", ql)
    if "f" in letters:
        return "L|%s|%d|%d|-" % (flags, start, end)
    src, strs, semi = run_source([text])
    try:
        value = ast.parse(src).body[0].value.value
    except SyntaxError as e:
        where, k = classify_error(e, strs, semi)
        return "E|%s|0|%s" % (where, e.msg)
    data = value if isinstance(value, bytes) else utf8(value)
    return "L|%s|%d|%d|%s" % (flags, start, end, enc(data))


# ==== f-string fields: a port of CPython's scanner, checked against CPython ====


class ScanStop(Exception):
    """The scanner met what CPython reports as an error."""


def scan_literal(tok, p, end, raw, lvl):
    """fstring_find_literal: (position, how it stopped: double, brace, end)."""
    while p < end:
        ch = tok[p : p + 1]
        p += 1
        if not raw and ch == b"\\" and p < end:
            ch = tok[p : p + 1]
            p += 1
            if ch == b"N":
                if p < end:
                    p += 1
                    if tok[p - 1 : p] == b"{":
                        while p < end:
                            p += 1
                            if tok[p - 1 : p] == b"}":
                                break
                continue
        if ch in (b"{", b"}"):
            if lvl == 0 and p < end and tok[p : p + 1] == ch:
                return p + 1, "double"
            if lvl == 0 and ch == b"}":
                raise ScanStop()
            return p - 1, "brace"
    return p, "end"


def scan_expr_end(tok, p, end):
    """The position of the character that ends the expression starting at [p]."""
    quote, triple, stack = None, False, []
    while p < end:
        ch = tok[p : p + 1]
        if ch == b"\\":
            raise ScanStop()
        if quote:
            if ch == quote and (not triple or (p + 2 < end and tok[p : p + 3] == ch * 3)):
                p += 2 if triple else 0
                quote = None
        elif ch in (b"'", b'"'):
            triple = p + 2 < end and tok[p : p + 3] == ch * 3
            p += 2 if triple else 0
            quote = ch
        elif ch in b"([{":
            stack.append(ch)
        elif ch == b"#":
            raise ScanStop()
        elif not stack and ch in b"!:}=<>":
            if p + 1 < end and tok[p + 1 : p + 2] == b"=" and ch in b"!=<>":
                p += 1
            elif ch not in b"<>":
                return p
        elif ch in b")]}":
            if not stack or stack.pop() + ch not in (b"()", b"[]", b"{}"):
                raise ScanStop()
        p += 1
    raise ScanStop()


def location(tok, brace):
    """fstring_find_expr_location: (lines, cols) of the field at [brace]."""
    rest = tok[brace + 1 :]
    first = rest.lstrip(b" \t\f")
    newline_after_brace = first[:1] in (b"\n", b"}", b"")
    cols = 0
    if not newline_after_brace:
        nl = tok.rfind(b"\n", 0, brace + 1)
        cols = brace - nl - 1 if nl >= 0 else brace
    return tok.count(b"\n", 0, brace), cols


def scan_field(tok, ti, p, end, raw, lvl, out):
    """fstring_find_expr for the '{' at [p]: appends the field (preorder), returns past '}'."""
    if lvl >= 2:
        raise ScanStop()
    brace, start = p, p + 1
    e = scan_expr_end(tok, start, end)
    lines, cols = location(tok, brace)
    field = {"token": ti, "text": tok[start:e], "lines": lines, "cols": cols, "debug": None}
    out.append(field)
    p = e
    if tok[p : p + 1] == b"=":
        p += 1
        while tok[p : p + 1] in (b" ", b"\t", b"\n", b"\r", b"\f", b"\v"):
            p += 1
        field["debug"] = tok[start:p]
    if tok[p : p + 1] == b"!":
        p += 2
    if p < end and tok[p : p + 1] == b":":
        p = scan_body(tok, ti, p + 1, end, raw, lvl + 1, out)
    if p >= end or tok[p : p + 1] != b"}":
        raise ScanStop()
    return p + 1


def scan_body(tok, ti, p, end, raw, lvl, out):
    """FstringParser_ConcatFstring: a body or a spec; returns where it stopped."""
    while True:
        p, how = scan_literal(tok, p, end, raw, lvl)
        if how == "double":
            continue
        if p >= end or tok[p : p + 1] == b"}":
            return p
        p = scan_field(tok, ti, p, end, raw, lvl, out)


def fields(tokens):
    """Every field of the run [tokens] (str), in CPython's order, as far as the scan gets."""
    out = []
    for ti, text in enumerate(tokens):
        tok = utf8(text)
        letters, _, start, end = prefix_of(tok)
        if "f" not in letters:
            continue
        try:
            scan_body(tok, ti, start, end, "r" in letters, 0, out)
        except ScanStop:
            break
    return out


def parse_field(text):
    """CPython's parse of a field's text, or the SyntaxError."""
    try:
        return ast.parse(b"(" + text + b")", mode="eval").body
    except SyntaxError as e:
        return e


# ==== a run of STRING tokens ====


def byte_col(src_lines, row, col):
    """The UTF-8 byte column of character column [col] on line [row]."""
    return len(src_lines[row - 1][:col].encode("utf-8"))


class RunChecker:
    """Builds the canonical answer for a run from CPython's JoinedStr, checking the
    scanner's fields against it."""

    def __init__(self, tokens, src, strs):
        self.fields = fields(tokens)
        self.next = 0
        lines = src.splitlines(True)
        self.spans = [(t.start[0], byte_col(lines, *t.start), t.end[0], byte_col(lines, *t.end))
                      for t in strs]
        self.whole = self.spans[0][:2] + self.spans[-1][2:]

    def span(self, node):
        pos = (node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)
        if pos == self.whole:
            return "*"
        if pos in self.spans:
            return str(self.spans.index(pos))
        raise Mismatch("a node at an unexpected place: %r" % (pos,))

    def field(self, fv):
        if self.next >= len(self.fields):
            raise Mismatch("the scanner found fewer fields than CPython")
        f = self.fields[self.next]
        self.next += 1
        node = parse_field(f["text"])
        if isinstance(node, SyntaxError) or ast.dump(node) != ast.dump(fv.value):
            raise Mismatch("field text %r does not parse to CPython's node" % f["text"])
        tl, tc = self.spans[f["token"]][:2]
        shift = tc + f["cols"] if f["lines"] == 0 else f["cols"]
        col = node.col_offset + (shift if node.lineno == 1 else 0)
        want = (tl + f["lines"] + node.lineno - 1, col)
        if want != (fv.value.lineno, fv.value.col_offset):
            raise Mismatch("field %r: lines/cols give %r, CPython %r"
                           % (f["text"], want, (fv.value.lineno, fv.value.col_offset)))
        spec = "-" if fv.format_spec is None else self.joined(fv.format_spec, True)
        debug = "-" if f["debug"] is None else enc(f["debug"])
        return "f%d@%d.%d:%s:%d:%s:%s" % (f["token"], f["lines"], f["cols"], enc(f["text"]),
                                          fv.conversion, debug, spec)

    def joined(self, node, is_spec=False):
        out = []
        for v in node.values:
            if isinstance(v, ast.Constant):
                out.append("t%d%s:%s" % (v.kind == "u", self.span(v), enc(utf8(v.value))))
            else:
                out.append(self.field(v))
        head = "J" + (self.span(node) if is_spec else "")
        if is_spec and head == "J*":
            head = "J0"
        return head + "[" + ",".join(out) + "]"


def expect_run(tokens):
    """(canonical answer, expression texts CPython rejects) for the STRING tokens [tokens]."""
    src, strs, semi = run_source(tokens)
    rejects = [f["text"] for f in fields(tokens) if isinstance(parse_field(f["text"]), SyntaxError)]
    try:
        value = ast.parse(src).body[0].value
    except SyntaxError as e:
        if not e.msg.startswith(LITERAL_MESSAGES):
            if not rejects:
                raise Mismatch("CPython rejects a field the scanner did not find: %s" % e.msg)
            ti = next(f["token"] for f in fields(tokens) if f["text"] == rejects[0])
            inner = parse_field(rejects[0]).msg
            if e.msg not in ("f-string: " + inner, inner):
                raise Mismatch("CPython says %r, the first bad field %r" % (e.msg, inner))
            return "E|C|%d|" % ti, rejects[:1]
        where, k = classify_error(e, strs, semi)
        if where == "N":
            k = error_token(tokens, e.msg)
        return "E|%s|%d|%s" % (where, k, e.msg), rejects
    if isinstance(value, ast.Constant):
        if isinstance(value.value, bytes):
            return "B|" + enc(value.value), rejects
        return "S|%d|%s" % (value.kind == "u", enc(utf8(value.value))), rejects
    return RunChecker(tokens, src, strs).joined(value), rejects


def error_token(tokens, msg):
    """The index of the token whose processing raises [msg]: the shortest prefix of the
    run that already fails with it (a later token cannot change an earlier error)."""
    for k in range(1, len(tokens) + 1):
        src, _, _ = run_source(tokens[:k])
        try:
            ast.parse(src)
        except SyntaxError as e:
            if e.msg == msg:
                return k - 1
    raise Mismatch("no prefix of the run raises %r" % msg)


# ==== the inputs ====

NUMBERS = [
    "0", "00", "0_0", "7", "1_000", "123456789", "9223372036854775807", "9223372036854775808",
    "18446744073709551616", "1" * 640, "1" * 641, "1" * 4300, "1" * 4301, "1_" * 4300 + "1",
    "0" * 5000, "0x0", "0xff", "0XFF_FF", "0xffffffffffffffff", "0x1" + "0" * 40,
    "0x" + "f" * 2000, "0o17", "0O7_7", "0o" + "7" * 30, "0b1", "0B1_0", "0b" + "1" * 64,
    "0b" + "1" * 200, "1.0", "1.", ".5", "1e5", "1E+5", "1e-5", "1_0.5e-3", "0777.5", "00.5",
    "1e400", "1e-400", "5e-324", "2.4703282292062328e-324", "1.7976931348623157e308",
    "1.7976931348623159e308", "0.1", "3.141592653589793238462643383279", "1_2.3_4e1_0",
    "0e0", "0j", "1j", "1J", "1_0j", "1.5j", "1e400j", "0777j", "1e-3j", ".5J", "1" * 5000 + "j",
    "1" * 5000 + ".0", "1" * 5000 + "e0",
]

STRINGS = [
    "''", '""', "''''''", '""""""', "'a'", '"a"', "'''a'''", '"""a"""', "'''a\"b'c'''",
    "u'x'", "U'x'", "r'x'", "R'\\x'", "b'x'", "B'x'", "br'\\x'", "Br'\\d'", "rb'a'", "bR'a'",
    "RB'\\n'", "f'x'", "F'{x}'", "fr'{x}'", "Rf'x'", "rF'\\{x}'", "f'''a{b}c'''",
    "'\\\\ \\' \\\" \\a \\b \\f \\n \\r \\t \\v'", "'a\\\nb'", "'''a\\\nb'''", "b'a\\\nb'",
    "'\\0\\00\\000\\0000\\8\\9'", "'\\1\\12\\123\\1234'", "'\\400\\777'", "b'\\400\\777\\377'",
    "'\\x41\\x4a\\x4A\\xff'", "'\\u0041\\u00e9\\u20AC\\uffff'",
    "'\\U00000041\\U0001F600\\U0010FFFF'",
    "'\\ud800\\udfff\\ud83d\\ude00'", "'\\U0000d800'", "'\\d\\w\\[\\ '", "b'\\d\\w\\u0041\\N{x}'",
    "'\\N{LATIN SMALL LETTER A}\\N{latin small letter a}'", "'\\N{BULLET}\\N{EM DASH}'",
    "'\\N{NUL}\\N{BEL}\\N{BYTE ORDER MARK}\\N{ZWNJ}'", "'\\N{HANGUL SYLLABLE GAG}'",
    "'\\N{CJK UNIFIED IDEOGRAPH-4E00}'", "'\\N{CJK UNIFIED IDEOGRAPH-2A6DF}'",
    "'é'", "'日本語'", "'a😀b'", "'\\é'", "'é\\n'", "'\\\\é'", "b'\\x41\\101\\0'",
    "b'\\xfF'",
    "'\\x'", "'\\x4'", "'\\x4g'", "'\\xg'", "'ab\\xg'", "'é\\x'", "'\\é\\x'", "'éé\\xé'",
    "'\\u12'", "'\\U0011FFFF'", "'\\U00110000'", "'\\Uffffffff'", "'\\U1234567'",
    "'\\N'", "'\\Nx'", "'\\N{'", "'\\N{}'", "'\\N{foo}'", "'ab\\N{bullet'", "'\\N{é}'",
    "'\\N{LINE FEED (LF)}'", "'\\N{hangul syllable ga}'", "'\\N{CJK UNIFIED IDEOGRAPH-4e00}'",
    "'\\N{ LATIN SMALL LETTER A}'", "'\\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}'",
    "b'\\x'", "b'ab\\xg'", "b'\\xg0'", "b'\\x0g'", "b'\\x0'", "b'é'", "b'aé'", "Br'\\xé'",
    "'''a\\x'''", "'''e\n\\N{x}'''",
]

RUNS = [
    # plain and bytes concatenation
    ["'a'", "'b'"], ["u'a'", "'b'"], ["'a'", "u'b'"], ["U'a'", "'b'"], ["b'a'", "b'b'"],
    ["b'a'", "'b'"], ["'a'", "b'b'"], ["''", "''"], ["'a'", "b'é'"], ["'\\x'", "b'a'"],
    ["b'a'", "b'\\x'"], ["b'a'", "'b'", "f'{'"], ["'a'", "'\\N{foo}'"],
    # f-strings
    ["f''"], ["f'abc'"], ["f'{x}'"], ["f'a{x}b{y}c'"], ["f'{{}}'"], ["f'{{x}}'"], ["f'{x!r}'"],
    ["f'{x!r:>10}'"], ["f'{x:>10}'"], ["f'{x:}'"], ["f'{x=}'"], ["f'{x = }'"], ["f'{x=!s}'"],
    ["f'{x=:>10}'"], ["f'{x=!r:>10}'"], ["f'{x:{y}}'"], ["f'{x:{y}.{z}f}'"], ["f'{x:{{y}}}'"],
    ["f'{x:a{{b}}c}'"], ["f'{x::}'"], ["f'{x:{y:}}'"], ["f'{x:{y!r:10}}'"], ["f'{x:{y=}}'"],
    ["f'{x:!r}'"], ["f'{x=   :>5}'"], ["f'{ x = }'"], ["f'{x:{y}=}'"], ["f'{x:=1}'"],
    ["f'{(x:=1)}'"], ["f'{3!=4}'"], ["f'{a==b}'"], ["f'{a<=b}'"], ["f'{a>b}'"], ["f'{a<b}'"],
    ["f'{a>=b}'"], ["f'{ {\"a\": 1}[\"a\"] }'"], ["f'{\"a\" \"b\"}'"], ["f'{\"}\"}'"],
    ["f\"{'{'}\""], ["f'''{\"\"\"a\"\"\"}'''"], ["f\"{'''a'''}\""], ["f'''{\"'\"}'''"],
    ["f'''{\nx\n}'''"], ["f'''a\n{x=}\nb'''"], ["f'''ab\n  cd{ y}'''"], ["f'''ab\n  cd{\n y}'''"],
    ["f'''{\n  x:>{\n w}}'''"], ["rf'\\n{x}\\n'"], ["fr'{x}\\{y}'"], ["rf'\\{{x}}'"],
    ["f'\\N{BULLET}{x}\\N{BULLET}'"], ["f'\\N{LEFT CURLY BRACKET}{x}'"],
    ["f'{x:\\N{LEFT CURLY BRACKET}}'"], ["f'{x:\\{y}}'"], ["f'\\{{x}}'"], ["f'\\{x}'"],
    ["f'\\101{x}\\x41'"], ["f'{x:\\n}'"], ["f'é{x}é'"], ["f'{é}'"], ["f'ü{\"é\"!r:é>{w}}'"],
    ["f'{x}'", "'a'", "f'{y}'"], ["'a'", "f'b'", "'c'"], ["u'a'", "f'{x}'"], ["f'{x}'", "u'a'"],
    ["f''", "''"], ["''", "f''"], ["u'a'", "f'{x:b{y}c}'"], ["u'a'", "f'{x:b{y}}'"],
    ["u'a'", "f'{x:>10}'"], ["'a'", "f'{x:{y}.{z}}'", "'b'"], ["f'{x!r:{y}}'"], ["f'{x=!a}'"],
    ["f'{((((x))))}'"], ["f'{(lambda x: 1)}'"], ["f'{yield}'"], ["f'{*x,}'"], ["f'{x,y}'"],
    ["f'{[1,2][0]}'"], ["f'{ {} }'"], ["f'{a if b else c}'"], ["f'{a:b:c}'"],
    ["f'{f\"{x}\"}'"], ["f\"{f'{x}'}\""], ["f'{x:{\"a\"}}'"], ["f'{x}'", "f'{y}'"],
    ["f'{x}'", "\"\"\"\na{b}\"\"\"", "f'''\n{c}\n'''"], ["f'{x!s}'"],
    # f-string errors of the scanner
    ["f'{x:{y:{z}}}'"], ["f'{x:{y:{z:{w}}}}'"], ["f'{x:{y=!r:>{z}}}'"], ["f'{x!}'"], ["f'{x!z}'"],
    ["f'{x!rr}'"], ["f'{x!r }'"], ["f'{x!'"], ["f'{x:'"], ["f'{x'"], ["f'{'"], ["f'}'"], ["f'{}'"],
    ["f'{ }'"], ["f'{!r}'"], ["f'{:x}'"], ["f'{=}'"], ["f'{x#}'"], ["f'{x\\n}'"], ["f'{(}'"],
    ["f'{)}'"], ["f'{(]}'"], ["f'{[}'"], ["f'{\"a}'"], ["f'{x:}}'"], ["f'{x}}'"], ["f'{x}{'"],
    ["f'{x!r=}'"], ["f'{x=!r=}'"], ["f'{x=!}'"], ["f'{x =  !r  }'"], ["f'{x=\\t}'"],
    ["f'{x:{{}'"], ["f'{x!s:{{}}'"], ["f'{\"\\N{BULLET}\"}'"], ["rf'{\"a\\\\b\"}'"],
    ["f'\\x{x}'"], ["f'{x}\\x'"], ["f'{x:\\x}'"], ["f'\\N{BULLET'"], ["f'\\N}'"], ["f'\\N{x{y}'"],
    ["f'{x}'", "f'{'"], ["f'a'", "b'b'"], ["b'a'", "f'b'"], ["f'{x}'", "b'a'"],
    ["f'{x}'", "'\\x'", "f'{'"], ["f'{x!}'", "'\\x'"], ["f'\\x{x!}'"], ["f'{x!z'", "'\\x'"],
    ["f'{x:{y!}}'"], ["f'{x}'", "f'{y!q}'"], ["f'{" + "(" * 201 + "x" + ")" * 201 + "}'"],
    ["f'{" + "[" * 200 + "]" * 200 + "}'"],
    # errors of the fields' expressions (the parser's: the callback)
    ["f'{1+}'"], ["f'{a b}'"], ["f'{lambda x: 1}'"], ["f'{*x}'"], ["f'{1+!z}'"],
    ["f'{x}'", "f'{y z}'"], ["f'{x:{1+}}'"], ["f'{" + "(" * 200 + "x" + ")" * 200 + "}'"],
]


def name_cases():
    """(name, code point or -1) pairs for \\N: a sample of names, every alias, case
    variants, computed names and near misses."""
    rng = random.Random(1)
    names = [unicodedata.name(chr(c), "") for c in range(0x110000)]
    names = [n for n in names if n]
    sample = names[::60] + ["NUL", "BEL", "BYTE ORDER MARK", "ZWNJ", "LATIN CAPITAL LETTER GHA",
                            "VS256", "SP", "NBSP", "LINE FEED (LF)", "HANGUL SYLLABLE GA",
                            "HANGUL SYLLABLE A", "HANGUL SYLLABLE GAG", "HANGUL SYLLABLE GGAGG",
                            "HANGUL SYLLABLE HIH", "HANGUL SYLLABLE WAELB", "HANGUL SYLLABLE ",
                            "HANGUL SYLLABLE GAX", "HANGUL SYLLABLE G", "hangul syllable GA",
                            "HANGUL SYLLABLE ga", "HANGUL SYLLABLES GA", "HANGUL SYLLABLE KAKK"]
    for x in ["4E00", "04E00", "4e00", "9FFF", "A000", "3400", "4DBF", "4DC0", "20000", "2A6DF",
              "2A6E0", "3134A", "3134B", "004E00", "4E0", "F900"]:
        sample += ["CJK UNIFIED IDEOGRAPH-" + x, "cjk unified ideograph-" + x]
    for n in names[::700]:
        k = rng.randrange(len(n))
        sample += [n.lower(), n.title(), n[:k], n + " ", " " + n, n.replace(" ", "  ", 1),
                   n[:k] + "#" + n[k + 1 :], n + "S"]
    out = []
    for n in sample:
        try:
            cp = ord(eval('"\\N{%s}"' % n))
        except SyntaxError:
            cp = -1
        out.append((n, cp))
    return out


# ==== output ====




def render():
    lines = [
        "/* generated by scripts/gen_literal_cases.py -- do not edit */",
        "/* literal_cases.h -- CPython 3.11's answers for tests/unit/test_literal.c.",
        " *",
        " * Every expected value was computed by python3; the canonical text form is",
        " * described in scripts/gen_literal_cases.py. */",
        "#ifndef LP_LITERAL_CASES_H",
        "#define LP_LITERAL_CASES_H",
        "",
        "#include <stdint.h>",
        "",
        "typedef struct {",
        "    const char *in;   /* token text */",
        "    int len;",
        "    const char *want; /* the canonical answer */",
        "} lc_one_t;",
        "",
        "typedef struct {",
        "    int ntoks;",
        "    const char *toks[4];",
        "    int lens[4];",
        "    const char *reject; /* an expression text CPython rejects, or NULL */",
        "    const char *want;",
        "} lc_run_t;",
        "",
        "typedef struct {",
        "    const char *name;",
        "    int32_t cp; /* -1: \\\\N rejects it */",
        "} lc_name_t;",
        "",
    ]
    lines.append("static const lc_one_t lc_numbers[] = {")
    for t in NUMBERS:
        lines.append("    {%s, %d, %s}," % (c_str(t), len(utf8(t)), c_str(expect_number(t))))
    lines += ["};", "", "static const lc_one_t lc_strings[] = {"]
    for t in STRINGS:
        lines.append("    {%s, %d, %s}," % (c_str(t), len(utf8(t)), c_str(expect_string(t))))
    lines += ["};", "", "static const lc_run_t lc_runs[] = {"]
    for run in RUNS:
        want, rejects = expect_run(run)
        toks = ", ".join(c_str(t) for t in run)
        lens = ", ".join(str(len(utf8(t))) for t in run)
        rej = c_str(rejects[0]) if rejects else "NULL"
        lines.append("    {%d, {%s}, {%s}, %s, %s}," % (len(run), toks, lens, rej, c_str(want)))
    lines += ["};", "", "static const lc_name_t lc_names[] = {"]
    for n, cp in name_cases():
        lines.append("    {%s, %d}," % (c_str(n), cp))
    lines += ["};", "", "#endif"]
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-o", "--output", default=DEFAULT_OUT)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    text = render()
    write_or_check(args.output, text, args.check, "gen_literal_cases")
    if not args.check:
        print("gen_literal_cases: wrote %s" % args.output)


if __name__ == "__main__":
    main()
