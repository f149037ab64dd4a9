#!/usr/bin/env python3
"""gen_marshal_cases.py -- writes tests/unit/marshal_cases.h from python3.

tests/unit/test_marshal.c checks runtime/pycache.c against CPython 3.11's
importlib.  Every expected answer is computed here by python3:

  hash cases   {data, len, key, want}: _imp.source_hash(key, data) as 16 hex
               digits of the 8 bytes; key is CPython's own magic number
               (importlib.util.source_hash) or lemonpy's (read from
               runtime/pycache.c), as a little-endian uint32.
  set cases    {items, want}: the int items of a set display compiled by
               python3 (as a module is), in the order CPython's marshal writes
               its frozenset constant (sorted by each item's own marshal
               bytes): lemonpy writes set items in the same order, so a set
               loaded from a cache file is built as CPython builds it.
  path cases   {func, path, prefix, want}: importlib.util.cache_from_source
               or source_from_cache with sys.implementation.cache_tag set to
               'lemonpy-311' and sys.pycache_prefix to prefix (NULL: None),
               run in the folder /tmp; want is the result or
               "!ValueError: <message>".

Run: scripts/gen_marshal_cases.py [--check] [-o FILE]
     (default tests/unit/marshal_cases.h)
"""
import _imp
import argparse
import importlib.util
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cgen import c_str, write_or_check  # noqa: E402

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUT = os.path.join(TOP, "tests", "unit", "marshal_cases.h")


def lemonpy_magic():
    """The current magic number: MAGIC_NUMBER in runtime/pycache.c."""
    with open(os.path.join(TOP, "runtime", "pycache.c"), encoding="utf-8") as f:
        m = re.search(r"#define MAGIC_NUMBER (\d+)", f.read())
    return int(m.group(1))


def key_of(number):
    return int.from_bytes(number.to_bytes(2, "little") + b"\r\n", "little")


def hash_cases():
    rng = random.Random(20261121)
    datas = [b"", b"a", b"x = 1\n", b"12345678", b"123456789abcdef", b"print('hi')\n" * 7,
             "caf\u00e9 = '\U0001F600'\n".encode()]
    datas += [bytes(rng.getrandbits(8) for _ in range(n)) for n in (1, 7, 8, 9, 15, 16, 17, 100, 1000)]
    cpython_key = int.from_bytes(importlib.util.MAGIC_NUMBER, "little")
    out = []
    for d in datas:
        assert _imp.source_hash(cpython_key, d) == importlib.util.source_hash(d)
        for key in (cpython_key, key_of(lemonpy_magic())):
            out.append((d, key, _imp.source_hash(key, d).hex()))
    return out


CACHE_PATHS = ["/d/m.py", "/d/pkg/__init__.py", "m.py", "sub/m.py", "./m.py", "/m.py", "m",
               "/d/m.tar.py", "/d/.hidden", "/d/.hidden.py", "/d/m.", "/d/", "/d.x/m",
               "/d/caf\u00e9.py", "//d//m.py", "/d/m.pyw", "../up/m.py"]
SOURCE_PATHS = ["/d/__pycache__/m.lemonpy-311.pyc", "__pycache__/m.lemonpy-311.pyc",
                "/d/__pycache__/m.lemonpy-311.opt-1.pyc", "/d/__pycache__/m.lemonpy-311.opt-x!.pyc",
                "/d/__pycache__/m.lemonpy-311.opt1.pyc", "/d/__pycache__/m.pyc",
                "/d/__pycache__/m.a.b.c.d", "/d/m.lemonpy-311.pyc", "/d/__pycache__/pkg.x.y",
                "m.lemonpy-311.pyc", "/pfx/d/m.lemonpy-311.pyc", "/pfx/d/__pycache__/m.lemonpy-311.pyc",
                "/pfx//d/m.lemonpy-311.pyc", "/pfxd/m.lemonpy-311.pyc"]
PREFIXES = [None, "/pfx", "/pfx/", "rel/pfx"]


def run(fn, *args):
    try:
        return fn(*args)
    except ValueError as e:
        return "!ValueError: %s" % e


