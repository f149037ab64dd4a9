# classmethod, staticmethod, property: binding and errors.
def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class C:
    @property
    def x(self):
        "doc of x"
        return 1
    y = property()
    @classmethod
    def cm(cls): return cls.__name__
    @staticmethod
    def sm(a=5): return a
    @property
    def v(self): return self._v
    @v.setter
    def v(self, val): self._v = val * 2
    @v.deleter
    def v(self): print("deleting v")
c = C()
print(c.x, C.x.__doc__, c.cm(), C.cm(), c.sm(), C.sm(3), C.__dict__["sm"](), type(C.__dict__["x"]).__name__)
c.v = 4
print(c.v)
del c.v
t(lambda: setattr(c, "x", 2)); t(lambda: delattr(c, "x")); t(lambda: c.y)
t(lambda: classmethod()); t(lambda: classmethod(1, 2)); t(lambda: classmethod(f=1)); t(lambda: staticmethod())
t(lambda: property(1, 2, 3, 4, 5)); t(lambda: property(fge=1))
print(repr(C.__dict__["cm"])[:22], C.__dict__["cm"].__func__.__name__, isinstance(C.x, property))
p = property(lambda s: 1, doc="given")
print(p.__doc__, p.fset, p.fget(None))
