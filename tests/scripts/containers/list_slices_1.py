# list slicing: reads, assignment and deletion, extended slices
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::2], a[::-1], a[-3:], a[5:2], a[1:8:3], a[8:1:-3])
print(a[100:], a[-100:2], a[::100], a[::-100])
b = a[:]
b[2:5] = ['x']
print(b)
b[1:1] = [1, 2, 3]
print(b)
b[:] = 'abc'
print(b)
b[::2] = [0, 0]
print(b)
b[len(b):] = range(3)
print(b)
c = list(range(10))
del c[::3]
print(c)
del c[1:3]
print(c)
del c[::-2]
print(c)
d = [1, 2, 3]
d[1:2] = d
print(d)
e = list(range(6))
e[::-2] = 'abc'
print(e)
