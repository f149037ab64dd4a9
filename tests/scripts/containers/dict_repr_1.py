# dict repr, recursion, views' reprs
d = {'a': 1, 2: [3], (4,): {'x': None}}
print(d, str(d), repr({}))
d['self'] = d
print(d)
v = {1: 'x'}
print(v.keys(), v.values(), v.items())
v[2] = v.keys()
print(v)
