# Calls can unpack several iterables and mappings.
def f(*args, **kwargs):
    return args, sorted(kwargs.items())

print(f(*[1, 2], 3, *(4, 5)))
print(f(*"ab", *range(2)))
print(f(**{"x": 1}, y=2, **{"z": 3}))
print(f(*(), **{}))
d = {"b": 2, "a": 1}

def g(a, b):
    return a - b

print(g(**d))
