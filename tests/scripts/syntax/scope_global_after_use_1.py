# lemonpy: stderr=all
def f():
    print(x)
    global x
