def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
a = A()
print(a.who()); a.__class__ = B; print(a.who(), type(a).__name__, isinstance(a, B))
t(lambda: setattr(a, '__class__', 5))
t(lambda: setattr(a, '__class__', int))
t(lambda: setattr(1, '__class__', bool))
t(lambda: delattr(a, '__class__'))
class S1: __slots__ = ('x',)
class S2: __slots__ = ('y',)
class S3: __slots__ = ('x',)
t(lambda: setattr(S1(), '__class__', S2))
t(lambda: setattr(S1(), '__class__', S3))
t(lambda: setattr(S1(), '__class__', A))
class L(list): pass
class L2(list): pass
l = L(); l.__class__ = L2; print(type(l).__name__)
t(lambda: setattr(L(), '__class__', list))
t(lambda: setattr([], '__class__', L))
t(lambda: setattr(object(), '__class__', A))
# __bases__ assignment
class X: 
    def m(self): return "X"
class Y:
    def m(self): return "Y"
    def n(self): return "Yn"
class Z(X): pass
z = Z()
print(z.m(), Z.__mro__)
Z.__bases__ = (Y,)
print(z.m(), z.n(), Z.__mro__, Z.__base__)
Z.__bases__ = (X, Y)
print(z.m(), z.n(), Z.__mro__)
class ZZ(Z): pass
print(ZZ.__mro__)
Z.__bases__ = (Y,)
print(ZZ.__mro__, ZZ().m())
t(lambda: setattr(Z, '__bases__', ()))
t(lambda: setattr(Z, '__bases__', 5))
t(lambda: setattr(Z, '__bases__', (5,)))
t(lambda: setattr(Z, '__bases__', (ZZ,)))
t(lambda: setattr(Z, '__bases__', (Z,)))
t(lambda: setattr(Z, '__bases__', (int,)))
t(lambda: setattr(int, '__bases__', (object,)))
t(lambda: delattr(Z, '__bases__'))
t(lambda: setattr(Z, '__bases__', (X, X)))
t(lambda: setattr(Z, '__bases__', (object, X)))
class Sl: __slots__ = ('q',)
t(lambda: setattr(Z, '__bases__', (Sl,)))
print(X.__subclasses__(), Y.__subclasses__())
print(Z.__name__)
Z.__name__ = "NewZ"; print(Z, Z.__qualname__)
t(lambda: setattr(Z, '__name__', 5))
t(lambda: setattr(int, '__name__', 'x'))
t(lambda: setattr(Z, '__mro__', ()))
t(lambda: setattr(Z, '__doc__', 'd') or Z.__doc__)
t(lambda: setattr(int, '__doc__', 'd'))
t(lambda: setattr(Z, '__module__', 'm') or Z.__module__)
t(lambda: setattr(Z, '__qualname__', 'Q.Z') or repr(Z))
class Sub1(A): pass
class Sub2(A): pass
print(A.__subclasses__())
del Sub1
print(len(A.__subclasses__()) in (1, 2))
