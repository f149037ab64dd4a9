class A:
    x = 1
    def f(self): pass
class B(A):
    __slots__ = ('s',)
class C(B): pass
class M(type):
    def mm(cls): pass
class D(metaclass=M): y = 2
for o in [A, A(), B, B(), C, C(), D, D(), M]:
    print(dir(o))
class E(int): pass
print(dir(E) == dir(int) + [] or sorted(set(dir(E)) - set(dir(int))))
class F(Exception): pass
print(sorted(set(dir(F)) - set(dir(Exception))), sorted(set(dir(F())) - set(dir(F))))
class G(list):
    def __dir__(self): return ['b', 'a']
print(dir(G()))
