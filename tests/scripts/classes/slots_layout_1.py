# classes with __slots__ words of their own cannot be combined (lay-out conflict); empty __slots__ can
class A:
    __slots__ = ("a",)
class B:
    __slots__ = ("b",)
try:
    class C(A, B): pass
    c = C(); c.a = 1; c.b = 2; print(c.a, c.b)
except TypeError as e:
    print(e)
class D:
    __slots__ = ()
class E(A, D): __slots__ = ("e",)
e = E(); e.a = 1; e.e = 2; print(e.a, e.e, E.__mro__)
class F(A): pass

try:
    class H(F, B): pass
except TypeError as e:
    print(e)
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)
    def __setattr__(self, n, v):
        raise AttributeError(f"{type(self).__name__} is immutable")
p = P(1, 2)
print(p.x, p.y)
try:
    p.x = 5
except AttributeError as e:
    print(e)
try:
    p.__dict__
except AttributeError as e:
    print(e)
print([n for n in dir(p) if not n.startswith("__")])
class Q(P):
    __slots__ = ("z",)
    def __init__(self):
        super().__init__(1, 2)
        object.__setattr__(self, "z", 3)
q = Q()
print(q.x, q.y, q.z, Q.__slots__, P.__slots__)
class R(Exception):
    __slots__ = ("code",)

try:
    class T(A, Exception): pass
except TypeError as e:
    print(e)
class U(list):
    __slots__ = ("meta",)
u = U([1, 2]); u.meta = "m"; print(u, u.meta)
try:
    class V(A, list): pass
except TypeError as e:
    print(e)
