# Classes as coursework uses them: metaclasses with keywords, __init_subclass__,
# abstract-ish bases, class/static methods, __class__ assignment, decorators,
# annotations, container and operator dunders, properties, __subclasses__.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', name, sorted(k for k in ns if not k.startswith('__')), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__', name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print('Meta.__call__', cls.__name__, a)
        return super().__call__(*a, **k)
class Base(metaclass=Meta, flag=1):
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)
    def __init__(self, v): self.v = v
class Child(Base, flag=2):
    pass
c = Child(5)
print(c.v, type(Child).__name__, Child.__mro__)
class Shape:
    def area(self): raise NotImplementedError
    def __str__(self): return f'{type(self).__name__}({self.area():.2f})'
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3.14159 * self.r ** 2
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s * self.s
    def __eq__(self, o): return isinstance(o, Sq) and o.s == self.s
    def __lt__(self, o): return self.area() < o.area()
shapes = [Circle(1), Sq(2), Circle(0.5)]
for s in sorted(shapes, key=lambda s: s.area()): print(s)
print(Sq(2) == Sq(2), Sq(2) != Sq(3), Sq(1) < Sq(2), Sq(3) > Sq(2))
try:
    Shape().area()
except NotImplementedError as e:
    print('NIE', repr(e))
print(Circle.__subclasses__(), Shape.__subclasses__())
class Cnt:
    count = 0
    def __init__(self): Cnt.count += 1; self.id = Cnt.count
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def helper(x): return x * 2
a, b = Cnt(), Cnt.make()
print(Cnt.count, a.id, b.id, Cnt.helper(4), a.helper(5))
class A:
    def __init__(self): self.x = 1
a = A()
a.__class__ = Cnt
print(type(a).__name__, isinstance(a, Cnt))
def deco(cls):
    cls.tag = 'decorated'
    return cls
@deco
class D: pass
print(D.tag, D.__qualname__, D.__module__, D.__doc__)
class E:
    """Doc string."""
    x: int = 3
    y: str
print(E.__doc__, E.__annotations__, E.x)
class Stack:
    def __init__(self): self._items = []
    def push(self, x): self._items.append(x); return self
    def __len__(self): return len(self._items)
    def __iter__(self): return reversed(self._items)
    def __repr__(self): return f'Stack({self._items!r})'
    def __getitem__(self, i): return self._items[i]
    def __contains__(self, x): return x in self._items
s = Stack().push(1).push(2).push(3)
print(s, len(s), list(s), s[0], 2 in s, bool(Stack()), s[-1])
print(getattr(s, 'push').__name__, s.push.__self__ is s, Stack.push.__qualname__)
class Temp:
    def __init__(self, c): self._c = c
    @property
    def f(self): return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v): self._c = (v - 32) * 5 / 9
t = Temp(100); print(t.f); t.f = 32; print(t._c)
print(vars(t), hasattr(t, 'f'), [k for k in dir(t) if not k.startswith('__')])
class P:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f'P({self.x}, {self.y})'
    def __add__(self, o): return P(self.x + o.x, self.y + o.y)
    def __mul__(self, k): return P(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __hash__(self): return hash((self.x, self.y))
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __bool__(self): return bool(self.x or self.y)
    def __neg__(self): return P(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
print(P(1, 2) + P(3, 4), P(1, 2) * 3, 3 * P(1, 2), -P(1, 1), abs(P(3, 4)), {P(1, 2): 'a'}[P(1, 2)], bool(P(0, 0)))
