def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class A:
    __slots__ = iter(['a', 'b'])
print(type(A.__slots__).__name__, A.a, A.b)
a = A(); a.a = 1
A.a = 5
print(A.a, a.a)
t(lambda: setattr(a, 'a', 2))
class B:
    __slots__ = ('x',)
class C(B):
    __slots__ = ('__dict__', 'y')
c = C(); c.x, c.y, c.z = 1, 2, 3
print(c.x, c.y, c.__dict__)
class D(B):
    __slots__ = ('x',)
d = D(); d.x = 4
print(d.x, B.x.__get__(d) if hasattr(B.x, '__get__') else None)
t(lambda: B.x.__get__(d))
class E:
    __slots__ = ('__weakref__', '__dict__', 'q')
e = E(); e.q = 1; e.r = 2
print(sorted(E.__dict__), e.__dict__, e.__weakref__)
class F:
    __slots__ = ()
    def __init__(self): pass
t(lambda: F().__weakref__)
t(lambda: setattr(F(), '__weakref__', 1))
class G:
    __slots__ = ('a',)
    def __init__(self): self.a = 1
class H(G):
    pass
h = H(); h.b = 2
print(h.a, h.b, h.__dict__, '__weakref__' in H.__dict__, '__dict__' in H.__dict__)
t(lambda: G.a.__set__(h, 10) or h.a)
t(lambda: G.a.__delete__(h) or hasattr(h, 'a'))
t(lambda: G.a.__delete__(h))
print(G.a.__doc__, G.a.__objclass__)
t(lambda: setattr(G.a, '__doc__', 'x'))
class Conflict:
    x = property(lambda s: 1)
try:
    class SubConflict(Conflict):
        __slots__ = ('x',)
    print("allowed", SubConflict.x)
except Exception as e: print(type(e).__name__, e)
try:
    class EmptyName:
        __slots__ = ('',)
except TypeError as e: print(e)
try:
    class Kw:
        __slots__ = ('class',)
    print("keyword slot ok", Kw.__dict__['class'])
except TypeError as e: print(e)
try:
    class Uni:
        __slots__ = ('é',)
    print("unicode ok")
except TypeError as e: print(e)
try:
    class BadDict:
        __slots__ = {'a': 1, 'b': 2}
    print(BadDict.a.__doc__, BadDict.b.__doc__)
except Exception as e: print(type(e).__name__, e)
class Sl:
    __slots__ = ['a']
print(Sl.__slots__ is Sl.__dict__['__slots__'])
class Sub(Sl):
    __slots__ = 'b'
s = Sub(); s.a = 1; s.b = 2
t(lambda: setattr(s, 'c', 3))
print(s.a, s.b)
