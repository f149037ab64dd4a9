# throw() raises the exception at the paused yield; the generator may catch
# it and yield again.
def gen():
    while True:
        try:
            yield "waiting"
        except KeyError as e:
            print("caught", repr(e))
            yield "after catch"

g = gen()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
