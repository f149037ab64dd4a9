# dict views' .mapping: a read-only mappingproxy of the dict
d = {'a': 1}
m = d.keys().mapping
print(m, repr(m), m['a'], len(m), list(m), 'a' in m, m.get('b', 2), m.keys(), m.items(), m.values(), m.copy(), m == {'a': 1}, m | {'b': 2}, type(m).__name__)
d['z'] = 5
print(m, list(reversed(m)))
def show(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: m['q'])
show(lambda: hash(m))
show(lambda: m < {})
def setit():
    m['x'] = 1
show(setit)
def ior():
    global m
    m |= {}
show(ior)
