# the order of a class namespace: body names, then __dict__, __weakref__, __doc__
class Color:
    RED = 1
    GREEN = 2
    def name_of(v): return v
    BLUE = 3
print(list(vars(Color)))
print([k for k, v in vars(Color).items() if not k.startswith("_")])
class Doc:
    "doc"
    x = 1
print(list(Doc.__dict__))
class Sub(Color):
    PINK = 4
print(list(Sub.__dict__))
class S:
    __slots__ = ("a",)
    b = 2
print(list(S.__dict__))
class E(Exception):
    code = 1
print(list(E.__dict__))
class M(type): pass
class WithMeta(metaclass=M):
    z = 1
print(list(WithMeta.__dict__))
class Ann:
    x: int = 1
    y: str
print(list(Ann.__dict__), Ann.__annotations__)
def f():
    class Inner:
        q = 1
    return Inner
print(list(f().__dict__))
