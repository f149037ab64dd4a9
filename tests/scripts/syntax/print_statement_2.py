# lemonpy: stderr=all
print x, y
