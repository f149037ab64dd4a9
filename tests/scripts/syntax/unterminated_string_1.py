# lemonpy: stderr=all
x = "abc
