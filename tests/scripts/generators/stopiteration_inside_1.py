# A StopIteration escaping a generator body becomes RuntimeError (PEP 479),
# with the StopIteration as its cause.
def gen():
    yield 1
    raise StopIteration("inner")

g = gen()
next(g)
try:
    next(g)
except RuntimeError as e:
    print(e)
    print(type(e.__cause__).__name__, e.__cause__)
