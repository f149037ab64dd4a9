#!/usr/bin/env python3
"""bench_programs.py -- the program benchmarks: bench/*.py under lemonpy and
python3 in one run.

    scripts/bench_programs.py [--lemonpy PATH] [--python PATH] [--repeat N]
                              [--timeout S] [--markdown] [NAMES...]

    (usually through `scripts/bench programs [options]`, which builds first)

Each bench/<name>.py is a standalone program that runs for 1-2 s on
CPython 3.11 and prints a checksum.  For each one (or only the NAMES given,
with or without `.py`), the two interpreters run alternately, N times each
(--repeat, default 3): python3, lemonpy, python3, lemonpy, ...  The time of
a run is its wall-clock time, process start-up included; a benchmark's time
is the best (smallest) of its N runs.

lemonpy's output must be byte-identical to python3's on every run, with exit
status 0.  When it is not (a crash, an exception, a wrong checksum, a
timeout, a missing binary), the benchmark is marked FAILED with the reason
and lemonpy is not run on it again; the driver goes on with the next one.

The table gives, per benchmark, both times, the ratio lemonpy/python3
(below 1 means lemonpy is faster) and, last, the geometric mean of the
ratios of the benchmarks that passed, and a warning when the machine is
busy (load average above the number of cores).  --markdown prints the
table as Markdown, ready for docs/performance.md, headed by a line saying
when, on what and at which commit it was measured.  The exit status is 0
when every benchmark passed, 1 otherwise (2 for bad arguments).  Timings
live only here, never in tests.
"""
import argparse
import glob
import math
import os
import subprocess
import sys
import time

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(TOP, 'bench')
GOAL = 1.0          # the project's goal: faster than CPython on every one
REQUIRED = 1.5      # issue 4's bar: within 1.5x on each


class Result:
    """One benchmark's outcome: best times (None when not run or failed) and
    the reason lemonpy failed, if it did."""

    def __init__(self, name):
        self.name = name
        self.python = None
        self.lemonpy = None
        self.failure = None
        self.reference = None     # python3's stdout

    @property
    def ratio(self):
        if self.failure or self.python is None or self.lemonpy is None:
            return None
        return self.lemonpy / self.python


def find_benchmarks(names):
    """The bench/*.py files, or those named, sorted by name."""
    every = sorted(glob.glob(os.path.join(BENCH, '*.py')))
    if not names:
        return every
    chosen = []
    for n in names:
        base = os.path.basename(n)
        path = os.path.join(BENCH, base if base.endswith('.py') else base + '.py')
        if path not in every:
            raise SystemExit('bench_programs: no benchmark %s (have: %s)' % (
                n, ' '.join(os.path.basename(p)[:-3] for p in every)))
        chosen.append(path)
    return chosen


