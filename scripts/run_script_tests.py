#!/usr/bin/env python3
"""run_script_tests.py -- run the script tests under lemonpy and compare.

    scripts/run_script_tests.py [--lemonpy PATH] [--jobs N] [FILES or DIRS...]

A script test is tests/scripts/<area>/<name>.py (names starting with "_"
are helpers, not tests, and folders named "fixtures" hold modules and
packages that tests import) with its expected output beside it in <name>.exp,
captured from CPython 3.11 by scripts/gen_expected.py.  Both scripts run a
test the same way (this file holds the shared code):

  * cwd is the test's folder and the file is named by its bare name, so
    messages say "name.py";
  * header lines at the top, `# lemonpy: args=-m tokenize -e` (arguments
    placed before the file name), `# lemonpy: stdin=FILE` (relative to
    the test's folder; default: no input) and `# lemonpy: stderr=all`
    (compare all of stderr, not only its last line; the test folder's
    absolute path, which CPython prints in tracebacks, becomes `<dir>`),
    `# lemonpy: run=-m pkg a b` (arguments given instead of the file name:
    the file only describes the test) and `# lemonpy: env=NAME=VALUE`
    (repeatable; an empty VALUE removes NAME);
  * environment: as inherited plus PYTHONIOENCODING=utf-8, PYTHONHASHSEED=0
    and PYTHONDONTWRITEBYTECODE=1 (tests never leave __pycache__ folders;
    a test that needs the cache written says `env=PYTHONDONTWRITEBYTECODE=`).

The text compared is the exact stdout; when the exit status is not 0, the
last non-empty line of stderr (all of it with stderr=all) and
`[exit status N]` follow.  A test without
.exp fails.  Each failure is shown with a short unified diff; the last line
is `script tests: N passed, M failed` and the exit status 1 on any failure.
"""
import argparse
import concurrent.futures
import difflib
import os
import shlex
import subprocess
import sys

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TESTS = os.path.join(TOP, 'tests', 'scripts')
TIMEOUT = 60           # seconds per test
DIFF_LINES = 30        # lines of diff shown per failure


class HeaderError(Exception):
    pass


def find_tests(paths=()):
    """The test files named or found under [paths] (default: all), sorted."""
    found = set()
    for p in paths or [TESTS]:
        p = os.path.abspath(p)
        if os.path.isdir(p):
            for root, dirs, names in os.walk(p):
                dirs[:] = [d for d in dirs if d not in ('__pycache__', 'fixtures')
                           and not d.startswith('.')]
                found.update(os.path.join(root, n) for n in names
                             if n.endswith('.py') and not n.startswith('_'))
        elif os.path.isfile(p) and p.endswith('.py'):
            found.add(p)
        elif os.path.isfile(p[:-4] + '.py') and p.endswith('.exp'):
            found.add(p[:-4] + '.py')
        else:
            raise SystemExit('no such test: %s' % p)
    return sorted(found)


class Headers:
    """What the `# lemonpy:` lines of a test ask for."""

    def __init__(self):
        self.args = []          # arguments before the file name
        self.run = None         # arguments instead of the file name
        self.stdin = None       # the file given as stdin
        self.all_stderr = False
        self.env = {}           # NAME: VALUE ('' removes NAME)


def read_headers(path):
    """The Headers of the `# lemonpy: KEY=VALUE` lines of the comment
    block at the top of [path]; raises HeaderError."""
    h = Headers()
    with open(path, 'rb') as f:
        for raw in f:
            line = raw.decode('utf-8', 'replace').strip().lstrip('\ufeff')
            if not line.startswith('#'):
                break
            if not line.startswith('# lemonpy:'):
                continue
            key, sep, value = line[len('# lemonpy:'):].strip().partition('=')
            if key == 'args' and sep:
                h.args = shlex.split(value)
            elif key == 'run' and sep:
                h.run = shlex.split(value)
            elif key == 'env' and sep and '=' in value:
                name, _, val = value.strip().partition('=')
                h.env[name] = val
            elif key == 'stdin' and sep and value.strip():
                h.stdin = os.path.join(os.path.dirname(path), value.strip())
                if not os.path.isfile(h.stdin):
                    raise HeaderError('stdin file not found: %s' % value.strip())
            elif key == 'stderr' and value.strip() == 'all':
                h.all_stderr = True
            else:
                raise HeaderError('bad header line: %s' % line)
    return h


