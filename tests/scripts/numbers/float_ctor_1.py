# float(): strings, numbers, and their errors.
def t(*args, **kw):
    try:
        print(repr(float(*args, **kw)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

for s in ('1.5', ' -2.5e3 ', '1_0.5', '1__0', '_1', '1_', 'inf', '-Infinity', 'nAn', '+nan',
          'x', '', ' ', '1e', '.5', '5.', '.', '1e400', '-1e-400', '0x10', '1.5j',
          '\u0661\u0662.5', '\u00a01\u2003', '1 2', '1e1_0', '1.2_3e4', '9' * 400):
    t(s)
t()
t(7)
t(True)
t(2 ** 53 + 1)
t(10 ** 400)
t(b'1.5')
t(bytearray(b'2'))
t(b'x')
t([])
t(None)
t(1 + 2j)
t(1, 2)
t(x=1)
