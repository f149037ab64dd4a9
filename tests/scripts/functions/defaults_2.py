# Defaults are evaluated once, at definition time: a mutable default is shared.
count = 10

def f(x=count):
    return x

count = 20
print(f())

def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
print(f.__defaults__)
print(append_to.__defaults__)
