# basic.py -- the cache's everyday work: the first import writes
# __pycache__/NAME.TAG.pyc, the next run reads it; the script run directly is
# never cached, `-m name` caches name; packages' __init__ are cached.
# (Scenario files are run by scripts/run_cache_tests.py, which defines
# scenario() and the steps; docs/testing.md.)

MAIN = 'import mod\nprint(mod.X, mod.__file__, mod.__cached__)\n'

scenario('writes_then_reads', 'the first run writes the .pyc, the second reads it (-v)',
         files={'main.py': MAIN, 'mod.py': 'X = 1\n'},
         steps=[run('-v', 'main.py'),
                run('-v', 'main.py'),
                run('main.py')])

scenario('script_not_cached', 'the script run directly is compiled but not cached',
         files={'main.py': 'import sys\nprint(__name__, __cached__)\n'},
         steps=[run('main.py'),
                run('-v', 'main.py')])

scenario('dash_m_caches', '`-m name` caches name (runpy uses the loader)',
         files={'main.py': 'import mod\nprint(__name__, mod.X)\n', 'mod.py': 'X = 1\n'},
         steps=[run('main.py'),
                run('-m', 'main'),
                run('-v', '-m', 'main'),
                touch('main.py'),
                run('-v', '-m', 'main')])

scenario('dash_m_package', '`-m pkg` runs pkg/__main__.py and caches it and __init__',
         files={'pkg/__init__.py': 'print("init", __name__)\n',
                'pkg/__main__.py': 'from . import helper\nprint("main", __name__, helper.Y)\n',
                'pkg/helper.py': 'Y = 2\n'},
         steps=[run('-m', 'pkg'),
                run('-v', '-m', 'pkg')])

scenario('packages', "packages' __init__ and submodules are cached, nested ones too",
         files={'main.py': 'import pkg.sub, pkg.inner.leaf\n'
                           'from pkg import sub\n'
                           'print(pkg.sub.A, pkg.inner.leaf.B, pkg.__cached__)\n',
                'pkg/__init__.py': 'print("pkg init")\n',
                'pkg/sub.py': 'A = "a"\n',
                'pkg/inner/__init__.py': '',
                'pkg/inner/leaf.py': 'from .. import sub\nB = sub.A * 2\n'},
         steps=[run('-v', 'main.py'),
                run('-v', 'main.py'),
                touch('pkg/__init__.py'),
                run('-v', 'main.py')])

scenario('syntax_error_not_cached', 'a module with a syntax error writes nothing; fixed, it is cached',
         files={'main.py': 'import mod\nprint(mod.X)\n', 'mod.py': 'X = (1\n'},
         steps=[run('main.py'),
                write('mod.py', 'X = (1)\n'),
                run('-v', 'main.py')])
