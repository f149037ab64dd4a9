# len of every container kind, and the error for objects without len.
print(len(""), len("héllo"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}))
print(len(range(10)), len(range(0, 10, 3)), len(b"ab"), len(bytearray(4)), len(frozenset()))
class Sized:
    def __len__(self):
        return 7
print(len(Sized()))
try:
    len(None)
except TypeError as e:
    print(e)
