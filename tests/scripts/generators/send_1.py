# send() resumes the generator with a value for the pending yield
# expression; next() sends None.
def echo():
    received = []
    while True:
        v = yield len(received)
        if v == "stop":
            return received
        received.append(v)

g = echo()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(next(g))
try:
    g.send("stop")
except StopIteration as e:
    print("returned", e.value)
