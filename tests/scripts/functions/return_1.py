# A function without return gives None; return with several values a tuple.
def nothing():
    pass

def bare():
    return

def pair():
    return 1, "two"

print(nothing(), bare())
print(pair())
x, y = pair()
print(x, y)
