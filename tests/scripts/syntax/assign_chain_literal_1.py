# lemonpy: stderr=all
a = 1 = 2
