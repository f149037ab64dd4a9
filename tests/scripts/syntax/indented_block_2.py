# lemonpy: stderr=all
def f():
return 1
