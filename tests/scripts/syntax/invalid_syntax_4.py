# lemonpy: stderr=all
x = 1 +
