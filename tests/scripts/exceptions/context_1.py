# An exception raised while handling another gets it as __context__.
try:
    try:
        raise ValueError("original")
    except ValueError:
        raise TypeError("during handling")
except TypeError as e:
    print(repr(e), "<-", repr(e.__context__))
    print(e.__cause__, e.__suppress_context__)
try:
    raise KeyError("alone")
except KeyError as e:
    print(e.__context__, e.__cause__)
