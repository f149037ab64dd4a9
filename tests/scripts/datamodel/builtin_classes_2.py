# built-in types without a constructor, types.MethodType, module(), struct sequences
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)
import sys
def g(): yield
class C:
    def m(self): pass
    @property
    def p(self): pass
for x in [len, iter([]), iter(()), iter(""), iter({}), {}.keys(), {}.values(), {}.items(), iter(range(3)), reversed([]), g(), C().m, C.__dict__['p'], int.__add__, (1).__add__, str.upper, "".upper, dict.fromkeys, C.__dict__, sys._getframe() if hasattr(sys, "_getframe") else 1, map(len, []), zip(), enumerate([]), filter(None, []), super(C, C()), NotImplemented, ..., None, slice(1), memoryview(b""), range(1), staticmethod(len), classmethod(len), property(), type.__dict__['__mro__'], complex.real, iter(C.__dict__['p'].__doc__ or "")]:
    tp = type(x)
    t(lambda: (tp.__name__, type(tp()).__name__))
import sys
for c in ['type(sys.float_info)([1]*11)', 'type(sys.float_info)([1]*3)', 'type(sys.float_info)(5)', 'type(sys.float_info)([1]*11, {})', 'type(sys.float_info)(sequence=[1]*11).max','type(sys.float_info)([1]*11, 5)', 'type(sys.float_info)([1]*12)', 'type(sys.version_info)()', 'type(sys.hash_info)()', 'type(sys.float_info)((1,)*11)[3]']:
  try: print(eval(c))
  except Exception as e: print(type(e).__name__, e)
import sys
M0 = type(sys)
for c in ['M0()', 'M0(1)', 'M0("a", "d", 3)', 'M0(name="x", doc="d").__doc__', 'M0("x", x=1)', 'M0("q")']:
  try: print(eval(c))
  except Exception as e: print(type(e).__name__, e)
class M(M0):
    def hello(self): return "hi " + self.__name__
m = M("mm", "doc")
m.x = 5
print(type(m).__name__, m.hello(), m.x, m.__doc__, m.__dict__["x"], isinstance(m, M0))
class types:
    MethodType = type(A().m if False else (lambda: 0).__get__(1))
for c in ['types.MethodType()', 'types.MethodType(len)', 'types.MethodType(1, 2)', 'types.MethodType(len, None)', 'types.MethodType(len, 1)()', 'types.MethodType(f=len, obj=2)', 'types.MethodType(len, 1, 2)', 'memoryview()', 'memoryview(b"", 1)', 'memoryview(x=1)', 'memoryview(object=b"ab").tobytes()']:
    try: print(eval(c))
    except Exception as e: print(type(e).__name__, e)
class A: pass
for c in ['A.mro(1)', 'A.__subclasses__(x=1)', 'A.mro(x=1)', 'type.mro()', 'type.__subclasses__()']:
    try: print(eval(c))
    except Exception as e: print(type(e).__name__, e)
try: A.__name__ = 'a\x00b'
except Exception as e: print(type(e).__name__, e)
