# list error messages
def show(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2, 3]
show(lambda: a[3])
show(lambda: a[-4])
show(lambda: a['x'])
show(lambda: a[1.0])
show(lambda: [].pop())
show(lambda: a.pop(10))
show(lambda: a.remove(9))
show(lambda: a.index(9))
show(lambda: a.index(1, 1))
show(lambda: a + (4,))
show(lambda: a * 'x')
show(lambda: a * 1.5)
show(lambda: a.append())
show(lambda: a.append(1, 2))
show(lambda: a.insert(1))
show(lambda: a.pop(1, 2))
show(lambda: a.sort(1))
show(lambda: a.sort(foo=1))
show(lambda: list(1, 2))
show(lambda: list(5))
show(lambda: a < (1,))
show(lambda: [1, 'a'].sort())
def setitem(i, v):
    a[i] = v
show(lambda: setitem(5, 0))
show(lambda: setitem(slice(None, None, 2), [1]))
show(lambda: setitem(slice(None, None, 2), 5))
show(lambda: setitem(slice(0, 1), 5))
show(lambda: setitem(slice(0, 3, 0), [1]))
def delitem(i):
    del a[i]
show(lambda: delitem(7))
show(lambda: delitem('a'))
print(a)
