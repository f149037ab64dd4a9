# return in a generator sets StopIteration.value; a bare return gives None.
def gen(n):
    yield n
    return n * 2

def bare():
    yield 1
    return

for g in (gen(21), bare()):
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(repr(e.value), e.args)
