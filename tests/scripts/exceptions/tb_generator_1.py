# lemonpy: stderr=all
# A generator failing inside map(): the frames of the lambda-less chain.
def gen():
    yield 1
    yield 1 / 0
list(map(lambda x: x * 2, gen()))
