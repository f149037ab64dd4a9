# lemonpy: stderr=all
def f()
    pass
