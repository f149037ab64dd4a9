# Reading a global needs no declaration; a nested function's global
# declaration skips the enclosing locals.
x = "global"

def outer():
    x = "local"
    def inner():
        global x
        return x
    return inner(), x

print(outer())

def reader():
    return x.upper()

print(reader())
