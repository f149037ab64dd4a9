# Generator pipelines: log processing, chained transforms, send/close.

LOG = """2024-01-01 10:00:01 INFO user=alice action=login
2024-01-01 10:00:05 WARN user=bob action=login failed=1
2024-01-01 10:01:00 INFO user=alice action=view page=/home
2024-01-01 10:02:30 ERROR user=carol action=pay amount=12.50
2024-01-01 10:03:00 INFO user=bob action=login
2024-01-01 10:04:10 INFO user=bob action=pay amount=99.99
2024-01-01 10:05:00 ERROR user=alice action=pay amount=5.00
# comment line
2024-01-01 10:06:00 INFO user=carol action=logout"""

def read_lines(text):
    for line in text.splitlines():
        yield line

def skip_comments(lines):
    return (l for l in lines if not l.startswith("#"))

def parse(lines):
    for line in lines:
        date, time, level, *fields = line.split()
        rec = {"time": time, "level": level}
        for f in fields:
            k, _, v = f.partition("=")
            rec[k] = v
        yield rec

def where(recs, **conds):
    for r in recs:
        if all(r.get(k) == v for k, v in conds.items()):
            yield r

pipeline = parse(skip_comments(read_lines(LOG)))
errors = list(where(pipeline, level="ERROR"))
print(errors)
pays = [float(r["amount"]) for r in where(parse(skip_comments(read_lines(LOG))), action="pay")]
print(pays, f"{sum(pays):.2f}")
users = sorted({r["user"] for r in parse(skip_comments(read_lines(LOG)))})
print(users)

def running_avg():
    total = 0.0
    n = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            break
        total += x
        n += 1
        avg = total / n
    return n

ra = running_avg()
next(ra)
for x in [10, 20, 30, 45]:
    print("avg", ra.send(x))
try:
    ra.send(None)
except StopIteration as e:
    print("done after", e.value)

def countdown(n):
    try:
        while n > 0:
            yield n
            n -= 1
    finally:
        print("countdown cleanup at", n)

c = countdown(5)
print(next(c), next(c))
c.close()
print(list(countdown(3)))

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print(list(take(20, fib())))
print(sum(x for x in take(100, fib()) if x % 2 == 0))
evens = (x * x for x in range(10) if x % 2 == 0)
print(next(evens), list(evens), list(evens))

def chunks(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == n:
            yield tuple(buf)
            buf = []
    if buf:
        yield tuple(buf)
print(list(chunks(range(10), 3)))
print(list(zip(*chunks("abcdefgh", 2))))

def gen_with_return():
    yield 1
    return "result"
def delegator():
    r = yield from gen_with_return()
    yield r
print(list(delegator()))
g = fib()
print(type(g).__name__, iter(g) is g)
def thrower():
    try:
        yield 1
    except ValueError as e:
        yield f"caught {e}"
t = thrower()
next(t)
print(t.throw(ValueError("boom")))
print(list(map(lambda p: p[0] * p[1], zip(range(5), take(5, fib())))))
print(any(x > 50 for x in fib()), all(x < 10 for x in take(5, fib())))
print(dict(enumerate("xyz", start=1)), list(reversed(range(0, 20, 5))))
