# lemonpy: stderr=all
else:
    pass
