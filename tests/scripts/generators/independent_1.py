# Each call makes an independent generator with its own locals.
def counter(name):
    n = 0
    while True:
        n += 1
        yield f"{name}{n}"

a = counter("a")
b = counter("b")
print(next(a), next(a), next(b), next(a), next(b))
print(list(zip(counter("x"), counter("y"), range(3))))
