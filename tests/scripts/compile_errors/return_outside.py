# lemonpy: stderr=all
print("never printed")
def f():
    pass
return 5
