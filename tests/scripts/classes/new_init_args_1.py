# __new__/__init__ argument checks of object and built-in subclasses
class Money(int):
    def __new__(cls, amount, currency="USD"):
        obj = super().__new__(cls, amount)
        obj.currency = currency
        return obj
m = Money(5, currency="EUR")
print(m, m.currency, m + 1, repr(m))
class OnlyNew:
    def __new__(cls, *a, **k):
        return super().__new__(cls)
print(type(OnlyNew(1, 2, x=3)).__name__)
class OnlyInit:
    def __init__(self, *a): self.a = a
print(OnlyInit(1, 2).a)
class Neither: pass
for f in (lambda: Neither(1), lambda: OnlyNew.__init__(OnlyNew(), 1), lambda: object.__new__(Neither, 1), lambda: object.__init__(Neither(), 1)):
    try:
        f(); print("ok")
    except TypeError as e:
        print(e)
class BadNew:
    def __new__(cls):
        return super().__new__(cls, 1)
try:
    BadNew()
except TypeError as e:
    print(e)
class BadInit:
    def __init__(self):
        super().__init__(1)
try:
    BadInit()
except TypeError as e:
    print(e)
class Str2(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
    def __init__(self, v):
        self.orig = v
s = Str2("abc"); print(s, s.orig)
class F(float):
    def __init__(self, v, unit="m"):
        super().__init__()
        self.unit = unit
f = F(2.5, unit="cm"); print(f, f.unit)
class T(tuple):
    def __init__(self, *a):
        print("T init", a)
t = T([1, 2]); print(t)
class Lst(list):
    def __init__(self, n):
        super().__init__(range(n))
print(Lst(3))
class Dct(dict):
    def __init__(self, **kw):
        super().__init__(**kw)
        self["extra"] = True
print(Dct(a=1))
