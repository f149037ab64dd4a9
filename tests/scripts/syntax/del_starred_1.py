# lemonpy: stderr=all
del *a
