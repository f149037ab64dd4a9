# The value of yield from is the subgenerator's return value.
def inner():
    yield "a"
    yield "b"
    return "inner result"

def outer():
    result = yield from inner()
    print("inner returned", result)
    yield "c"

print(list(outer()))
