# lemonpy: stderr=all
# Errors are reported before any code runs: the print never happens.
print("never printed")
def f():
    x = 1
    return
    yield from x
class C:
    return 1
