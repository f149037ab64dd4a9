# lemonpy: stderr=all
f(a=1, b)
