# Closures, cells, nonlocal and lambdas.
def counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    return inc

c = counter()
print(c(), c(), c(10))

def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]

print([f(10) for f in make_adders()])

def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]

print(late())

def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle

print(outer(1)(2)(3))
print(outer.__closure__, outer(1).__closure__ is not None)
print(len(outer(1)(2).__closure__))

def param_cell(x):
    def get():
        return x
    x += 1
    return get

print(param_cell(5)())

def unbound():
    def g():
        return y
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1

unbound()

def local_unbound():
    try:
        print(z)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    z = 1

local_unbound()

x = 'global'
def reads_global():
    return x

def shadows():
    x = 'local'
    def inner():
        return x
    return inner()

print(reads_global(), shadows())

def delete_cell():
    v = 1
    def g():
        return v
    del v
    try:
        g()
    except NameError as e:
        print(e)

delete_cell()

class K:
    y = 5
    def m(self):
        return __class__.__name__
    z = [y for _ in range(1)] if False else None

print(K().m())

def gen_closure():
    total = 0
    def add(v):
        nonlocal total
        total += v
    for i in range(5):
        add(i)
    return total

print(gen_closure())
