# lemonpy: stderr=all
x = '\x4'
