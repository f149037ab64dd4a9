# lemonpy: stderr=all
def f(/, a):
    pass
