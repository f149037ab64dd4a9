# send() and throw() pass through yield from to the subgenerator.
def inner():
    try:
        while True:
            got = yield
            print("inner got", got)
    except ValueError as e:
        print("inner caught", e)
        yield "recovered"

def outer():
    yield from inner()

g = outer()
next(g)
g.send(1)
g.send("two")
print(g.throw(ValueError("bad")))
