# Types of function-related objects: function, builtin, method, cell, code,
# generator.
def f(x):
    def g():
        return x
    return g
def gen():
    yield
class C:
    def m(self):
        pass
print(type(f).__name__, type(len).__name__, type(C().m).__name__, type([].append).__name__)
print(type(f(1).__closure__[0]).__name__, type(f.__code__).__name__, type(gen()).__name__)
print(f.__code__.co_name, f.__code__.co_argcount, f.__code__.co_varnames)
print(type(lambda: 0).__name__, type(None).__name__, type(...).__name__)
