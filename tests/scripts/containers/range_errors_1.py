# range error messages
def show(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: range())
show(lambda: range(1, 2, 3, 4))
show(lambda: range(1, 2, 0))
show(lambda: range(1.5))
show(lambda: range('a'))
show(lambda: range(x=1))
show(lambda: range(5)[5])
show(lambda: range(5)['a'])
show(lambda: range(5)[::0])
show(lambda: range(5).index(7))
show(lambda: range(5).index('a'))
show(lambda: range(3) < range(4))
def setit():
    range(3)[0] = 1
show(setit)
