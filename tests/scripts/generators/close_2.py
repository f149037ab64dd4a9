# A generator that yields after GeneratorExit makes close() raise
# RuntimeError; it stays suspended at that yield.
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring GeneratorExit")
    yield 2
    print("resumed after close")

g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)
print(next(g, "finished"))
