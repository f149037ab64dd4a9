# Names: globals, builtins, del, NameError, class bodies, exec/eval namespaces.
x = 1
def read():
    return x

def write():
    global x
    x = 2

print(read())
write()
print(read(), x)
del x
try:
    read()
except NameError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e)

len = lambda s: 'shadowed'
print(len([1]))
del len
print(len([1]))

class C:
    a = 1
    b = a + 1
    def m(self):
        return self.b
    print('in class body', a, b)

print(C.a, C.b, C().m())

ns = {}
exec('y = 5\nz = y * 2', ns)
print(ns['y'], ns['z'])
print(eval('y + z', ns))
loc = {}
exec('w = 3', {}, loc)
print(loc)
def fl():
    a = 1
    b = 2
    return sorted(locals().items())
print(fl())
