# A free variable read before the enclosing function assigns it.
def outer():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__)
        print(e)
    v = 1
    return inner()

print(outer())
