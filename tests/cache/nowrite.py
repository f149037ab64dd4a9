# nowrite.py -- -B, PYTHONDONTWRITEBYTECODE and sys.dont_write_bytecode stop
# writing; reading an existing .pyc still happens.  (The runner drops the
# caller's PYTHON* variables, so writing is on unless a step turns it off.)

MAIN = 'import sys, mod\nprint(mod.X, sys.dont_write_bytecode, sys.flags.dont_write_bytecode)\n'
FILES = {'main.py': MAIN, 'mod.py': 'X = 1\n'}

scenario('dash_B', '-B writes nothing, but still reads an existing .pyc',
         files=FILES,
         steps=[run('-B', '-v', 'main.py'),
                run('main.py'),
                run('-B', '-v', 'main.py'),
                touch('mod.py'),
                run('-B', '-v', 'main.py')])

scenario('env_dont_write', 'PYTHONDONTWRITEBYTECODE writes nothing; -E ignores it',
         files=FILES,
         steps=[run('-v', 'main.py', env={'PYTHONDONTWRITEBYTECODE': '1'}),
                run('-E', 'main.py', env={'PYTHONDONTWRITEBYTECODE': '1'}),
                touch('mod.py'),
                run('-v', 'main.py', env={'PYTHONDONTWRITEBYTECODE': 'x'})])

scenario('sys_dont_write', 'sys.dont_write_bytecode set at run time stops writing from then on',
         files={'main.py': 'import sys, first\nsys.dont_write_bytecode = True\nimport second\n'
                           'print(first.X, second.Y, sys.flags.dont_write_bytecode)\n',
                'first.py': 'X = 1\n', 'second.py': 'Y = 2\n'},
         steps=[run('-v', 'main.py'),
                run('-v', 'main.py')])

scenario('sys_dont_write_cleared', 'sys.dont_write_bytecode = False under -B writes again',
         files={'main.py': 'import sys\nsys.dont_write_bytecode = False\nimport mod\n'
                           'print(mod.X, sys.flags.dont_write_bytecode)\n',
                'mod.py': 'X = 1\n'},
         steps=[run('-B', 'main.py')])

scenario('isolated_mode', '-I leaves the script\'s folder off sys.path (as -P), so nothing is imported or cached; PYTHONPATH folders cache',
         files={'main.py': 'import sys, mod\nprint(mod.X, sys.dont_write_bytecode)\n'
                           'try:\n    import extra\nexcept ImportError as e:\n    print(e)\n',
                'mod.py': 'X = 1\n', 'lib/extra.py': 'E = 1\n'},
         steps=[run('-I', 'main.py', env={'PYTHONDONTWRITEBYTECODE': '1', 'PYTHONPATH': 'lib'}),
                run('main.py', env={'PYTHONPATH': '{root}/lib'})])
