# Generators, yield from, send, return values, comprehensions of all kinds.
def g():
    x = yield 1
    print("got", x)
    y = yield from sub()
    print("sub returned", y)
    return "done"
def sub():
    yield "s1"
    v = yield "s2"
    return v * 2
it = g()
print(next(it), it.send("hello"), next(it))
try:
    it.send(21)
except StopIteration as s:
    print("stop", s.value)
print([i * i for i in range(5) if i % 2 == 0])
print({i: str(i) for i in range(3)})
print(sorted({c for c in "hello"}))
print(list(x + y for x in "ab" for y in "12"))
print([[j for j in range(i)] for i in range(4)])
print([y for x in [[1, 2], [3]] for y in x if y != 2])
print([z for x in range(3) for z in [x * 10]])
n = 5
print(sum(n * i for i in range(n)))
def closure_comp():
    k = 3
    return [lambda: i * k for i in range(2)]
print([f() for f in closure_comp()])
gen = (i for i in range(3))
print(type(gen).__name__, list(gen), list(gen))
print((yv for yv in ()).__qualname__ if False else "qual")
def walrus():
    data = [1, 5, 10]
    if (n := len(data)) > 2:
        print("n is", n)
    print([y for x in data if (y := x * 2) > 4], y)
walrus()
a, *b, c = range(6)
print(a, b, c)
(p, q), r = (1, 2), 3
print(p, q, r)
[s, *t] = "xyz"
print(s, t)
d = {}
d['k'], d['j'] = 1, 2
print(d)
lst = [0, 1, 2, 3, 4]
lst[1:3] = ["a"]
del lst[0], lst[-1]
print(lst, lst[::2], lst[:1])
lst[0] += "b"
print(lst)
class O: pass
o = O(); o.v = 1; o.v += 5; print(o.v)
del o.v
print(hasattr(o, "v"))
x = y = z = 7
print(x, y, z)
print(f"{x}-{y!r:>4}-{'s'!s}-{3.14159:.2f}-{x:{y}}" f"end{{}}")
print(*[1, 2], *"ab", sep=",")
