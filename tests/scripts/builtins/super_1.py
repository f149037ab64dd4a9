# super() with and without arguments.
def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class A:
    def f(self): return "A.f"
    @classmethod
    def c(cls): return "A.c " + cls.__name__
class B(A):
    def f(self): return "B.f>" + super().f()
    @classmethod
    def c(cls): return "B.c>" + super().c()
class C(B):
    def f(self): return "C.f>" + super(B, self).f()
print(C().f(), B().f(), B.c(), C.c())
print(repr(super(C, C()))[:30], super(B, B()).f())
t(lambda: super()); t(lambda: super(1)); t(lambda: super(C, 1)); t(lambda: super(B, B()).nothing)
class D(A):
    def g(): return super()
    def h(*a): return super().f()
t(lambda: D.g()); t(lambda: D().h())
class E(A):
    def __init__(self):
        super().__init__()
        self.ok = True
print(E().ok)
