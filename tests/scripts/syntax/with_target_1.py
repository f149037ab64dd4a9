# lemonpy: stderr=all
with a as f():
    pass
