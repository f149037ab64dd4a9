#!/usr/bin/env python3
"""bench_startup.py -- the start-up benchmark: bench/startup/main.py, which
imports a dozen modules, under lemonpy and python3 with a cold and a warm
bytecode cache.

    scripts/bench_startup.py [--lemonpy PATH] [--python PATH] [--repeat N]
                             [--markdown]

    (usually through `scripts/bench startup [options]`, which builds first)

bench/startup/ is copied to a temporary folder, one copy per interpreter
(nothing is written into the repository).  Then N rounds (--repeat,
default 10); in each, for python3 and then lemonpy:

  * empty: `INTERP -c pass`, the start-up of the interpreter alone;
  * cold:  every __pycache__ of the copy is removed, then `INTERP main.py`:
           each module is compiled from source and its .pyc written;
  * warm:  `INTERP main.py` again: each module is read from its .pyc.

Runs get the caller's environment without PYTHONDONTWRITEBYTECODE,
PYTHONPYCACHEPREFIX and PYTHONUNBUFFERED, with PYTHONHASHSEED=0 and
PYTHONIOENCODING=utf-8.  Each run is timed twice: wall-clock, and the
CPU time (user + system) the child used, from getrusage; a case's times are
the best of its N of each.  CPU time is much less disturbed by other work
on the machine, which matters for runs this short.  lemonpy's output must equal python3's, with exit status 0, on every
run (otherwise lemonpy's times are '-' and a line says why); and after a
cold run each module must have its .pyc (a cache that writes nothing would
make "warm" a second cold run; its warm times are then '-').  Either way
the exit status is 1.

The table gives both interpreters' times and the ratio lemonpy/python3 per
case, wall-clock then CPU; then the imports alone (a case less the empty
start-up) and the gain of the cache (cold / warm) for each interpreter.  Timings live only here and in
docs/performance.md, never in tests.
"""
import argparse
import glob
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True          # importing bench_programs writes nothing
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_programs import TOP, fmt_ratio, machine_line, shown  # noqa: E402

SOURCE = os.path.join(TOP, 'bench', 'startup')
CASES = ('empty', 'cold', 'warm')
LABELS = {'empty': 'empty start-up (-c pass)', 'cold': 'cold cache (compile, write .pyc)',
          'warm': 'warm cache (read .pyc)'}


class Side:
    """One interpreter: its copy of the tree and its best times."""

    def __init__(self, name, exe, workdir):
        self.name, self.exe = name, exe
        self.tree = os.path.join(workdir, name)
        shutil.copytree(SOURCE, self.tree, ignore=shutil.ignore_patterns('__pycache__'))
        self.best = dict.fromkeys(CASES)      # best wall-clock seconds
        self.cpu = dict.fromkeys(CASES)       # best user + system CPU seconds
        self.failure = None       # why this side stopped
        self.no_cache = None      # why 'warm' means nothing (no .pyc written)
        self.tag = None

    def clear_cache(self):
        for d in glob.glob(os.path.join(self.tree, '**', '__pycache__'), recursive=True):
            shutil.rmtree(d)

    def run(self, args, timeout):
        """((wall-clock, CPU seconds), exit status, stdout, stderr) of one
        run in the tree (the runs are one at a time, so the children's
        rusage grows by this run's alone)."""
        env = {k: v for k, v in os.environ.items()
               if k not in ('PYTHONDONTWRITEBYTECODE', 'PYTHONPYCACHEPREFIX', 'PYTHONUNBUFFERED')}
        env.update(PYTHONHASHSEED='0', PYTHONIOENCODING='utf-8')
        t0 = time.perf_counter()
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        try:
            p = subprocess.run([self.exe] + args, cwd=self.tree, env=env, capture_output=True,
                               stdin=subprocess.DEVNULL, timeout=timeout)
        except subprocess.TimeoutExpired:
            return None, 'timeout after %g s' % timeout, b'', b''
        except OSError as e:
            return None, 'cannot run: %s' % e.strerror, b'', b''
        wall = time.perf_counter() - t0
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
        return (wall, cpu), p.returncode, p.stdout, p.stderr

    def note(self, case, secs):
        wall, cpu = secs
        if self.best[case] is None or wall < self.best[case]:
            self.best[case] = wall
        if self.cpu[case] is None or cpu < self.cpu[case]:
            self.cpu[case] = cpu

    def missing_pycs(self):
        """The modules of the tree without a .pyc after a cold run."""
        missing = []
        for src in glob.glob(os.path.join(self.tree, '**', '*.py'), recursive=True):
            rel = os.path.relpath(src, self.tree)
            if rel == 'main.py':
                continue            # the script run directly is never cached
            d, name = os.path.split(src)
            pyc = os.path.join(d, '__pycache__', '%s.%s.pyc' % (name[:-3], self.tag))
            if not os.path.isfile(pyc):
                missing.append(rel)
        return sorted(missing)


