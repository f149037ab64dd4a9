# Bad unpacking in a call: * of a non-iterable, ** of a non-mapping,
# non-string keys.
def f(*args, **kwargs):
    pass

try:
    f(*5)
except TypeError as e:
    print(e)
try:
    f(**[1])
except TypeError as e:
    print(e)
try:
    f(**{1: 2})
except TypeError as e:
    print(e)
