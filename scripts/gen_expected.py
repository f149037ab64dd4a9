#!/usr/bin/env python3
"""gen_expected.py -- write the expected output (.exp) of script tests.

    scripts/gen_expected.py [FILES or DIRS...]     (default: every test)

Runs each tests/scripts/<area>/<name>.py under the reference python3 (3.11)
exactly as scripts/run_script_tests.py runs it under lemonpy (same folder,
bare file name, `# lemonpy:` headers, environment) and writes <name>.exp:
the exact stdout, plus, when the exit status is not 0, stderr's last
non-empty line and `[exit status N]`.  Commit the .exp files; check them by
eye first: they are what lemonpy will be held to.
"""
import concurrent.futures
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run_script_tests as rst  # noqa: E402  (shared runner code)


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit('gen_expected: the reference is CPython 3.11, this is %s' % sys.version.split()[0])
    tests = rst.find_tests(sys.argv[1:])
    # sys.executable: the interpreter behind `python3`, without its shim
    python = [sys.executable]

    def generate(path):
        try:
            return rst.run_test(python, path), None
        except rst.HeaderError as e:
            return None, str(e)

    written = same = errors = 0
    with concurrent.futures.ThreadPoolExecutor(2) as ex:
        for path, (text, err) in zip(tests, ex.map(generate, tests)):
            if err:
                print('error: %s: %s' % (rst.rel(path), err))
                errors += 1
                continue
            exp = path[:-3] + '.exp'
            try:
                with open(exp, 'rb') as f:
                    if f.read() == text:
                        same += 1
                        continue
            except FileNotFoundError:
                pass
            with open(exp, 'wb') as f:
                f.write(text)
            written += 1
            print('wrote %s' % rst.rel(exp))
    print('gen_expected: %d written, %d unchanged, %d errors' % (written, same, errors))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
