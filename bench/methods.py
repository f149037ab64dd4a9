# methods.py -- method-call loops over every kind of attribute a class can
# have: plain and inherited methods, classmethods and staticmethods,
# properties (get and set), __slots__ attributes, super() calls, dunder
# operators on instances (__add__, __eq__, __lt__, __len__, __getitem__,
# __call__, __hash__) and bound methods kept in a variable.  Prints one
# checksum per part.


class Base:
    scale = 3

    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def twice(self, k):
        return self.v * 2 + k

    @classmethod
    def make(cls, v):
        return cls(v)

    @staticmethod
    def combine(a, b):
        return a + b

    def bump(self):
        return self.v + 1


class Middle(Base):
    def bump(self):
        return super().bump() + 1


class Leaf(Middle):
    def bump(self):
        return super().bump() * 2

    def scaled(self):
        return self.v * self.scale


class Prop:
    def __init__(self, v):
        self._v = v

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, x):
        self._v = x


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self, a, b):
        self.a = a
        self.b = b

    def total(self):
        return self.a + self.b


class Num:
    __slots__ = ('n',)

    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        return Num(self.n + o.n)

    def __eq__(self, o):
        return self.n == o.n

    def __lt__(self, o):
        return self.n < o.n

    def __hash__(self):
        return self.n

    def __len__(self):
        return self.n & 7

    def __getitem__(self, i):
        return self.n + i

    def __call__(self, k):
        return self.n * k


def plain(n):
    b = Base(7)
    t = 0
    for i in range(n):
        t += b.get() + b.twice(i)
    return t


def inherited(n):
    b = Leaf(5)
    t = 0
    for i in range(n):
        t += b.get() + b.twice(i) + b.scaled()
    return t


def class_static(n):
    t = 0
    for i in range(n):
        t += Base.make(i).v + Leaf.combine(i, 2) + Base.combine(1, i)
    return t


def properties(n):
    p = Prop(0)
    t = 0
    for i in range(n):
        p.v = i
        t += p.v
    return t


def slots(n):
    s = Slotted(1, 2)
    t = 0
    for i in range(n):
        s.a = i
        t += s.total() + s.b
    return t


def supers(n):
    b = Leaf(3)
    t = 0
    for i in range(n):
        t += b.bump()
    return t


def dunders(n):
    a = Num(1)
    t = 0
    for i in range(n):
        b = Num(i)
        c = a + b
        if c == b or a < c:
            t += len(c) + c[1] + c(2) + hash(c)
    return t


def bound(n):
    b = Base(4)
    f = b.twice
    t = 0
    for i in range(n):
        t += f(i)
    return t


for part in (plain, inherited, class_static, properties, slots, supers, dunders, bound):
    print(part.__name__, part(500_000))
