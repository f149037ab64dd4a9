# A generator's return value reaches StopIteration.value through next() and
# __next__(), once; f-string fields of small ints.
def g():
    yield 1
    return 'done'
it = g(); next(it)
try: next(it)
except StopIteration as e: print('next', repr(e.value))
it = g(); it.__next__()
try: it.__next__()
except StopIteration as e: print('__next__', repr(e.value))
try: it.__next__()
except StopIteration as e: print('again', repr(e.value))
print(f'{5}{-3}{2**60}{True}')
