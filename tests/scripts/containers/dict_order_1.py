# dicts keep insertion order through deletions, re-insertions and growth
d = {}
for i in range(20):
    d[i * 37 % 20] = i
print(list(d))
for k in list(d)[::3]:
    del d[k]
d[3] = 'again'
d[-1] = 'new'
print(list(d.items())[:6], len(d))
d[0] = 'kept position?'
print(list(d)[:4])
big = {str(i): i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[str(i)]
print(list(big)[:5], list(big)[-3:], len(big))
print({1: 'a', True: 'b', 1.0: 'c'})
print({'b': 1, 'a': 2} == {'a': 2, 'b': 1}, {1: 2} != {1: 3}, {} == {})
