# runaway dunder recursion is a RecursionError, never a crash
def t(f, msg=False):
    try:
        r = f()
        print("ok", repr(r)[:60])
    except BaseException as e:
        # which check trips first (and so the message) depends on the depth
        print(type(e).__name__, str(e) if msg else "")

class R:
    def __repr__(self): return repr(self)
t(lambda: repr(R()), True)
class S:
    def __str__(self): return str(self)
t(lambda: str(S()))
class E:
    def __eq__(self, o): return self == o
t(lambda: E() == 1)
class H:
    def __hash__(self): return hash(self)
t(lambda: hash(H()))
class G:
    def __getattr__(self, n): return getattr(self, n)
t(lambda: G().x)
class GA:
    def __getattribute__(self, n): return self.x
t(lambda: GA().y)
class L:
    def __len__(self): return len(self)
t(lambda: len(L()))
class It:
    def __iter__(self): return iter(self)
t(lambda: iter(It()))
class A:
    def __add__(self, o): return self + o
t(lambda: A() + 1)
class B:
    def __bool__(self): return bool(self)
t(lambda: bool(B()))
class C:
    def __call__(self): return self()
t(lambda: C()())
class Gi:
    def __getitem__(self, k): return self[k]
t(lambda: Gi()[0])
class Ini:
    def __init__(self): Ini()
t(lambda: Ini())
class F:
    def __format__(self, s): return format(self, s)
t(lambda: format(F(), "x"))
l = [1]; l.append(l)
t(lambda: repr(l))
d = {}; d[1] = d
t(lambda: repr(d))
t(lambda: str([d, l]))
class Self:
    def __repr__(self): return "Self(%r)" % [self] if False else "Self"
t(lambda: repr([Self()]))
t(lambda: l == l)
m = [1]; m.append(m)
t(lambda: l == m)
print("still alive")
