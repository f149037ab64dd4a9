# lemonpy: stderr=all
if x
    pass
