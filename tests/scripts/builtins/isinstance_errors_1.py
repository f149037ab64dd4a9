# isinstance/issubclass with tuples, __instancecheck__ and errors.
def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(isinstance(1, int), isinstance(True, (str, int)), issubclass(bool, int), issubclass(int, (str, bool)))
print(isinstance(1, (str, (float, int))), issubclass(bool, ()), isinstance([], ()))
t(lambda: isinstance(1, 3)); t(lambda: issubclass(1, int)); t(lambda: issubclass(int, 3))
t(lambda: isinstance(1, (int, 3))); t(lambda: isinstance(1, (str, 3)))
class Meta(type):
    def __instancecheck__(cls, x): return x == "yes"
    def __subclasscheck__(cls, c): return c is float
class Any(metaclass=Meta): pass
print(isinstance("yes", Any), isinstance("no", Any), issubclass(float, Any), issubclass(int, Any))
class P:
    @property
    def __class__(self): return int
class Q:
    def __getattr__(self, n): return 1
print(isinstance(P(), int), isinstance(P(), str), isinstance(Q(), int), isinstance(Q(), Q))
