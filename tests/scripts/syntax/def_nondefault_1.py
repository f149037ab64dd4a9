# lemonpy: stderr=all
def f(a=1, b):
    pass
