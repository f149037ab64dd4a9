# lemonpy: stderr=all
# An uncaught exception through three functions: the traceback lists each
# frame with its source line.
def a():
    b()

def b():
    c()

def c():
    raise ValueError("deep problem")

print("start")
a()
