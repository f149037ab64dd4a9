# lemonpy: stderr=all
del f()
