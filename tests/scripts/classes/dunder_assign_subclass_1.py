# dunders assigned to a class after it has subclasses reach the subclasses too
class A:
    f = len
    g = lambda self: "lam"
    h = staticmethod(len)
    x = 10
def later(self, k): return self.x * k
A.later = later
a = A()
print(a.f("ab"), a.g(), a.h("abc"), a.later(3), A.later(a, 2))
a.x = 1
print(a.later(3), A.x, vars(a))
del a.x
print(a.later(3))
A.x = 7
print(a.x, A().x)
a.method = lambda k: k * 2
print(a.method(4))
class B(A):
    x = 20
    def later(self, k): return "B" + str(super().later(k))
print(B().later(2), B.__bases__[0].__name__, B.later.__name__, B.__dict__.get("f"))
del A.later
try:
    B().later(1)
except AttributeError as e:
    print(e)
A.__repr__ = lambda self: "A!"
print(a, [a], str(a), f"{a}", repr(B()))
A.__eq__ = lambda self, o: True
print(a == 5, a != 5)
A.__len__ = lambda self: 3
print(len(a), bool(a))
A.__add__ = lambda self, o: ("add", o)
print(a + 1, B() + 2)
try:
    1 + a
except TypeError as e:
    print(e)
A.__radd__ = lambda self, o: ("radd", o)
print(1 + a)
A.__getitem__ = lambda self, i: i * 2
print(a[21], list(zip(range(3), a)))
A.__call__ = lambda self, *args: sum(args)
print(a(1, 2, 3), callable(a))
del A.__call__
print(callable(a))
A.__iter__ = lambda self: iter([9, 8])
print(list(a), list(B()))
A.__hash__ = lambda self: 42
print(hash(a), hash(B()))
A.__bool__ = lambda self: False
print(bool(a), "yes" if a else "no")
A.__contains__ = lambda self, x: x == "in"
print("in" in a, "out" in a)
A.__lt__ = lambda self, o: True
print(a < 1, sorted([a, a]) and "sorted")
class C:
    def __init__(self): self.v = 1
C.__init__ = lambda self: setattr(self, "v", 2)
print(C().v)
C.__str__ = lambda self: "C-str"
print(C(), str(C()))
C.__format__ = lambda self, spec: f"fmt[{spec}]"
print(f"{C():xyz}", format(C(), ">3"))
C.__setattr__ = lambda self, n, v: object.__setattr__(self, n, v * 10)
c = C(); c.q = 3
print(c.q, c.v)
class Base:
    pass
class Mid(Base):
    pass
class Leaf(Mid):
    def __neg__(self):
        return "leaf neg"
Base.__neg__ = lambda self: "base neg"
print(-Base(), -Mid(), -Leaf())
del Base.__neg__
try:
    -Mid()
except TypeError as e:
    print("TypeError:", e)
print(-Leaf())
Mid.__repr__ = lambda self: "Mid!"
print(Base() is not None, repr(Mid()), repr(Leaf()))
