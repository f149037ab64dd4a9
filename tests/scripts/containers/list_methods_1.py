# list methods: append extend insert remove pop clear index count reverse copy
a = [3, 1, 2]
a.append(4)
a.extend((5, 6))
a.extend(x * 10 for x in range(2))
a.insert(0, -1)
a.insert(100, 99)
a.insert(-2, 'mid')
print(a)
a.remove('mid')
print(a.pop(), a.pop(0), a.pop(-2), a)
print(a.index(2), a.index(4, 2), a.count(1), a.count(7))
b = a.copy()
b.reverse()
print(a, b, a is b)
b.clear()
print(b, len(b))
a += [7]
a *= 2
print(a)
print([1, 2] + [3], [0] * 3, 2 * [None], [] * 5, [1] * -1)
