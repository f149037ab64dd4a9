# slice objects and slicing with them; indices().
s = slice(1, 5, 2)
print(s, s.start, s.stop, s.step, list(range(10))[s], "abcdefg"[s])
print(slice(3), slice(None, None, -1).indices(5), slice(-3, None).indices(10))
print("hello"[::-1], [1, 2, 3][5:], (1, 2, 3)[-2:], "abc"[1:1])
try:
    [1, 2][::0]
except ValueError as e:
    print(e)
