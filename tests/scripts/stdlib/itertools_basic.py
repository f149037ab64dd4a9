import itertools as it
print(it.count(5), it.count(1.5, 0.5), it.repeat('a', 2), it.repeat(3))
print(type(it.chain()), type(it.groupby([])), it.chain.__bases__, it.count.__module__, it.islice.__name__)
c = it.chain('a'); print(iter(c) is c, isinstance(c, it.chain), iter(it.tee('a')[0]).__class__)
c = it.count(1.5, 0.5); print([next(c) for _ in range(3)], c)
print(list(it.islice(it.cycle('abc'), 7)))
print(list(it.accumulate([1,2,3,4])), list(it.accumulate([1,2,3], initial=10)), list(it.accumulate([3,1,4], max)))
print(list(it.chain('ab', [1, 2])), list(it.chain.from_iterable(['xy', 'z'])))
print(list(it.compress('ABCDEF', [1,0,1,0,1,1])))
print(list(it.dropwhile(lambda x: x < 5, [1,4,6,4,1])), list(it.takewhile(lambda x: x < 5, [1,4,6,4,1])))
print(list(it.filterfalse(None, [0, 1, '', 'a'])))
print([(k, list(g)) for k, g in it.groupby('AAAABBBCCDAABBB')])
gs = list(it.groupby('AAABBC')); print([(k, list(g)) for k, g in gs])
g = it.groupby('aAbB', key=str.lower); k, g1 = next(g); print(k, next(g1)); k2, g2 = next(g); print(k2, list(g2), list(g1))
print(list(it.islice('ABCDEFG', 2)), list(it.islice('ABCDEFG', 2, 4)), list(it.islice('ABCDEFG', 2, None)), list(it.islice('ABCDEFG', 0, None, 2)))
i = iter(range(10)); print(list(it.islice(i, 1, 6, 2)), next(i))
print(list(it.pairwise('ABCDE')), list(it.starmap(pow, [(2,5), (3,2)])))
a, b = it.tee(range(5)); print(list(a), list(b))
a, b, c = it.tee(iter(range(100)), 3); print(next(a), list(b)[-1], list(c)[:3], list(a)[:2])
print(list(it.zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(it.product('ab', range(2))), list(it.product(range(2), repeat=2)))
print(list(it.permutations('ABC', 2)), list(it.permutations(range(3))))
print(list(it.combinations('ABCD', 2)), list(it.combinations(range(4), 3)), list(it.combinations('ab', 3)))
print(list(it.combinations_with_replacement('ABC', 2)), list(it.combinations_with_replacement('', 0)))
print(list(it.product()), list(it.permutations('ab', 0)), list(it.tee([], 0)))
r = it.repeat(1, 3); next(r); print(r, list(r), r)
for f in [lambda: it.islice(), lambda: it.islice([],1,2,3,4), lambda: it.cycle(), lambda: it.repeat(), lambda: it.chain(a=1),
          lambda: it.count('a'), lambda: it.tee([],-1), lambda: it.permutations([],-1), lambda: it.combinations([]),
          lambda: it.product(repeat=-1), lambda: it.starmap(len), lambda: it.pairwise(), lambda: it.compress([]),
          lambda: it.groupby(), lambda: it.takewhile(len), lambda: it.repeat(1, 'a'), lambda: it.count(1,'a'),
          lambda: it.chain.from_iterable(), lambda: it.islice([], 'a'), lambda: it.islice([], -1),
          lambda: it.islice([], 'a', 2), lambda: it.islice([], 1, 2, 0), lambda: it.islice([], 1, 2, 'x'),
          lambda: it.accumulate(), lambda: list(it.chain([1], 5))]:
    try: f(); print('ok')
    except Exception as e: print(type(e).__name__, e)
list(it.islice([], 0, 1, -1))
