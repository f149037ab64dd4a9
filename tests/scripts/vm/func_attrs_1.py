# Function, method, cell and generator attributes and reprs.
def f(a, b=1, *, c=2):
    "doc"
    return a, b, c
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__module__)
f.__defaults__ = (10,)
f.__kwdefaults__ = {'c': 20}
print(f(0))
f.__defaults__ = None
try:
    f(0)
except TypeError as e:
    print(e)
f.attr = 5
print(f.attr, f.__dict__)
try:
    f.__name__ = 3
except TypeError as e:
    print(e)
f.__name__ = 'g'
print(f.__name__, repr(f).split(' at ')[0])
def g():
    return 'g code'
f.__code__ = g.__code__
print(f())
print(f.__globals__ is globals(), f.__closure__, type(f.__code__).__name__)
def outer():
    v = 1
    def inner():
        return v
    return inner
c = outer().__closure__[0]
print(type(c).__name__, c.cell_contents, repr(c).startswith('<cell at 0x'), repr(c).split(': ')[1].split(' at')[0])
class C:
    def m(self):
        pass
    def __repr__(self):
        return 'C()'
print(repr(C().m), repr(len), repr(C.m).split(' at')[0])
print(C().m == C().m, C.m.__name__, C().m.__func__ is C.m, C().m.__self__)
def gen():
    yield
print(repr(gen()).split(' at')[0], repr([].append).split(' at')[0])
print(type(f).__name__, type(len).__name__, type(C().m).__name__, type(gen()).__name__)
print(f.__annotations__, (lambda x: x).__name__)
def ann(x: int) -> str: pass
print(ann.__annotations__)
import sys
print(type(sys).__name__, repr(sys))
print(callable(f), callable(C().m), callable(len))
try:
    del f.__dict__
except TypeError as e:
    print(e)
try:
    c.cell_contents = 9
    print(c.cell_contents)
except AttributeError as e:
    print(e)
