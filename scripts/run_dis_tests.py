#!/usr/bin/env python3
"""run_dis_tests.py -- golden tests of `lemonpy -m dis`.

    scripts/run_dis_tests.py [--lemonpy PATH] [--update] [FILES or DIRS...]

A dis test is tests/dis/<name>.py with the expected disassembly beside it
in <name>.dis.  lemonpy's bytecode is its own, so CPython cannot produce
the .dis files: `--update` writes them from lemonpy's output, and each one
must be reviewed by eye before it is committed.  Code-object addresses
(`at 0x7f...`) are replaced by `at 0x?` on both sides.

Each test also checks the *layout* against `python3 -m dis` on the same
file, where the two must agree although the instructions differ: the same
code objects in the same order (the "Disassembly of <code object NAME ...
line N>:" headers), and in each of them the same sequence of source lines
in the line-number column.  A first-line comment `# dis: no-layout` skips
that check for a test whose line structure legitimately differs.

Tests run with the test's folder as cwd and the file named by its bare
name.  The last line is `dis tests: N passed, M failed`; the exit status is
1 on any failure.
"""
import argparse
import difflib
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ADDR = re.compile(r" at 0x[0-9a-fA-F]+")


def run(cmd, cwd):
    p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=60)
    return p.returncode, ADDR.sub(" at 0x?", p.stdout), p.stderr


def layout(text):
    """The code objects and, per code object, its line-number column."""
    out, lines, last = [], [], None
    for row in text.splitlines():
        if row.startswith("Disassembly of "):
            out.append((None, lines))
            out.append((row, None))
            lines, last = [], None
            continue
        m = re.match(r"\s*(\d+)\s{2,}(?:-->)?\s*(?:>>)?\s*\d+ [A-Z]", row)
        if m and int(m.group(1)) != last:
            last = int(m.group(1))
            lines.append(last)
    out.append((None, lines))
    return out


def collect(paths):
    files = []
    for p in paths:
        if os.path.isdir(p):
            files += sorted(os.path.join(p, f) for f in os.listdir(p)
                            if f.endswith(".py") and not f.startswith("_"))
        else:
            files.append(p)
    return files


def check(lemonpy, path, update):
    folder, name = os.path.split(os.path.abspath(path))
    rc, got, err = run([lemonpy, "-m", "dis", name], folder)
    if rc != 0:
        return [f"lemonpy exited {rc}: {err.strip()}"]
    exp_path = os.path.splitext(os.path.abspath(path))[0] + ".dis"
    problems = []
    if update:
        with open(exp_path, "w") as f:
            f.write(got)
    elif not os.path.exists(exp_path):
        return [f"no .dis: run {sys.argv[0]} --update {path} (and review it)"]
    else:
        with open(exp_path) as f:
            exp = f.read()
        if exp != got:
            diff = difflib.unified_diff(exp.splitlines(), got.splitlines(), exp_path,
                                        "lemonpy", lineterm="", n=1)
            problems.append("\n".join(list(diff)[:40]))
    with open(path) as f:
        first = f.readline()
    if "dis: no-layout" not in first:
        _, ref, _ = run([sys.executable, "-m", "dis", name], folder)
        a, b = layout(ref), layout(got)
        if a != b:
            problems.append("layout differs from python3 -m dis:\n  python3: %r\n  lemonpy: %r"
                            % (a, b))
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lemonpy", default=os.path.join(ROOT, "build", "lemonpy"))
    ap.add_argument("--update", action="store_true", help="rewrite the .dis files")
    ap.add_argument("paths", nargs="*", default=[os.path.join(ROOT, "tests", "dis")])
    args = ap.parse_args()
    args.lemonpy = os.path.abspath(args.lemonpy)
    passed = failed = 0
    for path in collect(args.paths):
        problems = check(args.lemonpy, path, args.update)
        if problems:
            failed += 1
            print(f"FAIL {os.path.relpath(path, ROOT)}")
            for p in problems:
                print("    " + p.replace("\n", "\n    "))
        else:
            passed += 1
    print(f"dis tests: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
