# An exception not handled by an inner try reaches the outer one; a handler
# may raise a different exception.
def level(n):
    try:
        if n == 0:
            raise KeyError("bottom")
        level(n - 1)
    except ValueError:
        print("never: wrong type at level", n)
    finally:
        print("unwinding level", n)

try:
    level(3)
except KeyError as e:
    print("top caught", e)
try:
    try:
        raise ValueError(1)
    except ValueError as e:
        raise IndexError(2)
except IndexError as e:
    print("converted:", repr(e), "context", repr(e.__context__))
