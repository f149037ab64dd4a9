# augmented assignment to attributes and items of user objects: which dunders run, in which order
class V:
    def __init__(self, v): self.v = v
    def __iadd__(self, o): print("iadd", o); return V(self.v + o)
    def __add__(self, o): print("add", o); return V(self.v + o)
    def __repr__(self): return "V(%r)" % self.v
class Box:
    def __init__(self): object.__setattr__(self, "d", {"x": V(1)})
    def __getattr__(self, n): print("getattr", n); return self.d[n]
    def __setattr__(self, n, v): print("setattr", n, v); self.d[n] = v
    def __getitem__(self, k): print("getitem", k); return self.d[k]
    def __setitem__(self, k, v): print("setitem", k, v); self.d[k] = v
b = Box()
b.x += 1
b["x"] += 2
b.x *= 1 if False else 1
print(b.d)
class Key:
    def __init__(self, k): self.k = k
    def __hash__(self): print("hash", self.k); return hash(self.k)
    def __eq__(self, o): print("eq"); return self.k == o.k
d = {Key(1): 10}
d[Key(1)] += 5
print(list(d.values()))
class L(list):
    def __getitem__(self, i): print("L.getitem", i); return super().__getitem__(i)
    def __setitem__(self, i, v): print("L.setitem", i, v); super().__setitem__(i, v)
l = L([1, 2])
l[0] += 10
l[1:] += [5]
print(l)
def order():
    log = []
    class O:
        def __getitem__(s, k): log.append(("get", k)); return 0
        def __setitem__(s, k, v): log.append(("set", k, v))
    def k(): log.append("k"); return "key"
    def o(): log.append("o"); return O()
    def v(): log.append("v"); return 1
    o()[k()] += v()
    return log
print(order())
