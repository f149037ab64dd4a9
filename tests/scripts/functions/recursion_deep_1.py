# With a raised limit, Python-to-Python recursion goes far deeper than the
# C stack would allow if each call recursed in C.
import sys
sys.setrecursionlimit(200_000)

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(100_000))

def count_down(n, acc):
    if n == 0:
        return acc
    return count_down(n - 1, acc + n)

print(count_down(150_000, 0))
