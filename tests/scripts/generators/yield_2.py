# Generators in for loops, list(), and next() with a default.
def countdown(n):
    while n > 0:
        yield n
        n -= 1

print(list(countdown(5)))
for v in countdown(3):
    print(v)
g = countdown(1)
print(next(g, "none"), next(g, "none"), next(g, "none"))
