# globals() is the module namespace; locals() in a function is a snapshot
# of its local variables.
top = "module value"
def f(a):
    b = a * 2
    return sorted(locals().items())
print(f(3))
g = globals()
print(g["top"], g["__name__"])
g["made_here"] = 5
print(made_here)