def run_once(argv, path, timeout):
    """(seconds, exit status, stdout, stderr) of one run of [path]; status is
    'timeout' or 'cannot run: ...' when the program did not finish."""
    env = dict(os.environ, PYTHONIOENCODING='utf-8', PYTHONHASHSEED='0')
    env.pop('PYTHONUNBUFFERED', None)       # both with their default buffering
    t0 = time.perf_counter()
    try:
        p = subprocess.run(argv + [os.path.basename(path)], cwd=os.path.dirname(path),
                           stdin=subprocess.DEVNULL, capture_output=True, env=env,
                           timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, 'timeout after %g s' % timeout, b'', b''
    except OSError as e:
        return None, 'cannot run: %s' % e.strerror, b'', b''
    return time.perf_counter() - t0, p.returncode, p.stdout, p.stderr


def failure_reason(status, out, err, want):
    """Why a lemonpy run does not count, or None when it matches python3."""
    if isinstance(status, str):
        return status
    if status != 0:
        lines = [l for l in err.decode('utf-8', 'replace').splitlines() if l.strip()]
        last = lines[-1].strip() if lines else 'no message'
        if status < 0:
            return 'killed by signal %d' % -status
        return 'exit %d: %s' % (status, last if len(last) <= 70 else last[:67] + '...')
    if out != want:
        got = out.decode('utf-8', 'replace').strip().replace('\n', ' | ')
        return 'output differs: %s' % ((got[:50] + '...') if len(got) > 50 else got or '(none)')
    return None


def measure(path, opts):
    """Run one benchmark under both interpreters, alternating; a Result."""
    r = Result(os.path.basename(path)[:-3])
    for _ in range(opts.repeat):
        secs, status, out, err = run_once([opts.python], path, opts.timeout)
        if secs is None or status != 0:
            r.failure = 'python3 failed: %s' % (status if secs is None else
                                               failure_reason(status, out, err, out))
            return r
        if r.reference is not None and out != r.reference:
            r.failure = 'python3 output not deterministic'
            return r
        r.reference = out
        r.python = secs if r.python is None else min(r.python, secs)
        if r.failure:
            continue
        secs, status, out, err = run_once([opts.lemonpy], path, opts.timeout)
        r.failure = failure_reason(status, out, err, r.reference)
        if not r.failure:
            r.lemonpy = secs if r.lemonpy is None else min(r.lemonpy, secs)
    if r.failure:
        r.lemonpy = None
    return r


def geometric_mean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else None


def fmt_time(t):
    return '%.3f s' % t if t is not None else '-'


def fmt_ratio(x):
    return '%.2fx' % x if x is not None else '-'


def print_text(results, opts):
    w = max(len('benchmark'), max(len(r.name) for r in results))
    print('%-*s  %10s  %10s  %8s  %s' % (w, 'benchmark', 'python3', 'lemonpy', 'ratio', 'note'))
    for r in results:
        note = 'FAILED: ' + r.failure if r.failure else ''
        if r.ratio is not None and r.ratio > REQUIRED:
            note = 'over %.1fx' % REQUIRED
        print('%-*s  %10s  %10s  %8s  %s' % (w, r.name, fmt_time(r.python), fmt_time(r.lemonpy),
                                             fmt_ratio(r.ratio), note))
    summary(results, opts)


def machine_line(opts):
    """When, where and what was measured: for the note under the table."""
    try:
        commit = subprocess.run(['git', '-C', TOP, 'rev-parse', '--short', 'HEAD'],
                                capture_output=True, text=True).stdout.strip() or '?'
        dirty = subprocess.run(['git', '-C', TOP, 'status', '--porcelain', '-uno'],
                               capture_output=True, text=True).stdout.strip()
    except OSError:
        commit, dirty = '?', ''
    ver = subprocess.run([opts.python, '-c', 'import sys; print(sys.version.split()[0])'],
                         capture_output=True, text=True).stdout.strip()
    return ('Measured %s UTC on %d cores (load average %.1f); python3 %s; lemonpy %s at '
            'commit %s%s at the start; best of %d.' % (
                time.strftime('%Y-%m-%d %H:%M', time.gmtime()), os.cpu_count() or 0,
                os.getloadavg()[0], ver, shown(opts.lemonpy), commit,
                ' (with uncommitted changes)' if dirty else '', opts.repeat))


def print_markdown(results, opts):
    print(opts.started)
    print()
    print('| benchmark | python3 | lemonpy | lemonpy/python3 |')
    print('|---|---:|---:|---:|')
    for r in results:
        ratio = fmt_ratio(r.ratio) if not r.failure else 'failed: ' + r.failure.replace('|', '/')
        print('| %s | %s | %s | %s |' % (r.name, fmt_time(r.python), fmt_time(r.lemonpy), ratio))
    ok = [r.ratio for r in results if r.ratio is not None]
    print('| **geometric mean** | | | %s |' % (fmt_ratio(geometric_mean(ok)) if ok else '-'))
    print()
    summary(results, opts)


def shown(path):
    """[path] relative to the top of the tree when it is inside it."""
    rel = os.path.relpath(path, TOP)
    return path if rel.startswith('..') else rel


def summary(results, opts):
    ok = [r.ratio for r in results if r.ratio is not None]
    gm = geometric_mean(ok)
    print('geometric mean of lemonpy/python3: %s over %d of %d benchmarks (best of %d, %s)'
          % (fmt_ratio(gm), len(ok), len(results), opts.repeat, shown(opts.lemonpy)))
    load, cores = os.getloadavg()[0], os.cpu_count() or 1
    if load > cores:
        print('warning: load average %.1f on %d cores: other work shares the machine, '
              'timings are unreliable (ratios less so)' % (load, cores))
    if ok:
        worst = max(ok)
        print('goal < %.1fx on each: %s; issue 4 bar <= %.1fx on each: %s' % (
            GOAL, 'met' if worst < GOAL and len(ok) == len(results) else 'NOT met',
            REQUIRED, 'met' if worst <= REQUIRED and len(ok) == len(results) else 'NOT met'))


def main():
    ap = argparse.ArgumentParser(prog='scripts/bench_programs.py',
                                 description='Time bench/*.py under lemonpy and python3.')
    ap.add_argument('names', nargs='*', metavar='NAME', help='benchmarks (default: all)')
    ap.add_argument('--lemonpy', default=os.path.join(TOP, 'build', 'lemonpy'))
    ap.add_argument('--python', default='python3', help='the reference (default: python3)')
    ap.add_argument('--repeat', '-n', type=int, default=3, help='runs of each, best kept')
    ap.add_argument('--timeout', type=float, default=120, help='seconds per run')
    ap.add_argument('--markdown', action='store_true', help='print a Markdown table')
    opts = ap.parse_args()
    if opts.repeat < 1:
        ap.error('--repeat must be at least 1')
    opts.lemonpy = os.path.abspath(opts.lemonpy)
    opts.started = machine_line(opts)      # the commit as the run starts
    results = []
    for path in find_benchmarks(opts.names):
        print('running %s ...' % os.path.basename(path), file=sys.stderr, flush=True)
        results.append(measure(path, opts))
    (print_markdown if opts.markdown else print_text)(results, opts)
    return 0 if all(r.ratio is not None for r in results) else 1


if __name__ == '__main__':
    sys.exit(main())
