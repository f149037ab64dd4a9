# a __hash__ result that fits 64 bits is the hash itself (-1 -> -2); str-subclass keys with __hash__/__eq__ find plain str keys
class A:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
for v in [0, 1, -1, -2, 2**61 - 1, 2**61, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**100, True]:
    print(v, hash(A(v)))
class B:
    def __hash__(self): return 1.5
try:
    hash(B())
except TypeError as e:
    print(e)
class C(int):
    def __hash__(self): return int(self) * 10**20
print(hash(C(3)))
class CIStr(str):
    def __eq__(self, o): return self.lower() == str(o).lower()
    def __hash__(self): return hash(self.lower())
k = CIStr("Key")
print(hash(k) == hash("key"), hash(k) == hash("Key"), k.__hash__() == hash("key"))
class H(str):
    def __hash__(self): return 42
print(hash(H("x")), {H("x"): 1})
class I(int):
    def __hash__(self): return 42
print(hash(I(5)))
class T(tuple):
    def __hash__(self): return 43
print(hash(T((1,))))
class CI(str):
    def __eq__(self, o): return self.lower() == str(o).lower()
    def __hash__(self): return hash(self.lower())
d = {CI("Key"): 1}
print(d.get("key"), "KEY".lower() in d, d[CI("kEy")], hash(CI("ABC")) == hash("abc"))
class Name:
    def __init__(self, n): self.n = n
    def __hash__(self): return hash(self.n)
    def __eq__(self, o): return self.n == getattr(o, "n", o)
print(hash(Name("x")) == hash("x"), {Name("x"): 1}.get("x"), "x" in {Name("x")})
