# lemonpy: stderr=all
# A decorated function: the wrapper's frame comes between.
def deco(f):
    def w(*a):
        return f(*a)
    return w
@deco
def f(a):
    return a.missing
f(1)
