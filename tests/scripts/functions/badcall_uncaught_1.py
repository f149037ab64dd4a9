# lemonpy: stderr=all
# A bad call left uncaught: the traceback names the caller's line.
def area(width, height):
    return width * height

print(area(2, 3))
print(area(2))
