#!/usr/bin/env python3
"""fuzz_parse.py -- differential fuzzing of lemonpy's parser against CPython.

Generates many small programs, parses each with CPython
(ast.parse(src, type_comments=True), in this process) and with lemonpy's
lp_parse, and reports where the two disagree:

  crash          lemonpy died on the program (a signal, or no answer within
                 --timeout seconds)
  accepts        lemonpy accepts a program that CPython rejects
  rejects        lemonpy rejects a program that CPython accepts
  dump           both accept, but the trees differ (ast.dump with
                 include_attributes=True, so positions count)
  message        both reject, with a different "Type: message"
  line           both reject with the same message, on different lines
  position       same message and line, different offset or end

The programs come from the standard library's source (sysconfig's stdlib
path) and from a random program generator:

  mutants   a statement of a stdlib file (any depth, dedented, at most
            --max-lines lines) with one to three mutations at token level:
            delete, duplicate, swap with the next, insert or replace by a
            random token (keywords, soft keywords, operators, brackets,
            literals), truncate, break or join lines, indent or dedent a
            line, or a character inserted or deleted anywhere
  grammar   a random program from a generator that follows Python's grammar
            (every statement and expression form, patterns, f-strings,
            decorators, type comments...), sometimes mutated as above or
            with blanks (tabs, form feeds, continuation lines) added
  fstrings  random f-strings: prefixes, quotes, nested fields and specs,
            conversions, `=`, non-ASCII text, multi-line fields,
            implicit concatenation; sometimes mutated
  soup      a random sequence of tokens, with newlines and indentation

Now and then a program gets CRLF or CR line endings, or loses its final
newline.

lemonpy's side runs in a small C driver that this script writes and links
against the build's liblpcore.a (so --build must have been built): it
decodes each program as `lemonpy -m ast` does (string mode) and prints the
tree or the error.  A batch runs in one process; after a crash the batch
resumes behind the crashing program.

Every disagreement is sorted into a kind (the category and CPython's and
lemonpy's messages with numbers and names blanked, or for dumps the node and
field where the trees first differ).  The report lists, per category, the
most frequent kinds with an example shrunk to a minimum (lines, then tokens,
then characters are removed while the kind stays).  With --out DIR every
crash input and the examples are also written to DIR.

    scripts/fuzz_parse.py --count 200000 --seed 1      (about a minute)
    scripts/fuzz_parse.py --count 5000 --only fstrings --build build-asan

A build configured with -DLP_SANITIZE=ON (AddressSanitizer and UBSan) is
detected: the driver links the sanitizers and stops on undefined behaviour,
which then counts as a crash.

Exit status: 1 when lemonpy crashed or disagreed with CPython on accepting a
program (crash, accepts, rejects), 0 otherwise (dump, message and position
differences are reported, not failed on; --strict fails on them too).
This tool is not run by scripts/test.

SPDX-License-Identifier: MIT
"""
import argparse
import ast
import collections
import io
import os
import random
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import textwrap
import time
import tokenize
import warnings

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

warnings.simplefilter("ignore")  # invalid escapes, `is` with a literal, ...

# ==== the C driver ====

DRIVER_C = r"""
/* fuzz driver (written by scripts/fuzz_parse.py): parses every program of
 * the input file as `lemonpy -m ast` does and prints, per program,
 *   <index> A <n>\n<dump: n bytes>\n          accepted (one-line dump, attributes)
 *   <index> R <n>\n<type>\037<msg>\037<lineno>\037<offset>\037<end_lineno>\037<end_offset>\n
 *   <index> D 0\n\n                           tree too deep for CPython (RecursionError)
 * Input: records "<n>\n<n bytes>".  argv: input [first index] [seconds]. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "arena.h"
#include "ast.h"
#include "buf.h"
#include "gc.h"
#include "parse.h"
#include "source.h"
#include "tokenizer.h"

int main(int argc, char **argv)
{
    lp_gc_init();
    FILE *in = fopen(argv[1], "rb");
    if (!in) { perror(argv[1]); return 2; }
    long first = argc > 2 ? atol(argv[2]) : 0;
    unsigned secs = argc > 3 ? (unsigned)atoi(argv[3]) : 10;
    for (long idx = 0;; idx++) {
        size_t n;
        if (fscanf(in, "%zu", &n) != 1) break;
        if (fgetc(in) != '\n') return 2;
        char *raw = malloc(n + 1);
        if (fread(raw, 1, n, in) != n) return 2;
        raw[n] = 0;
        if (idx < first) { free(raw); continue; }
        alarm(secs);
        lp_syntax_error_t err = {0};
        size_t len;
        int tokflags = 0;
        const char *text =
            lp_source_decode(raw, n, "<unknown>", LP_SOURCE_STRING, &len, &tokflags, &err);
        lp_arena_t *arena = lp_arena_new();
        lp_ast_t *tree = NULL;
        if (text)
            tree = lp_parse(arena, text, len, LP_PARSE_EXEC, LP_TOKF_TYPE_COMMENTS | tokflags,
                            &err, NULL);
        if (tree && lp_ast_too_deep(tree, 988)) {
            printf("%ld D 0\n\n", idx);
        } else if (tree) {
            lp_buf_t out = {0};
            lp_ast_dump(&out, tree, -1, 1);
            printf("%ld A %zu\n", idx, out.len);
            fwrite(out.data, 1, out.len, stdout);
            putchar('\n');
        } else {
            lp_buf_t out = {0};
            lp_buf_printf(&out, "%s\037%s\037%d\037%d\037%d\037%d", err.type ? err.type : "?",
                          err.msg, err.lineno, err.offset, err.end_lineno, err.end_offset);
            printf("%ld R %zu\n", idx, out.len);
            fwrite(out.data, 1, out.len, stdout);
            putchar('\n');
        }
        fflush(stdout);
        alarm(0);
        lp_arena_free(arena);
        free(raw);
    }
    return 0;
}
"""


