# lemonpy: stderr=all
def f():
    from os import *
