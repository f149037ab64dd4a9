import types
for n in sorted(types.__all__):
    v = getattr(types, n)
    print(n, v.__name__ if isinstance(v, type) else type(v).__name__)
ns = types.SimpleNamespace(a=1, b="x")
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x"), repr(types.SimpleNamespace()))
ns.c = 3; del ns.a; print(ns, vars(ns))
try: types.SimpleNamespace(1)
except TypeError as e: print(e)
class Sub(types.SimpleNamespace): pass
print(Sub(z=1))
def body(ns): ns['x'] = 5
C = types.new_class("C", (int,), {}, body)
print(C, C.x, C.__mro__)
class ME:
    def __mro_entries__(self, bases): return (dict,)
D = types.new_class("D", (ME(),))
print(D.__bases__, type(D.__orig_bases__[0]).__name__)
print(types.resolve_bases((int, ME())), types.prepare_class("E", (int,)))
class M(type): pass
print(types.prepare_class("E", (), {'metaclass': M, 'x': 1}))
print(types.MethodType(lambda self: self, 5)())
print(isinstance(len, types.BuiltinFunctionType), isinstance(lambda: 0, types.FunctionType), type(None) is types.NoneType)
print(types.MappingProxyType({'a': 1})['a'])
print(isinstance(int | str, types.UnionType), isinstance(list[int], types.GenericAlias))
m = types.ModuleType("mymod", "doc")
print(m, m.__name__, m.__doc__)
