class D: pass
d = D()
d.__set_name__ = lambda owner, name: print("instance set_name called")
class C:
    x = d
print("no instance set_name")
class ME: pass
me = ME()
me.__mro_entries__ = lambda bases: (int,)
class E(me): pass
print(E.__bases__)
class G: pass
G.__class_getitem__ = classmethod(lambda cls, k: ("cgi", k))
print(G[1])
class H: pass
h = H()
h.__instancecheck__ = lambda o: True
try: isinstance(1, h)
except TypeError as e: print(e)
class P(type): pass
P.__prepare__ = classmethod(lambda m, n, b: {"pre": 1})
class Q(metaclass=P): pass
print(Q.pre)
