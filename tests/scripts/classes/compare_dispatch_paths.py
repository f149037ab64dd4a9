# Rich comparisons on instances of classes: a.__op__ first unless b's class
# is a subclass (its reflected method goes first); NotImplemented falls back
# to b's reflected method, then identity for == and !=, else TypeError.
# The VM runs a.__op__ without a C-level call; none of this may change.


class P:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        if isinstance(o, P):
            return self.v == o.v
        return NotImplemented

    def __lt__(self, o):
        if isinstance(o, P):
            return self.v < o.v
        return NotImplemented

    def __gt__(self, o):
        return NotImplemented

    def __repr__(self):
        return 'P(%r)' % self.v


class Q(P):
    def __gt__(self, o):
        return ('Q.__gt__', o)

    def __eq__(self, o):
        return ('Q.__eq__', o)


class Other:
    def __gt__(self, o):
        return ('Other.__gt__', o)

    def __eq__(self, o):
        return ('Other.__eq__', o)


a, b, c = P(1), P(2), P(1)
print(a == b, a == c, a != b, a != c, a < b, b < a, a == 1, a != 1)
print(a < Q(5), a == Q(5), Q(5) == a, a > Q(0))
print(a == Other(), a < Other(), a != Other())
for expr in (lambda: a > b, lambda: a <= b, lambda: a < 1, lambda: a >= 'x'):
    try:
        print(expr())
    except TypeError as e:
        print('TypeError:', e)


# results that are not bools, in conditions and chains
class Weird:
    def __eq__(self, o):
        return [o]

    def __lt__(self, o):
        return 0

    def __le__(self, o):
        raise ValueError('no <= for %r' % (o,))

w = Weird()
print(w == 3, bool(w == 0), w < 1)
if w == 5:
    print('truthy list')
if not (w < 5):
    print('falsy zero')
print(1 < 2 < 3, P(1) < P(2) < P(3), P(3) < P(2) < P(1))
try:
    w <= 9
except ValueError as e:
    print('ValueError:', e)

# sorting, max and `in` go through the same comparisons
ps = [P(3), P(1), P(2)]
print(sorted(ps), max(ps, key=lambda p: p.v), P(2) in ps, P(7) in ps, ps.index(P(2)))


# a comparison method changed while a loop compares at one site
class C:
    def __eq__(self, o):
        return 'first'

x = C()
seen = []
for i in range(4):
    seen.append(x == i)
    if i == 0:
        C.__eq__ = lambda self, o: 'second'
    if i == 1:
        C.__eq__ = lambda self, o: NotImplemented
    if i == 2:
        del C.__eq__
print(seen, C() == C(), x == x)


# a generator __eq__ and a recursion through __lt__
class G:
    def __eq__(self, o):
        yield o

print(type(G() == 1).__name__)


class Deep:
    def __init__(self, n):
        self.n = n

    def __lt__(self, o):
        if self.n == 0:
            return True
        return Deep(self.n - 1) < o

print(Deep(300) < 0)
