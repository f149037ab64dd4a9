# lemonpy: stderr=all
x = 1
if x is 1: pass
print(x is not "a", x is None, x is (), x is -1)
try:
    "abc"()
except TypeError: pass
try:
    (1, 2)[1, 2]
except TypeError: pass
try:
    [1][x]
    5[0]
except TypeError: pass
assert (x, "msg")
y = {1}[0] if 0 else 0
