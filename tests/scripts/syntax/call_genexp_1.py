# lemonpy: stderr=all
f(x for x in y, 1)
