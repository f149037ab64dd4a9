# content.py -- code read back from the cache behaves as the code compiled
# from source: every kind of constant and code object survives the
# marshal round trip (run once from source, then from the .pyc), line
# numbers and file names in tracebacks included, and a moved tree's code
# takes its new file name (importlib's _fix_co_filename).

RICH = '''"""rich: constants and code objects of every kind."""
import sys

BIG = 2 ** 200 - 3 ** 90
NEG = -(10 ** 30)
SMALL = (0, 1, -1, 255, 256, -256, 2 ** 31, -2 ** 31, 2 ** 63, -2 ** 63, 2 ** 64)
FLOATS = (0.0, -0.0, 1.5, 1e300, -1e-300, 3.141592653589793, float("inf"))
COMPLEX = (1j, -2.5 + 3j, complex(0, -0.0))
TEXT = ("", "ascii", "caf\\u00e9", "\\u4e2d\\u6587", "\\U0001f600 emoji", "a\\x00b", "x" * 70)
BYTES = (b"", b"\\x00\\xff", bytes(range(256)))
NESTED = ((1, (2, (3, ("deep",)))), frozenset({1, 2, 3}), frozenset(), None, ..., True, False)
SET_TEST = 5 in {1, 3, 5, 7}


def defaults(a, b=2, *args, c, d=4, **kw):
    """Docstring of defaults."""
    return (a, b, args, c, d, sorted(kw.items()))


def annotated(x: int, y: "str" = "y") -> list:
    return [x, y]


def closure(n):
    total = 0

    def add(k):
        nonlocal total
        total += k * n
        return total
    return add


def gen(n):
    for i in range(n):
        yield i * i
    return "done"


async def coro():
    return 42


class Base:
    """Base doc."""
    kind = "base"
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    @property
    def double(self):
        return self.v * 2

    @staticmethod
    def static(x):
        return -x

    @classmethod
    def make(cls):
        return cls(7)

    def __repr__(self):
        return f"{type(self).__name__}({self.v!r})"


class Child(Base):
    __slots__ = ()
    kind = "child"

    def describe(self):
        return f"{self.kind}:{super().__repr__()}:{self.double}"


def comprehensions(n):
    return ([i for i in range(n) if i % 2], {i: i * i for i in range(n)},
            {i % 3 for i in range(n)}, sum(i for i in range(n)),
            [lambda: j for j in range(2)][1]())


def control(x):
    try:
        if x == 3:
            raise KeyError(x)
        with Ctx() as c:
            c.append(x)
        match x:
            case 0:
                return "zero", c
            case [a, b]:
                return "pair"
            case {"k": v}:
                return "map"
            case _:
                return "other", c
    except KeyError as e:
        return "caught", e.args
    finally:
        pass


class Ctx(list):
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.append("exit")
        return False


def fails(depth):
    if depth == 0:
        x = {}
        return x["missing"]
    return fails(depth - 1)


def fstrings(v):
    return f"{v!r:>10}|{v:^6}|{{literal}}|{v * 2 = }"
'''

MAIN = '''import rich
c = rich.coro()
try:
    c.send(None)
except StopIteration as e:
    awaited = e.value
print(rich.BIG, rich.NEG, rich.SMALL)
print(rich.FLOATS, rich.COMPLEX)
print(rich.TEXT, rich.BYTES[:2], len(rich.BYTES[2]))
print(rich.NESTED, rich.SET_TEST, awaited)
print(rich.defaults(1, c=3, z=9), rich.defaults.__doc__, rich.defaults.__defaults__,
      rich.defaults.__kwdefaults__)
print(rich.annotated(1), rich.annotated.__annotations__)
add = rich.closure(3)
print(add(1), add(2), list(rich.gen(4)), rich.Child.make().describe(), rich.Base.static(4))
print(rich.Child.__mro__, rich.Base.__doc__, rich.Child.__qualname__, rich.closure(1).__qualname__)
print(rich.comprehensions(6))
print([rich.control(x) for x in (0, 1, 3, [1, 2], {"k": 1})])
print(rich.fstrings(12))
print(rich.__doc__, rich.fails.__code__.co_firstlineno, rich.fails.__code__.co_filename)
try:
    rich.fails(3)
except KeyError as e:
    tb = e.__traceback__
    lines = []
    while tb:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_code.co_filename))
        tb = tb.tb_next
    print(lines)
rich.fails(1)
'''

scenario('rich_module', 'every kind of constant and code object runs the same from the cache',
         files={'main.py': MAIN, 'rich.py': RICH},
         steps=[run('main.py'),
                run('-v', 'main.py'),
                run('main.py')])

scenario('moved_tree', 'a moved package finds its cached code under its new file name',
         files={'main.py': 'import sys\nsys.path.insert(0, sys.path[0] + "/" + sys.argv[1])\n' + MAIN,
                'a/rich.py': RICH},
         steps=[run('main.py', 'a'),
                rename('a', 'b'),
                run('-v', 'main.py', 'b')])
