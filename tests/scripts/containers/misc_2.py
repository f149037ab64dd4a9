# mutation while iterating, copies, views, dunder calls
def show(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)
def f1():
    d = {1: 1, 2: 2, 3: 3}
    out = []
    for k in d:
        out.append(k)
        d[k] = k * 10
    return out, d
show(f1)
def f2():
    d = {1: 1, 2: 2}
    it = iter(d.items())
    next(it)
    d.pop(2)
    d[5] = 5
    return list(it)
show(f2)
def f3():
    s = {1, 2, 3}
    it = iter(s)
    next(it)
    s.add(4)
    return next(it)
show(f3)
def f4():
    l = [1, 2, 3]
    it = reversed(l)
    l.pop()
    return list(it)
show(f4)
def f5():
    l = [1, 2, 3]
    it = reversed(l)
    next(it)
    l.clear()
    l.extend([7, 8, 9, 10])
    return list(it)
show(f5)
def f6():
    d = dict.fromkeys(range(10))
    for i in range(0, 10, 2):
        del d[i]
    d[100] = 1
    return list(d), d.popitem(), list(reversed(d))
show(f6)
def f7():
    t = ()
    for i in range(50):
        t = (t, i)
    return len(repr(t)), hash(t) == hash(t)
show(f7)
def f8():
    d = {}
    d[d.__len__()] = d.__len__()
    d.update(d)
    return d, d == d.copy(), d.copy() is d
show(f8)
def f9():
    a = [1, 2, 3]
    b = a[:]
    b[1:2] = []
    del b[:]
    return a, b, a.__len__()
show(f9)
def f10():
    d = {'a': [1], 'b': [2]}
    c = d.copy()
    c['a'].append(5)
    return d
show(f10)
def f11():
    return list(zip(*[[1, 2], [3, 4]])), dict(zip(range(3), 'abc')), sorted({3: 1, 1: 2})
show(f11)
def f12():
    s = set()
    for i in range(100):
        s.add(i)
        if i % 3: s.discard(i - 1)
    return list(s)
show(f12)
def f13():
    x = [5, 1, 4]
    x.sort(key=lambda v: -v)
    y = sorted(x, key=None, reverse=False)
    return x, y
show(f13)
def f14():
    l = list(range(5))
    l[1:4] = l[::-1]
    l[::2] = l[:5:2][::-1]
    return l
show(f14)
def f15():
    return [1, 2, 3].index(2, -2), [1, 2, 3].index(3, 0, 3), 'ok'
show(f15)
def f16():
    d = {}
    for w in 'the quick brown fox jumps over the lazy dog the end'.split():
        d[w] = d.get(w, 0) + 1
    return sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))[:3], list(d)[:4]
show(f16)
show(lambda: {1: 2}.__getitem__(3))
show(lambda: [].__getitem__(slice(None)))
show(lambda: (1, 2).__contains__(2))
show(lambda: {1, 2}.__contains__(3))
show(lambda: range(3).__contains__(1))
show(lambda: [1, 2].__len__())
show(lambda: {'a': 1}.__iter__().__next__())
