# lemonpy: stderr=all
x = (*a)
