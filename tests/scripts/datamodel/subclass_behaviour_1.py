# instances of built-in subclasses: repr/str/eq/hash, overridden methods and
# which built-in operations use them
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except BaseException as e:
        print(type(e).__name__, e)

class L(list):
    def __repr__(self): return "L" + super().__repr__()
    def __getitem__(self, i):
        print("L.getitem", i)
        return super().__getitem__(i)
    def __eq__(self, o): return "L.eq"
    def __contains__(self, x):
        print("L.contains")
        return super().__contains__(x)
l = L([3, 1, 2])
t(lambda: (repr(l), str(l), f"{l}", [l], l == [3, 1, 2], [3, 1, 2] == l, l != l))
t(lambda: (l[0], l[1:], 1 in l))
t(lambda: sorted(l))
t(lambda: list(l))
t(lambda: (max(l), min(l), sum(l), len(l)))
t(lambda: ",".join(map(str, l)))
t(lambda: [x for x in l])
t(lambda: l.index(2))
t(lambda: {*l})
a, b, c = l
t(lambda: (a, b, c))
t(lambda: hash(l))
class D(dict):
    def __getitem__(self, k):
        print("D.getitem", k)
        return super().__getitem__(k)
    def __iter__(self):
        print("D.iter")
        return super().__iter__()
    def keys(self):
        print("D.keys")
        return super().keys()
    def __len__(self):
        print("D.len")
        return super().__len__()
d = D(a=1, b=2)
t(lambda: d["a"])
t(lambda: d.get("a"))
t(lambda: dict(d))
t(lambda: {**d})
t(lambda: list(d))
t(lambda: len(d))
t(lambda: bool(d))
t(lambda: dict(**d))
t(lambda: {}.update(d))
t(lambda: "a" in d)
t(lambda: [k for k in d])
t(lambda: d == {"a": 1, "b": 2})
t(lambda: repr(d))
def f(**kw): return kw
t(lambda: f(**d))
t(lambda: "%(a)s" % d)
t(lambda: "{a}".format_map(d))
class S(str):
    def __eq__(self, o): return "S.eq"
    def __hash__(self): return 1
    def __len__(self): return 99
    def __getitem__(self, i): return "S.getitem"
    def __iter__(self): return iter(["S.iter"])
    def __add__(self, o): return "S.add"
    def __mod__(self, o): return "S.mod"
    def upper(self): return "S.upper"
s = S("hello")
t(lambda: (s == "hello", "hello" == s, s != "x", hash(s), len(s), s[0], list(s), s + "x", "x" + s, s % 1))
t(lambda: (s.upper(), s.lower(), str(s), repr(s), f"{s}", "%s" % s, "{}".format(s), s.join("ab"), "-".join([s, s])))
t(lambda: ({s: 1}, s in {"hello": 1}, "hello" in {s: 1}))
t(lambda: (s.startswith("he"), s.split("l"), s.replace("l", "L"), s.encode(), int(S("12")), float(S("1.5"))))
t(lambda: print(s))
t(lambda: (s < "z", sorted([S("b"), S("a")])))
class I(int):
    def __eq__(self, o): return "I.eq"
    def __hash__(self): return 5
    def __bool__(self): return False
    def __index__(self): return 2
    def __int__(self): return 3
    def __str__(self): return "I.str"
    def __repr__(self): return "I.repr"
    def __add__(self, o): return "I.add"
    def __lt__(self, o): return "I.lt"
i = I(7)
t(lambda: (i == 7, 7 == i, hash(i), bool(i), not i, int(i), str(i), repr(i), f"{i}", "%d" % i, "%s" % i, format(i, "d")))
t(lambda: ([0, 1, 2, 3, 4, 5, 6, 7][i], list(range(i)), "ab" * i, hex(i), bin(i), i + 1, 1 + i, i * 2, -i, i < 1, 1 < i))
t(lambda: ({i: 1}, i in {7: 1}, 7 in {i: 1}, sorted([I(3), I(1)])))
t(lambda: (round(i), abs(i), i.bit_length(), i.to_bytes(1, "big"), divmod(i, 2), pow(i, 2), i ** 2))
t(lambda: (max(I(1), I(2)), min([I(5), 4])))
t(lambda: (1 if i else 0, [x for x in [i] if x], any([i]), all([i]), filter(None, [i]).__next__()))
t(lambda: print(i, [i]))
class F(float):
    def __repr__(self): return "F.repr"
    def __float__(self): return 2.0
f1 = F(1.5)
t(lambda: (f1, str(f1), f"{f1}", "%s" % f1, "%r" % f1, "%f" % f1, "{:.1f}".format(f1), float(f1), f1 + 1, int(f1), round(f1), f1 == 1.5, hash(f1) == hash(1.5)))
class T(tuple):
    def __len__(self): return 0
    def __iter__(self): return iter("T")
    def __getitem__(self, i): return "T.getitem"
tt = T((1, 2))
t(lambda: (len(tt), list(tt), tt[0], tuple(tt), bool(tt), repr(tt), tt == (1, 2), hash(tt) == hash((1, 2)), tt + (3,), [*tt]))
def f():
    x, y = tt
    return x, y
t(f)
t(lambda: (lambda *a: a)(*tt))
t(lambda: "%s %s" % tt)
t(lambda: isinstance(tt, tuple))
class B(bytes):
    def __len__(self): return 50
    def decode(self, *a): return "B.decode"
bb = B(b"abc")
t(lambda: (len(bb), bb.decode(), str(bb, "ascii"), bb + b"!", bytes(bb), bb[0], list(bb), bb == b"abc", bytearray(bb)))
class Se(set):
    def __iter__(self): return iter([99])
    def __contains__(self, x): return True
se = Se([1, 2])
t(lambda: (list(se), 5 in se, sorted(se | {3}), len(se), se == {1, 2}, set(se), frozenset(se) == frozenset({1, 2})))
