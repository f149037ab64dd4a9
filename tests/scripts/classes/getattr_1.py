class G:
    def __getattr__(self, n): return n * 2
g = G(); g.y = 1
print(g.y, g.abc)
class H:
    def __getattribute__(self, n):
        if n == 'boom':
            raise AttributeError(n)
        return 'ga:' + n
    def __getattr__(self, n):
        return 'fallback:' + n
print(H().x, H().boom)
class S:
    __slots__ = ()
try:
    object().x = 1
except AttributeError as e:
    print(e)
try:
    print(H.nope)
except AttributeError as e:
    print(e)
class N:
    def __init__(self): self.a = 1
n = N()
del n.a
try:
    del n.a
except AttributeError as e:
    print(e)
print(getattr(n, 'q', 'dflt'), hasattr(n, 'a'))
