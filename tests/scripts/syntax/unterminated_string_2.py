# lemonpy: stderr=all
x = rb'abc\
def
