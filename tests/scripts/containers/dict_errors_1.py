# dict error messages
def show(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)

d = {'a': 1}
show(lambda: d['b'])
show(lambda: d[[1]])
show(lambda: d.pop('b'))
show(lambda: {}.popitem())
show(lambda: dict([1]))
show(lambda: dict([(1, 2, 3)]))
show(lambda: dict(['ab', 'cde']))
show(lambda: dict(1))
show(lambda: dict({}, {}))
show(lambda: d.get())
show(lambda: d.get(1, 2, 3))
show(lambda: d.keys(1))
show(lambda: d.update(1, 2))
show(lambda: d | [])
show(lambda: d < d)
show(lambda: {(1, [2]): 3})
def mutate():
    e = {1: 1, 2: 2}
    for k in e:
        e[k + 10] = 0
show(mutate)
def mutate2():
    e = {1: 1}
    for k in e:
        del e[k]
        e[5] = 5
show(mutate2)
def delmissing():
    del d['zz']
show(delmissing)
try:
    d[(1, 2)]
except KeyError as e:
    print(repr(e), e.args)
