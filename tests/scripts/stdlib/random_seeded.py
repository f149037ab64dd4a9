# random: seeded sequences are CPython's (Mersenne Twister, seeding, every distribution)
import random

for s in [0, 1, -1, 42, 2**32 - 1, 2**32, 2**100 + 7, -(2**200), 3.5, -2.25, 1e100, True,
          '', 'hello', 'x' * 111, 'x' * 112, 'y' * 127, 'z' * 128, 'w' * 300, 'caf\xe9',
          b'bytes', bytearray(b'\x00\xff' * 70)]:
    random.seed(s)
    print(repr(s)[:40], random.random(), random.getrandbits(40), random.randrange(10**20))
for s in ['hello', b'abc', '']:
    random.seed(s, version=1)
    print('v1', repr(s), random.random())
random.seed(7)
print([random.random() for i in range(5)])
print([random.getrandbits(k) for k in [0, 1, 5, 31, 32, 33, 64, 65, 100, 200]])
print([random.randrange(7) for i in range(10)], [random.randint(-3, 3) for i in range(10)])
print([random.randrange(0, 100, 7) for i in range(5)], [random.randrange(100, 0, -3) for i in range(5)])
print(random.randrange(-10**30, 10**30), random.randrange(1, 2))
print([random.choice('abcdefg') for i in range(10)], random.choice([None]), random.choice(range(5, 50, 5)))
l = list(range(30))
random.shuffle(l)
print(l)
print(random.sample(range(100), 10), random.sample('abcdefghij', 10), random.sample(range(10**9), 6))
print(random.sample(range(30), 25), random.sample(['a', 'b', 'c'], 5, counts=[1, 2, 3]))
print(random.sample(range(5), 0), random.sample(tuple('xyz'), k=2))
print(random.choices('abc', k=8), random.choices(range(10), weights=range(10), k=6))
print(random.choices('ab', cum_weights=[1, 5], k=5), random.choices([1, 2, 3], [0.5, 0.25, 0.25]))
print(random.choices('abc', weights=[1, 0, 1], k=5), random.choices('a'))
print(random.uniform(1, 2), random.uniform(5, -5), random.triangular(), random.triangular(0, 10, 2))
print(random.triangular(3, 3), random.triangular(1, 2, 2))
print([random.gauss() for i in range(3)], random.gauss(10, 2))
print([random.normalvariate() for i in range(3)], random.normalvariate(5, 0.5))
print(random.lognormvariate(0, 1), random.expovariate(2), random.expovariate(0.1))
print(random.vonmisesvariate(1, 2), random.vonmisesvariate(0, 0), random.vonmisesvariate(3, 1e-7))
print(random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(3, 1),
      random.gammavariate(0.1, 5))
print(random.betavariate(2, 3), random.betavariate(0.5, 0.5), random.paretovariate(3),
      random.weibullvariate(1, 2))
print(random.randbytes(0), random.randbytes(1), random.randbytes(13))

r = random.Random(12345)
r2 = random.Random(12345)
print([r.random() for i in range(3)] == [r2.random() for i in range(3)], r.randint(1, 6))
print(random.Random().random() != random.Random().random())
