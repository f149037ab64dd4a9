import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul('a', 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(3), op.pos(-3), op.abs(-4), op.invert(5), op.inv(5), op.lshift(1, 4), op.rshift(64, 2), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10))
print(op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None), op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2))
print(op.contains([1, 2], 2), op.countOf([1, 2, 1, 1], 1), op.indexOf('abc', 'c'), op.getitem([1, 2, 3], slice(1, None)), op.concat([1], [2]))
l = [1, 2, 3]; op.setitem(l, 0, 9); op.delitem(l, 1); print(l)
print(op.index(7), op.length_hint([1, 2]), op.length_hint(iter(range(5))), op.length_hint(5, 3))
a = [1]; b = op.iadd(a, [2]); print(a, b is a, op.isub(5, 2), op.imul(3, 3), op.ior({1}, {2}), op.iconcat([1], (2,)))
print(op.itemgetter(1), op.itemgetter(1, 'a'), op.attrgetter('a.b', 'c'), op.methodcaller('f', 1, k=2), op.methodcaller('g'))
print(op.itemgetter(1)('abc'), op.itemgetter(0, 2)('abc'), op.itemgetter('k')({'k': 3}))
class N: pass
n = N(); n.a = N(); n.a.b = 5; n.c = 6
print(op.attrgetter('a.b')(n), op.attrgetter('a.b', 'c')(n), op.methodcaller('split', ',', maxsplit=1)('a,b,c'))
print(op.__add__(2, 3), op.__not__(1), op.__getitem__('xy', 1), sorted([(1, 'b'), (0, 'c')], key=op.itemgetter(1)))
print(type(op.itemgetter(1)), type(op.attrgetter('x')))
for f in [lambda: op.length_hint([], 'a'), lambda: op.index(1.5), lambda: op.indexOf([1,2],3), lambda: op.concat(1,2), lambda: op.iconcat(1,[]),
          lambda: op.attrgetter('a')(1), lambda: op.itemgetter(5)([]), lambda: op.methodcaller(1), lambda: op.attrgetter(), lambda: op.methodcaller(),
          lambda: op.itemgetter(), lambda: op.attrgetter(1), lambda: op.add(1, 'a'), lambda: op.truediv(1, 0), lambda: op.neg('a')]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
op.index('x')
