# weakref.ref (with callbacks), WeakValueDictionary, WeakKeyDictionary,
# WeakSet, finalize and WeakMethod over the collector
import weakref, gc
class C:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "C(%d)" % self.n
c = C(1)
r = weakref.ref(c)
print(r() is c, r().n)
print(type(r).__name__, weakref.ReferenceType is weakref.ref, r.__callback__)
del c
gc.collect()
print(r())
def cb(wr):
    print("callback, referent is", wr())
d = C(2)
r2 = weakref.ref(d, cb)
print(r2.__callback__ is cb)
del d
gc.collect()
print("after d")
for bad in (1, [], "s", (), {}, None):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print(e)
cache = weakref.WeakValueDictionary()
a = C(3)
b = C(4)
cache["a"] = a
cache["b"] = b
print(sorted(cache.keys()), len(cache), "a" in cache)
del a
gc.collect()
print(sorted(cache.keys()), len(cache), "a" in cache, cache.get("a"))
wk = weakref.WeakKeyDictionary()
k1 = C(5)
k2 = C(6)
wk[k1] = "five"
wk[k2] = "six"
print(len(wk), wk[k1], k2 in wk)
del k1
gc.collect()
print(len(wk), list(wk.values()))
ws = weakref.WeakSet()
s1 = C(7)
s2 = C(8)
ws.add(s1)
ws.add(s2)
print(len(ws), s1 in ws)
del s2
gc.collect()
print(len(ws), list(ws))
def done(msg):
    print("finalized:", msg)
f = C(9)
fin = weakref.finalize(f, done, "f is gone")
print(fin.alive)
del f
gc.collect()
print(fin.alive)
g = C(10)
fin2 = weakref.finalize(g, done, "called early")
fin2()
print(fin2.alive)
fin2()
class M:
    def meth(self):
        return "meth called"
m = M()
wm = weakref.WeakMethod(m.meth)
print(wm()())
del m
gc.collect()
print(wm())
x = C(11)
r3 = weakref.ref(x)
r4 = weakref.ref(x)
print(r3 == r4, hash(r3) == hash(x))
print("end")
