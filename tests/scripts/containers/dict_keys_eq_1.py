# keys with custom __hash__/__eq__; equal numbers are one key
class Key:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return hash(self.n % 3)
    def __eq__(self, other):
        return isinstance(other, Key) and self.n == other.n
    def __repr__(self):
        return 'Key(%d)' % self.n
d = {}
for i in range(7):
    d[Key(i)] = i
print(len(d), d[Key(4)], Key(9) in d)
del d[Key(3)]
print(list(d))
m = {0: 'int', 0.0: 'float', False: 'bool'}
print(m, {-1: 'a', -2: 'b'}, hash(-1) == hash(-2))
print({2**64: 1, 2**64 + 0.0: 2})
