# Sending a non-None value to a just-started generator is a TypeError.
def gen():
    yield 1

g = gen()
try:
    g.send(5)
except TypeError as e:
    print(e)
print(g.send(None))
