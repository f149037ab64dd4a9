# Globals and builtins: shadowing, deleting and redefining after use.
def use():
    return len('abc'), x
x = 1
print(use())
len = lambda s: 'mine'
print(use())
del len
print(use())
import builtins
builtins.len = lambda s: 'patched builtin'
print(use())
del builtins.len
try:
    use()
except NameError as e:
    print(e)
import builtins as b2
b2.len = lambda s: 3
print(use())
g = globals()
g['x'] = 'via globals()'
print(use())
del g['x']
try:
    use()
except NameError as e:
    print(e)
for i in range(100):
    g['v%d' % i] = i
x = 'back'
print(use())
