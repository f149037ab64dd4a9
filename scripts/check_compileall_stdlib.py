#!/usr/bin/env python3
"""check_compileall_stdlib.py -- `lemonpy -m compileall` over the reference
standard library compiles every file CPython compiles (issue 6).

    scripts/check_compileall_stdlib.py [--lemonpy PATH] [--jobs N] [--keep]

The standard library is python3's (sysconfig's "stdlib" path), without
site-packages (third-party code).  python3 decides, at check time, which
files it cannot compile: compile(source_bytes, path, 'exec',
dont_inherit=True), as py_compile does.  lemonpy then runs

    lemonpy -X pycache_prefix=TMP -m compileall -q -j N -x /site-packages/ STDLIB

and the check passes when the files it reports (`*** Error compiling
'...'`) are exactly those, its exit status is 1 exactly when there are
some, and every other .py file got a .pyc with lemonpy's magic number.
Nothing is written into the standard library: when lemonpy does not honour
-X pycache_prefix (the probe writes a module into a temporary folder and
looks), the library is copied into a temporary folder and compiled there.
The last line is `compileall stdlib: OK (N files, M that CPython cannot
compile either)` or `compileall stdlib: FAILED ...`; the exit status is 1 on
failure.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
import warnings

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TAG = 'lemonpy-311'


def sources(root):
    """The .py files compileall visits under [root], as compileall walks:
    sorted, no __pycache__, no symlinked folders, no site-packages."""
    found = []
    for dirpath, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in ('__pycache__', 'site-packages')
                         and not os.path.islink(os.path.join(dirpath, d)))
        for f in sorted(files):
            p = os.path.join(dirpath, f)
            if f.endswith('.py') and os.path.isfile(p):
                found.append(p)
    return found


def cpython_failures(files):
    """The files python3's compile() rejects."""
    bad = set()
    warnings.simplefilter('ignore')
    for p in files:
        with open(p, 'rb') as f:
            data = f.read()
        try:
            compile(data, p, 'exec', dont_inherit=True)
        except Exception:
            bad.add(p)
    return bad


def env():
    e = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON')}
    e.pop('SOURCE_DATE_EPOCH', None)
    return e


def prefix_works(lemonpy, tmp):
    """Whether lemonpy writes under -X pycache_prefix=DIR (a probe)."""
    src = os.path.join(tmp, 'probe', 'probe_mod.py')
    os.makedirs(os.path.dirname(src))
    with open(src, 'w') as f:
        f.write('X = 1\n')
    pfx = os.path.join(tmp, 'probe_pfx')
    subprocess.run([lemonpy, '-X', 'pycache_prefix=' + pfx, '-m', 'compileall', '-q', src],
                   env=env(), capture_output=True, timeout=60)
    ok = os.path.isfile(os.path.join(pfx + os.path.dirname(src), 'probe_mod.%s.pyc' % TAG))
    shutil.rmtree(os.path.join(tmp, 'probe'))
    return ok


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument('--lemonpy', default=os.path.join(TOP, 'build', 'lemonpy'))
    ap.add_argument('--jobs', type=int, default=2)
    ap.add_argument('--keep', action='store_true', help='keep the temporary folder')
    args = ap.parse_args()
    stdlib = os.path.realpath(sysconfig.get_paths()['stdlib'])
    tmp = tempfile.mkdtemp(prefix='lp-compileall-stdlib-')
    try:
        return check(args, stdlib, tmp)
    finally:
        if args.keep:
            print('kept %s' % tmp, file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)


def check(args, stdlib, tmp):
    pfx = os.path.join(tmp, 'pfx')
    root = stdlib
    if not prefix_works(args.lemonpy, tmp):
        root = os.path.join(tmp, 'lib')
        shutil.copytree(stdlib, root, symlinks=True,
                        ignore=shutil.ignore_patterns('__pycache__', 'site-packages', '*.pyc'))
        print('(lemonpy ignores -X pycache_prefix: compiling a copy in %s)' % root)
    t0 = time.time()
    files = sources(root)
    cmd = [args.lemonpy, '-X', 'pycache_prefix=' + pfx, '-m', 'compileall', '-q',
           '-j', str(args.jobs), '-x', '/site-packages/', root]
    # lemonpy works while python3 compiles: the two overlap
    proc = subprocess.Popen(cmd, env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    want = {os.path.relpath(p, root) for p in cpython_failures(files)}
    t1 = time.time()
    stdout, stderr = proc.communicate(timeout=1800)
    t2 = time.time()
    print('(python3 compile(): %.1f s; lemonpy -m compileall -j %d: %.1f s, at the same time)' % (
        t1 - t0, args.jobs, t2 - t0))
    p = subprocess.CompletedProcess(cmd, proc.returncode, stdout, stderr)
    out = p.stdout.decode('utf-8', 'replace')
    got = set()
    for m in re.finditer(r"^\*\*\* Error compiling '(.*)'\.\.\.$", out, re.M):
        got.add(os.path.relpath(m.group(1), root))
    problems = []
    for f in sorted(got - want):
        problems.append('lemonpy fails, CPython compiles: %s' % f)
    for f in sorted(want - got):
        problems.append('CPython fails, lemonpy compiles: %s' % f)
    if p.returncode != (1 if want else 0):
        problems.append('exit status %d (stderr: %s)' % (
            p.returncode, p.stderr.decode('utf-8', 'replace').strip()[-500:]))
    missing = 0
    for f in files:
        rel = os.path.relpath(f, root)
        if rel in want:
            continue
        d, name = os.path.split(f)
        if root == stdlib:
            pyc = os.path.join(pfx + d, name[:-3] + '.%s.pyc' % TAG)
        else:
            pyc = os.path.join(d, '__pycache__', name[:-3] + '.%s.pyc' % TAG)
        try:
            with open(pyc, 'rb') as fh:
                head = fh.read(4)
        except OSError:
            head = b''
        if len(head) != 4 or head[2:] != b'\r\n':
            missing += 1
            if missing <= 10:
                problems.append('no valid .pyc for %s (%s)' % (rel, pyc))
    if missing > 10:
        problems.append('... %d files without a valid .pyc in all' % missing)
    for line in problems[:40]:
        print(line)
    if problems:
        print('compileall stdlib: FAILED (%d problems; %d files)' % (len(problems), len(files)))
        return 1
    print('compileall stdlib: OK (%d files, %d that CPython cannot compile either)' %
          (len(files), len(want)))
    return 0


if __name__ == '__main__':
    sys.exit(main())
