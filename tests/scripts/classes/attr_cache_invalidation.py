# Attribute caches must never return stale results: classes mutated while
# instances keep calling methods and reading attributes at the same sites.


class Base:
    kind = 'base'

    def greet(self):
        return 'base greet'


class Mid(Base):
    pass


class Leaf(Mid):
    pass


def probe(obj):
    # one site each: LOAD_METHOD, LOAD_ATTR
    return obj.greet(), obj.kind


leaf = Leaf()
out = []
for i in range(6):
    out.append(probe(leaf))
    if i == 0:
        Base.greet = lambda self: 'patched base'
    elif i == 1:
        Mid.greet = lambda self: 'mid'
    elif i == 2:
        Base.kind = 'changed'
    elif i == 3:
        del Mid.greet
    elif i == 4:
        Leaf.kind = 'leaf'
for row in out:
    print(row)

# deleting the only definition: the cached site must raise now
del Base.greet
try:
    probe(leaf)
except AttributeError as e:
    print('AttributeError:', e)
Base.greet = lambda self: 'back'
print(probe(leaf))

# instance attributes shadowing methods, and un-shadowing
class P:
    def m(self):
        return 'method'

p = P()
for step in range(4):
    if step == 1:
        p.m = lambda: 'instance'
    if step == 2:
        del p.m
    if step == 3:
        P.m = lambda self: 'new method'
    print(step, p.m())

# a plain class attribute replaced by a property (data descriptor) and back
class Q:
    x = 1

q = Q()
q.__dict__['x'] = 'instance x'
for step in range(4):
    if step == 1:
        Q.x = property(lambda self: 'property x')
    if step == 2:
        del Q.x
    if step == 3:
        Q.x = 5
    print(step, q.x)

# stores go through a newly added data descriptor
class S:
    pass

s = S()
log = []
def setter(self, v):
    log.append(v)

for step in range(3):
    s.val = step
    if step == 0:
        S.val = property(lambda self: 'got', setter)
print(s.__dict__, log, s.val)

# __class__ assignment between classes at one site
class A:
    def who(self):
        return 'A'
    tag = 'a'

class B:
    def who(self):
        return 'B'
    tag = 'b'

o = A()
for i in range(6):
    print(i, o.who(), o.tag)
    o.__class__ = B if o.__class__ is A else A

# a polymorphic site: more classes than the cache holds
classes = []
for n in range(7):
    classes.append(type('C%d' % n, (), {'f': (lambda n: lambda self: n)(n), 'v': n * 10}))
objs = [c() for c in classes]
total = 0
for rnd in range(5):
    for ob in objs:
        total += ob.f() + ob.v
    if rnd == 2:
        classes[3].f = lambda self: 1000
        classes[5].v = 5000
print(total)

# a class attribute used as a counter in a loop
class Counter:
    n = 0
    def __init__(self):
        Counter.n += 1
        self.id = Counter.n

made = [Counter() for _ in range(50)]
print(Counter.n, made[-1].id, made[0].id)

# metaclass attributes: class-level lookups see metaclass changes
class Meta(type):
    def describe(cls):
        return 'meta ' + cls.__name__

class WithMeta(metaclass=Meta):
    pass

for step in range(3):
    print(WithMeta.describe())
    if step == 0:
        Meta.describe = lambda cls: 'patched meta'
    if step == 1:
        WithMeta.describe = classmethod(lambda cls: 'own ' + cls.__name__)

# a base class method changed through setattr / delattr / the dict of a
# subclass created later
class Root:
    def val(self):
        return 1

class Kid(Root):
    pass

k = Kid()
results = []
for step in range(5):
    results.append(k.val())
    if step == 0:
        setattr(Root, 'val', lambda self: 2)
    if step == 1:
        class Grand(Kid):
            def val(self):
                return 3
        k.__class__ = Grand
    if step == 2:
        Grand.val = lambda self: 4
    if step == 3:
        delattr(Grand, 'val')
print(results)

# dunder methods changed on the class while operators run at one site
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return self.v + o

n = Num(1)
sums = []
for step in range(4):
    sums.append(n + 10)
    if step == 0:
        Num.__add__ = lambda self, o: 'patched'
    if step == 1:
        del Num.__add__
        try:
            n + 10
        except TypeError as e:
            sums.append(str(e))
        Num.__add__ = lambda self, o: o * 2
print(sums)

# __slots__ members at one site, and a class attribute shadowing them
class Sl:
    __slots__ = ('a',)
    def __init__(self):
        self.a = 1

sl = Sl()
print(sl.a)
try:
    Sl.a = 'replaced'
    print(sl.a)
except AttributeError as e:
    print('AttributeError:', e)

# __bases__ assignment while a site keeps calling through the instance
class BaseOne:
    def who(self):
        return 'one'
    level = 1

class BaseTwo:
    def who(self):
        return 'two'
    level = 2

class Derived(BaseOne):
    pass

class Deeper(Derived):
    pass

dd = Deeper()
trace = []
for i in range(5):
    trace.append((dd.who(), dd.level, Deeper.level))
    if i == 1:
        Derived.__bases__ = (BaseTwo,)
    if i == 2:
        BaseTwo.who = lambda self: 'two patched'
    if i == 3:
        Derived.__bases__ = (BaseOne, BaseTwo)
print(trace)
print([c.__name__ for c in Deeper.__mro__])
