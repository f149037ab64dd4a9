# An unexpected keyword argument.
def f(a, b=1):
    pass

try:
    f(1, c=2)
except TypeError as e:
    print(e)
try:
    f(a=1, b=2, zz=3)
except TypeError as e:
    print(e)
