# Generator edge cases: PEP 479, running state, just-started sends.
def stops():
    yield 1
    raise StopIteration('inner')

try:
    list(stops())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)

def g():
    yield 1

x = g()
try:
    x.send(5)
except TypeError as e:
    print(e)

def selfref():
    yield me.send(None)

me = selfref()
try:
    next(me)
except ValueError as e:
    print(e)

x = g()
print(x.gi_running, x.gi_suspended if hasattr(x, 'gi_suspended') else None)
next(x)
print(list(x))
print(list(x))
x.close()
print(type(x).__name__, x.__name__, x.__qualname__)

def ignores():
    while True:
        try:
            yield
        except GeneratorExit:
            pass

ig = ignores()
next(ig)
try:
    ig.close()
except RuntimeError as e:
    print(e)

def unstarted():
    print('never')
    yield

u = unstarted()
u.close()
try:
    next(u)
except StopIteration:
    print('stopped')

def throw_unstarted():
    yield 1

t = throw_unstarted()
try:
    t.throw(ValueError('early'))
except ValueError as e:
    print('raised', e)
print(list(t))

def ret_value():
    yield 1
    return 42

r = ret_value()
next(r)
try:
    r.send(None)
except StopIteration as e:
    print('value', e.value)