def build_driver(build_dir, work):
    """Compiles the driver against [build_dir]/liblpcore.a into [work]."""
    lib = os.path.join(build_dir, "liblpcore.a")
    if not os.path.exists(lib):
        raise SystemExit("fuzz_parse.py: %s is missing: build lemonpy first "
                         "(cmake -S . -B %s && cmake --build %s)" % (lib, build_dir, build_dir))
    src = os.path.join(work, "driver.c")
    exe = os.path.join(work, "driver")
    with open(src, "w") as f:
        f.write(DRIVER_C)
    libs = subprocess.run(["pkg-config", "--libs", "bdw-gc", "gmp"], capture_output=True,
                          text=True, check=True).stdout.split()
    cmd = ["cc", "-O1", "-g", "-I", os.path.join(TOP, "src"), "-I", os.path.join(TOP, "runtime"),
           "-I", os.path.join(TOP, "generated"), src, lib] + libs + ["-lm", "-o", exe]
    # An instrumented build (LP_SANITIZE) needs the sanitizers at link time.
    cache = os.path.join(build_dir, "CMakeCache.txt")
    if os.path.exists(cache) and re.search(r"^LP_SANITIZE:BOOL=ON", open(cache).read(), re.M):
        cmd.insert(1, "-fsanitize=address,undefined")
    subprocess.run(cmd, check=True)
    return exe


# ==== running lemonpy ====


class Crash:
    """lemonpy did not answer: [how] is 'signal N' or 'timeout'."""

    def __init__(self, how, stderr):
        self.how, self.stderr = how, stderr


def parse_output(data, results):
    """Reads the driver's records from [data] into [results] (index ->
    ('A', dump) | ('R', (type, msg, l, o, el, eo)) | ('D', None))."""
    pos = 0
    while True:
        nl = data.find(b"\n", pos)
        if nl < 0:
            return
        head = data[pos:nl].split()
        if len(head) != 3:
            return
        idx, status, n = int(head[0]), head[1].decode(), int(head[2])
        if nl + 1 + n + 1 > len(data):
            return  # cut short by a crash
        payload = data[nl + 1:nl + 1 + n].decode("utf-8", "surrogateescape")
        pos = nl + 1 + n + 1
        if status == "R":
            f = payload.split("\x1f")
            results[idx] = ("R", (f[0], f[1], int(f[2]), int(f[3]), int(f[4]), int(f[5])))
        elif status == "A":
            results[idx] = ("A", payload)
        else:
            results[idx] = ("D", None)


class Lemonpy:
    """Runs batches of programs through the driver."""

    def __init__(self, exe, work, timeout):
        self.exe, self.work, self.timeout = exe, work, timeout
        self.batch_no = 0

    def start(self, programs):
        """Starts the driver on [programs] (bytes); returns a handle for finish()."""
        self.batch_no += 1
        path = os.path.join(self.work, "batch%d.in" % (self.batch_no % 4))
        with open(path, "wb") as f:
            for p in programs:
                f.write(b"%d\n" % len(p))
                f.write(p)
        return (path, len(programs), self._spawn(path, 0))

    def _spawn(self, path, first):
        # In a sanitizer build, undefined behaviour stops the driver too.
        env = dict(os.environ, UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1",
                   ASAN_OPTIONS="detect_leaks=0")
        return subprocess.Popen([self.exe, path, str(first), str(self.timeout)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)

    def finish(self, handle):
        """Waits for the batch: a list of results (see parse_output) or Crash."""
        path, count, proc = handle
        results = {}
        while True:
            out, err = proc.communicate()
            parse_output(out, results)
            first_missing = next((i for i in range(count) if i not in results), None)
            if first_missing is None:
                return [results[i] for i in range(count)]
            rc = proc.returncode
            how = "timeout" if rc == -14 else ("signal %d" % -rc if rc < 0 else "exit %d" % rc)
            results[first_missing] = ("C", Crash(how, err.decode("utf-8", "replace")[-2000:]))
            if first_missing + 1 >= count:
                return [results[i] for i in range(count)]
            proc = self._spawn(path, first_missing + 1)

    def run(self, programs):
        return self.finish(self.start(programs))


# ==== CPython ====


def cpython(src):
    """CPython's answer for [src] (bytes), in the driver's terms; ('X', why)
    when it cannot be compared (RecursionError, MemoryError, ...)."""
    try:
        tree = ast.parse(src, "<unknown>", "exec", type_comments=True)
    except SyntaxError as e:
        return ("R", (type(e).__name__, str(e.msg), e.lineno or 0, e.offset or 0,
                      e.end_lineno or 0, e.end_offset or 0))
    except RecursionError:
        return ("X", "RecursionError")
    except (MemoryError, ValueError, OverflowError) as e:
        return ("X", type(e).__name__)
    try:
        return ("A", ast.dump(tree, include_attributes=True))
    except RecursionError:
        return ("X", "RecursionError")


# ==== classifying disagreements ====

CATEGORIES = ["crash", "accepts", "rejects", "dump", "message", "line", "position"]
FAILING = {"crash", "accepts", "rejects"}


def norm(msg):
    """A message with its specifics blanked: numbers, quoted names."""
    msg = re.sub(r"\(U\+[0-9A-F]+\)", "(U+XXXX)", msg)
    msg = re.sub(r"'[^']*[^\x00-\x7f][^']*'", "'?'", msg)
    msg = re.sub(r"\d+", "N", msg)
    msg = re.sub(r"'[A-Za-z_][A-Za-z_0-9]*' (?!(statement|block|or|and|instead))", "'X' ", msg)
    return msg


def dump_difference(a, b):
    """Where dumps [a] (CPython) and [b] first differ: 'Node.field'."""
    i = 0
    n = min(len(a), len(b))
    while i < n and a[i] == b[i]:
        i += 1
    head = a[:i]
    depth, j = 0, len(head) - 1
    node = "?"
    while j >= 0:
        c = head[j]
        if c == ")":
            depth += 1
        elif c == "(":
            if depth == 0:
                m = re.search(r"([A-Za-z_]+)$", head[:j])
                node = m.group(1) if m else "tuple"
                break
            depth -= 1
        j -= 1
    fields = re.findall(r"([a-z_]+)=", head[j + 1:]) if j >= 0 else []
    field = fields[-1] if fields else "?"
    return "%s.%s" % (node, field)


def classify(cp, lp):
    """The kind of disagreement between CPython's [cp] and lemonpy's [lp]
    answers, as (category, key), or None when they agree."""
    if lp[0] == "C":
        return ("crash", lp[1].how)
    if cp[0] == "X":
        return None
    if lp[0] == "D":
        return None if cp[0] == "A" else ("accepts", "tree too deep; CPython: " + norm(cp[1][1]))
    if cp[0] == "A" and lp[0] == "A":
        return None if cp[1] == lp[1] else ("dump", dump_difference(cp[1], lp[1]))
    if cp[0] == "R" and lp[0] == "A":
        return ("accepts", "%s: %s" % (cp[1][0], norm(cp[1][1])))
    if cp[0] == "A" and lp[0] == "R":
        return ("rejects", "%s: %s" % (lp[1][0], norm(lp[1][1])))
    c, l = cp[1], lp[1]
    if (c[0], c[1]) != (l[0], l[1]):
        return ("message", "%s: %s  <- lemonpy %s: %s" % (c[0], norm(c[1]), l[0], norm(l[1])))
    if c[2] != l[2]:
        return ("line", "%s: %s" % (c[0], norm(c[1])))
    if c[3:] != l[3:]:
        return ("position", "%s: %s" % (c[0], norm(c[1])))
    return None


def describe(cp, lp):
    """What CPython and lemonpy said, one line each; for differing trees,
    the dumps around their first difference."""
    def side(r):
        if r[0] == "A":
            return "accepts" + ("" if len(r[1]) > 300 else ": " + r[1])
        if r[0] == "R":
            t, m, l, o, el, eo = r[1]
            return "%s: %s (%d:%d-%d:%d)" % (t, m, l, o, el, eo)
        if r[0] == "C":
            tail = r[1].stderr.strip().splitlines()
            return "CRASH (%s)%s" % (r[1].how, (": " + tail[-1]) if tail else "")
        return "tree too deep" if r[0] == "D" else "cannot say (%s)" % r[1]
    if cp[0] == lp[0] == "A" and cp[1] != lp[1]:
        a, b = cp[1], lp[1]
        i = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), min(len(a), len(b)))
        lo = max(0, i - 120)
        return "CPython: ...%s\n    lemonpy: ...%s" % (a[lo:i + 60], b[lo:i + 60])
    return "CPython: %s\n    lemonpy: %s" % (side(cp), side(lp))


