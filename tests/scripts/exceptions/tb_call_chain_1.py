# lemonpy: stderr=all
# Calling the result of a call.
def f(x): return x()()
f(lambda: 5)
