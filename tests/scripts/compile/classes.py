# Classes: bodies, __qualname__, super(), __class__, decorators, mangling.
class A:
    "doc of A"
    x = 1
    def m(self): return "A.m"
    class Inner:
        def f(self): pass
print(A.__doc__, A.__qualname__, A.Inner.__qualname__, A.Inner.f.__qualname__, A.__module__)
class B(A):
    def m(self):
        return "B+" + super().m()
    def cls(self):
        return __class__.__name__
print(B().m(), B().cls())
def deco(cls):
    cls.tag = "decorated"
    return cls
@deco
class C(B, metaclass=type):
    __private = 5
    def get(self): return self.__private
print(C.tag, C().get(), hasattr(C, "_C__private"))
class D:
    y = 2
    z = [y for _ in range(1)] if False else None
    def meth(self):
        return [self for _ in range(2)]
print(len(D().meth()))
def factory():
    class Local:
        def where(self): return "local"
    return Local
print(factory().__qualname__, factory()().where.__qualname__)
class Ann:
    a: int = 3
    b: str
print(Ann.__annotations__, Ann.a)
class Prop:
    def __init__(self): self._v = 0
    @property
    def v(self): return self._v
    @v.setter
    def v(self, val): self._v = val * 2
p = Prop(); p.v = 4; print(p.v)
x = 10
class E:
    x = 5
    def f(self): return x
print(E().f())
