# lemonpy: stderr=all
x = 1_000_
