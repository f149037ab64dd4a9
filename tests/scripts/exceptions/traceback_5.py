# lemonpy: stderr=all
# Exceptions with no message, a custom class, and a message with several
# arguments.
class Oops(Exception):
    pass

def f():
    raise Oops("a", 1)

try:
    raise KeyError
except KeyError:
    f()
