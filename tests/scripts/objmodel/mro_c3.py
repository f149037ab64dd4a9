def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class O: pass
class A(O): pass
class B(O): pass
class C(A, B): pass
print([k.__name__ for k in C.__mro__], C.mro() == list(C.__mro__))
try:
    class X(A, C): pass
except TypeError as e: print(e)
try:
    class X(O, A): pass
except TypeError as e: print(e)
class F: pass
class E: pass
class D: pass
class Z1(F, E): pass
class Z2(D, F): pass
try:
    class Z3(Z1, Z2, E): pass
except TypeError as e: print(e)
t(lambda: type("Y", (A, C), {}))
t(lambda: type("Y", (A, A), {}))
class Meta(type):
    def mro(cls):
        print("mro called", cls.__name__)
        return [cls, B, A, object] if cls.__name__ == 'W' else super().mro()
class W(A, B, metaclass=Meta): pass
class W2(W): pass
print(W2.__mro__)
class BadMeta3(type):
    def mro(cls): return [cls, int, object]
t(lambda: BadMeta3('Q', (), {}))
print(W.__mro__, W.__bases__)
print(W(5) if False else W.__mro__)
class BadMeta(type):
    def mro(cls): return [1]
try:
    class BM(metaclass=BadMeta): pass
except TypeError as e: print(e)
class BadMeta2(type):
    def mro(cls): return 5
try:
    class BM(metaclass=BadMeta2): pass
except TypeError as e: print(e)
t(lambda: type.mro(int))
t(lambda: int.mro())
t(lambda: bool.__mro__)
t(lambda: type.__mro__)
t(lambda: type.mro(5))
try:
    class L(int, str): pass
except TypeError as e: print(e)
try:
    class L(list, dict): pass
except TypeError as e: print(e)
class L2(int, object): pass
print(L2.__mro__)
try:
    class L3(object, int): pass
except TypeError as e: print(e)
class S1: __slots__ = ('a',)
class S2: __slots__ = ('b',)
try:
    class L4(S1, S2): pass
except TypeError as e: print(e)
class S3: __slots__ = ()
class L5(S1, S3): pass
print(L5.__mro__)
try:
    class L6(Exception, int): pass
except TypeError as e: print(e)
class L7(Exception, O): pass
print(L7.__mro__)
try:
    class L8(KeyError, IndexError): pass
except TypeError as e: print(e)
print(C.__base__, L2.__base__, L5.__base__, object.__base__, object.__bases__, int.__bases__)
