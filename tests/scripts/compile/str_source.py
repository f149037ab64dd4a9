# compile(), exec() and eval() of a str: the text is already decoded, so a
# coding cookie means nothing and U+FEFF is a character like any other;
# lone surrogates cannot be encoded.
for src in ['# coding: latin-1\nx = "\u00e9"\n', '# coding: foo\nx = 2\n',
            '# -*- coding: ascii -*-\nx = "\u20ac"\n', '#!/bin/sh\n# vim: fileencoding=cp1252\nx = "\u2019"\n',
            'x = "\udcff"\n', 'x = "a\ud800\udfffb"\n']:
    for how in ('compile', 'exec'):
        d = {}
        try:
            if how == 'compile':
                exec(compile(src, 'x.py', 'exec'), d)
            else:
                exec(src, d)
            print(how, ascii(d['x']))
        except (SyntaxError, UnicodeEncodeError) as e:
            print(how, type(e).__name__, ascii(e.args[0]), getattr(e, 'start', None), getattr(e, 'end', None))
try:
    eval('"\ud83d"')
except UnicodeEncodeError as e:
    print('eval', e)
print(eval('# coding: latin-1\n"\u00e9"'))
try:
    compile('\ufeffx = 1\n', 'x.py', 'exec')
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset)
