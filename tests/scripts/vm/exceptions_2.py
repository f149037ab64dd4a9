# Exceptions: contexts, finally, tracebacks, custom classes.
def f():
    try:
        raise ValueError('a')
    except ValueError:
        try:
            raise TypeError('b')
        except TypeError as t:
            return t
t = f()
print(repr(t), repr(t.__context__))
try:
    try:
        raise ValueError('x')
    finally:
        print('fin')
except ValueError as e:
    print('got', e)

def g():
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
        except KeyError as e:
            print('caught', e)
            continue
        finally:
            print('finally', i)
g()
class E(Exception): pass
try:
    raise E('custom')
except Exception as e:
    print(type(e).__name__, e.args)
try:
    raise E
except E as e:
    print('class raised', repr(e))
def deep(n):
    if n == 0:
        raise IndexError('deep')
    deep(n - 1)
try:
    deep(50)
except IndexError as e:
    c = 0
    tb = e.__traceback__
    while tb:
        c += 1
        tb = tb.tb_next
    print('tb entries', c)
try:
    [][0]
except IndexError as e:
    print(e)
try:
    {}['k']
except KeyError as e:
    print(repr(e))
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    int('x')
except ValueError as e:
    print(e)
print(ValueError('a') is not None)
e = ValueError('lost')
try:
    raise e
except ValueError:
    pass
print(e.__traceback__ is not None)
try:
    try:
        raise ValueError
    except ValueError:
        raise TypeError from None
except TypeError as x:
    print(x.__cause__, x.__suppress_context__, type(x.__context__).__name__)
