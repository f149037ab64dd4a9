def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class A: pass
class B(A): pass
t(lambda: isinstance(B(), (int, (str, (A,)))))
t(lambda: isinstance(1, (str, (float, ()))))
t(lambda: issubclass(B, ((int,), A)))
t(lambda: isinstance(1, 5))
t(lambda: isinstance(1, (int, 5)))
t(lambda: isinstance(1, (str, 5)))
t(lambda: issubclass(5, int))
t(lambda: issubclass(int, 5))
t(lambda: issubclass(int, (str, 5)))
t(lambda: issubclass(int, (int, 5)))
t(lambda: isinstance(1, int | str))
t(lambda: issubclass(bool, int | str))
t(lambda: isinstance(1, list[int]))
t(lambda: issubclass(list, list[int]))
t(lambda: isinstance())
t(lambda: isinstance(1))
class Meta(type):
    def __instancecheck__(cls, inst):
        print("instcheck", cls.__name__, inst); return inst == 42
    def __subclasscheck__(cls, sub):
        print("subcheck", cls.__name__, sub); return sub is int
class M(metaclass=Meta): pass
t(lambda: isinstance(42, M))
t(lambda: isinstance(M(), M))
t(lambda: isinstance(3, M))
t(lambda: issubclass(int, M))
t(lambda: issubclass(M, M))
t(lambda: isinstance(42, (str, M)))
t(lambda: issubclass(int, (str, M)))
class Meta2(type):
    def __instancecheck__(cls, inst): return []
    def __subclasscheck__(cls, sub): raise KeyError("x")
class M2(metaclass=Meta2): pass
t(lambda: isinstance(1, M2))
t(lambda: issubclass(int, M2))
class Fake:
    __bases__ = (A,)
class Fake2:
    @property
    def __class__(self): return A
t(lambda: issubclass(Fake(), A))
t(lambda: isinstance(Fake2(), A))
t(lambda: isinstance(Fake2(), Fake2))
class FakeCls:
    __bases__ = ()
t(lambda: issubclass(Fake(), FakeCls()))
t(lambda: issubclass(B, FakeCls()))
t(lambda: isinstance(B(), FakeCls()))
class NoB: pass
t(lambda: isinstance(1, NoB()))
class Inst:
    def __instancecheck__(self, i): return True
t(lambda: isinstance(1, Inst()))
t(lambda: type.__instancecheck__(int, 1))
t(lambda: type.__subclasscheck__(int, bool))
t(lambda: object.__subclasshook__(int))
t(lambda: int.__subclasscheck__(bool))
