# return inside try runs finally first; a return in finally wins.
def f():
    try:
        return "from try"
    finally:
        print("finally runs")

def g():
    try:
        return "from try"
    finally:
        return "from finally"

def h():
    x = 1
    try:
        return x
    finally:
        x = 2

print(f())
print(g())
print(h())
