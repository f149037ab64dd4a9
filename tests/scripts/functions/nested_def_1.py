# Functions are created each time their def runs.
def make():
    def f():
        return 1
    return f

a = make()
b = make()
print(a is b, a() == b())
print(a.__qualname__)
