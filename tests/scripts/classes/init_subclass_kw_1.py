# __init_subclass__ receives the class statement's keywords
class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Base.registry.append((cls.__name__, tag))
class P1(Base, tag="one"): pass
class P2(Base): pass
class P3(P1, tag=3): pass
Q = type("Q", (Base,), {}, tag="dyn")
print(Base.registry)
try:
    class Bad(Base, tag=1, other=2): pass
except TypeError as e:
    print(e)
try:
    class Plain(color="red"): pass
except TypeError as e:
    print(e)
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        print("meta kw", sorted(kw))
        return super().__new__(m, name, bases, ns, **kw)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class M(Base, metaclass=Meta, tag="m"): pass
print(Base.registry[-1])
