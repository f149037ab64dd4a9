# After a handler finishes, the previous exception context is restored: a
# new exception raised later has no stale __context__.
try:
    raise ValueError("handled")
except ValueError:
    pass
try:
    raise KeyError("fresh")
except KeyError as e:
    print(repr(e.__context__))
try:
    raise TypeError("outer")
except TypeError:
    try:
        raise ValueError("inner")
    except ValueError as inner:
        print("inner context:", repr(inner.__context__))
    try:
        raise IndexError("after inner")
    except IndexError as e:
        print("context after inner handler:", repr(e.__context__))
