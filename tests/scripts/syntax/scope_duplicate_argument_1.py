# lemonpy: stderr=all
def f(a, b, a):
    pass
