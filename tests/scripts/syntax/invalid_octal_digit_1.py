# lemonpy: stderr=all
x = 0o19
