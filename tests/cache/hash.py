# hash.py -- hash-based .pyc files (PEP 552).  The runner turns a .pyc the
# interpreter wrote into a hash-based one (flags 1, or 3 when checked, and
# the SipHash-1-3 of the source keyed with the interpreter's own magic
# number, as importlib.util.source_hash), keeping the body.  Checked: the
# hash is compared with the source's and the file rewritten (still checked
# hash-based) when they differ; unchecked: trusted, even when the source
# changed.  --check-hash-based-pycs always / never overrides the flag.

MAIN = 'import mod\nprint(mod.X)\n'
FILES = {'main.py': MAIN, 'mod.py': 'X = 1\n'}
PYC = '__pycache__/mod.{tag}.pyc'

scenario('checked_hash', 'a checked hash pyc is read while the source matches, rewritten when not',
         files=FILES,
         steps=[run('main.py'),
                hash_pyc(PYC, 'mod.py', checked=True),
                run('-v', 'main.py'),
                touch('mod.py', 30),
                run('-v', 'main.py'),
                write('mod.py', 'X = 2\n'),
                run('-v', 'main.py'),
                run('-v', 'main.py')])

scenario('unchecked_hash', 'an unchecked hash pyc is trusted: the old code runs after an edit',
         files=FILES,
         steps=[run('main.py'),
                hash_pyc(PYC, 'mod.py', checked=False),
                write('mod.py', 'X = 2\n'),
                run('-v', 'main.py')])

scenario('unchecked_always', '--check-hash-based-pycs always checks an unchecked pyc',
         files=FILES,
         steps=[run('main.py'),
                hash_pyc(PYC, 'mod.py', checked=False),
                write('mod.py', 'X = 2\n'),
                run('--check-hash-based-pycs', 'always', '-v', 'main.py'),
                run('-v', 'main.py')])

scenario('checked_never', '--check-hash-based-pycs never trusts even a checked pyc',
         files=FILES,
         steps=[run('main.py'),
                hash_pyc(PYC, 'mod.py', checked=True),
                write('mod.py', 'X = 2\n'),
                run('--check-hash-based-pycs', 'never', '-v', 'main.py'),
                run('--check-hash-based-pycs', 'default', '-v', 'main.py')])

scenario('hash_wrong_in_unchecked', 'an unchecked pyc whose hash is wrong is still trusted',
         files=FILES,
         steps=[run('main.py'),
                hash_pyc(PYC, 'mod.py', checked=False),
                patch(PYC, 8, b'\x00' * 8),
                run('main.py')])

scenario('py_compile_source_date_epoch', '-m py_compile with SOURCE_DATE_EPOCH writes a checked hash pyc',
         files=FILES,
         steps=[run('-m', 'py_compile', 'mod.py', env={'SOURCE_DATE_EPOCH': '1'}),
                run('-v', 'main.py')])

scenario('checked_hash_dash_B', 'under -B a changed checked-hash source is recompiled but not rewritten',
         files=FILES,
         steps=[run('main.py'),
                hash_pyc(PYC, 'mod.py', checked=True),
                write('mod.py', 'X = 2\n'),
                run('-B', '-v', 'main.py')])

scenario('hash_of_raw_bytes', 'the hash covers the raw bytes: a BOM and CRLF source matches, a new line ending does not',
         files={'main.py': MAIN, 'mod.py': b'\xef\xbb\xbf# coding: utf-8\r\nX = "\xc3\xa9"\r\n'},
         steps=[run('main.py'),
                hash_pyc(PYC, 'mod.py', checked=True),
                run('-v', 'main.py'),
                write('mod.py', b'\xef\xbb\xbf# coding: utf-8\nX = "\xc3\xa9"\n\n'),
                run('-v', 'main.py')])

scenario('legacy_hash_pyc', 'a source-less .pyc is loaded whatever its flags say',
         files=FILES,
         steps=[run('main.py'),
                hash_pyc(PYC, 'mod.py', checked=True),
                rename(PYC, 'mod.pyc'), remove('mod.py'),
                run('--check-hash-based-pycs', 'always', '-v', 'main.py')])
