# Corner cases of scoping, unwinding and evaluation order.
def order(tag):
    print("eval", tag)
    return tag
d = {order("k1"): order("v1"), order("k2"): order("v2")}
order("f")(order("a1"), *[order("s")], k=order("kw"), **{order("dk"): 1}) if False else None
def f(*a, **k): return a, k
print(f(order(1), *(order(2),), x=order(3), **{"y": order(4)}))
obj = type("O", (), {})()
obj.a = [0, 0]
obj.a[order(0)] = order("val")
print(obj.a)
x = [1, 2, 3]
x[order(1)] += order(10)
print(x)
class K:
    v = 5
    w = [v for _ in range(2)] if False else None
    def m(self):
        return [v * 2 for v in range(3)]
    def sup(self):
        return [super().__init__ for _ in range(1)] and __class__.__name__
print(K().m(), K().sup())
def nested_nonlocal():
    a = 0
    def inc():
        nonlocal a
        a = sum(a + i for i in range(3))
        return a
    inc(); inc()
    return a
print(nested_nonlocal())
def try_return_value():
    for i in range(3):
        try:
            try:
                return i * 10
            finally:
                if i == 0:
                    continue
        finally:
            print("outer finally", i)
print(try_return_value())
def with_exc_suppress():
    class S:
        def __enter__(self): return "entered"
        def __exit__(self, *a):
            print("exit args", [type(x).__name__ for x in a])
            return True
    with S() as s:
        print(s)
        raise KeyError("boom")
    return "after"
print(with_exc_suppress())
def gen_finally():
    try:
        yield 1
        return "ret"
    finally:
        print("gen cleanup")
g = gen_finally()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("stop value", e.value)
def genexp_scope():
    y = 10
    return list(x + y for x in range(3))
print(genexp_scope())
a = b = c = 0
for a, (b, c) in [(1, (2, 3))]:
    pass
print(a, b, c)
i = 10
print([i for i in range(3)], i)
print({k: v for k, v in enumerate("ab")})
def kwonly(*, a, b=2): return a + b
print(kwonly(a=1), kwonly(b=5, a=1))
def posonly(a, b, /): return a - b
print(posonly(5, 3))
try:
    posonly(a=1, b=2)
except TypeError as e:
    print("TypeError:", e)
def deflt(a, b=[]):
    b.append(a)
    return b
print(deflt(1), deflt(2))
s = "x"
s *= 3
print(s, -(-5), not not 3, ~~7)
print(1 if True else 2, [] or "empty", 0 and 1, None or 0 or "last")
print(f"{'nested'!r:^12}|{3:0{2}d}|{1+1=}")
print(*(i for i in range(3)))
w = 5
print((w := w + 1), w)
lst = []
lst += (1, 2)
print(lst)
del lst[:]
print(lst)
print(type(lambda: 0).__name__, (lambda *a, **k: (a, k))(1, x=2))
while True:
    break
else:
    print("never")
for _ in []:
    pass
else:
    print("for-else on empty")
