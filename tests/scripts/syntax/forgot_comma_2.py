# lemonpy: stderr=all
x = [a b, c]
