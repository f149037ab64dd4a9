# The TypeErrors of bad calls, as CPython 3.11 words them.
def t(fn, *args, **kw):
    try:
        fn(*args, **kw)
    except TypeError as e:
        print('TypeError:', e)

def f0(): pass
def f1(x): pass
def f3(x, y, z): pass
def fd(x, y=1): pass
def fk(x, *, k): pass
def fk2(x, *, k, j): pass
def fkd(x, *, z=3, y=1): pass
def fp(a, b, /): pass
def fpc(a, b, /, c): pass
def fkw(**k): pass
def fva(*a): pass

t(f1)
t(f3)
t(f3, 1)
t(f0, 1)
t(f1, 1, 2)
t(fd, 1, 2, 3)
t(fk, 1, 2, k=3)
t(fk, 1)
t(fk2, 1)
t(f1, 1, z=2)
t(f1, 1, x=2)
t(fp, a=1, b=2)
t(fpc, 1, b=1, c=2)
t(fkd, 1, 2, 3, y=3, z=2)
t(fkw, 1)
t(fva, b=1)
t(lambda: 0, 1)
t(f1, **{'x': 1, 'y': 2})

class C:
    def m(self, x): pass

t(C().m)
t(C().m, 1, 2)
t(C.m)

try:
    f1(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print(e)
try:
    f1(*1)
except TypeError as e:
    print(e)
try:
    f1(**1)
except TypeError as e:
    print(e)
try:
    print(*1)
except TypeError as e:
    print(e)
try:
    f1(**{1: 2})
except TypeError as e:
    print(e)
try:
    1()
except TypeError as e:
    print(e)
