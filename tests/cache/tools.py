# tools.py -- `-m py_compile` and `-m compileall` write .pyc files
# themselves, even under -B (they call the writer directly); imports then
# read them.

FILES = {'main.py': 'import mod, pkg.sub\nprint(mod.X, pkg.sub.Y)\n', 'mod.py': 'X = 1\n',
         'pkg/__init__.py': '', 'pkg/sub.py': 'Y = 2\n', 'bad.py': 'x = (\n'}

scenario('py_compile_timestamp', '-m py_compile writes a timestamp .pyc, even under -B',
         files=FILES,
         steps=[run('-B', '-m', 'py_compile', 'mod.py'),
                run('-v', 'main.py'),
                run('-m', 'py_compile', 'bad.py', err='type')])

scenario('compileall', '-m compileall compiles a tree (errors give status 1), imports read it',
         files=FILES,
         steps=[run('-m', 'compileall', '-q', '.'),
                run('-B', '-v', 'main.py'),
                run('-m', 'compileall', '.')])
