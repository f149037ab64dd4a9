# modes.py -- a .pyc's mode follows its source's: (source mode | 0o200) &
# 0o666, less the umask (022 unless a step sets it).

MAIN = 'import mod\nprint(mod.X)\n'
FILES = {'main.py': MAIN, 'mod.py': 'X = 1\n'}

scenario('mode_600', 'a 0600 source gives a 0600 .pyc',
         files=FILES, steps=[chmod('mod.py', 0o600), run('main.py')])

scenario('mode_444', 'a read-only 0444 source gives a 0644 .pyc (owner may write)',
         files=FILES, steps=[chmod('mod.py', 0o444), run('main.py')])

scenario('mode_755', 'an executable 0755 source gives a 0644 .pyc (no x bits)',
         files=FILES, steps=[chmod('mod.py', 0o755), run('main.py')])

scenario('mode_666_umask', 'a 0666 source under umask 027 gives a 0640 .pyc; folder 0750',
         files=FILES, steps=[chmod('mod.py', 0o666), run('main.py', umask=0o027)])

scenario('mode_follows_change', 'a rewrite takes the source\'s new mode; a read-only .pyc is replaced',
         files=FILES,
         steps=[run('main.py'),
                chmod('__pycache__/mod.{tag}.pyc', 0o444),
                chmod('mod.py', 0o640),
                touch('mod.py'),
                run('main.py')])

scenario('umask_0', 'under umask 0 the folder is 0777 and the .pyc the source\'s mode with owner write',
         files=FILES, steps=[chmod('mod.py', 0o664), run('main.py', umask=0)])
