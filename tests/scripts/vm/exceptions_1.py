# try/except/else/finally, raise forms, chaining.
def f(kind):
    try:
        if kind == 1:
            raise ValueError('v')
        if kind == 2:
            raise KeyError('k')
        if kind == 3:
            return 'returned'
    except ValueError as e:
        print('except ValueError', e)
    except (KeyError, IndexError) as e:
        print('except tuple', repr(e))
    else:
        print('else')
    finally:
        print('finally', kind)
    return 'end'

for k in range(4):
    print(f(k))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        {}['missing']
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError('from') from z
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

try:
    raise ValueError('none') from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))

try:
    try:
        raise TypeError('t')
    except TypeError:
        raise
except TypeError as e:
    print('reraised', e, e.__context__)

try:
    raise
except RuntimeError as e:
    print(e)

try:
    raise 1
except TypeError as e:
    print(e)

try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)

try:
    try:
        pass
    except 1:
        pass
    print('no error without an exception')
    try:
        raise KeyError
    except 1:
        pass
except TypeError as e:
    print(e)

e = 'before'
try:
    raise KeyError('x')
except KeyError as e:
    pass
try:
    print(e)
except NameError as err:
    print('deleted:', err)

def finally_return():
    try:
        return 'try'
    finally:
        print('finally runs')

print(finally_return())

def finally_overrides():
    try:
        raise ValueError
    finally:
        return 'swallowed'

print(finally_overrides())

def nested():
    try:
        try:
            raise ValueError('inner')
        finally:
            print('inner finally')
    except ValueError as e:
        print('outer caught', e)
    finally:
        print('outer finally')

nested()

class MyError(Exception):
    def __init__(self, code):
        super().__init__('code %d' % code)
        self.code = code

try:
    raise MyError(7)
except Exception as e:
    print(type(e).__name__, e, e.code, isinstance(e, MyError))

def tb_depth():
    try:
        def a():
            b()
        def b():
            raise ValueError
        a()
    except ValueError as e:
        n = 0
        tb = e.__traceback__
        while tb is not None:
            n += 1
            tb = tb.tb_next
        return n

print(tb_depth())

try:
    assert 1 == 2, 'message'
except AssertionError as e:
    print('assert', e)

try:
    assert False
except AssertionError as e:
    print('assert', repr(e))

def cycle():
    try:
        raise ValueError('a')
    except ValueError as a:
        try:
            raise a
        except ValueError as again:
            return again.__context__

print(cycle())
