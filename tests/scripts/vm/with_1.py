# with statements: __enter__/__exit__, suppression, errors.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()

    def __exit__(self, typ, val, tb):
        print('exit', self.name, typ.__name__ if typ else None, val, tb is not None)
        return self.suppress

with CM('a') as x:
    print('body', x)

with CM('b', suppress=True):
    raise ValueError('suppressed')
print('after b')

try:
    with CM('c'):
        raise KeyError('propagates')
except KeyError as e:
    print('caught', e)

with CM('d') as d, CM('e') as e:
    print(d, e)

def ret():
    with CM('f'):
        return 'from with'

print(ret())

for i in range(3):
    with CM('loop%d' % i):
        if i == 0:
            continue
        if i == 1:
            break
print('i =', i)

try:
    with 1:
        pass
except TypeError as e:
    print(e)

class NoExit:
    def __enter__(self):
        return self

try:
    with NoExit():
        pass
except TypeError as e:
    print(e)

class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError('in exit')

try:
    with BadExit():
        raise ValueError('body')
except RuntimeError as e:
    print(e, repr(e.__context__))
