# sequence + and * with subclasses and classes defining __radd__/__rmul__
class L(list): pass
class T(tuple): pass
class R(list):
    def __radd__(self, other):
        return 'radd'
    def __rmul__(self, other):
        return 'rmul'
class W:
    def __radd__(self, other):
        return 'W.radd'
    def __rmul__(self, other):
        return 'W.rmul'
def show(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: [1] + L([2]))
show(lambda: [1] * L([2]))
show(lambda: (1,) * T((2,)))
show(lambda: (1,) + T((2,)))
show(lambda: [1] + (2,))
show(lambda: [1] + R([2]))
show(lambda: [1] * R([2]))
show(lambda: (1,) + W())
show(lambda: [1] * W())
show(lambda: (1,) + R())
def f():
    x = T((1, 2))
    x *= T((3,))
show(f)
def g():
    x = []
    x *= L([9])
show(g)
