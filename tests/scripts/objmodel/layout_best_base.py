class X1: pass
class S: __slots__=('a',)
class Q(X1, S): pass
q=Q(); q.a=5; q.b=6; print(q.a, q.__dict__, Q.__base__)
class I(int): pass
class R(X1, I): pass
print(R.__base__, R(3) + 1)
