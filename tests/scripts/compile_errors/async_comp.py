# lemonpy: stderr=all
def f():
    x = [i async for i in y]
