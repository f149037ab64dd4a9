# Positional-only parameters (before /): a keyword with the same name goes
# into **kwargs instead.
def f(a, b, /, c, *, d):
    return (a, b, c, d)

print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4))

def g(name, /, **kwargs):
    return name, kwargs

print(g("x", name="y"))
print(f.__code__.co_posonlyargcount)
