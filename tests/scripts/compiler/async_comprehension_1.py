# lemonpy: stderr=all
# An async comprehension outside an async function.
def f(it):
    return [x async for x in it]
