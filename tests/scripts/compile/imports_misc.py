# Imports, globals, del, augmented assignment, operators, constants.
import sys
import sys as s2
from sys import argv, maxsize as m
print(sys.version_info[0], s2 is sys, m == sys.maxsize, type(argv).__name__)
x = 5
x **= 2; x //= 3; x %= 5; x <<= 3; x >>= 1; x |= 1; x ^= 3; x &= 7; x -= 1; x *= 4; x /= 2
print(x)
print(-5 // 2, -5 % 3, 2 ** -1, ~5, +3, not 0, 7 @ 1 if False else 0)
print(1 if __debug__ else 2)
t = (1, 2, (3, 4), "a", None, -1.5, 2j)
print(t, (), (1,), [1, 2, 3, 4], {1, 2, 3, 4}, {})
print(0xff, 0o17, 0b101, 1_000_000, 1e3, 10**20, -10**20, 123456789012345678901234567890)
print("a" "b" 'c', b"x" b"y", """tri
ple""", r"\n")
del x
try:
    print(x)
except NameError as e:
    print(e)
def locs():
    a = 1
    del a
    try:
        return a
    except UnboundLocalError as e:
        return str(e)
print(locs())
print(is_sorted := sorted([3, 1, 2]), is_sorted)
print(1 in [1, 2], 3 not in (1, 2), None is None, t is not None)
print([1, 2][-1], "abc"[1:], {"a": 1}["a"])
print(len, (lambda: 0).__code__.co_name)
i = 0
while (i := i + 1) < 3:
    pass
print(i)
print(__name__)
