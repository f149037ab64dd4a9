# Binary operators on instances of classes: a.__op__ is called first unless
# b's class may go first; NotImplemented falls back to b's __rop__ or the
# TypeError; errors raised inside the dunder show in tracebacks.  The VM
# runs a.__op__ without a C-level call, which must not change any of this.
# lemonpy: stderr=all


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, int):
            return V(self.x + o)
        return NotImplemented

    def __sub__(self, o):
        return NotImplemented

    def __mul__(self, k):
        return V(self.x * k)

    def __repr__(self):
        return 'V(%r)' % (self.x,)


class W:
    def __radd__(self, o):
        return ('W.__radd__', o)

    def __rsub__(self, o):
        return ('W.__rsub__', o)


class SubV(V):
    def __radd__(self, o):
        return ('SubV.__radd__', o)


class SubVNoR(V):
    pass


a, b = V(1), V(2)
print(a + b, a + 5, a * 3, a * 2.5)
print(a + W(), a - W())
print(a + SubV(10), SubV(10) + a, a + SubVNoR(4), SubVNoR(4) + a)
for expr in (lambda: a + 'str', lambda: a - b, lambda: a - 1, lambda: 'str' + a, lambda: a @ b):
    try:
        print(expr())
    except TypeError as e:
        print('TypeError:', e)

# a + float where float gives up too
print(V(2) + True)
try:
    V(2) - 1.5
except TypeError as e:
    print('TypeError:', e)

# an in-place operator with only __add__ defined
v = V(1)
v += 10
v += V(5)
print(v)


# errors inside the dunder, and the traceback through it
class Bad:
    def __add__(self, o):
        return 1 / 0

    def __mul__(self, o):
        raise ValueError('bad mul %r' % (o,))


def use_bad():
    return Bad() + 1

try:
    Bad() * 7
except ValueError as e:
    print('ValueError:', e)


# try/except around an operator whose dunder raises, in a loop
total = 0
for i in range(5):
    try:
        total += (Bad() if i % 2 else V(i)).__class__.__name__ == 'V' and (V(i) + 1).x
        Bad() + i
    except ZeroDivisionError:
        total += 100
print(total)


# a dunder that is a generator function, a builtin, a staticmethod, a lambda
class Odd:
    def __add__(self, o):
        yield o

    __sub__ = staticmethod(lambda o: ('static', o))
    __mul__ = lambda self, o: ('lambda', o)
    __mod__ = print


g = Odd() + 3
print(type(g).__name__, list(g))
try:
    print(Odd() - 3)
except TypeError as e:
    print('TypeError:', e)
print(Odd() * 4)
try:
    Odd() % 5
except TypeError as e:
    print('TypeError:', e)


# dunders changed while a loop applies the operator at one site
class M:
    def __add__(self, o):
        return 'first'

m = M()
seen = []
for i in range(4):
    try:
        seen.append(m + i)
    except TypeError as e:
        seen.append(str(e))
    if i == 0:
        M.__add__ = lambda self, o: 'second %d' % o
    if i == 1:
        M.__add__ = lambda self, o: NotImplemented
        M.__radd__ = lambda self, o: 'never: same class'
    if i == 2:
        del M.__add__
        try:
            m + 1
        except TypeError as e:
            seen.append(str(e))
        M.__add__ = lambda self, o: 'third'
print(seen)


# deep recursion through an operator
class R:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        if self.n == 0:
            return o
        return R(self.n - 1) + (o + 1)

print(R(200) + 0)


class Inf:
    def __add__(self, o):
        return self + o

try:
    Inf() + 1
except RecursionError as e:
    print('RecursionError:', e)


# a __add__ returning NotImplemented for a subclass of int on the right
class MyInt(int):
    def __radd__(self, o):
        return ('MyInt.__radd__', o)

print(V(1) + MyInt(5), V(1) + [1] if False else 'skip')


# operators on instances inside a generator
def gen():
    for i in range(3):
        yield (V(i) + V(10)).x

print(list(gen()))


# last: the traceback through the dunder, on stderr
use_bad()
