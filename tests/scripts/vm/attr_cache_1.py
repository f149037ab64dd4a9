# Attribute access stays right when classes change after the VM cached a lookup.
class A:
    x = 1
    def m(self):
        return 'A.m'
class B(A):
    pass
def read(o):
    return o.x
def call(o):
    return o.m()
b = B()
for i in range(3):
    print(read(b), call(b))
A.x = 2
print(read(b))
B.x = 3
print(read(b))
del B.x
print(read(b))
b.x = 'inst'
print(read(b))
del b.x
print(read(b))
A.x = property(lambda self: 'prop')
print(read(b))
b.__dict__['x'] = 'shadowed'
print(read(b))
del A.x
print(read(b))
A.m = lambda self: 'new m'
print(call(b))
b.m = lambda: 'instance m'
print(call(b))
del b.m
B.m = lambda self: 'B.m'
print(call(b))
class C:
    def m(self):
        return 'C.m'
    x = 'C.x'
print(call(C()), read(C()))
class D:
    pass
class E:
    x = 'E.x'
class F(D):
    pass
f = F()
try:
    read(f)
except AttributeError as e:
    print(e)
def store(o, v):
    o.y = v
class P:
    @property
    def y(self):
        return 'py'
    @y.setter
    def y(self, v):
        print('setter', v)
p = P()
store(p, 1)
class Q:
    pass
q = Q()
store(q, 2)
print(q.y)
Q.y = property(lambda s: 'qprop', lambda s, v: print('qset', v))
store(q, 3)
print(q.y)
for i in range(200):
    setattr(A, 'attr%d' % i, i)
print(read(b) if hasattr(b, 'x') else 'no x', call(b))
print(read(E()))
