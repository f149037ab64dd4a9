# Generators run by for loops and yield from inside the eval loop: PEP 479,
# exc_info, tracebacks, deep delegation, already-executing errors.
import sys
def g():
    yield 1
    raise StopIteration('x')
try:
    for v in g():
        print(v)
except RuntimeError as e:
    print('pep479', e, repr(e.__cause__))
def h():
    try:
        raise KeyError('in h')
    except KeyError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]
try:
    raise ValueError('outer')
except ValueError:
    for v in h():
        print(repr(v), repr(sys.exc_info()[1]))
print(sys.exc_info())
def bad():
    yield 1
    1 / 0
try:
    for v in bad():
        pass
except ZeroDivisionError as e:
    t = e.__traceback__; n = 0
    while t:
        n += 1; t = t.tb_next
    print('tb', n)
def deep(n):
    if n:
        yield from deep(n - 1)
    else:
        yield 'leaf'
for v in deep(200):
    print(v)
try:
    for v in deep(3000):
        pass
except RecursionError as e:
    print('deep', e)
def sub():
    r = yield 1
    print('sub got', r)
    return 'subret'
def dele():
    x = yield from sub()
    print('dele got', x)
    yield 2
d = dele()
print(next(d), d.send('S'))
for v in dele():
    print('for', v)
def selfiter():
    yield from me
me = selfiter()
try:
    next(me)
except ValueError as e:
    print(e)
def running():
    for v in it:
        yield v
it = running()
try:
    for v in it:
        pass
except ValueError as e:
    print(e)
def countdown(n):
    while n:
        yield n
        n -= 1
print(list(countdown(5)), sum(countdown(100)), [x for x in countdown(3)])
def gen_ret():
    yield 1
    return 5
def outer():
    r = yield from gen_ret()
    yield r
print(list(outer()))
