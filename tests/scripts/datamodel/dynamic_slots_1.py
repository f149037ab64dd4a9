# dunders added, replaced and deleted on classes after creation (subclasses follow)
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except BaseException as e:
        print(type(e).__name__, e)
class A: pass
class B(A): pass
class C(B):
    def __len__(self): return 1
a, b, c = A(), B(), C()
A.__len__ = lambda self: 5
t(lambda: (len(a), len(b), len(c)))
A.__bool__ = lambda self: False
t(lambda: (bool(a), bool(b), bool(c)))
del A.__bool__
t(lambda: (bool(a), bool(b), bool(c)))
A.__len__ = lambda self: 0
t(lambda: (bool(a), bool(b), bool(c)))
del A.__len__
t(lambda: (bool(a), bool(b), bool(c)))
t(lambda: len(b))
A.__call__ = lambda self, *x: ("called", type(self).__name__, x)
t(lambda: (a(1), b(), c(2, 3)))
B.__call__ = None
t(lambda: b())
t(lambda: c())
del B.__call__
t(lambda: c())
A.__iter__ = lambda self: iter([1, 2])
t(lambda: (list(a), list(b), 2 in c))
A.__contains__ = lambda self, x: x == 99
t(lambda: (2 in a, 99 in b))
A.__getitem__ = lambda self, k: ("item", k)
t(lambda: (a[1], b["x"], c[1:2]))
A.__setitem__ = lambda self, k, v: print("set", k, v)
def f(): b[1] = 2
t(f)
def f(): del b[1]
t(f)
A.__delitem__ = lambda self, k: print("del", k)
t(f)
A.__add__ = lambda self, o: "A.add"
A.__radd__ = lambda self, o: "A.radd"
t(lambda: (a + 1, 1 + b, c + c))
A.__iadd__ = lambda self, o: "A.iadd"
def f():
    x = b; x += 1; return x
t(f)
A.__neg__ = lambda self: "neg"
A.__index__ = lambda self: 1
t(lambda: (-a, [10, 20][b], hex(c)))
A.__eq__ = lambda self, o: "A.eq"
t(lambda: (a == 1, b == c, hash(a) == hash(a)))
A.__hash__ = None
t(lambda: hash(b))
A.__hash__ = lambda self: 7
t(lambda: (hash(a), hash(b), hash(c)))
A.__lt__ = lambda self, o: "A.lt"
t(lambda: (a < b, 1 > a))
A.__repr__ = lambda self: "<" + type(self).__name__ + ">"
A.__str__ = lambda self: "str-" + type(self).__name__
t(lambda: (repr(a), str(b), f"{c}", [a]))
A.__format__ = lambda self, s: "fmt" + s
t(lambda: (f"{a:x}", format(b, "y")))
A.__getattr__ = lambda self, n: "ga-" + n
t(lambda: (a.zzz, c.yyy))
del A.__getattr__
t(lambda: a.zzz)
A.__setattr__ = lambda self, n, v: print("setattr", n, v)
def f(): c.q = 1
t(f)
del A.__setattr__
def f(): c.q = 1; return c.q
t(f)
A.__enter__ = lambda self: "entered"
A.__exit__ = lambda self, *e: True
def f():
    with b as v:
        raise ValueError(v)
    return "suppressed"
t(f)
A.__int__ = lambda self: 42
A.__float__ = lambda self: 4.5
t(lambda: (int(a), float(b)))
A.__round__ = lambda self, n=None: "rounded"
t(lambda: round(c))
A.__next__ = lambda self: "next"
t(lambda: next(a))
A.__reversed__ = lambda self: iter("rev")
t(lambda: list(reversed(b)))
A.__missing__ = lambda self, k: "missing"
t(lambda: getattr(a, "__missing__")("k"))
class D(dict): pass
d = D()
D.__missing__ = lambda self, k: "D.missing " + k
t(lambda: d["k"])
del D.__missing__
t(lambda: d["k"])
class L(list): pass
l = L([1, 2])
L.__len__ = lambda self: 99
t(lambda: (len(l), bool(l), list(l)))
L.__getitem__ = lambda self, i: "L.getitem"
t(lambda: (l[0], list(l)))
del L.__len__, L.__getitem__
t(lambda: (len(l), l[0]))
class OnlyDel:
    def __delitem__(self, k): pass
def f(): OnlyDel()[0] = 1
t(f)
class OnlySet:
    def __set__(self, o, v): pass
class Host:
    d = OnlySet()
def f(): del Host().d
t(f)
class OnlyDelete:
    def __delete__(self, o): pass
class Host2:
    d = OnlyDelete()
def f(): Host2().d = 1
t(f)
