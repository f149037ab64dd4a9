# yield inside expressions, argument lists and containers; the send()
# values come back in order.
def gen():
    total = (yield "first") + (yield "second")
    pair = [(yield "third"), (yield "fourth")]
    yield total, pair

g = gen()
print(next(g))
print(g.send(10))
print(g.send(20))
print(g.send("a"))
print(g.send("b"))
