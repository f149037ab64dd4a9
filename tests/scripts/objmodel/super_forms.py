def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class A:
    def __init__(self): print("A.init"); super().__init__()
    def f(self): return "A.f"
    @classmethod
    def cm(cls): return ("A.cm", cls.__name__)
    @staticmethod
    def sm(): return "A.sm"
    @property
    def p(self): return "A.p"
    x = 10
class B(A):
    def __init__(self): print("B.init"); super().__init__()
    def f(self): return "B.f>" + super().f()
class C(A):
    def __init__(self): print("C.init"); super().__init__()
    def f(self): return "C.f>" + super().f()
    @classmethod
    def cm(cls): return ("C.cm", super().cm())
    @staticmethod
    def sm(): return ("C.sm", super(C, C).sm())
    @property
    def p(self): return "C.p>" + super().p
class D(B, C):
    def __init__(self): print("D.init"); super().__init__()
    def f(self): return "D.f>" + super().f()
d = D()
print(d.f(), D.cm(), D.sm(), d.p, C.cm())
s = super(B, d)
print(s.__thisclass__, s.__self__ is d, s.__self_class__, s.x)
print(repr(super(B, d)).startswith("<super: <class 'B'>, <D object>>"), repr(super(B, d)))
print(repr(super(B)))
print(super(B).__self__, super(B).__self_class__)
print(repr(super(B, D)))
print(super(B, D).f.__qualname__, super(C, D).cm())
t(lambda: super(B, 5))
t(lambda: super(5, d))
t(lambda: super())
t(lambda: super(B, A))
def nocls(): return super()
t(nocls)
class E:
    def m(self): return super().m
    def n(): return super()
    @staticmethod
    def st(): return super()
    def o(self):
        del self
        return super()
    def p(*args): return super().__repr__
    def q(self):
        def inner(): return super()
        return inner()
    def r(self):
        return [super() for _ in range(1)]
t(lambda: E().m())
t(lambda: E.n())
t(lambda: E.st())
t(lambda: E().o())
t(lambda: E().p())
t(lambda: E().q())
t(lambda: E().r())
class F:
    def g(self): return __class__
    def h(self):
        __class__ = 5
        return __class__
print(F().g(), F().h())
s = super(D, d)
t(lambda: s.nope)
t(lambda: setattr(s, 'x', 1))
print(super(D, d).__class__, type(super(D, d)))
print(repr(super(A, d).__init__)[:36])
print(super(B, d).__doc__)
class Des:
    def __get__(self, obj, owner): return ("get", type(obj).__name__, owner.__name__)
class G: d = Des()
class H(G):
    def m(self): return super().d
    @classmethod
    def c(cls): return super().d
print(H().m(), H.c())
print(super(int, True).__add__(1), super(object, 1).__repr__())
class I(dict):
    def __getitem__(self, k): return super().__getitem__(k) * 2
    def __init__(self, *a, **k): super().__init__(*a, **k)
print(I(a=2)['a'])
print(super(D,d).__get__(5), super(D).__get__(d).f())
