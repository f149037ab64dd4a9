# An exhausted generator keeps raising StopIteration, and send gives the same.
def gen():
    yield 1

g = gen()
print(list(g))
print(list(g))
for call in (lambda: next(g), lambda: g.send(None)):
    try:
        call()
    except StopIteration as e:
        print("StopIteration", e.value)
