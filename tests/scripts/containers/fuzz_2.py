# Found by scripts/fuzz_run.py: hashing deeply nested tuples as CPython (no
# RecursionError).
print(hash(()), hash((1,)), hash((1, (2, 3), ((4,),))), hash(((),)), hash((1, 'a', 2.5, (None is None,))))
for n in (10, 100, 2000, 100000):
    x = 0
    for _ in range(n): x = (x,)
    y = 1
    for _ in range(n): y = (y, 'a')
    print(n, hash(x) == hash(x), hash(x) % 1000, hash(y) % 1000)
x = ([],)
for _ in range(5000): x = (x,)
try: hash(x)
except TypeError as e: print(e)
