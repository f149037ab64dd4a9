def f(a, b=1, *args, c, d=2, **kw) -> int:
    "doc"
    return a + b
@staticmethod
def g(): pass
lam = lambda x, y=3: x * y
