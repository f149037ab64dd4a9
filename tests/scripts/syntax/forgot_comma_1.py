# lemonpy: stderr=all
x = (1 2)
