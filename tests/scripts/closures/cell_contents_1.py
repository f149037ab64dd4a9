# __closure__ holds the cells; a function without free variables has None.
def outer():
    a = 10
    b = "bee"
    def inner():
        return a, b
    return inner

f = outer()
print(f())
print(len(f.__closure__), [c.cell_contents for c in f.__closure__])
print(f.__code__.co_freevars)
print(outer.__code__.co_cellvars)
print(outer.__closure__)
