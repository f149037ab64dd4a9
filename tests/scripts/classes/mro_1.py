class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.__mro__])
try:
    class E(A, D): pass
except TypeError as e:
    print(e)
print(D.mro() == list(D.__mro__), issubclass(D, A), isinstance(D(), C), D.__bases__, D.__base__)
class M(type):
    pass
class K(metaclass=M):
    pass
print(type(K), K.__class__.__name__, isinstance(K, type))
X = type('X', (A,), {'v': 5, 'f': lambda self: self.v * 2})
print(X.__name__, X().f(), X.__mro__)
try:
    type('Y', (bool,), {})
except TypeError as e:
    print(e)
try:
    class Z(A, A): pass
except TypeError as e:
    print(e)
