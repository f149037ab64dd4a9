def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)

x = "global"
class S:
    x = "class"
    y = [x for _ in range(2)]
    z = [i for i in range(3)]
    w = (lambda: x)()
    def m(self): return x
    q = x
print(S.y, S.z, S.w, S().m(), S.q)
try:
    class S2:
        a = 1
        b = [a for _ in range(2)]
except NameError as e: print(e)
class S3:
    a = 5
    b = [j for j in range(a)]
print(S3.b)

class An:
    a: int
    b: str = "x"
    def f(self): pass
print(An.__annotations__, An.__dict__.get('__annotations__'))
class NoAn: pass
t(lambda: (NoAn.__annotations__, "__annotations__" in NoAn.__dict__))
class Sub(An): pass
print(Sub.__annotations__)

class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
class UsesDesc:
    a = Desc()
    b = Desc()
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("boom")
try:
    class UsesBad:
        attr = Bad()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)

class G:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(G[int], G[1, 2])
class G2(G): pass
print(G2["a"])
t(lambda: S[1])
def deco(cls):
    cls.decorated = True
    return cls
def deco2(arg):
    def d(cls):
        cls.arg = arg
        return cls
    return d
@deco
@deco2(5)
class Dec: pass
print(Dec.decorated, Dec.arg)

class ME:
    def __mro_entries__(self, bases):
        print("mro_entries", len(bases), bases[1])
        return (dict,)
class UsesME(ME(), object): pass
print(UsesME.__bases__, type(UsesME.__orig_bases__[0]).__name__)
t(lambda: type("X", (ME(),), {}))
class BadME:
    def __mro_entries__(self, bases): return [int]
try:
    class UB(BadME()): pass
except TypeError as e: print(e)
try:
    class UB2(1): pass
except TypeError as e: print(e)
try:
    class UB3(bool): pass
except TypeError as e: print(e)
try:
    class UB4(int, int): pass
except TypeError as e: print(e)
class Qn:
    __qualname__ = "Other.Qn"
print(Qn.__qualname__, '__qualname__' in Qn.__dict__)
try:
    class Qn2:
        __qualname__ = 5
except TypeError as e: print(e)
class Mo:
    __module__ = "mymod"
print(Mo.__module__, repr(Mo))
print(Mo.__dict__['__module__'])
t(lambda: An.__dict__['__doc__'])
print(sorted(An.__dict__))
print(sorted(vars(Sub)))