def path_cases():
    sys.implementation.cache_tag = "lemonpy-311"
    old = os.getcwd()
    os.chdir("/tmp")
    out = []
    try:
        for prefix in PREFIXES:
            sys.pycache_prefix = prefix
            for p in CACHE_PATHS:
                out.append(("cache", p, prefix, run(importlib.util.cache_from_source, p)))
            for p in SOURCE_PATHS:
                out.append(("source", p, prefix, run(importlib.util.source_from_cache, p)))
    finally:
        os.chdir(old)
    return out


SET_DISPLAYS = ["{-1, -2, 3, 10, 2 ** 62, 7}", "{5, 3, 1000000, 17}", "{8, 16, 0, 32, 64}",
                "{-7, -1, -2, 2 ** 61, 2 ** 61 + 1}", "{256, 257, -5, -6, 2 ** 31 - 1, -2 ** 31, 2 ** 31}",
                "{-2147483649, -1099511627776, 1267650600228229401496703205376, -1267650600228229401496703205377, 0, 1, 4096, -4096}"]


def cpython_int_items(data):
    """The ints of CPython's marshal bytes of a frozenset, in written order."""
    assert data[0] & 0x7F == ord(">")
    n = int.from_bytes(data[1:5], "little")
    pos, out = 5, []
    for _ in range(n):
        code = chr(data[pos] & 0x7F)
        pos += 1
        if code == "i":
            out.append(int.from_bytes(data[pos:pos + 4], "little", signed=True))
            pos += 4
        else:
            assert code == "l"
            nd = int.from_bytes(data[pos:pos + 4], "little", signed=True)
            pos += 4
            v = sum(int.from_bytes(data[pos + 2 * k:pos + 2 * k + 2], "little") << (15 * k)
                    for k in range(abs(nd)))
            pos += 2 * abs(nd)
            out.append(-v if nd < 0 else v)
    return out


def set_cases():
    import marshal
    out = []
    for display in SET_DISPLAYS:
        code = compile("x = %s\n" % display, "m.py", "exec")
        data = marshal.dumps(code)
        const = [k for k in code.co_consts if isinstance(k, frozenset)][0]
        tail = len(const).to_bytes(4, "little")
        i = max(data.find(bytes([0x80 | ord(">")]) + tail), data.find(b">" + tail))
        items = cpython_int_items(data[i:])
        out.append((display, items))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-o", "--output", default=DEFAULT_OUT)
    ap.add_argument("--check", action="store_true", help="exit 1 if the header is stale")
    args = ap.parse_args()
    hashes = hash_cases()
    paths = path_cases()
    sets = set_cases()
    out = []
    w = out.append
    w("/* generated by scripts/gen_marshal_cases.py -- do not edit */\n")
    w("/* marshal_cases.h -- CPython %s's importlib answers for\n"
      " * tests/unit/test_marshal.c; the formats are described in the script. */\n"
      % sys.version.split()[0])
    w("#ifndef LP_MARSHAL_CASES_H\n#define LP_MARSHAL_CASES_H\n\n#include <stddef.h>\n"
      "#include <stdint.h>\n\n")
    w("typedef struct {\n    const char *data;\n    size_t len;\n    uint32_t key;\n"
      "    const char *want;\n} mc_hash_case_t;\n\n")
    w("static const mc_hash_case_t hash_cases[] = {\n")
    for d, key, want in hashes:
        w("    {%s, %d, 0x%08xu, %s},\n" % (c_str(d), len(d), key, c_str(want)))
    w("};\n\n")
    w("typedef struct {\n    const char *display; /* the source */\n"
      "    const char *want;    /* the items in CPython's written order, hex() */\n"
      "} mc_set_case_t;\n\n")
    w("static const mc_set_case_t set_cases[] = {\n")
    for display, items in sets:
        w("    {%s, %s},\n" % (c_str(display), c_str(" ".join(hex(v) for v in items))))
    w("};\n\n")
    w("typedef struct {\n    const char *func, *path, *prefix, *want;\n} mc_path_case_t;\n\n")
    w("static const mc_path_case_t path_cases[] = {\n")
    for func, p, prefix, want in paths:
        w("    {%s, %s, %s, %s},\n" % (c_str(func), c_str(p),
                                        "NULL" if prefix is None else c_str(prefix), c_str(want)))
    w("};\n\n#endif\n")
    write_or_check(args.output, "".join(out), args.check, "gen_marshal_cases")


if __name__ == "__main__":
    main()
