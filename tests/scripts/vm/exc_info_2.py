# sys.exc_info() in generators resumed by for loops and yield from.
import sys
def gen():
    try:
        raise KeyError('g')
    except KeyError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]
    yield sys.exc_info()[1]
for v in gen():
    print(repr(v), repr(sys.exc_info()[1]))
try:
    raise ValueError('caller')
except ValueError:
    for v in gen():
        print(repr(v), repr(sys.exc_info()[1]))
def outer():
    yield from gen()
for v in outer():
    print('outer', repr(v), sys.exc_info()[1])
def raiser():
    try:
        yield 1
    except ZeroDivisionError:
        yield 'caught in gen'
try:
    for v in raiser():
        print(v)
        1 / 0
except ZeroDivisionError as e:
    print('caller caught', e.__context__)
