# yield from: delegation of send/throw/close, return values, iterators.
import sys
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], 'ab', range(2))))
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    return total
def wrapper():
    r = yield from acc()
    yield 'final %d' % r
w = wrapper()
next(w)
print(w.send(5), w.send(10), w.send(None))
def gclose():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('got exit')
        raise
g = gclose()
next(g)
g.close()
print(g.gi_running)
def inner():
    try:
        yield 1
    except ValueError as e:
        print('inner caught', e)
        yield 'recovered'
def outer():
    yield from inner()
    yield 'after'
o = outer()
print(next(o), o.throw(ValueError('boom')), next(o))
def sub():
    yield 1
def closer():
    try:
        yield from sub()
    finally:
        print('closer finally')
c = closer()
next(c)
c.close()
def gen_in_except():
    try:
        raise KeyError('k')
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
print(list(gen_in_except()))
gen = (i * i for i in range(5) if i % 2)
print(list(gen))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
def lazy():
    print('started')
    yield 1
l = lazy()
print('created')
print(next(l))
def throws_stop():
    yield 1
    raise StopIteration
try:
    print(list(throws_stop()))
except RuntimeError as e:
    print(e, type(e.__context__).__name__)
it = iter([1, 2, 3])
def yf_iter():
    r = yield from it
    print('r', r)
print(list(yf_iter()))
class Sendable:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration(99)
        return self.n
    def send(self, v):
        return self.__next__()
def yf_obj():
    r = yield from Sendable()
    print('result', r)
print(list(yf_obj()))
g2 = yf_obj()
next(g2)
print(g2.send('x'))
try:
    g2.send('y')
except StopIteration:
    print('done')
