# concurrent.py -- eight processes importing the same fresh modules at once
# all succeed and leave valid files (each write goes to a temporary name
# renamed into place): no temporary file is left behind, every header
# matches its source, and a later run reads them all.

# Modules big enough that the writes of several processes overlap.
BODY = ''.join('def f%d(x):\n    return x * %d + len(%r)\n' % (i, i, 'abc' * i)
               for i in range(150))
FILES = {'m%d.py' % k: BODY + 'N = %d\n' % k for k in range(6)}
FILES['main.py'] = ('import m0, m1, m2, m3, m4, m5\n'
                    'print(sum(m.N + m.f7(1) for m in (m0, m1, m2, m3, m4, m5)))\n')

scenario('eight_at_once', 'eight processes import the same fresh modules at once',
         files=FILES,
         steps=[parallel(8, 'main.py'),
                run('-v', 'main.py')])

scenario('eight_rewrite_stale', 'eight processes at once find the same stale .pyc and rewrite it',
         files=FILES,
         steps=[run('main.py'),
                touch('m0.py'), touch('m3.py'),
                parallel(8, 'main.py'),
                run('-v', 'main.py')])
