# Infinite generators consumed partly; generators as state machines.
def naturals():
    n = 0
    while True:
        yield n
        n += 1

def take(n, it):
    out = []
    for v in it:
        if len(out) == n:
            break
        out.append(v)
    return out

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print(take(5, naturals()))
print(take(12, fib()))
evens = (n for n in naturals() if n % 2 == 0)
print(take(4, evens))
