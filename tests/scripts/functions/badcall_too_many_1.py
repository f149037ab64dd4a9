# Too many positional arguments, with and without defaults.
def none():
    pass

def two(a, b):
    pass

def one_or_two(a, b=0):
    pass

def one(a):
    pass

for fn, args in [(none, (1,)), (two, (1, 2, 3)), (one_or_two, (1, 2, 3)), (one, (1, 2)),
                 (none, (1, 2))]:
    try:
        fn(*args)
    except TypeError as e:
        print(e)