def why(status, out, err, want):
    """Why a run does not count, or None."""
    if isinstance(status, str):
        return status
    if status != 0:
        lines = [l for l in err.decode('utf-8', 'replace').splitlines() if l.strip()]
        return 'exit %d: %s' % (status, lines[-1].strip()[:70] if lines else 'no message')
    if want is not None and out != want:
        return 'output differs: %s' % out.decode('utf-8', 'replace').strip()[:50]
    return None


def one_round(side, opts, want):
    """Times the three cases once; returns main.py's stdout, or None when
    the side failed (side.failure says why)."""
    secs, status, out, err = side.run(['-c', 'pass'], opts.timeout)
    side.failure = why(status, out, err, b'')
    if side.failure:
        return None
    side.note('empty', secs)
    side.clear_cache()
    for case in ('cold', 'warm'):
        secs, status, out, err = side.run(['main.py'], opts.timeout)
        side.failure = why(status, out, err, want)
        if side.failure:
            side.failure = '%s run: %s' % (case, side.failure)
            return None
        if case == 'warm' and side.no_cache:
            break
        side.note(case, secs)
        if case == 'cold':
            missing = side.missing_pycs()
            if missing:
                side.no_cache = 'no %s .pyc after a cold run for %s' % (
                    side.tag, ', '.join(missing[:3]) + (' ...' if len(missing) > 3 else ''))
        want = out if want is None else want
    return want


def cache_tag(exe):
    p = subprocess.run([exe, '-c', 'import sys; print(sys.implementation.cache_tag)'],
                       capture_output=True, text=True)
    return p.stdout.strip() or None


def measure(opts):
    work = tempfile.mkdtemp(prefix='lp-bench-startup-')
    try:
        ref = Side('python3', opts.python, work)
        lp = Side('lemonpy', opts.lemonpy, work)
        ref.tag, lp.tag = cache_tag(opts.python), cache_tag(opts.lemonpy)
        want = None
        for i in range(opts.repeat):
            print('round %d of %d ...' % (i + 1, opts.repeat), file=sys.stderr, flush=True)
            want = one_round(ref, opts, want)
            if want is None:
                raise SystemExit('bench_startup: python3 failed: %s' % ref.failure)
            if not lp.failure:
                one_round(lp, opts, want)
        return ref, lp
    finally:
        shutil.rmtree(work, ignore_errors=True)


def best(side, case, kind='best'):
    """The side's best time ('best': wall-clock, 'cpu': CPU) for [case],
    None when it does not count."""
    if side.failure or (case == 'warm' and side.no_cache):
        return None
    return getattr(side, kind)[case]


def rows(ref, lp, kind):
    """(label, python3 seconds, lemonpy seconds) for the table."""
    out = [(LABELS[c], best(ref, c, kind), best(lp, c, kind)) for c in CASES]
    for c in ('cold', 'warm'):
        a, b = best(ref, c, kind), best(lp, c, kind)
        out.append(('imports alone, %s (%s less empty)' % (c, c),
                    a - best(ref, 'empty', kind),
                    None if b is None else b - best(lp, 'empty', kind)))
    return out


