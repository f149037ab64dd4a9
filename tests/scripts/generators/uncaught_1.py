# lemonpy: stderr=all
# An exception raised inside a generator: the traceback shows the
# generator's frame under the caller's.
def gen():
    yield 1
    raise ValueError("from inside")

for v in gen():
    print(v)
