# list repr, recursion, comparison and membership
a = [1, 'two', 3.0, None, [4, (5,)], {'k': 'v'}]
print(a, repr(a), str(a))
a.append(a)
print(a)
b = [[]]
b[0].append(b)
print(b)
print([] == [], [1, 2] == [1, 2], [1, 2] != [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1] <= [1])
print(2 in [1, 2], 'x' in [], [1] in [[1]], 2.0 in [2])
n = float('nan')
print(n in [n], [n] == [n])
print(len([1, 2, 3]), bool([]), bool([0]))
print(list('abc'), list((1, 2)), list({'a': 1, 'b': 2}), list(range(3)), list())
