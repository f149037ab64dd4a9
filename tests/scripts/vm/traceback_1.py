# lemonpy: stderr=all
# An uncaught exception with a chained context: CPython's traceback.
def inner():
    raise ValueError('inner problem')

def outer():
    try:
        inner()
    except ValueError:
        raise KeyError('outer problem')

print('before')
outer()
