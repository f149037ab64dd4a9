# Generators: yield, send, throw, close, return values, yield from.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

print(list(count(5)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('stop', e.value)

def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            return received
        received.append(x)

e = echo()
print(e.send(None), e.send('a'), e.send('b'))
try:
    e.send(None)
except StopIteration as s:
    print('returned', s.value)

def catcher():
    while True:
        try:
            yield 'ready'
        except ValueError as err:
            yield 'caught %s' % err

c = catcher()
print(next(c), c.throw(ValueError('x')), next(c))
print(c.throw(ValueError, 'y'))
c.close()
print('closed')

def closing():
    try:
        yield 1
    finally:
        print('finally on close')

cl = closing()
next(cl)
cl.close()

def inner():
    x = yield 1
    print('inner got', x)
    y = yield 2
    print('inner got', y)
    return 'inner-result'

def outer():
    r = yield from inner()
    print('outer got', r)
    yield from [10, 20]
    return 'done'

o = outer()
print(next(o), o.send('s1'), o.send('s2'), next(o))
try:
    next(o)
except StopIteration as s:
    print('outer returned', s.value)

def delegate_throw():
    def sub():
        try:
            yield 'sub'
        except KeyError:
            yield 'sub caught'
        return 'sub-ret'
    r = yield from sub()
    yield r

dt = delegate_throw()
print(next(dt), dt.throw(KeyError), next(dt))

print(sum(x * x for x in range(10)))
gen = (c.upper() for c in 'abc')
print(gen.__name__, list(gen), list(gen))
print([x for x in range(3)], {x: x * 2 for x in range(3)}, {x % 2 for x in range(5)})

def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

fg = fibs()
print([next(fg) for _ in range(10)])

def early_return():
    yield 1
    return
    yield 2

print(list(early_return()))

def gen_with_exc():
    yield 1
    raise KeyError('k')

try:
    for v in gen_with_exc():
        print('v', v)
except KeyError as err:
    print('KeyError', err)
