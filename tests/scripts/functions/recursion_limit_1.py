# sys.getrecursionlimit/setrecursionlimit: the default limit is 1000; a
# lower limit makes shallower recursion fail.
import sys
print(sys.getrecursionlimit())

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(900))
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
try:
    depth(400)
except RecursionError:
    print("too deep for 200")
sys.setrecursionlimit(1000)
print(depth(900))
