# lemonpy: stderr=all
# Mutual recursion under a low limit: two alternating entries are not folded.
import sys
sys.setrecursionlimit(50)
def f(n): return g(n)
def g(n): return f(n)
f(1)
