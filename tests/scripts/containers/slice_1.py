# slice objects: attributes, indices(), repr, comparison, unhashable
s = slice(1, 10, 2)
print(s, slice(5), slice(None, None, -1), s.start, s.stop, s.step, slice(3).start)
print(s.indices(5), slice(None, None, -1).indices(5), slice(-100, 100).indices(10), slice(2, 8, -1).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3), slice(1) != 3)
def show(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: hash(slice(1)))
show(lambda: slice())
show(lambda: slice(1, 2, 3, 4))
show(lambda: slice(1).indices(-1))
show(lambda: slice(1).indices('a'))
show(lambda: slice(0, 5, 0).indices(3))
show(lambda: [1, 2, 3]['a':])
show(lambda: [1, 2, 3][1.5:])
print([0, 1, 2, 3, 4][slice(1, None, 2)], 'abcdef'[slice(None, None, -2)], (1, 2, 3)[slice(-2, None)])
class I:
    def __index__(self):
        return 2
print([0, 1, 2, 3][I():], [0, 1, 2, 3][I()], slice(I()).indices(5) if False else 'x')
print(slice(1, 5, 2).indices(2**70), slice(None, None, -1).indices(2**65), range(2, 20, 3).index(5))
try:
    range(2, 20, 3).index(True)
except ValueError as e:
    print(e)
try:
    slice(1).indices(-2**70)
except ValueError as e:
    print(e)
print(range(2**80)[::-2**70][:3], range(10)[-2**70:2**70:3])
