# index arguments: None bounds, huge ints, __index__ objects
def show(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)

class Two:
    def __index__(self):
        return 2
show(lambda: [1].index(1, None))
show(lambda: (1,).index(1, None))
show(lambda: [1, 2, 3].index(3, -1))
show(lambda: [1, 2, 3].index(1, -100, 100))
show(lambda: [1].index(1, 2**70))
show(lambda: [1].insert(2**70, 5))
show(lambda: [1].pop(2**70))
show(lambda: [1][2**70])
show(lambda: [1] * (2**70))
show(lambda: [1, 2, 3][2**70:])
show(lambda: [1, 2, 3][-2**70:])
show(lambda: list(range(10))[::-2**70])
show(lambda: [0, 1, 2, 3][Two()])
show(lambda: [0, 1, 2, 3][Two():])
show(lambda: [0, 1] * Two())
show(lambda: (0, 1, 2)[Two()])
show(lambda: range(10)[Two()])
show(lambda: [1, 2, 3].pop(Two()))
show(lambda: [1, 2, 3].index(3, Two()))
show(lambda: [1, 2].insert('a', 1))
show(lambda: [1, 2][True])
show(lambda: 'abc'[1:2] + str([1, 2][False:True]))
