# lemonpy: stderr=all
def f():
    x = yield = 1
