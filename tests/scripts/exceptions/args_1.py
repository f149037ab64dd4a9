# Exception args, str and repr with zero, one and several arguments.
for e in [ValueError(), ValueError("one"), ValueError("a", 2), KeyError("k"), KeyError(),
          Exception(None), IndexError(3)]:
    print(repr(e), "|", str(e), "|", e.args)
