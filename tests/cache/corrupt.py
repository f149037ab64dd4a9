# corrupt.py -- damaged cache files.  A bad header (truncated, wrong magic,
# unknown flags) is ignored and the file replaced; a valid header over a
# corrupt body is an import error, as in CPython (whose marshal.loads runs
# outside the try that swallows header errors): the exception type and exit
# status are compared, not the message, which depends on the marshal format.
# -v shows why a file is ignored ("bad magic number in 'mod': ...").

MAIN = 'import mod\nprint(mod.X)\n'
PYC = '__pycache__/mod.{tag}.pyc'
FILES = {'main.py': MAIN, 'mod.py': 'X = 1\n'}

scenario('truncated_empty', 'an empty .pyc is ignored and replaced',
         files=FILES,
         steps=[run('main.py'), truncate(PYC, 0), run('-v', 'main.py'), run('-v', 'main.py')])

scenario('truncated_header', 'a .pyc cut inside its header is ignored and replaced',
         files=FILES,
         steps=[run('main.py'), truncate(PYC, 10), run('-v', 'main.py')])

scenario('bad_magic', 'a wrong magic number is ignored and the file replaced',
         files=FILES,
         steps=[run('main.py'), patch(PYC, 0, b'XY\r\n'), run('-v', 'main.py'),
                run('-v', 'main.py')])

scenario('bad_flags', 'unknown flag bits are ignored and the file replaced',
         files=FILES,
         steps=[run('main.py'), patch(PYC, 4, b'\x04\x00\x00\x00'), run('-v', 'main.py'),
                run('main.py')])

scenario('corrupt_body', 'a valid header over a corrupt body is an error; a newer source recovers',
         files=FILES,
         steps=[run('main.py'),
                replace_body(PYC, b'\xff\xff\xff\xff\xff\xff\xff\xff'),
                run('main.py', err='type'),
                run('main.py', err='type'),
                touch('mod.py'),
                run('-v', 'main.py')])

scenario('header_only', 'a valid header with no body at all is an error (EOFError)',
         files=FILES,
         steps=[run('main.py'), truncate(PYC, 16), run('main.py', err='type')])

scenario('body_cut', 'a body cut short is an error, never a crash',
         files=FILES,
         steps=[run('main.py'), truncate(PYC, -1), run('main.py', err='type')])

scenario('pyc_is_a_folder', 'a folder where the .pyc should be: not read, not written, no error',
         files=FILES,
         steps=[mkdir(PYC.rsplit('/', 1)[0]), mkdir(PYC), run('-v', 'main.py'),
                run('main.py')])

# The body is replaced by the interpreter's own marshal of 5: valid data,
# but not a code object.
NOT_CODE = ('import marshal, sys\n'
            'with open(sys.argv[1], "rb") as f:\n    head = f.read(16)\n'
            'with open(sys.argv[1], "wb") as f:\n    f.write(head + marshal.dumps(5))\n')

scenario('non_code_body', 'a body that is valid marshal data but not code: ImportError',
         files=FILES,
         steps=[run('main.py'),
                run('-c', NOT_CODE, PYC),
                run('main.py')])

scenario('pyc_is_a_symlink', 'a stale .pyc that is a symlink: the link is replaced, its target left alone',
         files=FILES,
         steps=[run('main.py'),
                rename(PYC, 'elsewhere.pyc'),
                symlink('../elsewhere.pyc', PYC),
                touch('mod.py'),
                run('-v', 'main.py')])

scenario('empty_module', 'an empty source (size 0) is cached; a first line makes it stale',
         files={'main.py': 'import mod\nprint(dir(mod)[-1])\n', 'mod.py': ''},
         steps=[run('main.py'),
                run('-v', 'main.py'),
                write('mod.py', 'X = 1\n', seconds=0),
                run('-v', 'main.py')])
