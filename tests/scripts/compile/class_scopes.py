# Class bodies: star bases, mangling, nonlocal and free names in classes, __class__.
bases = (object,)
class C(*bases, **{}):
    __x = 1
    def m(self, __y=2):
        return self.__x, __y
    y = [__x for _ in range(1)] if False else 0
print(C().m(), C.__name__)
def outer():
    v = 1
    class K:
        nonlocal v
        v = 5
        w = v
    return v, K.w
print(outer())
def outer2():
    z = 3
    class K2:
        a = z
        z = 4
        b = z
    return K2.a, K2.b
print(outer2())
class S:
    def f(self): return super().__class__.__name__, __class__.__name__
print(S().f())
