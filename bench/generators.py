# generators.py -- generators: a pipeline of generator functions, yield from,
# generator expressions consumed by sum/any/max, send() into a coroutine-like
# accumulator, and a generator-based lazy merge.  Prints a checksum.


def naturals(n):
    i = 0
    while i < n:
        yield i
        i += 1


def mapped(src):
    for v in src:
        yield v * 3 + 1


def filtered(src):
    for v in src:
        if v % 4 != 0:
            yield v


def chained(n):
    yield from naturals(n)
    yield from (v * 2 for v in naturals(n))


def accumulator():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v


def merge(a, b):
    x = next(a, None)
    y = next(b, None)
    while x is not None or y is not None:
        if y is None or (x is not None and x <= y):
            yield x
            x = next(a, None)
        else:
            yield y
            y = next(b, None)


def run():
    checksum = 0
    for _ in range(15):
        checksum += sum(filtered(mapped(naturals(200_000))))
        checksum += sum(chained(100_000))
        checksum += max(v % 1000 for v in naturals(100_000))
        checksum += any(v > 99_998 for v in naturals(100_000))
        acc = accumulator()
        next(acc)
        for v in naturals(100_000):
            checksum += acc.send(v) & 0xFF
        count = 0
        for v in merge(naturals(50_000), (k * 3 for k in range(40_000))):
            count += v & 1
        checksum += count
    return checksum


print(run())
