def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class S:
    __slots__ = ('a', 'b')
s = S()
s.a = 1
t(lambda: s.b)
t(lambda: setattr(s, 'c', 1))
t(lambda: s.__dict__)
t(lambda: s.__weakref__)
t(lambda: vars(s))
del s.a
t(lambda: s.a)
t(lambda: delattr(s, 'a'))
t(lambda: delattr(s, 'c'))
print(S.a, type(S.a).__name__, S.a.__name__, S.a.__objclass__)
print(S.__slots__, sorted(S.__dict__))
class T(S):
    __slots__ = ('c',)
tt = T(); tt.a = 1; tt.c = 3
t(lambda: setattr(tt, 'd', 1))
class U(S): pass
u = U(); u.d = 5; print(u.__dict__)
class W:
    __slots__ = ('__dict__', 'x')
w = W(); w.y = 1; w.x = 2; print(w.__dict__)
class WR:
    __slots__ = ('__weakref__',)
print(WR().__weakref__)
t(lambda: WR().__dict__)
try:
    class Bad:
        __slots__ = ('x',)
        x = 1
except ValueError as e: print(e)
try:
    class Bad2:
        __slots__ = ('__dict__', '__dict__')
except TypeError as e: print(e)
try:
    class Bad3:
        __slots__ = ('__weakref__', '__weakref__')
except TypeError as e: print(e)
try:
    class Bad4(U):
        __slots__ = ('__dict__',)
except TypeError as e: print(e)
try:
    class Bad5:
        __slots__ = ('1a',)
except TypeError as e: print(e)
try:
    class Bad6:
        __slots__ = 5
except TypeError as e: print(e)
try:
    class Bad7:
        __slots__ = (5,)
except TypeError as e: print(e)
try:
    class Bad8(WR):
        __slots__ = ('__weakref__',)
except TypeError as e: print(e)
class Priv:
    __slots__ = ('__p',)
    def __init__(self): self.__p = 1
print(Priv()._Priv__p, sorted(Priv.__dict__))
class Dslot:
    __slots__ = {'a': 'doc of a', 'b': None}
print(Dslot.a.__doc__, Dslot.b.__doc__)
class Lslot:
    __slots__ = ['x']
print(Lslot.__slots__)
class Sslot:
    __slots__ = 'only'
print(Sslot.__slots__, Sslot.only)
t(lambda: S.a.__get__(5))
t(lambda: S.a.__set__(5, 1))
t(lambda: S.a.__get__(None, S))
print(repr(S.a), S.a.__qualname__ if hasattr(S.a, '__qualname__') else None)
print(S.__dict__['__slots__'])
class E:
    __slots__ = ()
t(lambda: setattr(E(), 'x', 1))
t(lambda: E().__dict__)
class SubInt(int):
    __slots__ = ()
t(lambda: setattr(SubInt(1), 'x', 1))
try:
    class SI(int):
        __slots__ = ('x',)
except TypeError as e: print(e)
try:
    class ST(tuple):
        __slots__ = ('x',)
except TypeError as e: print(e)
class SO:
    __slots__ = ('x',)
    def __init__(self): self.x = 1
import sys
o = SO(); print(o.x)
class Obj(object):
    __slots__ = 'a', '__dict__'
print(type(Obj.__dict__['__dict__']).__name__ if '__dict__' in Obj.__dict__ else 'none')
