# Positional-only parameters passed as keywords.
def f(a, b, /):
    pass

try:
    f(1, b=2)
except TypeError as e:
    print(e)
try:
    f(a=1, b=2)
except TypeError as e:
    print(e)
