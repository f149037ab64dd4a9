# lemonpy: stderr=all
# traceback of a user exception: group
def f():
    raise ExceptionGroup("group", [ValueError(1), ExceptionGroup("inner", [TypeError("t")]), KeyError("k")])
f()
