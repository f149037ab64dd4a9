#!/usr/bin/env python3
"""gen_str_cases.py -- writes tests/unit/str_cases.h from python3.

Each case is an operation on str/bytes values (a method call, an operator,
a constructor) with the result python3 gives: repr() of the value returned,
or "ExcType: message".  tests/unit/test_str.c performs the same operation
with lemonpy's runtime and compares the text.

Values are written as C strings with a one-letter tag:
  s<utf-8>  str (lone surrogates as WTF-8)   b<hex> bytes   B<hex> bytearray
  i<int>    int     N None    T True    F False
  t<n>      tuple of the next n values      S<a>,<b>,<c> slice (each "" or an int)
Operations are method names, or one of the pseudo names @add @mul @mod
@getitem @contains @hash @repr @len @lt @eq @str @bytes @bytearray @format
@iter (list of the items).

    scripts/gen_str_cases.py            rewrite tests/unit/str_cases.h
    scripts/gen_str_cases.py --check    exit 1 if it is stale

SPDX-License-Identifier: MIT
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cgen import c_str, write_or_check  # noqa: E402

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUT = os.path.join(TOP, "tests", "unit", "str_cases.h")

S = str


def enc(v):
    """The tagged spec(s) of the value [v] as a list of strings."""
    if v is None:
        return ["N"]
    if v is True:
        return ["T"]
    if v is False:
        return ["F"]
    if isinstance(v, int):
        return ["i%d" % v]
    if isinstance(v, str):
        return ["s" + v]
    if isinstance(v, bytearray):
        return ["B" + v.hex()]
    if isinstance(v, bytes):
        return ["b" + v.hex()]
    if isinstance(v, slice):
        f = lambda x: "" if x is None else str(x)  # noqa: E731
        return ["S%s,%s,%s" % (f(v.start), f(v.stop), f(v.step))]
    if isinstance(v, tuple):
        out = ["t%d" % len(v)]
        for x in v:
            out += enc(x)
        return out
    raise ValueError(v)


def run(op, recv, args):
    import operator
    if op == "@add":
        return recv + args[0]
    if op == "@mul":
        return recv * args[0]
    if op == "@mod":
        return recv % args[0]
    if op == "@getitem":
        return recv[args[0]]
    if op == "@contains":
        return args[0] in recv
    if op == "@hash":
        return hash(recv)
    if op == "@repr":
        return repr(recv)
    if op == "@len":
        return len(recv)
    if op == "@lt":
        return operator.lt(recv, args[0])
    if op == "@eq":
        return operator.eq(recv, args[0])
    if op == "@str":
        return str(recv, *args) if args else str(recv)
    if op == "@bytes":
        return bytes(recv, *args)
    if op == "@bytearray":
        return bytearray(recv, *args)
    if op == "@format":
        return format(recv, args[0])
    if op == "@iter":
        return list(recv)
    return getattr(recv, op)(*args)


def outcome(op, recv, args):
    try:
        return repr(run(op, recv, args))
    except Exception as e:  # noqa: BLE001
        return "%s: %s" % (type(e).__name__, e)


# ==== the cases: (operation, receiver, arguments...) ====

WORDS = ["", "a", "abc", "Hello World", "  spaced  out ", "\xe9t\xe9", "\u20ac100", "\U0001f600x",
         "a\ud800b", "stra\xdfe", "\u0130stanbul", "\u01c5ungla", "\u03a3\u03b1\u03a3", "\u1f80",
         "\uff21\uff42", "\u0660\u0661\u00b2\u2155", "MiXeD cAsE 123", "tab\tand\nnew\r\nline"]

CASES = []


def add(op, recv, *args):
    CASES.append((op, recv, args))


def method_cases():
    for w in WORDS:
        for m in ["upper", "lower", "casefold", "swapcase", "title", "capitalize", "isalpha",
                  "isalnum", "isdecimal", "isdigit", "isnumeric", "islower", "isupper",
                  "istitle", "isspace", "isprintable", "isidentifier", "isascii", "split",
                  "rsplit", "strip", "splitlines", "expandtabs"]:
            add(m, w)
        for op in ["@repr", "@hash", "@len", "@iter"]:
            add(op, w)
        add("encode", w)
        add("encode", w, "ascii", "replace")
        add("encode", w, "latin-1", "backslashreplace")
        add("encode", w, "utf-8", "surrogatepass")
        add("encode", w, "ascii", "xmlcharrefreplace")
        add("encode", w, "ascii")
        add("center", w, 9, "*")
        add("zfill", w, 6)
    for w in ["\u03a3", "A\u03a3", "A\u03a3b", "A'\u03a3", "A\u03a3'", "A\u03a3.", "1\u03a3",
              "\u03a3\u03a3", "A\u03a3\u0301", "ab\u03a3\u00ad"]:
        add("lower", w)
        add("title", w)
        add("capitalize", w)
        add("swapcase", w)


def search_cases():
    s = "abcabcab"
    for sub in ["", "a", "ab", "cab", "x", "abcabcabc"]:
        for m in ["find", "rfind", "count", "index", "rindex", "startswith", "endswith",
                  "partition", "rpartition", "split", "rsplit", "removeprefix", "removesuffix"]:
            add(m, s, sub)
        for start, end in [(1, None), (-3, None), (2, 5), (8, None), (9, None), (-100, 100)]:
            add("find", s, sub, start, end)
            add("count", s, sub, start, end)
            add("startswith", s, sub, start, end)
            add("endswith", s, sub, start, end)
        add("replace", s, sub, "-")
        add("replace", s, sub, "XY", 2)
        add("@contains", s, sub)
    add("startswith", s, ("x", "ab"))
    add("endswith", s, ("x", 1))
    add("startswith", s, 1)
    add("find", s, 1)
    add("find", s, "a", "x")
    add("count", s)
    add("split", "a,b,,c", ",", 1)
    add("rsplit", "a,b,,c", ",", 1)
    add("split", " a b  c ", None, 1)
    add("rsplit", " a b  c ", None, 1)
    add("split", "a b", "")
    add("split", "a\u2003b\x1cc")
    add("splitlines", "a\rb\nc\r\nd\x0be\x85f\u2028", True)
    add("strip", "xxaxx", "x")
    add("lstrip", "xyaxy", "yx")
    add("rstrip", "xyaxy", "yx")
    add("strip", "a", 1)
    add("join", ",", ("a", "b", "c"))
    add("join", ",", ("a", 1))
    add("join", "", ())
    add("ljust", "ab", 5, "\u20ac")
    add("rjust", "ab", 5)
    add("center", "ab", 5)
    add("center", "abc", 6)
    add("center", "a", 4, "ab")
    add("center", "a", 4, 1)
    add("expandtabs", "a\tbc\td\n\te", 4)
    add("expandtabs", "a\tb", 0)
    add("zfill", "-12", 5)
    add("zfill", "+", 3)
    add("upper", "a", 1)
    add("center", "a")
    add("replace", "a", 1, "b")


def operator_cases():
    add("@add", "ab", "cd")
    add("@add", "ab", 1)
    add("@mul", "ab", 3)
    add("@mul", "ab", -1)
    add("@mul", "ab", "x")
    add("@getitem", "abc\u20ac", 3)
    add("@getitem", "abc", -1)
    add("@getitem", "abc", 3)
    add("@getitem", "abc", "x")
    for sl in [slice(None, None, -1), slice(1, None), slice(None, None, 2), slice(-2, None),
               slice(10, 20), slice(5, 1, -2), slice(None, None, 0)]:
        add("@getitem", "abcdef\u20ac", sl)
        add("@getitem", b"abcdef", sl)
    add("@contains", "abc", 1)
    add("@lt", "abc", "abd")
    add("@lt", "abc", "ab")
    add("@lt", "\u20ac", "\U0001f600")
    add("@lt", "a", 1)
    add("@eq", "a\u20ac", "a\u20ac")
    add("@str", b"x")
    add("@str", b"caf\xc3\xa9", "utf-8")
    add("@str", b"\xff", "ascii")
    add("@str", b"\xff", "utf-8", "replace")
    add("@str", b"\xffa\xfe", "utf-8", "surrogateescape")
    add("@str", b"\xe2\x82", "utf-8")
    add("@str", b"\xe2\x82a", "utf-8")
    add("@str", b"\xed\xa0\x80", "utf-8", "surrogatepass")
    add("@str", b"\xed\xa0\x80", "utf-8")
    add("@str", b"\x80abc", "cp1252")
    add("@str", b"\x81", "cp1252")
    add("@str", b"a\xff", "latin-1")
    add("@str", b"a", "foo")
    add("@str", b"a", "rot13")
    add("@str", 1, "utf-8")
    add("@str", "a", "utf-8")
    add("@str", b"\xff", "utf-8", "backslashreplace")
    add("@str", b"\xff", "utf-8", "bogus")
    add("encode", "a\udcffb", "utf-8", "surrogateescape")
    add("encode", "\u20ac", "cp1252")
    add("encode", "\u0100", "cp1252")
    add("encode", "\xe9\xe9x\xe9", "ascii")
    add("encode", "\xe9", "ascii", "bogus")
    add("encode", "a", "utf-8-sig")


def format_cases():
    for spec in ["", "5", "<5", ">5", "^5", "*^7", "\u20ac>4", ".1", "7.2", "05", ">05", "=5",
                 "+5", " ", "z", "#", ",", "_", ",_", "_,", ",,", "d", "xx", ".", "s", "10s",
                 "99999999999999999999", "%", "\xf1", ".5,", "0", "00", "-"]:
        add("@format", "ab", spec)
    for tmpl, args in [("{}", (1, 2)), ("{0}{}", (1, 2)), ("{}{0}", (1, 2)), ("{1}", (1,)),
                       ("{}", ()), ("{x}", ()), ("{0.real}", (1,)), ("{0[1]}", ("ab",)),
                       ("{", ()), ("}", ()), ("{0!x}", (1,)), ("{0!r}", ("a",)),
                       ("{0!a}", ("\xe9",)), ("{0!s:>5}", ("a",)), ("{0:{1}}", ("a", 5)),
                       ("{0:{1}{2}}", ("a", ">", 5)), ("{{}}", ()), ("{0:{1:{2}}}", (1, 2, 3)),
                       ("{0!}", (1,)), ("{0!rr}", (1,)), ("{0[}", (1,)), ("{0.}", (1,)),
                       ("{0[0]x}", ("a",)), ("{:}", (1,)), ("{!r:}", (1,)), ("{00}", (5,)),
                       ("{:*^10}", ("mid",)), ("{0:d}", ("a",)), ("{!r:^{}}", ("a", 7)),
                       ("{0:}}", (1,)), ("{:{}}", ("a",)), ("a{{b}}c{}", ("\u20ac",)),
                       ("{0[0]}{0[1]}", ("xy",))]:
        add("format", tmpl, *args)


def percent_cases():
    for tmpl, args in [("%s %d %5.2f %r %x %o %e %g %c %%",
                        ("a", 3, 314159, "b", 255, 8, 12345, 1, 65)),
                       ("%s %s", (1,)), ("%s", (1, 2)), ("%d", ("a",)), ("%x", ("a",)),
                       ("%f", ("a",)), ("%c", ("ab",)), ("%c", (1114112,)), ("%q", (1,)),
                       ("%", ()), ("%5", (1,)), ("%*d", (5, 3)), ("%-*d|", (5, 3)),
                       ("%*d", ("a", 3)), ("%.*f", (2, 3)), ("%-5d|", (3,)), ("%05d", (-3,)),
                       ("%+d", (3,)), ("% d", (3,)), ("%#x", (255,)), ("%#o", (8,)),
                       ("%#X", (255,)), ("%.3d", (5,)), ("%08.3f", (-3,)), ("%#.0f", (3,)),
                       ("%5s|", ("ab",)), ("%-5s|", ("ab",)), ("%.1s", ("ab",)),
                       ("%05s", ("ab",)), ("%a", ("\xe9",)), ("%i", (True,)),
                       ("%d", (2 ** 70,)), ("%x", (-255,)), ("%#x", (-255,)), ("%%%s", (1,)),
                       ("%s", ()), ("%d", (None,)), ("%.2d", (-5,)), ("%10.4e", (1234,)),
                       ("%5%", (1,)), ("%-#8x|", (255,)), ("%+.1e", (0,)), ("%#g", (1,)),
                       ("%ld", (5,)), ("%ሴ", (1,)), ("%s and %s", ("\u20ac", "\U0001f600"))]:
        add("@mod", tmpl, args)
    add("@mod", "a", 1)
    add("@mod", "%s", "x")
    add("@mod", "%s", 5)
    add("@mod", "%s %s", ("a",))
    add("@mod", b"%s %d", (b"a", 3))
    add("@mod", b"%s", ("a",))
    add("@mod", b"%r", ("a",))
    add("@mod", b"%c%c", (65, b"B"))
    add("@mod", b"%c", (256,))
    add("@mod", b"%x|%5.1f|", (255, 2))
    add("@mod", b"a", (1,))


def bytes_cases():
    for b in [b"", b"abc", b"a'b", b"a'\"", b"\x00\x7f\x80\xff", b"Hello World", b" a b ",
              b"a\tb\n"]:
        for m in ["upper", "lower", "swapcase", "title", "capitalize", "isalpha", "isalnum",
                  "isdigit", "islower", "isupper", "istitle", "isspace", "isascii", "split",
                  "strip", "splitlines", "hex", "decode"]:
            add(m, b, )
        for op in ["@repr", "@hash", "@len", "@iter"]:
            add(op, b)
        add("@repr", bytearray(b))
        add("decode", b, "ascii", "replace")
        add("decode", b, "utf-8", "backslashreplace")
        add("hex", b, ":", 2)
        add("center", b, 9, b"*")
    bb = b"abcabcab"
    for sub in [b"", b"a", b"ab", b"x", 97, 300]:
        for m in ["find", "rfind", "count", "index", "startswith", "split", "partition",
                  "replace"]:
            add(m, bb, sub) if m != "replace" else add(m, bb, sub, b"-")
        add("@contains", bb, sub)
    add("find", bb, "a")
    add("startswith", bb, "a")
    add("split", bb, "a")
    add("join", b",", (b"a", bytearray(b"b")))
    add("join", b",", (b"a", 1))
    add("@add", b"a", b"b")
    add("@add", b"a", "b")
    add("@add", bytearray(b"a"), b"b")
    add("@mul", b"ab", 2)
    add("@getitem", b"abc", 1)
    add("@getitem", b"abc", 5)
    add("@getitem", bytearray(b"abc"), 5)
    add("@getitem", b"abc", "x")
    add("@lt", b"ab", bytearray(b"b"))
    add("@eq", bytearray(b"a"), b"a")
    add("@eq", b"a", "a")
    add("@hash", bytearray(b"a"))
    add("@bytes", 3)
    add("@bytes", -1)
    add("@bytes", (1, 2, 255))
    add("@bytes", (256,))
    add("@bytes", ("a",))
    add("@bytes", "a")
    add("@bytes", "a\u20ac", "utf-8")
    add("@bytes", 1, "utf-8")
    add("@bytes", None)
    add("@bytearray", 2)
    add("@bytearray", "ab", "ascii")
    add("fromhex", b"", "61 62")
    add("fromhex", b"", "6")
    add("fromhex", b"", "61 6")
    add("fromhex", b"", "zz")
    add("hex", b"abcde", ":", -2)
    add("hex", b"abc", "::")
    add("zfill", b"-1", 4)
    add("expandtabs", b"a\tb", 4)
    add("decode", b"\xff", "utf-8")
    add("decode", b"caf\xc3\xa9")


def generate():
    method_cases()
    search_cases()
    operator_cases()
    format_cases()
    percent_cases()
    bytes_cases()
    lines = ["/* generated by scripts/gen_str_cases.py from python3 -- do not edit */",
             "/* {operation, receiver, argument count, arguments, expected} */"]
    for op, recv, args in CASES:
        specs = enc(recv)
        for a in args:
            specs += enc(a)
        exp = outcome(op, recv, args)
        items = ", ".join(c_str(x) for x in specs)
        lines.append("{%s, %d, {%s}, %s}," % (c_str(op), 1 + len(args), items, c_str(exp)))
    return "\n".join(lines) + "\n"


def main():
    if os.environ.get("PYTHONHASHSEED") != "0":  # hashes must be reproducible
        os.execve(sys.executable, [sys.executable] + sys.argv,
                  dict(os.environ, PYTHONHASHSEED="0"))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="fail if the output is stale")
    ap.add_argument("-o", "--output", default=DEFAULT_OUT)
    args = ap.parse_args()
    write_or_check(args.output, generate(), args.check, "gen_str_cases")


if __name__ == "__main__":
    main()
