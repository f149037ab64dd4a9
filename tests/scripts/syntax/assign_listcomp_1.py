# lemonpy: stderr=all
[x for x in y] = 1
