# lemonpy: stderr=all
def f(*a, *b):
    pass