def test_env(extra=None):
    env = dict(os.environ, PYTHONIOENCODING='utf-8', PYTHONHASHSEED='0',
               PYTHONDONTWRITEBYTECODE='1')
    for name, value in (extra or {}).items():
        if value:
            env[name] = value
        else:
            env.pop(name, None)
    return env


def run_test(interpreter, path):
    """Run [path] under [interpreter] (an argv list) as described above and
    return the text to compare (bytes)."""
    h = read_headers(path)
    folder, name = os.path.split(path)
    inp = open(h.stdin, 'rb') if h.stdin else subprocess.DEVNULL
    argv = interpreter + h.args + (h.run if h.run is not None else [name])
    try:
        p = subprocess.run(argv, cwd=folder, stdin=inp, capture_output=True,
                           env=test_env(h.env), timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return b'[timed out after %d s]\n' % TIMEOUT
    finally:
        if h.stdin:
            inp.close()
    # the interpreter's own path (in -m errors) becomes <python>
    stderr = p.stderr.replace(os.fsencode(interpreter[0]) + b':', b'<python>:')
    if h.all_stderr:
        stderr = stderr.replace(os.fsencode(folder) + b'/', b'<dir>/')
        return result_text(p.stdout, p.returncode, stderr, True)
    return result_text(p.stdout, p.returncode, stderr)


def result_text(stdout, status, stderr, all_stderr=False):
    """stdout, plus stderr's last non-empty line (or all of it) and the
    status unless 0."""
    if status == 0:
        return stdout
    text = stdout
    if text and not text.endswith(b'\n'):
        text += b'\n'
    lines = [l for l in stderr.splitlines() if l.strip()]
    if all_stderr:
        text += b''.join(l + b'\n' for l in lines)
    elif lines:
        text += lines[-1] + b'\n'
    if status < 0:
        return text + b'[killed by signal %d]\n' % -status
    return text + b'[exit status %d]\n' % status


def rel(path):
    return os.path.relpath(path, TOP)


def check(lemonpy, path):
    """(passed, report lines) for one test."""
    exp = path[:-3] + '.exp'
    if not os.path.isfile(exp):
        return False, ['no .exp: run scripts/gen_expected.py %s' % rel(path)]
    try:
        got = run_test([lemonpy], path)
    except (HeaderError, OSError) as e:
        return False, [str(e)]
    with open(exp, 'rb') as f:
        want = f.read()
    if got == want:
        return True, []
    dec = lambda b: b.decode('utf-8', 'replace').splitlines(keepends=True)
    diff = list(difflib.unified_diff(dec(want), dec(got), rel(exp), 'lemonpy', n=2))
    lines = [l.rstrip('\n') for l in diff[:DIFF_LINES]]
    if len(diff) > DIFF_LINES:
        lines.append('... (%d more diff lines)' % (len(diff) - DIFF_LINES))
    if not diff:
        lines.append('(differs only in line endings or invalid UTF-8)')
    return False, lines


def main():
    ap = argparse.ArgumentParser(prog='scripts/run_script_tests.py',
                                 description='Run tests/scripts under lemonpy and compare with .exp.')
    ap.add_argument('paths', nargs='*', metavar='FILE', help='tests or folders (default: all)')
    ap.add_argument('--lemonpy', default=os.path.join(TOP, 'build', 'lemonpy'))
    ap.add_argument('--jobs', '-j', type=int, default=2)
    opts = ap.parse_intermixed_args()
    lemonpy = os.path.abspath(opts.lemonpy)
    tests = find_tests(opts.paths)
    passed = failed = 0
    with concurrent.futures.ThreadPoolExecutor(max(1, opts.jobs)) as ex:
        for path, (ok, lines) in zip(tests, ex.map(lambda t: check(lemonpy, t), tests)):
            if ok:
                passed += 1
                continue
            failed += 1
            print('FAIL %s' % rel(path))
            for line in lines:
                print('    ' + line)
    print('script tests: %d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
