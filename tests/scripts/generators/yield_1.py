# A generator runs lazily: its body starts at the first next() and pauses at
# each yield; the end raises StopIteration.
def gen():
    print("start")
    yield 1
    print("middle")
    yield 2
    print("end")

g = gen()
print("created")
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(type(g).__name__)
