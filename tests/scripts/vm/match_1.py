# match statements: literal, capture, class, sequence, mapping, or, guard patterns.
def classify(v):
    match v:
        case 0:
            return 'zero'
        case int(n) if n < 0:
            return 'negative %d' % n
        case [x, y]:
            return 'pair %r %r' % (x, y)
        case [x, *rest]:
            return 'list head %r rest %r' % (x, rest)
        case {'k': val, **others}:
            return 'mapping %r %r' % (val, others)
        case str() as s:
            return 'str ' + s
        case (1 | 2) as small:
            return 'small %d' % small
        case Point(x=0, y=yy):
            return 'on y axis at %r' % yy
        case Point(xx, yy):
            return 'point %r %r' % (xx, yy)
        case _:
            return 'other'

class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y

for v in [0, -5, [1, 2], [1, 2, 3], {'k': 1, 'z': 2}, 'hi', 2, Point(0, 3), Point(1, 2), 3.5, (7, 8)]:
    print(classify(v))

match (1, 2):
    case (a, b):
        print(a + b)
match {'a': 1}:
    case {'a': 1}:
        print('dict literal match')
import sys
def gen():
    yield 1
    yield 2
a, b = gen() if False else (1, 2)
print(a, b)
x = 5
match x:
    case 1 | 2 | 3:
        print('low')
    case _ if x > 4:
        print('high')
