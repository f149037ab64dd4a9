# objects.py -- simple classes: instance creation, attribute reads and
# writes, method calls, inheritance with super(), and a __repr__-free
# checksum.  (Exercises the object model; the other benchmarks do not.)


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Particle:
    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel

    def step(self):
        self.pos = self.pos.add(self.vel)
        return self.pos.dot(self.vel)


class Damped(Particle):
    def __init__(self, pos, vel, k):
        super().__init__(pos, vel)
        self.k = k

    def step(self):
        r = super().step()
        self.vel = Vec(self.vel.x - self.k, self.vel.y)
        return r


def run(n):
    ps = [Particle(Vec(i, -i), Vec(1, 2)) for i in range(50)]
    ps += [Damped(Vec(i, i), Vec(3, -1), 1) for i in range(50)]
    total = 0
    for _ in range(n):
        for p in ps:
            total += p.step()
    return total


print(run(18_000))
