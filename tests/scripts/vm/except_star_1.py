# except*: matching, splitting, wrapping naked exceptions, re-raising.
def f(eg):
    try:
        raise eg
    except* ValueError as e:
        print('ValueError part', repr(e))
    except* TypeError as e:
        print('TypeError part', repr(e))

f(ExceptionGroup('g', [ValueError(1), TypeError(2)]))
f(ExceptionGroup('g', [ValueError(1)]))
try:
    f(ExceptionGroup('g', [ValueError(1), KeyError(3)]))
except ExceptionGroup as e:
    print('rest', repr(e))
try:
    raise ValueError('naked')
except* ValueError as e:
    print('naked wrapped', repr(e))
try:
    try:
        raise ExceptionGroup('h', [ValueError('a'), TypeError('b')])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print('reraised', repr(e))
try:
    try:
        raise ExceptionGroup('h', [ValueError('a')])
    except* ValueError:
        raise KeyError('new')
except BaseException as e:
    print('new raised', repr(e), repr(e.__context__))
try:
    try:
        raise TypeError('t')
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)
