# lemonpy: stderr=all
for x in y:

z = 1
