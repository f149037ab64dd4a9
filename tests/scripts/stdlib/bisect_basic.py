a = [1, 2, 2, 2, 3, 5, 8]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 2), bisect.bisect(a, 0), bisect.bisect(a, 9))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 5, hi=4), bisect.bisect_right(a, 3, lo=1, hi=None))
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(a, 4); bisect.insort_left(a, 2); bisect.insort_right(a, 2.0); print(a)
bisect.insort(recs, ('d', 4), key=lambda r: r[1]); bisect.insort_left(recs, ('e', 1), key=lambda r: r[1]); print(recs)
print(bisect.bisect([], 1), bisect.bisect_left('ace', 'b'))
for f in [lambda: bisect.bisect(a, 1, -1), lambda: bisect.insort(a, 1, -2), lambda: bisect.bisect(a, 'x'), lambda: bisect.bisect_left(a, 1, key=5)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
bisect.bisect_left([], 1, -1)
