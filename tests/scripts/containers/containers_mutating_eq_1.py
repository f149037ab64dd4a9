# __eq__ that mutates the container during a lookup must not crash
class Evil:
    def __init__(self, d):
        self.d = d
    def __hash__(self):
        return 1
    def __eq__(self, other):
        self.d.clear()
        return False
d = {}
d[Evil(d)] = 1
try:
    print(d[Evil(d)])
except KeyError:
    print('KeyError')
print(len(d))
s = set()
class EvilS:
    def __hash__(self):
        return 7
    def __eq__(self, other):
        s.clear()
        return False
s.add(EvilS())
s.add(EvilS())
print(len(s) <= 2)
l = [1, 2, 3]
class EvilL:
    def __eq__(self, other):
        l.clear()
        return False
print(EvilL() in l, l)
