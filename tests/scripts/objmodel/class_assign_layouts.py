def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class A: pass
class B: pass
class S: __slots__ = ()
class SW: __slots__ = ('__weakref__',)
class SD: __slots__ = ('__dict__',)
class SDW: __slots__ = ('__dict__', '__weakref__')
class SWD: __slots__ = ('__weakref__', '__dict__')
class X1: __slots__ = ('x',)
class X2(X1): pass
class X3(X1): __slots__ = ()
class XA(A): __slots__ = ('x',)
class AS(A): __slots__ = ()
class I(int): pass
class I2(int): __slots__ = ()
class F(float): pass
class L(list): pass
class Ex(Exception): pass
class Ex2(ValueError): pass
cs = [A, B, S, SW, SD, SDW, SWD, X1, X2, X3, XA, AS, I, I2, F, L, Ex, Ex2]
for c in cs:
    for d in cs:
        try:
            o = c.__new__(c)
            o.__class__ = d
            r = "ok"
        except TypeError as e: r = str(e)
        print(c.__name__, d.__name__, r)
class Z(A): pass
for c in cs:
    try:
        Z.__bases__ = (c,); r = "ok"
    except TypeError as e: r = str(e)
    print("bases", c.__name__, r)
class ZI(int): pass
for c in cs + [int, object, float, list]:
    try:
        ZI.__bases__ = (c,); r = "ok"
        ZI.__bases__ = (int,)
    except TypeError as e: r = str(e)
    print("basesI", c.__name__, r)
