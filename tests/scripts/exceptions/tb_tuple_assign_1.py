# lemonpy: stderr=all
# Item assignment to a tuple.
t = (1,)
t[0] = 2
