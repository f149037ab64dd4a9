# lemonpy: stderr=all
for 1 in x:
    pass
