# code run during a list operation mutates the list: no crash, CPython's result
class Clearing:
    def __init__(self, target, items):
        self.target, self.items = target, list(items)
    def __iter__(self):
        return self
    def __next__(self):
        self.target.clear()
        if self.items:
            return self.items.pop(0)
        raise StopIteration
a = list(range(10))
a[2:8] = Clearing(a, 'xy')
print(a)
c = [1, 2, 3]
class Shrink:
    def __eq__(self, other):
        c.clear()
        return False
print(Shrink() in c, c)
c = [1, 2, 3]
print(c.count(Shrink()), c)
c = [Shrink(), 2, 3]
print(c == [1, 2, 3], c)
d = [5, 6, 7]
class Idx:
    def __index__(self):
        d.clear()
        return 0
try:
    d.insert(Idx(), 'z')
    print(d)
    d.pop(Idx())
except IndexError as e:
    print('IndexError', e)
e = [3, 2, 1]
class Grow:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        e.append(0)
        return self.v < other.v
e = [Grow(3), Grow(1), Grow(2)]
try:
    e.sort()
except ValueError as err:
    print('ValueError', err)
print([g.v for g in e])
