# lemonpy: stderr=all
def f(a):
    global a
