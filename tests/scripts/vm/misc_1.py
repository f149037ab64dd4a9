# Classes, super(), class-body scopes, iterators, arithmetic fast paths.
class A:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x
    def __repr__(self):
        return 'A(%r)' % self.x

class B(A):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def get(self):
        return super().get() + self.y

b = B(1, 2)
print(b.get(), b, isinstance(b, A))

def outer():
    v = 10
    class C:
        w = v
        def m(self):
            return v + 1
    return C

C = outer()
print(C.w, C().m())

def cls_deref():
    x = 1
    class D:
        x = 2
        y = x
    return D.y
print(cls_deref())

class Counter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(Counter()))
for v in Counter():
    print(v)

class Ctx:
    def __enter__(self): return 1
    def __exit__(self, *a): return False
with Ctx() as c:
    print(c)

print([(x, y) for x in range(3) for y in range(x)])
print({k: v for k, v in zip('abc', range(3))})
import sys
print(type(sys.exc_info()))
x = [1, 2, 3]
x[1] = 10
x[-1] += 5
print(x, x[-1], x[0:2])
d = {'a': 1}
d['b'] = 2
del d['a']
print(d)
print(f"{3 + 4} {'x'!r:>5} {2.5:.3f}")
a = b = 5
print(a, b)
print(-3 // 2, -3 % 2, 7 // -2, 2 ** 10, 2 ** 100, 10 / 4, 1 << 50, (1 << 47) * 4, -(1 << 48))
print(3.5 // 1, 3.5 % 2, 1 + 2.5, 2.5 * 2, 1 / 3)
print(1 < 2.5, 2 == 2.0, 3 > 2.0, 0.1 + 0.2)
print(~5, -(-5), +5, not 0, not [])
print(1 if 0 else 2, [] or [1], 5 and 6)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1 // 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
print(divmod(-7, 2), 2 ** -1, (-8) ** (1/3) if False else 0)
print(sum([1, 2, 3]), max(3, 4), sorted([3, 1, 2], key=lambda x: -x))
