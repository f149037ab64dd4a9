# object.__reduce_ex__ / __reduce__ / __getstate__ (copyreg protocols 0-1 and 2+)
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class C: pass
c = C()
def show(r):
    return (r[0].__name__, r[0].__module__) + tuple(r[1:])
t(lambda: show(c.__reduce_ex__(0)))
t(lambda: show(c.__reduce_ex__(1)))
t(lambda: show(c.__reduce__()))
c.x = 1
t(lambda: show(c.__reduce_ex__(0)))
t(lambda: show(c.__reduce_ex__(2)))
t(lambda: show(c.__reduce_ex__(4)))
class L(list): pass
l = L([1, 2])
t(lambda: show(l.__reduce_ex__(0)))
t(lambda: show(l.__reduce_ex__(2))[:3])
t(lambda: list(l.__reduce_ex__(2)[3]))
class D(dict): pass
t(lambda: show(D(a=1).__reduce_ex__(1)))
t(lambda: show(D(a=1).__reduce_ex__(2))[:3])
t(lambda: list(D(a=1).__reduce_ex__(2)[4]))
class S:
    __slots__ = ("a", "__b")
s = S(); s.a = 1; s._S__b = 2
t(lambda: show(s.__reduce_ex__(2)))
t(lambda: show(s.__reduce_ex__(1)))
t(lambda: s.__getstate__())
t(lambda: object().__reduce_ex__(2)[1:])
t(lambda: show(object().__reduce_ex__(2)))
t(lambda: show(object().__reduce_ex__(1)))
t(lambda: (1).__reduce_ex__(1))
t(lambda: show((1).__reduce_ex__(2)))
t(lambda: show("ab".__reduce_ex__(2)))
class I(int): pass
t(lambda: show(I(5).__reduce_ex__(0)))
t(lambda: show(I(5).__reduce_ex__(2)))
r = c.__reduce_ex__(0)
o = r[0](*r[1]); o.__dict__.update(r[2]) 
t(lambda: (type(o).__name__, o.x))
r = I(5).__reduce_ex__(1)
t(lambda: (type(r[0](*r[1])).__name__, r[0](*r[1])))
class R:
    def __reduce__(self): return ("custom",)
t(lambda: R().__reduce_ex__(0))
t(lambda: R().__reduce_ex__(3))
class G:
    def __getstate__(self): return {"g": 1}
t(lambda: show(G().__reduce_ex__(0)))
t(lambda: show(G().__reduce_ex__(2)))
class NA:
    def __getnewargs__(self): return (1, 2)
t(lambda: show(NA().__reduce_ex__(2)))
class NAbad:
    def __getnewargs__(self): return [1]
t(lambda: NAbad().__reduce_ex__(2))
