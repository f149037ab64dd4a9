# nonlocal binds to the nearest enclosing function scope that has the name.
def outer():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "set by inner"
        inner()
        return x
    m = middle()
    return x, m

print(outer())
