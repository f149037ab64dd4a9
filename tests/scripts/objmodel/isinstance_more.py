def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class A: pass
class B(A): pass
t(lambda: isinstance(1, ()))
t(lambda: issubclass(int, ()))
t(lambda: isinstance(B(), (int, str) or A))
t(lambda: isinstance(1, int | None))
t(lambda: isinstance(None, int | None))
t(lambda: issubclass(type(None), int | None))
t(lambda: isinstance(1, int | list[int]))
t(lambda: issubclass(bool, (str, int | float)))
t(lambda: issubclass(int, object()))
t(lambda: isinstance(1, object()))
t(lambda: issubclass(object(), int))
t(lambda: issubclass(1, (int,)))
t(lambda: isinstance(1, [int]))
t(lambda: issubclass(int, [int]))
t(lambda: isinstance(1, "int"))
t(lambda: isinstance(A, type))
t(lambda: isinstance(type, type))
t(lambda: issubclass(type, type))
t(lambda: issubclass(B, B))
t(lambda: isinstance(True, int))
t(lambda: issubclass(bool, (bool,)))
class Meta(type):
    def __instancecheck__(cls, o): return "truthy string"
    def __subclasscheck__(cls, o): return 0
class X(metaclass=Meta): pass
t(lambda: isinstance(1, X))
t(lambda: issubclass(int, X))
t(lambda: isinstance(X(), X))
t(lambda: issubclass(X, X))
class Meta2(type):
    def __instancecheck__(cls, o): return object()
class Y(metaclass=Meta2): pass
class Falsy:
    def __bool__(self): raise ValueError("no bool")
class Meta3(type):
    def __instancecheck__(cls, o): return Falsy()
class Z(metaclass=Meta3): pass
t(lambda: isinstance(1, Z))
t(lambda: isinstance(Z(), Z))
class Meta4(type):
    __instancecheck__ = None
class W(metaclass=Meta4): pass
t(lambda: isinstance(1, W))
class Meta5(type):
    @staticmethod
    def __instancecheck__(o): return True
class V(metaclass=Meta5): pass
t(lambda: isinstance(1, V))
class Meta6(type):
    @classmethod
    def __subclasscheck__(mcls, c): return mcls.__name__ == "Meta6"
class U(metaclass=Meta6): pass
t(lambda: issubclass(int, U))
