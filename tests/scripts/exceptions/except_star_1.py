# except* splits an ExceptionGroup by type; each clause sees a group of
# the matching exceptions; unmatched ones propagate in a new group.
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as e:
    print("values:", repr(e.exceptions), type(e).__name__, e.message)
except* TypeError as e:
    print("types:", repr(e.exceptions))
try:
    try:
        raise ExceptionGroup("outer", [KeyError("k"), OSError("o")])
    except* KeyError:
        print("handled the KeyError")
except ExceptionGroup as rest:
    print("left over:", repr(rest.exceptions), rest.message)
try:
    raise ValueError("naked")
except* ValueError as e:
    print("a naked exception is wrapped:", type(e).__name__, repr(e.exceptions))
