# compile() of bytes decodes them by compile()'s rules: the coding cookie,
# "unknown encoding" at line 0, "(unicode error)" with the line decoded with
# errors='replace', BOM conflicts; null bytes are refused first.
for src in [b'# coding: latin-1\nx = "\xe9"\n', b'# coding: foo\nx = 1\n',
            b'\xef\xbb\xbf# coding: latin-1\nx = 1\n', b'x = "\xff"\n', b'x = 1\0\n',
            b'\xef\xbb\xbfx = "\xc3\xa9"\n', b'#!/bin/sh\n# vim: set fileencoding=latin-1 :\nx = "\xe9"\n']:
    try:
        d = {}
        exec(compile(src, 'x.py', 'exec'), d)
        print(ascii(d['x']))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.args))
        print(ascii(str(e)))
