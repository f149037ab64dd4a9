def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class M(type):
    def __getattr__(cls, n): return f"meta-getattr {cls.__name__}.{n}"
    def __setattr__(cls, n, v):
        print("meta setattr", n)
        super().__setattr__(n, v)
    def __delattr__(cls, n):
        print("meta delattr", n)
        super().__delattr__(n)
    def __dir__(cls): return ['custom', 'dir']
    def __repr__(cls): return f"<M class {cls.__name__}>"
    def __len__(cls): return 7
    def __iter__(cls): return iter([1, 2])
    def __getitem__(cls, k): return ("meta getitem", k)
    def __call__(cls, *a): return ("called", a)
    def __contains__(cls, x): return x == 3
    def __bool__(cls): return False
    def __eq__(cls, o): return o == "eq"
    __hash__ = type.__hash__
class C(metaclass=M):
    x = 1
print(C.x, C.missing, dir(C), repr(C), len(C), list(C), C[5], C(1, 2), 3 in C, bool(C), C == "eq")
C.y = 2
del C.y
t(lambda: C.y)
print(hash(C) == hash(C))
class GA(type):
    def __getattribute__(cls, n):
        if n == 'magic': return "meta magic"
        return super().__getattribute__(n)
class D(metaclass=GA):
    z = 3
print(D.magic, D.z, D.__name__)
t(lambda: D.nothing)
class S:
    def __setattr__(self, n, v): super().__setattr__(n, v * 2)
    def __getattribute__(self, n): return super().__getattribute__(n)
    def __delattr__(self, n):
        print("del", n); super().__delattr__(n)
s = S(); s.a = 2; print(s.a); del s.a
t(lambda: s.a)
class Sl:
    __slots__ = ('q',)
    def __setattr__(self, n, v): object.__setattr__(self, n, v)
sl = Sl(); sl.q = 1; print(sl.q)
t(lambda: setattr(sl, 'r', 1))
