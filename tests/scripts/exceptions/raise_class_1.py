# Raising a class instantiates it; raising a non-exception is a TypeError;
# so is catching a non-exception class.
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise 42
except TypeError as e:
    print(e)
try:
    raise str
except TypeError as e:
    print(e)
try:
    try:
        raise ValueError("v")
    except int:
        print("not this")
except TypeError as e:
    print(e)
