# lemonpy: stderr=all
x = 1 if 2
