# printf-style % formatting.
print("%d %i %s %r" % (5, -3, "s", "r"))
print("%5d|%-5d|%05d|%+d" % (42, 42, 42, 42))
print("%.3f %e %g %G" % (3.14159, 12345.678, 0.0001, 1e20))
print("%x %X %o %#x %c %c" % (255, 255, 8, 255, 65, "z"))
print("%(name)s is %(age)d" % {"name": "Bo", "age": 7})
print("100%%" % (), "%s" % [1, 2], "%s" % (None,), "%*d" % (5, 1))
try:
    "%d" % "x"
except TypeError as e:
    print(e)
try:
    "%s %s" % ("one",)
except TypeError as e:
    print(e)
