# sourceless.py -- a NAME.pyc where NAME.py would be (the legacy layout)
# imports without a source; a .pyc only in __pycache__ does not.  The .pyc
# files are the interpreter's own, made by an earlier run and moved.

MAIN = 'import mod\nprint(mod.X, mod.__file__, mod.__cached__)\n'
FILES = {'main.py': MAIN, 'mod.py': 'X = 1\n'}
PYC = '__pycache__/mod.{tag}.pyc'

scenario('legacy_pyc', 'a mod.pyc beside where mod.py would be imports with no source',
         files=FILES,
         steps=[run('main.py'),
                rename(PYC, 'mod.pyc'), remove('mod.py'), remove('__pycache__'),
                run('-v', 'main.py'),
                run('-v', 'main.py')])

scenario('pycache_only', 'a .pyc only in __pycache__ is not imported (ModuleNotFoundError)',
         files=FILES,
         steps=[run('main.py'),
                remove('mod.py'),
                run('-v', 'main.py')])

scenario('source_beats_legacy', 'with both mod.py and mod.pyc beside it, the source wins',
         files=FILES,
         steps=[run('main.py'),
                rename(PYC, 'mod.pyc'),
                write('mod.py', 'X = 2\n'),
                run('-v', 'main.py')])

scenario('legacy_bad_magic', 'a source-less .pyc with a wrong magic number is an ImportError',
         files=FILES,
         steps=[run('main.py'),
                rename(PYC, 'mod.pyc'), remove('mod.py'),
                patch('mod.pyc', 0, b'XY\r\n'),
                run('main.py')])

scenario('legacy_package', 'a package whose __init__ is only __init__.pyc imports',
         files={'main.py': 'import pkg\nprint(pkg.V, pkg.__file__)\n',
                'pkg/__init__.py': 'V = "v"\n'},
         steps=[run('main.py'),
                rename('pkg/__pycache__/__init__.{tag}.pyc', 'pkg/__init__.pyc'),
                remove('pkg/__init__.py'),
                run('-v', 'main.py')])
