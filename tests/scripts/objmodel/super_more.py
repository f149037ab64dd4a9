def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class A:
    x = 1
    def __init__(self, v): self.v = v
    @property
    def p(self): return "A.p"
    @p.setter
    def p(self, v): print("A.p set", v)
class B(A):
    def __init__(self): super().__init__(5)
    @property
    def p(self): return "B.p>" + super().p
    @p.setter
    def p(self, v):
        print("B.p set"); super(B, type(self)).p.__set__(self, v)
b = B(); print(b.v, b.p); b.p = 3
t(lambda: setattr(super(B, b), 'p', 1))
t(lambda: delattr(super(B, b), 'x'))
t(lambda: super(B, b).nope)
t(lambda: super(B, B).nope)
print(super(B, b).x, super(B, B).x)
print(super(B, b).__init__.__qualname__, super(B, b).__class__.__name__)
print(super.__doc__[:20])
t(lambda: super(B, b, 1))
t(lambda: super(1))
t(lambda: super(B, b=1))
s = super(B)
t(lambda: s.x)
print(s.__get__(b).x, s.__get__(b, B).p)
t(lambda: s.__get__(5))
class C:
    def f(self): return super()
    @classmethod
    def g(cls): return super()
    @staticmethod
    def h(): return super()
c = C()
print(repr(C.g()), type(C.g()).__name__)
t(lambda: C.h())
print(repr(c.f()).startswith("<super: <class 'C'>, <C object>"))
class Cls(type):
    def __new__(m, name, bases, ns): return super().__new__(m, name, bases, ns)
    def __call__(cls, *a): return super().__call__(*a)
class U(metaclass=Cls):
    def __init__(self, a): self.a = a
print(U(3).a)
class D(dict):
    def keys(self): return ["overridden"] + list(super().keys())
print(D(a=1).keys())
class E(Exception):
    def __init__(self, msg): super().__init__("E: " + msg)
print(str(E("hi")), E("x").args)
class L(list):
    def append(self, x): super().append(x * 2)
l = L(); l.append(2); print(l)
def outside(self): return super().x
class F(A):
    pass
F.o = outside
t(lambda: F(1).o())
class Gen:
    def g(self):
        yield super().__repr__()[:5]
print(next(Gen().g()))
class Lam:
    def f(self):
        return (lambda: super().__class__)()
print(Lam().f())
class Dd:
    def m(self): return super().m()
t(lambda: Dd().m())
