# An uncaught RecursionError ends the program with status 1.
def f():
    return f()

print("before")
f()
