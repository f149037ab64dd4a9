# Recursion, and RecursionError without crashing.
import sys

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(20))

def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n

d = depth(1)
print(d > 900, d <= 1000)

def boom():
    boom()

try:
    boom()
except RecursionError as e:
    print(type(e).__name__, e)

print(sys.getrecursionlimit())
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
d = depth(1)
print(d > 150, d <= 200)
sys.setrecursionlimit(1000)

def mutual_a(n):
    return 0 if n == 0 else mutual_b(n - 1) + 1

def mutual_b(n):
    return 0 if n == 0 else mutual_a(n - 1) + 1

print(mutual_a(500))

class R:
    def __repr__(self):
        return repr(self)

try:
    repr(R())
except RecursionError as e:
    print('repr:', type(e).__name__)

try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)

def still_works():
    return fib(10)

print(still_works())
