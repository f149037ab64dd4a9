# Namespaces that are not plain dicts: __prepare__ mappings, exec/eval locals.
class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.log = []
    def __setitem__(self, k, v):
        self.log.append(k)
        super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recorder()
    def __new__(mcls, name, bases, ns):
        print('order', [k for k in ns.log if not k.startswith('__')])
        return super().__new__(mcls, name, bases, dict(ns))
class K(metaclass=Meta):
    b = 1
    a = 2
    def m(self): pass
class M:
    def __init__(self):
        self.d = {'x': 5}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
m = M()
exec('y = x + 1', {}, m)
print(m.d)
print(eval('x * 2', {}, m))
try:
    exec('print(zz)', {}, m)
except NameError as e:
    print(e)
exec('del y', {}, m)
print(m.d)
g = {}
exec('def f(): return 42\nr = f()', g)
print(g['r'])
def scope():
    x = 10
    return eval('x + 1')
print(scope())
def lc():
    y = 3
    return [y * i for i in range(3)]
print(lc())
class Outer:
    v = 5
    def meth(self):
        return [self.v * i for i in range(2)]
print(Outer().meth())
