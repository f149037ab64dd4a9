# random: getstate/setstate round trips, subclasses and SystemRandom
import random
import _random

r = random.Random(99)
st = r.getstate()
print(type(st), len(st), st[0], len(st[1]), st[1][-1], st[2], st[1][:3])
a = [r.random() for i in range(700)]
r.setstate(st)
print(a == [r.random() for i in range(700)])
r.seed(1)
r.gauss()
st = r.getstate()
print(st[2])
x = r.gauss()
r.setstate(st)
print(x == r.gauss())
# version 2 states (older pickles) are taken modulo 2**32
r2 = random.Random(3)
st = r2.getstate()
r2.setstate((2, tuple(v + 2**32 for v in st[1][:-1]) + st[1][-1:], None))
print(r2.random())
random.seed(5)
g = random.getstate()
v = random.random()
random.setstate(g)
print(v == random.random())
# the C core alone
c = _random.Random(5)
print(c.random(), c.getrandbits(70), len(c.getstate()), type(c).__name__, type(c).__module__)
c.seed(5)
print(c.random())
c.setstate(random.Random(5).getstate()[1])
print(c.random())
print(isinstance(random.Random(), _random.Random), random.Random.VERSION)
# subclasses: _randbelow follows the methods the subclass overrides
class Half(random.Random):
    def random(self):
        return 0.5
h = Half()
print(h.randrange(10), h.choice('abcdef'), h.randint(1, 100), h.random())
class Bits(random.Random):
    def getrandbits(self, k):
        return 1
print(Bits().randrange(10), Bits().choice('xyz'))
class Seeded(random.Random):
    def __init__(self):
        super().__init__(1234)
print(Seeded().random())
sr = random.SystemRandom()
print(sr.seed(5), type(sr.random()), 0 <= sr.random() < 1, sr.getrandbits(70) < 2**70,
      len(sr.randbytes(5)), 0 <= sr.randrange(10) < 10, sr.getrandbits(0))
print(r.__reduce__()[0] is random.Random, r.__reduce__()[1])
print(sorted(random.__all__))
