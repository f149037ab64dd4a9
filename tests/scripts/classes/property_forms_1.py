# property forms: classmethod+property, positional property(), property subclasses, getter/setter/deleter
class A:
    _x = 5
    @classmethod
    @property
    def cprop(cls): return f"cprop of {cls.__name__}"
    @staticmethod
    def s(v): return v * 2
    def getx(self): return self._x
    def setx(self, v): self._x = v
    def delx(self): print("del x")
    x = property(getx, setx, delx, "the x")
print(A.cprop, A().cprop, A.__dict__["s"](4), A.x.__doc__, A.x.fget.__name__)
a = A(); a.x = 9; print(a.x); del a.x
class CachedProp(property):
    def __get__(self, obj, typ=None):
        if obj is None: return self
        v = super().__get__(obj, typ)
        return f"cached({v})"
class B:
    @CachedProp
    def val(self): return 42
print(B().val, type(B.val).__name__, isinstance(B.val, property))
class C:
    @property
    def p(self): return self._p
    @p.setter
    def p(self, v): self._p = v * 2
    q = p.getter(lambda self: "q-getter")
c = C(); c.p = 4; print(c.p, c.q)
try:
    del c.p
except AttributeError as e:
    print(e)
class D:
    @property
    def ro(self): return 1
try:
    D().ro = 2
except AttributeError as e:
    print(e)
try:
    del D().ro
except AttributeError as e:
    print(e)
p = property()
try:
    p.__get__(D(), D)
except AttributeError as e:
    print(e)
print(type(property(lambda s: 1).__get__(None, D)).__name__)
class E:
    def f(self): "doc of f"
    g = property(f)
print(E.g.__doc__, E().g)
