# set error messages
def show(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)

s = {1}
show(lambda: s.remove(2))
show(lambda: set().pop())
show(lambda: s.add([]))
show(lambda: [] in s)
show(lambda: s | [1])
show(lambda: s < [1])
show(lambda: set(1, 2))
show(lambda: set(x=1))
show(lambda: frozenset(1, 2))
show(lambda: frozenset(x=1))
show(lambda: s.add())
show(lambda: s.union(x=1))
show(lambda: s.issubset(1))
show(lambda: hash(s))
show(lambda: frozenset([[]]))
show(lambda: {{1}})
def grow():
    t = {1, 2}
    for x in t:
        t.add(x + 10)
show(grow)
def mut():
    t = {1, 2}
    for x in t:
        t.discard(x)
        t.add(x + 100)
show(mut)
def ior():
    global s
    s |= [1]
show(ior)
