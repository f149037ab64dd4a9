# sys.exc_info() and the handled-exception stack, also in generators.
import sys

print(sys.exc_info())
try:
    raise ValueError('outer')
except ValueError:
    print(sys.exc_info()[1])
    try:
        raise KeyError('inner')
    except KeyError:
        print(repr(sys.exc_info()[1]))
    print(sys.exc_info()[1])
print(sys.exc_info())

def gen():
    try:
        raise TypeError('in gen')
    except TypeError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]

g = gen()
print(next(g))
print(sys.exc_info())
try:
    raise IndexError('caller')
except IndexError:
    print(next(g))
    print(sys.exc_info()[1])

def plain():
    yield sys.exc_info()[1]

try:
    raise OSError('seen from gen')
except OSError:
    print(next(plain()))
