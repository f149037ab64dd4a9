# int errors: messages of CPython 3.11.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: 1 // 0)
t(lambda: 1 % 0)
t(lambda: divmod(1, 0))
t(lambda: 1 / 0)
t(lambda: 0 ** -1)
t(lambda: 1 << -1)
t(lambda: 1 >> -1)
t(lambda: pow(2, 3, 0))
t(lambda: pow(2, -1, 4))
t(lambda: pow(2, 3.0, 5))
t(lambda: 10 ** 400 / 3)
t(lambda: 10 ** 400 * 1.0)
t(lambda: float(10 ** 400))
t(lambda: 1 + '1')
t(lambda: '1' + 1)
t(lambda: 1 < 'a')
t(lambda: 1 @ 2)
t(lambda: -'a')
t(lambda: ~1.5)
t(lambda: 2 ** 3 ** 2)
