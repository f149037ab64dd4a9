# lemonpy: stderr=all
x = b'é'
