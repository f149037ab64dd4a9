# RecursionError through C: __init__, sort keys, __eq__, repr of nested lists.
import sys
class A:
    def __init__(self, n):
        self.child = A(n + 1) if n < 100000 else None
try:
    A(0)
except RecursionError as e:
    print('init recursion', e)

def key_rec(x):
    return sorted([x], key=key_rec)
try:
    key_rec(1)
except RecursionError as e:
    print('key recursion', e)

class R:
    def __eq__(self, other):
        return self == other
try:
    R() == R()
except RecursionError as e:
    print('eq recursion', e)

sys.setrecursionlimit(1000)
l = []
for i in range(100000):
    l = [l]
try:
    print(len(repr(l)))
except RecursionError as e:
    print('repr', e)
print('alive')
