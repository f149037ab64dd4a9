# An exception thrown in and not caught comes back out of throw(), and the
# generator is finished.
def gen():
    yield 1
    yield 2

g = gen()
next(g)
try:
    g.throw(RuntimeError("boom"))
except RuntimeError as e:
    print("propagated:", e)
print(next(g, "finished"))
h = gen()
try:
    h.throw(ValueError)
except ValueError as e:
    print("thrown before start:", type(e).__name__)
print(next(h, "finished"))
