# lemonpy: stderr=all
1 = x
