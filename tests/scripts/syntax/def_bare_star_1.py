# lemonpy: stderr=all
def f(*, **k):
    pass
