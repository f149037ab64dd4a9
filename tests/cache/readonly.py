# readonly.py -- a folder where __pycache__ cannot be made or written is no
# error: the module is compiled and runs, nothing is written.
#
# The tests run as root on the development machine, and root ignores file
# modes, so chmod alone would prove nothing.  Runs marked no_dac=True are
# therefore started, when the runner is root, through
#     setpriv --bounding-set=-dac_override,-dac_read_search,-fowner --
# which takes away the capabilities that let root bypass permissions: the
# kernel then refuses a write into a 0555 folder exactly as it refuses any
# user (checked by hand: touch and mkdir fail with EACCES).  As another user
# the chmod is real anyway.  The last scenario needs no privilege at all:
# __pycache__ is a regular file, so no folder can be made there.

MAIN = 'import ro.mod\nprint(ro.mod.X)\n'

scenario('readonly_folder', 'a read-only package folder: runs, writes no __pycache__',
         files={'main.py': MAIN, 'ro/__init__.py': '', 'ro/mod.py': 'X = 1\n'},
         steps=[chmod('ro', 0o555),
                run('-v', 'main.py', no_dac=True),
                run('main.py', no_dac=True)])

scenario('readonly_pycache', 'a read-only __pycache__ with a stale .pyc: recompiled, not rewritten',
         files={'main.py': MAIN, 'ro/__init__.py': '', 'ro/mod.py': 'X = 1\n'},
         steps=[run('main.py'),
                chmod('ro/__pycache__', 0o555),
                write('ro/mod.py', 'X = 2\n'),
                run('-v', 'main.py', no_dac=True),
                run('-v', 'main.py', no_dac=True)])

scenario('pycache_is_a_file', '__pycache__ is a regular file: runs, nothing written',
         files={'main.py': 'import mod\nprint(mod.X)\n', 'mod.py': 'X = 1\n',
                '__pycache__': 'not a folder\n'},
         steps=[run('-v', 'main.py'),
                run('main.py')])

scenario('unreadable_pyc', 'a .pyc that cannot be read is as good as absent: recompiled, replaced',
         files={'main.py': 'import mod\nprint(mod.X)\n', 'mod.py': 'X = 1\n'},
         steps=[run('main.py'),
                chmod('__pycache__/mod.{tag}.pyc', 0o000),
                run('-v', 'main.py', no_dac=True)])

scenario('unsearchable_pycache', 'a __pycache__ that cannot be entered: runs from source, no error',
         files={'main.py': 'import mod\nprint(mod.X)\n', 'mod.py': 'X = 1\n'},
         steps=[run('main.py'),
                chmod('__pycache__', 0o000),
                touch('mod.py'),
                run('-v', 'main.py', no_dac=True)])

scenario('unreadable_source', 'a source that cannot be read is an error (PermissionError), cache or not',
         files={'main.py': 'import mod\nprint(mod.X)\n', 'mod.py': 'X = 1\n'},
         steps=[chmod('mod.py', 0o000),
                run('main.py', no_dac=True),
                chmod('mod.py', 0o644),
                run('main.py'),
                chmod('mod.py', 0o000),
                run('main.py', no_dac=True)])
