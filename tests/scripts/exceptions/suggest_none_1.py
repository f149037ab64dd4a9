# No suggestion when nothing is close, or for errors raised by hand.
try:
    raise NameError("name prnt is not defined")
except NameError as e:
    print(e, e.name)
abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz
