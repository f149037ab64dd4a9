# list(): from iterables; methods and slicing.
l = list("abc")
print(l, list(range(3)), list((1, 2)), list({3: 4}), list())
l.append("d"); l.insert(0, "z"); l.extend([1, 2]); l.remove("b")
print(l, l.index("c"), l.count(1), l.pop(), l.pop(0), l)
l.reverse()
print(l, l[::2], l[-2:], l[:1] * 3, [1, 2] + [3])
l[1:3] = ["X", "Y", "Z"]
print(l, sorted([3, 1, 2]), [1, 2] < [1, 3], [[]] * 2)
n = [3, 1, 2]
n.sort(reverse=True)
print(n, n.copy() is n)
n.clear()
print(n)
