# lemonpy: stderr=all
x = 1
    y = 2
