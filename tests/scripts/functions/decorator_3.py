# Decorators may return something that is not a function, and may register.
registry = {}

def register(fn):
    registry[fn.__name__] = fn
    return fn

@register
def one():
    return 1

@register
def two():
    return 2

print(sorted(registry), registry["two"]())

def constant(fn):
    return 42

@constant
def g():
    pass

print(g)
