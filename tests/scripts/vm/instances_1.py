# Class instantiation run by CALL: __new__/__init__ rules, errors, recursion depth as CPython counts it.
class A:
    def __init__(self, x, y=2, *, z=3):
        self.v = (x, y, z)
class B(A):
    pass
class C(A):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.c = True
print(A(1).v, B(1, 5, z=6).v, C(7).v, C(7).c)
class Bad:
    def __init__(self):
        return 5
try:
    Bad()
except TypeError as e:
    print(e)
try:
    A()
except TypeError as e:
    print(e)
class Other:
    pass
class New:
    def __new__(cls, flag):
        return Other() if flag else super().__new__(cls)
    def __init__(self, flag):
        print('init ran', flag)
print(type(New(True)).__name__, type(New(False)).__name__)
class G:
    def __init__(self):
        yield 1
try:
    G()
except TypeError as e:
    print(e)
class Raises:
    def __init__(self):
        raise ValueError('in init')
try:
    Raises()
except ValueError as e:
    t = e.__traceback__; n = 0
    while t:
        n += 1; t = t.tb_next
    print(e, n)
print(type(1).__name__, type('x') is str)
class Meta(type):
    def __call__(cls, *a):
        print('meta call', a)
        return super().__call__(*a)
class M(metaclass=Meta):
    def __init__(self, q):
        self.q = q
print(M(4).q)
class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None
d = Deep(400)
print(d.child.child is not None)
try:
    Deep(600)
except RecursionError as e:
    print('RecursionError at 600:', e)
import sys
try:
    Deep(5000)
except RecursionError as e:
    print('RecursionError')
print([A(i).v[0] for i in range(3)])
class WithSlotsInit(dict):
    def __init__(self, a):
        super().__init__(a=a)
print(WithSlotsInit(1))
class K:
    def __init__(self, **kw):
        self.kw = kw
print(K(a=1, b=2).kw)
