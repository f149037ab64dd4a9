# constructing subclasses of built-in types with their own __new__/__init__
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except BaseException as e:
        print(type(e).__name__, e)

class L(list):
    def __init__(self, a, b):
        super().__init__([a, b])
t(lambda: L(1, 2))
t(lambda: L([1]))
class L2(list): pass
t(lambda: L2(1, 2))
t(lambda: L2(x=1))
t(lambda: L2("ab"))
class T(tuple):
    def __init__(self, a, b): pass
t(lambda: T(1, 2))
class T2(tuple):
    def __new__(cls, a, b): return super().__new__(cls, (a, b))
t(lambda: (T2(1, 2), type(T2(1, 2)).__name__))
class Point(tuple):
    def __new__(cls, x, y): return tuple.__new__(cls, (x, y))
    x = property(lambda self: self[0])
    y = property(lambda self: self[1])
    def __repr__(self): return "Point(x=%r, y=%r)" % self
p = Point(1, 2)
t(lambda: (p, p.x, p.y, p + (3,), p == (1, 2), len(p)))
class I(int):
    def __new__(cls, v, unit="m"):
        obj = super().__new__(cls, v)
        obj.unit = unit
        return obj
t(lambda: (I(5), I(5, "km").unit, I("7").unit, I(5) + 1))
class I2(int):
    def __init__(self, v, extra): self.extra = extra
t(lambda: I2(5, 6))
class I3(int): pass
t(lambda: I3("10", 2))
t(lambda: I3("10", base=16))
t(lambda: I3(1, 2, 3))
t(lambda: I3(x=1))
class S(str):
    def __new__(cls, v, tag):
        s = super().__new__(cls, v)
        s.tag = tag
        return s
t(lambda: (S("x", 1), S("x", 1).tag, S("x", 1).upper()))
class S2(str): pass
t(lambda: S2(b"abc", "ascii"))
t(lambda: S2(5))
t(lambda: S2(object=3))
t(lambda: S2(a=1))
class F(float):
    def __new__(cls, v=0.0): return super().__new__(cls, v * 2)
t(lambda: (F(1.5), F()))
class F2(float):
    def __init__(self, v, w): pass
t(lambda: F2(1.0, 2))
class D(dict):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.created = True
t(lambda: (D(a=1), D([(1, 2)]).created))
class D2(dict): pass
t(lambda: D2(1, 2))
t(lambda: D2([1]))
class Se(set):
    def __init__(self, *a): super().__init__(a)
t(lambda: sorted(Se(3, 1, 2)))
class Fs(frozenset):
    def __new__(cls, *a): return super().__new__(cls, a)
t(lambda: sorted(Fs(3, 1)))
class FsBad(frozenset): pass
t(lambda: FsBad(1, 2))
class By(bytes):
    def __new__(cls, n): return super().__new__(cls, b"x" * n)
t(lambda: By(3))
class C(complex): pass
t(lambda: (C(1, 2), C("1+2j"), C(real=1, imag=2)))
t(lambda: C(1, 2, 3))
class E(Exception):
    def __new__(cls, *args):
        print("E.__new__", args)
        return super().__new__(cls, *args)
    def __init__(self, *args):
        print("E.__init__", args)
        super().__init__(*args)
t(lambda: E(1, 2).args)
class Obj:
    def __new__(cls, *a, **k):
        print("new", a, k)
        return super().__new__(cls)
    def __init__(self, *a, **k):
        print("init", a, k)
t(lambda: type(Obj(1, x=2)).__name__)
class B(bool if False else int): pass
t(lambda: B(True))
t(lambda: type(B(True)).__name__)
