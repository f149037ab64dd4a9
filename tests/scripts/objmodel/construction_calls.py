def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class Other: pass
class A:
    def __new__(cls, *a):
        print("A.__new__", cls.__name__, a)
        if a and a[0] == "other": return Other()
        if a and a[0] == "sub": return super().__new__(B)
        return super().__new__(cls)
    def __init__(self, *a): print("A.__init__", type(self).__name__, a)
class B(A):
    def __init__(self, *a): print("B.__init__", a)
t(lambda: type(A()).__name__)
t(lambda: type(A("other")).__name__)
t(lambda: type(A("sub")).__name__)
class R:
    def __init__(self): return 5
t(lambda: R())
class N:
    def __new__(cls): return None
t(lambda: N())
class NoInit:
    def __new__(cls, x): return super().__new__(cls)
t(lambda: NoInit(1).__class__.__name__)
t(lambda: NoInit())
class OnlyInit:
    def __init__(self, x): self.x = x
t(lambda: OnlyInit(1).x)
t(lambda: OnlyInit())
t(lambda: OnlyInit(1, 2))
t(lambda: object.__init__(OnlyInit(1), 5))
class Both:
    def __new__(cls, *a, **k): return super().__new__(cls, *a, **k)
    def __init__(self, *a, **k): pass
t(lambda: Both(1))
class NewOnly:
    def __new__(cls, *a): return object.__new__(cls, *a)
t(lambda: NewOnly(1))
t(lambda: type(object()).__name__)
t(lambda: object(1))
class Plain: pass
t(lambda: Plain(1))
t(lambda: Plain(x=1))
class Meta(type):
    def __call__(cls, *a, **k):
        inst = cls.__new__(cls)
        inst.args = a
        return inst
class Custom(metaclass=Meta):
    def __init__(self): raise RuntimeError("never")
print(Custom(1, 2).args)
