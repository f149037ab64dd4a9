# "..." % (tuple) compiled as an f-string must behave as the % operator.
a, b = "x", [1, 'q']
print("%s|%r|%a|%5s|%-5s|%.2s|%5.1r|%%|%s" % (a, b, "é", a, a, "abcdef", b, 3))
print("%s" % (a,), "%s%%" % (b,), "%d %s" % (1, a), "%s %s" % ("k", a))
try:
    print("%s %s" % (a,))
except TypeError as e:
    print(e)
print("pre %s post" % (a,))
print("%s" % (a, b) if False else "ok")
