# Assigning a name anywhere in a function makes it local everywhere in it;
# reading before the assignment raises UnboundLocalError.
x = 1

def f():
    print(x)
    x = 2

try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, isinstance(e, NameError))
    print(e)
