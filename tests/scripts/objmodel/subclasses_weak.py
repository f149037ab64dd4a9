# type.__subclasses__ holds classes weakly: dead classes leave the list
class A:
    def f(self): return 1
for i in range(20000):
    class B(A):
        def g(self): return 2
    b = B()
    assert b.f() + b.g() == 3
for i in range(3000):
    x = list(range(10000))
del x
n = len(A.__subclasses__())
print(n < 20000, n >= 1)
A.__repr__ = lambda self: "A!"
print(repr(B()))
class C(A): pass
print(C.__subclasses__(), A.__subclasses__()[-1])
