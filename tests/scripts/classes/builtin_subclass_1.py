# Subclasses of built-in types carry an instance __dict__ (tuple, str, list, int),
# and class methods of built-ins bind to the type when found on an instance.
class P(tuple):
    def norm(self): return sum(self)
p = P((1, 2))
print(p.norm(), p, type(p).__name__)
p.x = 5
print(p.x, vars(p), p.__dict__)
print({}.fromkeys('ab'), dict.fromkeys([1]), list.__hash__, dir(p)[:3])
class S(str):
    pass
s = S('abc'); s.y = 1; print(s.y, s.upper(), s + 'd')
class L(list): pass
l = L([1]); l.z = 2; l.append(3); print(l, l.z)
class I(int): pass
i = I(5); i.w = 1; print(i + 1, i.w)
