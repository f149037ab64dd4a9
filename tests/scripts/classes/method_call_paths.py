# The shapes of obj.method(...) calls that skip making a bound method must
# behave exactly like the bound-method path: classmethods through the class
# and instances, super() calls, shadowing by instance attributes and by
# metaclass descriptors, and the errors of bad calls.


class Base:
    def m(self, k):
        return ('Base.m', type(self).__name__, k)

    @classmethod
    def cm(cls, k=0):
        return ('Base.cm', cls.__name__, k)

    @staticmethod
    def sm(k):
        return ('Base.sm', k)

    @property
    def prop(self):
        return lambda k: ('prop', k)

    attr = staticmethod(len)


class Child(Base):
    def m(self, k):
        return ('Child.m',) + super().m(k)

    @classmethod
    def cm(cls, k=1):
        return ('Child.cm',) + super().cm(k)

    def uses_super(self):
        s = super()
        return (super().sm(3), super().prop(4), super().attr('abc'), s.m(5),
                super().__class__.__name__)

    @classmethod
    def cm_super_explicit(cls):
        return super(Child, cls).cm(9)


c = Child()
print(Base.cm(1), Child.cm(2), c.cm(3), c.cm())
print(Base.sm(4), c.sm(5), Child.sm(6))
print(c.m(7))
print(c.uses_super())
print(Child.cm_super_explicit())
print(super(Child, c).m(8), super(Child, Child).cm(10))

# an instance attribute shadows a classmethod / a method
c.cm = lambda k: ('instance cm', k)
c.m = lambda k: ('instance m', k)
print(c.cm(1), c.m(2))
del c.cm, c.m
print(c.cm(1), c.m(2))

# a classmethod of something other than a plain function
class Odd:
    cm_builtin = classmethod(len)  # len(cls) -> TypeError
    cm_callable = classmethod(type('Callable', (), {'__call__': lambda self, cls, k: (cls.__name__, k)})())

try:
    Odd.cm_builtin()
except TypeError as e:
    print('TypeError:', e)
try:
    print(Odd.cm_callable(2))
except TypeError as e:
    print('TypeError:', e)


# a metaclass data descriptor of the same name wins over the class's classmethod
class Meta(type):
    @property
    def cm(cls):
        return lambda k: ('meta property', cls.__name__, k)


class WithMeta(metaclass=Meta):
    @classmethod
    def cm(cls, k):
        return ('own classmethod', k)


print(WithMeta.cm(1), WithMeta().cm(2))


# a metaclass method (non-data) loses to the class's classmethod
class Meta2(type):
    def cm(cls, k):
        return ('meta method', k)


class WithMeta2(metaclass=Meta2):
    @classmethod
    def cm(cls, k):
        return ('own classmethod', cls.__name__, k)


class Sub2(WithMeta2):
    pass


print(WithMeta2.cm(1), Sub2.cm(2), Sub2().cm(3))

# wrong calls report what CPython reports
for call in (lambda: Base.cm(1, 2, 3), lambda: c.cm(k=1, j=2), lambda: c.m(),
             lambda: Child.m(1), lambda: super(Child, c).m(), lambda: Base.cm(x=1)):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)

# the classmethod replaced by a plain function / a staticmethod at one site
class Swap:
    @classmethod
    def f(cls):
        return 'classmethod ' + cls.__name__

s = Swap()
out = []
for i in range(4):
    out.append((Swap.f() if i != 2 else 'skip', s.f()))
    if i == 0:
        Swap.f = staticmethod(lambda: 'static')
    if i == 1:
        Swap.f = lambda self=None: 'function ' + type(self).__name__
    if i == 2:
        Swap.f = classmethod(lambda cls: 'classmethod again')
print(out)

# super() inside a loop, while the base changes
class P:
    def v(self):
        return 1

class Q(P):
    def v(self):
        return super().v() * 10

q = Q()
vals = []
for i in range(4):
    vals.append(q.v())
    if i == 1:
        P.v = lambda self: 2
    if i == 2:
        P.v = classmethod(lambda cls: 3)
print(vals)