def ratio(a, b):
    return b / a if a and b and a > 0 and b > 0 else None


def fmt_ms(t):
    return '%.1f ms' % (t * 1000) if t is not None else '-'


def gains(ref, lp):
    parts = []
    for side in (ref, lp):
        parts.append('%s %s (CPU %s)' % (
            side.name, fmt_ratio(ratio(best(side, 'warm'), best(side, 'cold'))),
            fmt_ratio(ratio(best(side, 'warm', 'cpu'), best(side, 'cold', 'cpu')))))
    return 'cache gain, cold / warm: ' + ', '.join(parts)


def print_text(ref, lp, opts):
    wall, cpu = rows(ref, lp, 'best'), rows(ref, lp, 'cpu')
    w = max(len(r[0]) for r in wall)
    print('%-*s  %10s  %10s  %6s    %9s  %9s  %6s' % (
        w, 'start-up of bench/startup/main.py', 'python3', 'lemonpy', 'ratio',
        'CPU py3', 'CPU lp', 'ratio'))
    for (label, a, b), (_, c, d) in zip(wall, cpu):
        print('%-*s  %10s  %10s  %6s    %9s  %9s  %6s' % (
            w, label, fmt_ms(a), fmt_ms(b), fmt_ratio(ratio(a, b)),
            fmt_ms(c), fmt_ms(d), fmt_ratio(ratio(c, d))))
    footer(ref, lp, opts)


def print_markdown(ref, lp, opts):
    print(opts.started)
    print()
    print('| start-up of `bench/startup/main.py` | python3 | lemonpy | lemonpy/python3 '
          '| python3 CPU | lemonpy CPU | CPU ratio |')
    print('|---|---:|---:|---:|---:|---:|---:|')
    for (label, a, b), (_, c, d) in zip(rows(ref, lp, 'best'), rows(ref, lp, 'cpu')):
        print('| %s | %s | %s | %s | %s | %s | %s |' % (
            label, fmt_ms(a), fmt_ms(b), fmt_ratio(ratio(a, b)),
            fmt_ms(c), fmt_ms(d), fmt_ratio(ratio(c, d))))
    print()
    footer(ref, lp, opts)


def footer(ref, lp, opts):
    print(gains(ref, lp))
    if lp.failure:
        print('lemonpy FAILED: %s' % lp.failure)
    elif lp.no_cache:
        print('lemonpy FAILED: warm not measured: %s' % lp.no_cache)
    print('best of %d runs each (%s)' % (opts.repeat, shown(opts.lemonpy)))
    load, cores = os.getloadavg()[0], os.cpu_count() or 1
    if load > cores:
        print('warning: load average %.1f on %d cores: other work shares the machine, '
              'wall-clock timings are unreliable (CPU times and ratios less so)' % (load, cores))


def main():
    ap = argparse.ArgumentParser(prog='scripts/bench_startup.py',
                                 description='Start-up with a cold and a warm bytecode cache.')
    ap.add_argument('--lemonpy', default=os.path.join(TOP, 'build', 'lemonpy'))
    ap.add_argument('--python', default='python3', help='the reference (default: python3)')
    ap.add_argument('--repeat', '-n', type=int, default=10, help='rounds, best kept')
    ap.add_argument('--timeout', type=float, default=60, help='seconds per run')
    ap.add_argument('--markdown', action='store_true', help='print a Markdown table')
    opts = ap.parse_args()
    if opts.repeat < 1:
        ap.error('--repeat must be at least 1')
    opts.lemonpy = os.path.abspath(opts.lemonpy)
    opts.python = shutil.which(opts.python) or opts.python
    opts.started = machine_line(opts)
    ref, lp = measure(opts)
    (print_markdown if opts.markdown else print_text)(ref, lp, opts)
    return 1 if lp.failure or lp.no_cache else 0


if __name__ == '__main__':
    sys.exit(main())
