#!/usr/bin/env python3
"""bench_tokenize.py -- the tokenizer benchmark: lemonpy against CPython, one run.

    scripts/bench_tokenize.py [--repeat N]      (scripts/bench builds first)

The corpus is build/bench/stdlib.py: every .py file of the reference
standard library (test/ included, site-packages excluded) that is valid
UTF-8, has no BOM and that `tokenize` reads without error or ERRORTOKEN,
concatenated in sorted order, each followed by a newline.  It is made once
and remade when python3 or any stdlib file changes.

Runs build/bench_tokenize on it (lines `NAME: X.XX MB/s (N tokens)`), then
times CPython's tokenizers on the same bytes with time.perf_counter:
  * tokenize.tokenize, the pure-Python one behind `python3 -m tokenize`
    (once: it is slow);
  * _tokenize.TokenizerIter, CPython's C tokenizer (best of N), when the
    interpreter has it (3.11 does).
and prints the same kind of line for each, then the ratios of lemonpy's
parser view to each.  MB means 10**6 bytes of the source file.
"""
import argparse
import hashlib
import io
import os
import re
import subprocess
import sys
import sysconfig
import time
import tokenize

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(TOP, 'build', 'bench')
CORPUS = os.path.join(BENCH, 'stdlib.py')
TARGET = 100.0   # MB/s, lemonpy's parser view


def stdlib_files():
    root = sysconfig.get_paths()['stdlib']
    found = []
    for d, dirs, names in os.walk(root):
        dirs[:] = [x for x in dirs if x not in ('site-packages', '__pycache__')]
        found += [os.path.join(d, n) for n in names if n.endswith('.py')]
    return sorted(found)


def corpus_key(files):
    h = hashlib.sha256(sys.version.encode())
    for p in files:
        st = os.stat(p)
        h.update(('%s %d %d\n' % (p, st.st_size, st.st_mtime_ns)).encode('utf-8', 'surrogateescape'))
    return h.hexdigest()


def tokenizes_cleanly(data):
    try:
        data.decode('utf-8')
    except UnicodeDecodeError:
        return False
    if data.startswith(b'\xef\xbb\xbf'):
        return False
    try:
        for tok in tokenize.tokenize(io.BytesIO(data).readline):
            if tok.type == tokenize.ERRORTOKEN:
                return False
    except (SyntaxError, tokenize.TokenError):  # IndentationError is a SyntaxError
        return False
    return True


def make_corpus():
    """Build (or reuse) the corpus; return (path, number of files)."""
    files = stdlib_files()
    key = corpus_key(files)
    stamp = CORPUS + '.key'
    try:
        with open(stamp) as f:
            saved_key, count = f.read().split()
        if saved_key == key and os.path.exists(CORPUS):
            return CORPUS, int(count)
    except (OSError, ValueError):
        pass
    print('bench: making the corpus %s (once)' % os.path.relpath(CORPUS, TOP), file=sys.stderr, flush=True)
    os.makedirs(BENCH, exist_ok=True)
    count = 0
    with open(CORPUS + '.tmp', 'wb') as out:
        for p in files:
            with open(p, 'rb') as f:
                data = f.read()
            if tokenizes_cleanly(data):
                out.write(data + b'\n')
                count += 1
    os.replace(CORPUS + '.tmp', CORPUS)
    with open(stamp, 'w') as f:
        f.write('%s %d\n' % (key, count))
    return CORPUS, count


# ==== CPython's tokenizers ===================================================

def time_pure_python(data):
    """tokenize.tokenize over [data], once: (seconds, tokens)."""
    t0 = time.perf_counter()
    n = 0
    for _ in tokenize.tokenize(io.BytesIO(data).readline):
        n += 1
    return time.perf_counter() - t0, n


def time_c_tokenizer(text, repeat):
    """_tokenize.TokenizerIter over [text], best of [repeat]: (seconds, tokens),
    or None when this interpreter has no such tokenizer."""
    try:
        from _tokenize import TokenizerIter
    except ImportError:
        return None
    best, n = float('inf'), 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        n = 0
        for _ in TokenizerIter(text):
            n += 1
        best = min(best, time.perf_counter() - t0)
    return best, n


# ==== driver =================================================================

def line(name, mb, seconds, tokens):
    return '%s: %.2f MB/s (%d tokens)' % (name, mb / seconds, tokens)


def main():
    ap = argparse.ArgumentParser(prog='scripts/bench_tokenize.py')
    ap.add_argument('--repeat', type=int, default=3, help='best of N for the fast tokenizers')
    opts = ap.parse_args()
    path, nfiles = make_corpus()
    with open(path, 'rb') as f:
        data = f.read()
    mb = len(data) / 1e6
    print('corpus: %s (%d stdlib files, %.1f MB)' % (os.path.relpath(path, TOP), nfiles, mb))
    print('python3: %s' % sys.version.split()[0])
    sys.stdout.flush()

    rates = {}  # name -> MB/s
    exe = os.path.join(TOP, 'build', 'bench_tokenize')
    p = subprocess.run([exe, path, str(opts.repeat)], capture_output=True, text=True)
    sys.stdout.write(p.stdout)
    sys.stderr.write(p.stderr)
    if p.returncode != 0:
        print('bench: %s failed (exit status %d)' % (exe, p.returncode))
    ours = None
    for out in p.stdout.splitlines():
        m = re.match(r'(.*?): ([0-9.]+) MB/s', out)
        if m and 'parser view' in m.group(1):
            ours = float(m.group(2))
    sys.stdout.flush()

    c = time_c_tokenizer(data.decode('utf-8'), opts.repeat)
    if c:
        name = 'CPython C tokenizer (_tokenize.TokenizerIter)'
        print(line(name, mb, *c), flush=True)
        rates[name] = mb / c[0]
    else:
        print('CPython C tokenizer: not reachable from this interpreter')
    name = 'CPython tokenize.tokenize (pure Python, python3 -m tokenize)'
    secs, n = time_pure_python(data)
    print(line(name, mb, secs, n))
    rates[name] = mb / secs

    if ours is None:
        print('no lemonpy parser-view figure: no ratios')
        return 1
    print('lemonpy parser view compared with:')
    for name, rate in rates.items():
        print('  %s: %.1fx' % (name, ours / rate))
    print('target >= %.0f MB/s: %s' % (TARGET, 'met' if ours >= TARGET else 'NOT met'))
    return 0 if p.returncode == 0 else 1


if __name__ == '__main__':
    sys.exit(main())
