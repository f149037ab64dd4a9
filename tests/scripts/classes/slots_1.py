# __slots__: member descriptors, no instance __dict__, errors
class P:
    __slots__ = ("x", "__y")
    def __init__(self): self.__y = 2
class Q(P):
    __slots__ = "z"
p = P()
print(P.x, P._P__y, p._P__y, P.__slots__, Q.__slots__)
try: p.x
except AttributeError as e: print(e)
try: del p.x
except AttributeError as e: print(e)
p.x = 5; print(p.x); del p.x
try: p.w = 1
except AttributeError as e: print(e)
q = Q(); q.z = 3; q.x = 4; print(q.z, q.x, hasattr(q, "__dict__"), hasattr(p, "__dict__"))
try: P.x.__get__(3)
except TypeError as e: print(e)
try:
    class R: 
        __slots__ = ("a",); a = 1
except ValueError as e: print(e)
try:
    class R: __slots__ = (1,)
except TypeError as e: print(e)
try:
    class R: __slots__ = ("1a",)
except TypeError as e: print(e)
class D:
    __slots__ = ("a", "__dict__")
d = D(); d.b = 1; d.a = 2; print(d.__dict__, d.a)
class E(P): pass
e = E(); e.w = 1; e.x = 2; print(e.__dict__)
try:
    class T(tuple): __slots__ = ("a",)
except TypeError as e: print(e)
class T(tuple): __slots__ = ()
t = T((1,2))
try: t.a = 1
except AttributeError as e: print(e)
class X(Exception): __slots__ = ("code",)
x = X("m"); x.code = 3; print(x.code, x)
try:
    class Z: __slots__ = ("a", "a")
except Exception as e: print(type(e), e)
print(type(P.__dict__["x"]))
print(vars(q) if hasattr(q, '__dict__') else 'nodict')
try: vars(p)
except TypeError as e: print(e)
