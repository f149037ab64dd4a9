# lemonpy: stderr=all
# An attribute chain on None.
obj = None
obj.a.b.c = 5
