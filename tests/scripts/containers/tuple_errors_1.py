# tuple error messages
def show(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)

t = (1, 2)
show(lambda: t[2])
show(lambda: t['a'])
show(lambda: t + [3])
show(lambda: t * 'a')
show(lambda: t.index(5))
show(lambda: t.count())
show(lambda: t.index())
show(lambda: tuple(1, 2))
show(lambda: tuple(5))
show(lambda: hash(([],)))
show(lambda: t < ('a',))
def setit():
    t[0] = 1
show(setit)
