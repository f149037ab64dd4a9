# lemonpy: stderr=all
# traceback of a user exception: local class
def f():
    class Local(Exception): pass
    raise Local("local class")
f()
