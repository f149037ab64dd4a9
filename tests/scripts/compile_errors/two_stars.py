# lemonpy: stderr=all
a, *b, *c = range(5)
