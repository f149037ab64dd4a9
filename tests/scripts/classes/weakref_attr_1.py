# classes get __weakref__ (None here) as CPython decides; dir() shows it
class E(Exception): pass
class I(int): pass
class S(str): pass
class T(tuple): pass
class L(list): pass
class F(float): pass
class B(bytes): pass
class A: pass
class A2(A): pass
class P: __slots__=('x',)
class P2(P): pass
class P3(P): __slots__=()
class P4: __slots__=('__weakref__',)
class D(dict): pass
class M(type): pass
class MI(A, L): pass
for c in (E,I,S,T,L,F,B,A,A2,P,P2,P3,P4,D,M,MI): print(c.__name__, '__weakref__' in c.__dict__, '__dict__' in c.__dict__, hasattr(c, '__weakref__'))
print(A().__weakref__, A.__weakref__, dir(A()))
print(P4().__weakref__)