# ==== the standard library's statements ====


def stdlib_units(max_lines, limit_files, rng):
    """Source texts of statements from the standard library: every
    statement at any depth, dedented, of at most [max_lines] lines."""
    root = sysconfig.get_paths()["stdlib"]
    files = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in ("site-packages", "__pycache__")]
        files += [os.path.join(dirpath, f) for f in filenames if f.endswith(".py")]
    files.sort()
    rng.shuffle(files)
    units = []
    for path in files[:limit_files]:
        try:
            with open(path, "rb") as f:
                data = f.read()
            text = data.decode("utf-8")
            tree = ast.parse(data)
        except (SyntaxError, UnicodeDecodeError, ValueError):
            continue
        lines = text.splitlines(keepends=True)
        for node in ast.walk(tree):
            if not isinstance(node, ast.stmt):
                continue
            first = node.lineno
            if getattr(node, "decorator_list", None):
                first = min(d.lineno for d in node.decorator_list)
            n = node.end_lineno - first + 1
            if n > max_lines:
                continue
            unit = textwrap.dedent("".join(lines[first - 1:node.end_lineno]))
            if unit.strip():
                units.append(unit)
    return units


# ==== tokens and mutations ====

KEYWORDS = ["False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
            "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass",
            "raise", "return", "try", "while", "with", "yield"]
SOFT = ["match", "case", "_", "type"]
OPERATORS = ["+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^", "~", ":=",
             "<", ">", "<=", ">=", "==", "!=", "(", ")", "[", "]", "{", "}", ",", ":", ".", ";",
             "=", "->", "+=", "-=", "*=", "/=", "//=", "%=", "@=", "&=", "|=", "^=", ">>=",
             "<<=", "**=", "...", "!", "$", "?", "`", "\\", "<>"]
LITERALS = ["0", "1", "1.5", "1j", "0x1f", "1_0", "'s'", '"s"', "b'b'", "f'{x}'", "f'{x!r:>{w}}'",
            "r'\\d'", "'''t'''", "u'u'", "rb'x'", "f'{'", "'a' 'b'", "00", "1e5", "0b2"]
NAMES = ["x", "y", "self", "print", "\u00e9", "__debug__", "a1"]
EXTRA = ["\n", "\n    ", "\n\t", " ", "#", "# type: int", "# type: ignore", "'", '"', '"""',
         "f'", "\\\n"]
VOCAB = KEYWORDS + SOFT * 4 + OPERATORS + LITERALS + NAMES
BLANKS = [" ", "  ", "\t", "\f", " \\\n", "\\\n ", " \\\n\t", " \\\r\n"]


def tokens_of(src):
    """(start, end) character spans of [src]'s tokens (no NEWLINE, INDENT,
    DEDENT, ENDMARKER), or None when tokenize fails."""
    line_starts = [0]
    for m in re.finditer("\n", src):
        line_starts.append(m.end())
    spans = []
    try:
        for t in tokenize.generate_tokens(io.StringIO(src).readline):
            if t.type in (tokenize.INDENT, tokenize.DEDENT, tokenize.ENDMARKER, tokenize.NL,
                          tokenize.NEWLINE):
                continue
            (l1, c1), (l2, c2) = t.start, t.end
            if l1 - 1 >= len(line_starts) or l2 - 1 >= len(line_starts):
                continue
            spans.append((line_starts[l1 - 1] + c1, line_starts[l2 - 1] + c2))
    except (tokenize.TokenError, IndentationError, SyntaxError):
        pass
    return spans or None


