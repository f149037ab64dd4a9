class A: pass
class B: pass
class X(A,B): pass
class Y(B,A): pass
try:
  class Z(X,Y): pass
except TypeError as e: print(e)
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([k.__name__ for k in Z.__mro__])
try:
    class W(K3, K1, A, D): pass
except TypeError as e: print(e)
try:
    class W(Z, K2, K1): pass
except TypeError as e: print(e)
try:
    type('Q', (int, Exception), {})
except TypeError as e: print(e)
try:
    class W(ValueError, KeyError, Exception): pass
except TypeError as e: print(e)
try:
    class W(Exception, ValueError): pass
except TypeError as e: print(e)
