# stale.py -- a .pyc whose recorded mtime or size is not the source's is
# stale: recompiled and rewritten (-v: "bytecode is stale for 'mod'").  Changes of
# content move the mtime explicitly (write/touch), never relying on the
# clock; an edit keeping both mtime and size is not seen, as in CPython.

MAIN = 'import mod\nprint(mod.X)\n'

scenario('touch_recompiles', 'a newer mtime makes the .pyc stale: recompiled, rewritten',
         files={'main.py': MAIN, 'mod.py': 'X = 1\n'},
         steps=[run('main.py'),
                touch('mod.py', 10),
                run('-v', 'main.py'),
                run('-v', 'main.py')])

scenario('older_mtime_recompiles', 'an older mtime is a mismatch too (equality, not order)',
         files={'main.py': MAIN, 'mod.py': 'X = 1\n'},
         steps=[run('main.py'),
                touch('mod.py', -100),
                run('-v', 'main.py')])

scenario('edit_recompiles', 'a changed source (same size, new mtime) is recompiled',
         files={'main.py': MAIN, 'mod.py': 'X = 1\n'},
         steps=[run('main.py'),
                write('mod.py', 'X = 2\n'),
                run('-v', 'main.py'),
                run('main.py')])

scenario('size_change_recompiles', 'a changed size alone (mtime kept) makes the .pyc stale',
         files={'main.py': MAIN, 'mod.py': 'X = 1\n'},
         steps=[run('main.py'),
                write('mod.py', 'X = 222\n', seconds=0),
                run('-v', 'main.py')])

scenario('same_mtime_same_size', 'an edit keeping mtime and size is not noticed (the old code runs)',
         files={'main.py': MAIN, 'mod.py': 'X = 1\n'},
         steps=[run('main.py'),
                write('mod.py', 'X = 3\n', seconds=0),
                run('-v', 'main.py')])

scenario('source_removed_and_back', 'a module whose source comes back after removal recompiles',
         files={'main.py': 'try:\n    import mod\n    print(mod.X)\nexcept ImportError as e:\n'
                           '    print(type(e).__name__, e)\n',
                'mod.py': 'X = 1\n'},
         steps=[run('main.py'),
                remove('mod.py'),
                run('main.py'),
                write('mod.py', 'X = 22\n'),
                run('-v', 'main.py')])

scenario('reload_after_edit', 'importlib.reload after the program rewrites the source recompiles it',
         files={'main.py': 'import importlib, mod\nprint(mod.X)\n'
                           'with open("mod.py", "w") as f:\n    f.write("X = 22\\n")\n'
                           'importlib.reload(mod)\nprint(mod.X)\n',
                'check.py': 'import mod\nprint(mod.X)\n',
                'mod.py': 'X = 1\n'},
         # one edit only: the program's write takes the clock's time, which
         # differs from the tree's BASE_MTIME but maybe not from a second one
         steps=[run('-v', 'main.py'),
                run('-v', 'check.py')])

scenario('mtime_beyond_2106', 'an mtime past 2**32 s is kept modulo 2**32 and still matches',
         files={'main.py': MAIN, 'mod.py': 'X = 1\n'},
         steps=[set_mtime('mod.py', 2 ** 32 + 1234.75),
                run('main.py'),
                run('-v', 'main.py'),
                set_mtime('mod.py', 1234.75),
                run('-v', 'main.py')])

scenario('mtime_negative', 'an mtime before 1970 (-100.5 s: int() rounds toward zero)',
         files={'main.py': MAIN, 'mod.py': 'X = 1\n'},
         steps=[set_mtime('mod.py', -100.5),
                run('main.py'),
                run('-v', 'main.py'),
                set_mtime('mod.py', -101.25),
                run('-v', 'main.py')])

scenario('subsecond_change', 'an mtime change within the same second is not seen (whole seconds)',
         files={'main.py': MAIN, 'mod.py': 'X = 1\n'},
         steps=[run('main.py'),
                write('mod.py', 'X = 5\n', seconds=0),
                touch('mod.py', 0.75),
                run('-v', 'main.py')])
