#!/usr/bin/env python3
"""bench_parse.py -- the parser benchmark: lemonpy against CPython, one run.

    scripts/bench_parse.py [--repeat N]      (scripts/bench builds first)

The corpus is build/bench/stdlib_parse.py: the files of the tokenizer
corpus (scripts/bench_tokenize.py) that ast.parse accepts, concatenated in
sorted order.  Runs build/bench_parse on it (source to syntax tree), then
times CPython's ast.parse on the same bytes (best of N), and prints MB/s for
both and the ratio.  The target is lemonpy at least 3 times faster.
"""
import argparse
import ast
import os
import subprocess
import sys
import time

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_tokenize as bt  # noqa: E402  (corpus helpers)

CORPUS = os.path.join(bt.BENCH, 'stdlib_parse.py')
TARGET = 3.0  # lemonpy / CPython


def make_corpus():
    files = bt.stdlib_files()
    key = bt.corpus_key(files)
    stamp = CORPUS + '.key'
    if os.path.exists(CORPUS) and os.path.exists(stamp) and open(stamp).read() == key:
        return
    os.makedirs(bt.BENCH, exist_ok=True)
    parts = []
    for p in files:
        data = open(p, 'rb').read()
        if not bt.tokenizes_cleanly(data):
            continue
        try:
            ast.parse(data)
        except (SyntaxError, ValueError):
            continue
        parts.append(data if data.endswith(b'\n') else data + b'\n')
    with open(CORPUS, 'wb') as f:
        f.write(b''.join(parts))
    with open(stamp, 'w') as f:
        f.write(key)


def main():
    ap = argparse.ArgumentParser(prog='scripts/bench_parse.py')
    ap.add_argument('--repeat', type=int, default=3)
    opts = ap.parse_args()
    make_corpus()
    size = os.path.getsize(CORPUS)
    print('corpus: %s (%.1f MB)' % (os.path.relpath(CORPUS, bt.TOP), size / 1e6))
    out = subprocess.run([os.path.join(bt.TOP, 'build', 'bench_parse'), CORPUS, str(opts.repeat)],
                         capture_output=True, text=True, check=True).stdout
    print(out.strip())
    lemonpy = float(out.split(':')[1].split()[0])
    data = open(CORPUS, 'rb').read()
    best = min(timed(lambda: ast.parse(data)) for _ in range(opts.repeat))
    cpython = size / 1e6 / best
    print('CPython ast.parse (source to tree): %.2f MB/s' % cpython)
    ratio = lemonpy / cpython
    print('lemonpy parser compared with CPython ast.parse: %.1fx' % ratio)
    print('target >= %.0fx: %s' % (TARGET, 'met' if ratio >= TARGET else 'NOT met'))


def timed(fn):
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


if __name__ == '__main__':
    main()
