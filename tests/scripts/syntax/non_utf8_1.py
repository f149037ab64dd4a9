# lemonpy: stderr=all
x = 1
s = "café"
