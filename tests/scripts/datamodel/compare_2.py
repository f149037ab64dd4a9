# metaclass __bool__/__len__, NotImplemented from both __eq__ sides, inherited __eq__ and __hash__, truthiness of rich comparison results
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except BaseException as e:
        print(type(e).__name__, e)
# __bool__ of classes vs metaclasses, NotImplemented comparisons in ==
class M(type):
    def __bool__(cls): return False
    def __len__(cls): return 3
class C(metaclass=M): pass
t(lambda: (bool(C), len(C), bool(C())))
t(lambda: not C)
# __eq__ returning NotImplemented both sides falls back to identity
class N:
    def __eq__(self, o): return NotImplemented
    def __ne__(self, o): return NotImplemented
n = N()
t(lambda: (n == n, n != n, n == N(), n != N(), n in [n], [n] == [n], {n: 1}[n] if N.__hash__ else 0))
# hash of instances of class with __eq__ defined in a base only
class B:
    def __eq__(self, o): return True
class D(B):
    def __hash__(self): return 1
class E(B):
    pass
t(lambda: (hash(D()), B.__hash__, E.__hash__, D.__hash__ is not None))
t(lambda: hash(E()))
# __ne__ falls back to inverted __eq__
class Q:
    def __eq__(self, o): return "truthy-string"
t(lambda: Q() != 1)
class QF:
    def __eq__(self, o): return 0
t(lambda: QF() != 1)
# object.__ne__ called directly
t(lambda: object.__ne__(Q(), 1))
t(lambda: object.__ne__(N(), 1))
# __lt__ result of non-bool type in if
class L:
    def __lt__(self, o): return [1]
t(lambda: "yes" if L() < 1 else "no")
t(lambda: L() < 1 < 2)
# chained comparison with __bool__ raising
class BB:
    def __bool__(self): raise RuntimeError("bool!")
class LB:
    def __lt__(self, o): return BB()
t(lambda: LB() < 1 < 2)
t(lambda: type(LB() < 1).__name__)
