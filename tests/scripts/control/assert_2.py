# An uncaught failed assert ends the program with status 1.
x = 5
assert x < 3, "x too big: %d" % x
print("not reached")