def mutate(src, spans, rng):
    """[src] with one random mutation at token level ([spans] from tokens_of)."""
    op = rng.randrange(16)
    if not spans or op >= 14:
        # character level: insert or delete anywhere
        i = rng.randrange(len(src) + 1)
        if op == 14 or not src:
            return src[:i] + rng.choice(EXTRA + OPERATORS + ["(", ")", ":", " "]) + src[i:]
        return src[:i] + src[i + 1:]
    k = rng.randrange(len(spans))
    s, e = spans[k]
    tok = src[s:e]
    if op == 0:    # delete a token
        return src[:s] + src[e:]
    if op == 1:    # duplicate a token
        return src[:e] + " " + tok + src[e:]
    if op == 2 and k + 1 < len(spans):   # swap with the next token
        s2, e2 = spans[k + 1]
        return src[:s] + src[s2:e2] + src[e:s2] + tok + src[e2:]
    if op == 3:    # insert a random token before
        return src[:s] + rng.choice(VOCAB) + " " + src[s:]
    if op == 4:    # insert a random token after
        return src[:e] + " " + rng.choice(VOCAB) + src[e:]
    if op == 5:    # replace the token
        return src[:s] + rng.choice(VOCAB) + src[e:]
    if op == 6:    # truncate
        return src[:rng.choice([s, e])]
    if op == 7:    # a bracket somewhere
        return src[:s] + rng.choice("()[]{}") + src[s:]
    if op == 8:    # a line break before the token
        return src[:s] + rng.choice(["\n", "\n    ", "\\\n", "\n\n"]) + src[s:]
    if op == 9:    # indent or dedent the token's line
        ls = src.rfind("\n", 0, s) + 1
        if rng.random() < 0.5:
            return src[:ls] + rng.choice([" ", "    ", "\t"]) + src[ls:]
        m = re.match(r"[ \t]+", src[ls:])
        return src[:ls] + src[ls + (len(m.group()) if m else 0):] if m else src
    if op == 10:   # a soft keyword in an odd place
        return src[:s] + rng.choice(SOFT) + rng.choice([" ", "", "(", ".", " = ", ":"]) + src[s:]
    if op in (12, 13):  # blanks between tokens (mostly keeps the program valid)
        return src[:e] + rng.choice(BLANKS) + src[e:]
    # join the token's line with the next
    nl = src.find("\n", e)
    if nl < 0 or nl + 1 >= len(src):
        return src
    return src[:nl] + rng.choice([" ", "; "]) + src[nl + 1:]


def mutant(src, rng, spans=None):
    """[src] with one to three mutations; now and then with other line
    endings, or without its last newline."""
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        if spans is None:
            spans = tokens_of(src)
        src = mutate(src, spans, rng)
        spans = None
    return line_endings(src, rng)


def respace(src, rng):
    """[src] with blanks (spaces, tabs, form feeds, continuation lines)
    added after one to five tokens: a valid program mostly stays valid."""
    spans = tokens_of(src)
    if not spans:
        return src
    for e in sorted({rng.choice(spans)[1] for _ in range(rng.randrange(1, 6))}, reverse=True):
        src = src[:e] + rng.choice(BLANKS) + src[e:]
    return src


def line_endings(src, rng):
    """[src] as is, mostly; else with CRLF or CR newlines, or without its
    final newline."""
    k = rng.randrange(40)
    if k == 0:
        return src.replace("\n", "\r\n")
    if k == 1:
        return src.replace("\n", "\r")
    if k == 2:
        return src.rstrip("\n")
    return src


# ==== random programs from the grammar ====


class Grammar:
    """Random programs that mostly follow Python 3.11's grammar."""

    def __init__(self, rng):
        self.r = rng

    def pick(self, *options):
        return self.r.choice(options)

    def chance(self, p):
        return self.r.random() < p

    def sp(self):
        return self.pick("", "", "", " ", "  ")

    def name(self):
        return self.pick("a", "b", "c", "x", "y", "f", "g", "obj", "match", "case", "_", "type",
                         "print", "\u00e9t\u00e9", "\uff41", "self", "async_", "_x")

    def number(self):
        return self.pick("0", "1", "42", "1_000", "0x_ff", "0o7", "0b1", "1.5", ".5", "1.",
                         "1e10", "1E-3", "2j", "1.5J", "123456789012345678901234567890", "0.0")

    def string(self):
        s = self.pick("'a'", '"b"', "''", "'''c\nd'''", '"""e"""', "r'\\d'", "b'x'", "B\"y\"",
                      "'\\n\\t'", "u'u'", "'\\x41\\u00e9\\N{BULLET}'", "'caf\u00e9'", "rb'\\x'",
                      "'\\''", "'\U0001F600'")
        return s

    def fstring(self, d):
        q = self.pick("'", '"')
        other = "'" if q == '"' else '"'
        parts = []
        for _ in range(self.r.randrange(1, 4)):
            if self.chance(0.4):
                parts.append(self.pick("a", "{{", "}}", " ", "text", "\u00e9"))
                continue
            e = self.expr(min(d, 1)) if self.chance(0.5) else self.name()
            e = e.replace("\\", "").replace("\n", " ").replace(q, other)
            if "#" in e or "{" in e and self.chance(0.5):
                e = self.name()
            field = "{" + self.pick("", " ") + e
            if self.chance(0.2):
                field += self.pick("=", " = ")
            if self.chance(0.3):
                field += "!" + self.pick("r", "s", "a")
            if self.chance(0.3):
                field += ":" + self.pick(">10", "{w}", ".2f", "{w}.{p}", "", "%H:%M", "^{x!r}")
            parts.append(field + "}")
        return self.pick("f", "F", "rf", "fr") + q + "".join(parts) + q

    def atom(self, d):
        if d <= 0:
            return self.pick(self.name(), self.name(), self.number(), self.string(), "None",
                             "True", "False", "...")
        k = self.r.randrange(16)
        if k == 0:
            return "(" + self.expr(d - 1) + ")"
        if k == 1:
            return "(" + self.exprs(d - 1, star=True, trailing=True) + ")"
        if k == 2:
            return "[" + self.exprs(d - 1, star=True, empty=True) + "]"
        if k == 3:
            return "{" + self.exprs(d - 1, star=True) + "}"
        if k == 4:
            items = [self.pick(self.expr(d - 1) + ":" + self.sp() + self.expr(d - 1),
                               "**" + self.bitor(d - 1)) for _ in range(self.r.randrange(3))]
            return "{" + ", ".join(items) + self.pick("", ",") * bool(items) + "}"
        if k in (5, 6):
            return self.comprehension(d - 1)
        if k == 7:
            return self.fstring(d - 1)
        if k == 8:
            return " ".join(self.pick(self.string(), self.fstring(0))
                            for _ in range(self.r.randrange(2, 4)))
        if k == 9:
            return "(" + self.name() + " := " + self.expr(d - 1) + ")"
        if k == 10:
            return "(yield" + self.pick("", " " + self.exprs(d - 1),
                                        " from " + self.expr(d - 1)) + ")"
        return self.atom(0)

    def comprehension(self, d):
        fors = ""
        for _ in range(self.r.randrange(1, 3)):
            fors += " %sfor %s in %s" % (self.pick("", "", "async "), self.target(d),
                                         self.disjunction(d))
            for _ in range(self.r.randrange(3) // 2):
                fors += " if " + self.disjunction(d)
        k = self.r.randrange(4)
        if k == 0:
            return "[" + self.expr(d) + fors + "]"
        if k == 1:
            return "{" + self.expr(d) + fors + "}"
        if k == 2:
            return "{" + self.expr(d) + ": " + self.expr(d) + fors + "}"
        return "(" + self.expr(d) + fors + ")"

    def slice(self, d):
        k = self.r.randrange(6)
        e = lambda: self.expr(d) if self.chance(0.6) else ""
        if k == 0:
            return e() + ":" + e()
        if k == 1:
            return e() + ":" + e() + ":" + e()
        if k == 2:
            return ", ".join(self.pick(self.expr(d), e() + ":" + e(), "*" + self.bitor(d))
                             for _ in range(self.r.randrange(1, 4)))
        return self.expr(d)

    def args(self, d):
        out = []
        for _ in range(self.r.randrange(4)):
            out.append(self.pick(self.expr(d), self.expr(d), "*" + self.expr(d),
                                 "**" + self.expr(d), self.name() + "=" + self.expr(d),
                                 self.name() + " := " + self.expr(d)))
        if self.chance(0.1):
            return self.expr(d) + " for x in y"
        return ", ".join(out) + (self.pick("", ",") if out else "")

    def primary(self, d):
        p = self.atom(d)
        for _ in range(self.r.randrange(3) if d > 0 else 0):
            k = self.r.randrange(3)
            if k == 0:
                p += "." + self.name()
            elif k == 1:
                p += "(" + self.args(d - 1) + ")"
            else:
                p += "[" + self.slice(d - 1) + "]"
        return p

    # Operator levels, loosest first: an operand at level L may hold any
    # form of level L or tighter unparenthesised (a primary fits anywhere).
    BINARY = {1: [" or "], 2: [" and "],
              4: ["<", ">", "==", "!=", "<=", ">=", " in ", " not in ", " is ", " is not "],
              5: ["|"], 6: ["^"], 7: ["&"], 8: ["<<", ">>"], 9: ["+", "-"],
              10: ["*", "/", "//", "%", "@"]}

    def level(self, lv, d):
        """An expression of operator level [lv] or tighter, [d] deep."""
        if d <= 0 or self.chance(0.35):
            return self.primary(d)
        L = self.r.randrange(lv, 14)
        if L == 0:
            if self.chance(0.5):
                return self.lambdef(d - 1)
            return "%s if %s else %s" % (self.level(1, d - 1), self.level(1, d - 1),
                                         self.level(0, d - 1))
        if L in self.BINARY:
            op = self.pick(*self.BINARY[L])
            return self.level(L, d - 1) + self.sp() + op + self.sp() + self.level(L + 1, d - 1)
        if L == 3:
            return "not " + self.level(3, d - 1)
        if L == 11:
            return self.pick("-", "+", "~") + self.sp() + self.level(11, d - 1)
        if L == 12:
            return self.level(13, d - 1) + self.sp() + "**" + self.sp() + self.level(11, d - 1)
        return "await " + self.primary(d - 1)

    def bitor(self, d):
        return self.level(5, d)

    def disjunction(self, d):
        return self.level(1, d)

    def lambdef(self, d):
        return "lambda" + (" " + self.params(d, annotations=False)) + ": " + self.expr(d)

    def expr(self, d):
        return self.level(0, d)

    def exprs(self, d, star=False, trailing=False, empty=False):
        n = self.r.randrange(0 if empty else 1, 4)
        items = [("*" + self.bitor(d)) if star and self.chance(0.15) else self.expr(d)
                 for _ in range(n)]
        s = ", ".join(items)
        if items and (trailing and len(items) == 1 or self.chance(0.2)):
            s += ","
        return s

    def target(self, d):
        k = self.r.randrange(8)
        if k < 4 or d <= 0:
            return self.name()
        if k == 4:
            return self.primary(d - 1) + "." + self.name()
        if k == 5:
            return self.primary(d - 1) + "[" + self.slice(d - 1) + "]"
        items = [self.pick(self.name(), "*" + self.name(), self.target(d - 1))
                 for _ in range(self.r.randrange(1, 3))]
        return self.pick("(%s)", "[%s]", "%s") % (", ".join(items) + ("," if len(items) == 1
                                                                       else ""))

    def params(self, d, annotations=True):
        out = []
        ann = lambda: (": " + self.expr(d)) if annotations and self.chance(0.3) else ""
        dflt = lambda: ("=" + self.expr(d)) if self.chance(0.3) else ""
        names = iter("abcdefghijklmnop")
        for _ in range(self.r.randrange(3)):
            out.append(next(names) + ann() + dflt())
        if out and self.chance(0.2):
            out.append("/")
        if self.chance(0.3):
            out.append("*" + self.pick(next(names) + ann(), ""))
            out.append(next(names) + ann() + dflt())
        if self.chance(0.2):
            out.append("**" + next(names) + ann())
        return ", ".join(out) + (self.pick("", ",") if out else "")

    # -- statements --

    def simple(self, d):
        k = self.r.randrange(22)
        if k < 5:
            return self.exprs(d, star=True)
        if k < 8:
            tc = self.pick("", "", "", "  # type: int")
            return " = ".join(self.target(d) for _ in range(self.r.randrange(1, 3))) + \
                " = " + self.pick(self.exprs(d, star=True), "yield " + self.expr(d)) + tc
        if k == 8:
            return self.target(0) + " " + self.pick("+", "-", "*", "/", "//", "%", "**", "@",
                                                    "&", "|", "^", "<<", ">>") + "= " + self.expr(d)
        if k == 9:
            return self.pick(self.name(), "(" + self.name() + ")", self.primary(d) + ".b") + \
                ": " + self.expr(d) + self.pick("", " = " + self.expr(d))
        if k == 10:
            return "del " + ", ".join(self.target(d) for _ in range(self.r.randrange(1, 3)))
        if k == 11:
            return self.pick("pass", "break", "continue", "return", "raise", "...")
        if k == 12:
            return "return " + self.exprs(d, star=True)
        if k == 13:
            return "raise " + self.expr(d) + self.pick("", " from " + self.expr(d))
        if k == 14:
            return self.pick("global ", "nonlocal ") + ", ".join(
                self.name() for _ in range(self.r.randrange(1, 3)))
        if k == 15:
            return "assert " + self.expr(d) + self.pick("", ", " + self.expr(d))
        if k == 16:
            return "import " + ", ".join(self.pick("a", "a.b", "a.b as c", "os as o")
                                         for _ in range(self.r.randrange(1, 3)))
        if k == 17:
            return "from " + self.pick("a", ".", "..a", "a.b", "...") + " import " + self.pick(
                "*", "x", "x as y, z", "(x,\n y as z,)", "(x)")
        if k == 18:
            return "yield " + self.pick("", self.exprs(d), "from " + self.expr(d))
        return self.expr(d)

    def simple_line(self, d):
        s = "; ".join(self.simple(d) for _ in range(self.r.randrange(1, 3)))
        return s + self.pick("", "", "", ";", "  # comment")

    def block(self, d, ind, n=None):
        if d <= 0 or self.chance(0.2):
            return " " + self.simple_line(0) + "\n"
        ind2 = ind + self.pick("    ", "    ", "  ", "\t", " ")
        out = "\n"
        if self.chance(0.1):
            out += ind2 + "# type: () -> None\n" if self.chance(0.5) else "\n"
        for _ in range(n or self.r.randrange(1, 3)):
            out += self.stmt(d - 1, ind2)
        return out

    def pattern(self, d, top=False):
        k = self.r.randrange(14 if d > 0 else 6)
        if k == 0:
            return self.pick("1", "-1", "1.5", "-2j", "1 + 2j", "-1 - 1j", "'s'", "b'b'",
                             "'a' 'b'", "None", "True", "False")
        if k == 1:
            return self.pick("x", "y", "match", "case")
        if k == 2:
            return "_"
        if k == 3:
            return self.pick("a.b", "a.b.c", "E.X")
        if k == 4:
            return "(" + self.pattern(d - 1) + ")" if d > 0 else "x"
        if k == 5:
            return self.pick("[]", "()", "{}")
        if k in (6, 7):
            items = [self.pattern(d - 1) for _ in range(self.r.randrange(1, 4))]
            if self.chance(0.3):
                items.insert(self.r.randrange(len(items) + 1), "*" + self.pick("r", "_"))
            body = ", ".join(items)
            if top and self.chance(0.3):
                return body
            return self.pick("[%s]", "(%s,)" if len(items) == 1 else "(%s)") % body
        if k == 8:
            items = ["%s: %s" % (self.pick("'k'", "1", "a.b", "None", "-1"), self.pattern(d - 1))
                     for _ in range(self.r.randrange(3))]
            if self.chance(0.3):
                items.append("**rest")
            return "{" + ", ".join(items) + "}"
        if k == 9:
            args = [self.pattern(d - 1) for _ in range(self.r.randrange(3))]
            args += ["%s=%s" % (self.pick("a", "b"), self.pattern(d - 1))
                     for _ in range(self.r.randrange(2))]
            return self.pick("C", "a.C", "int") + "(" + ", ".join(args) + ")"
        if k == 10:
            return " | ".join(self.pattern(d - 1) for _ in range(self.r.randrange(2, 4)))
        if k == 11:
            return self.pattern(d - 1) + " as " + self.pick("x", "y", "case")
        return self.pattern(0)

    def stmt(self, d, ind=""):
        k = self.r.randrange(20) if d > 0 else 0
        deco = ""
        if k in (9, 10) and self.chance(0.3):
            deco = "".join(ind + "@" + self.pick(self.name(), self.primary(d - 1),
                                                 self.expr(d - 1)) + "\n"
                           for _ in range(self.r.randrange(1, 3)))
        if k < 5:
            return ind + self.simple_line(d) + "\n"
        if k == 5:
            s = ind + "if " + self.expr(d - 1) + ":" + self.block(d, ind)
            for _ in range(self.r.randrange(3)):
                s += ind + "elif " + self.expr(d - 1) + ":" + self.block(d, ind)
            if self.chance(0.4):
                s += ind + "else:" + self.block(d, ind)
            return s
        if k == 6:
            s = ind + "while " + self.expr(d - 1) + ":" + self.block(d, ind)
            return s + (ind + "else:" + self.block(d, ind) if self.chance(0.2) else "")
        if k == 7:
            s = ind + self.pick("", "async ") + "for " + self.target(d - 1) + " in " + \
                self.exprs(d - 1, star=True) + ":" + self.pick("", "", "  # type: int") + \
                self.block(d, ind)
            return s + (ind + "else:" + self.block(d, ind) if self.chance(0.2) else "")
        if k == 8:
            s = ind + "try:" + self.block(d, ind)
            star = self.pick("", "*")
            n = self.r.randrange(0 if star == "" else 1, 3)
            for _ in range(n):
                s += ind + "except" + star + self.pick(
                    " E", " (A, B)", " E as e", " a.b as c", "" if not star else " E") + ":" + \
                    self.block(d, ind)
            if n and self.chance(0.3):
                s += ind + "else:" + self.block(d, ind)
            if not n or self.chance(0.3):
                s += ind + "finally:" + self.block(d, ind)
            return s
        if k == 9:
            return deco + ind + self.pick("", "async ") + "def " + self.name() + "(" + \
                self.params(d - 1) + ")" + self.pick("", " -> " + self.expr(d - 1)) + ":" + \
                self.pick("", "", "  # type: (int) -> None") + self.block(d, ind)
        if k == 10:
            return deco + ind + "class " + self.name() + self.pick(
                "", "()", "(" + self.args(d - 1) + ")") + ":" + self.block(d, ind)
        if k == 11:
            items = [self.expr(d - 1) + self.pick("", " as " + self.target(d - 1))
                     for _ in range(self.r.randrange(1, 3))]
            body = ", ".join(items)
            form = self.pick("%s", "(%s)", "(%s,)", "(\n%s\n)")
            return ind + self.pick("", "async ") + "with " + form % body + ":" + \
                self.block(d, ind)
        if k in (12, 13):
            s = ind + "match " + self.pick(self.expr(d - 1), self.exprs(d - 1, star=True)) + ":\n"
            ind2 = ind + "    "
            for _ in range(self.r.randrange(1, 4)):
                s += ind2 + "case " + self.pattern(d, top=True) + \
                    self.pick("", " if " + self.expr(d - 1)) + ":" + self.block(d - 1, ind2)
            return s
        return ind + self.simple_line(d) + "\n"

    def program(self):
        out = ""
        for _ in range(self.r.randrange(1, 4)):
            out += self.stmt(self.r.randrange(1, 4))
        return out


class FStrings:
    """Random f-strings: every prefix and quote, nested fields, conversions,
    `=`, nested format specs, nested strings and f-strings in the other
    quotes, non-ASCII text (byte and character columns differ), newlines
    in triple-quoted ones, implicit concatenation across lines."""

    TEXT = ["a", " ", "\u00e9", "\u20ac", "\U0001F600", "{{", "}}", "\\n", "\\N{BULLET}",
            "\\x41", "\\\\", "%", ":", "!", "=", "\\'", "\\\n"]
    EXPRS = ["x", "x.y", "a + b", "f(x, y=1)", "x[0]", "x[1:2]", "-x", "x if y else z",
             "(lambda: 1)()", "(x := 1)", "[i for i in y]", "{a: b}", "*a, b", "\u00e9",
             "a  ==  b", "not x", "await x", "x . y", "f(\n)", "(a,\nb)", "3.14", "0x1f", "..."]
    QUOTES = ["'", '"', "'" * 3, '"' * 3]

    def __init__(self, rng):
        self.r = rng

    def fstring(self, d, quotes):
        """One f-string in one of [quotes]; the inner strings use the others."""
        q = self.r.choice(quotes)
        rest = [o for o in quotes if o[0] != q[0]]
        prefix = self.r.choice(["f", "F", "rf", "fr", "Rf", "fR"])
        parts = []
        for _ in range(self.r.randrange(0, 5)):
            if self.r.random() < 0.4:
                t = self.r.choice(self.TEXT)
                if t == "\\\n" and len(q) < 3 and "r" in prefix.lower():
                    t = "b"
                parts.append(t)
            else:
                parts.append(self.field(d, q, rest))
        if len(q) == 3 and self.r.random() < 0.3:
            parts.insert(self.r.randrange(len(parts) + 1), "\n")
        return prefix + q + "".join(parts) + q

    def field(self, d, q, rest):
        """A replacement field of an f-string in quotes [q]."""
        ws = lambda: self.r.choice(["", "", " ", "  "] + (["\n"] if len(q) == 3 else []))
        k = self.r.randrange(10)
        if k < 6 or not rest:
            e = self.r.choice(self.EXPRS)
            if len(q) < 3:
                e = e.replace("\n", "")
        elif k < 8 or d <= 0:
            o = self.r.choice(rest)
            e = o + self.r.choice(["s", "", "\u00e9"]) + o
        else:
            e = self.fstring(d - 1, rest)
        f = "{" + ws() + e + ws()
        if self.r.random() < 0.25:
            f += self.r.choice(["=", " =", "= ", " = "])
        if self.r.random() < 0.25:
            f += "!" + self.r.choice("rsa")
        if self.r.random() < 0.3:
            spec = "".join(self.r.choice([">10", ".2f", "x", "\u00e9", "%H", " ", "{w}",
                                          "{w!r}", "{x:{y}}" if d > 0 else "{y}", "=", "!"])
                           for _ in range(self.r.randrange(0, 3)))
            f += ":" + spec
        return f + "}"

    def program(self):
        items = []
        for _ in range(self.r.randrange(1, 4)):
            items.append(self.r.choice([self.fstring(2, self.QUOTES),
                                        self.fstring(1, self.QUOTES), "'s'", "'\u00e9'",
                                        "r'\\\\'"]))
        sep = self.r.choice([" ", "", "\n", " \\\n  "])
        body = ("(%s)" if sep == "\n" else "%s") % sep.join(items)
        return self.r.choice(["x = ", "\u00e9 = ", "print(", "", "y = [1, ", "def f(): return "]) \
            + body + self.r.choice(["", ")", "]"]) + "\n"


def soup(rng):
    """A random sequence of tokens, with newlines and indentation."""
    out = []
    for _ in range(rng.randrange(1, 12)):
        t = rng.choice(VOCAB + ["\n", "\n    ", ":\n    "] * 3)
        out.append(t)
    return " ".join(out) + rng.choice(["", "\n"])


# ==== shrinking an example ====


def pieces(src, level):
    """[src] cut into pieces: lines (0), tokens (1), characters (2)."""
    if level == 0:
        return src.splitlines(keepends=True)
    if level == 1:
        return re.findall(r"\s+|\w+|.", src, re.S)
    return list(src)


def shrink(src, key, lemonpy, budget=60):
    """A smaller [src] whose disagreement kind is still [key]: removes runs
    of pieces (lines, then tokens, then characters) while the kind stays."""
    def kind_of(batch):
        res = lemonpy.run(batch)
        return [classify(cpython(b), r) for b, r in zip(batch, res)]

    rounds = 0
    for level in (0, 1, 2, 1):
        size = None
        while rounds < budget:
            parts = pieces(src.decode("utf-8", "surrogateescape"), level)
            if len(parts) <= 1:
                break
            size = size or max(1, len(parts) // 2)
            cands = []
            for i in range(0, len(parts), size):
                c = "".join(parts[:i] + parts[i + size:]).encode("utf-8", "surrogateescape")
                if c != src:
                    cands.append(c)
            if level == 2 and len(cands) > 400:
                cands = cands[:400]
            rounds += 1
            found = None
            for c, k in zip(cands, kind_of(cands) if cands else []):
                if k == key and (found is None or len(c) < len(found)):
                    found = c
            if found is not None:
                src = found
                size = None
            elif size > 1:
                size //= 2
            else:
                break
    return src


# ==== the run ====


def generate(rng, units, unit_spans, kinds):
    """One program (bytes) and the way it was made."""
    how = rng.choice(kinds)
    if how == "mutants":
        i = rng.randrange(len(units))
        if unit_spans[i] is None:
            unit_spans[i] = tokens_of(units[i]) or []
        src = mutant(units[i], rng, unit_spans[i])
    elif how == "grammar":
        src = Grammar(rng).program()
        k = rng.random()
        if k < 0.35:
            src = mutant(src, rng)
        elif k < 0.6:
            src = line_endings(respace(src, rng), rng)
    elif how == "fstrings":
        src = FStrings(rng).program()
        if rng.random() < 0.3:
            src = mutant(src, rng)
    else:
        src = soup(rng)
    return src.encode("utf-8", "surrogatepass"), how


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog="\n".join(__doc__.split("\n")[2:]))
    ap.add_argument("--count", type=int, default=20000, help="programs to try (20000)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (1)")
    ap.add_argument("--build", default=os.path.join(TOP, "build"),
                    help="build folder holding liblpcore.a (build/)")
    ap.add_argument("--only", choices=["mutants", "grammar", "fstrings", "soup"],
                    action="append",
                    help="kinds of programs (default: all: 50%% mutants, 25%% grammar, "
                         "15%% fstrings, 10%% soup)")
    ap.add_argument("--batch", type=int, default=2000, help="programs per driver run (2000)")
    ap.add_argument("--timeout", type=int, default=10, help="seconds per program (10)")
    ap.add_argument("--max-lines", type=int, default=25,
                    help="longest stdlib statement to mutate, in lines (25)")
    ap.add_argument("--files", type=int, default=100000, help="at most this many stdlib files")
    ap.add_argument("--top", type=int, default=20, help="kinds listed per category (20)")
    ap.add_argument("--no-shrink", action="store_true", help="report examples as found")
    ap.add_argument("--out", help="write crash inputs and one example per kind here")
    ap.add_argument("--strict", action="store_true",
                    help="also exit 1 on dump, message and position differences")
    args = ap.parse_args()

    rng = random.Random(args.seed)
    kinds = args.only or ["mutants"] * 10 + ["grammar"] * 5 + ["fstrings"] * 3 + ["soup"] * 2
    work = tempfile.mkdtemp(prefix="fuzz_parse.")
    try:
        exe = build_driver(os.path.abspath(args.build), work)
        lemonpy = Lemonpy(exe, work, args.timeout)
        units = []
        if "mutants" in kinds:
            t0 = time.time()
            units = stdlib_units(args.max_lines, args.files, rng)
            print("%d stdlib statements (%.1fs)" % (len(units), time.time() - t0),
                  file=sys.stderr)
        unit_spans = [None] * len(units)
        found = {c: collections.Counter() for c in CATEGORIES}
        examples = {}     # (category, key) -> (src, cpython, lemonpy)
        crashes = []      # every crashing input
        made = collections.Counter()
        agree = collections.Counter()
        t0 = time.time()
        done = 0
        pending = None     # (programs, handle) of the batch the driver is on
        while done < args.count or pending:
            batch = None
            if done < args.count:
                n = min(args.batch, args.count - done)
                batch = [generate(rng, units, unit_spans, kinds) for _ in range(n)]
                handle = lemonpy.start([p for p, _ in batch])
                done += n
            if pending:
                progs, h = pending
                cps = [cpython(p) for p, _ in progs]
                lps = lemonpy.finish(h)
                for (p, how), cp, lp in zip(progs, cps, lps):
                    made[how] += 1
                    kind = classify(cp, lp)
                    if kind is None:
                        agree[cp[0]] += 1
                        continue
                    found[kind[0]][kind[1]] += 1
                    if kind[0] == "crash":
                        crashes.append(p)
                    if kind not in examples or len(p) < len(examples[kind][0]):
                        examples[kind] = (p, cp, lp)
                print("%d programs, %.0fs, disagreements: %s" % (
                    sum(made.values()), time.time() - t0,
                    ", ".join("%s %d" % (c, sum(found[c].values())) for c in CATEGORIES)),
                    file=sys.stderr)
            pending = (batch, handle) if batch else None
        elapsed = time.time() - t0
        report(args, found, examples, made, agree, elapsed, lemonpy, crashes)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    bad = [c for c in CATEGORIES if found[c] and (c in FAILING or args.strict)]
    return 1 if bad else 0


def report(args, found, examples, made, agree, elapsed, lemonpy, crashes):
    """Prints the summary and the examples (shrunk unless --no-shrink);
    with --out, writes them and every crashing input to files."""
    total = sum(made.values())
    print("fuzz_parse: %d programs (%s) in %.0fs, seed %d" % (
        total, ", ".join("%s %d" % kv for kv in sorted(made.items())), elapsed, args.seed))
    print("agreed: %d accepted by both, %d rejected by both alike, %d not comparable" % (
        agree["A"], agree["R"], agree["X"]))
    for c in CATEGORIES:
        print("%-9s %6d programs, %d kinds" % (c, sum(found[c].values()), len(found[c])))
    if args.out:
        os.makedirs(args.out, exist_ok=True)
        for i, src in enumerate(crashes):
            with open(os.path.join(args.out, "crash_input_%04d.py" % i), "wb") as f:
                f.write(src)
    for c in CATEGORIES:
        if not found[c]:
            continue
        print("\n==== %s: %d programs ====" % (c, sum(found[c].values())))
        for rank, (key, n) in enumerate(found[c].most_common(args.top), 1):
            src, cp, lp = examples[(c, key)]
            if not args.no_shrink and c != "crash":
                src = shrink(src, (c, key), lemonpy)
                cp, lp = cpython(src), lemonpy.run([src])[0]
            print("\n%d. [%d] %s" % (rank, n, key))
            print("    %r" % src.decode("utf-8", "surrogateescape"))
            print("    " + describe(cp, lp))
            if args.out:
                name = "%s_%02d.py" % (c, rank)
                with open(os.path.join(args.out, name), "wb") as f:
                    f.write(src)


if __name__ == "__main__":
    sys.exit(main())
