# The marshal module: values survive dumps/loads with their types; code
# objects run after a round trip; errors are CPython's (the bytes differ
# on purpose: lemonpy's format is its own, so none are printed).
import marshal

values = [None, ..., StopIteration, True, False, 0, 1, -1, 2**31, 2**63 - 1, -2**63,
          2**64, -2**200 + 7, 10**50, 0.0, -0.0, 1.5, 1e308, float('inf'), float('-inf'),
          1j, -2.5+0.5j, '', 'abc', 'caf\u00e9', '\u20ac', '\U0001F600', '\ud800', b'', b'\x00\xff',
          (), (1, 'a', (2.0, None)), [], [1, [2, [3]]], {}, {'a': 1, 2: [3], (4,): {5: 6}},
          set(), {1, 'two', (3,)}, frozenset(), frozenset({'x', 'y'})]
for v in values:
    w = marshal.loads(marshal.dumps(v))
    if isinstance(v, (set, frozenset)):
        same = w == v and type(w) is type(v)
    else:
        same = repr(w) == repr(v) and type(w) is type(v)
    print(type(v).__name__, same)

nan = marshal.loads(marshal.dumps(float('nan')))
print(nan != nan)
print(str(marshal.loads(marshal.dumps(-0.0))))

def make(n):
    total = 0
    def add(k, *rest, scale=2, **kw):
        nonlocal total
        total += k * scale + sum(rest) + len(kw)
        return total
    return add

code = marshal.loads(marshal.dumps(make.__code__))
print(code.co_name, code.co_varnames, code.co_freevars, code.co_cellvars)
inner = [c for c in code.co_consts if hasattr(c, 'co_code')][0]
print(inner.co_name, inner.co_qualname, inner.co_argcount, inner.co_kwonlyargcount, inner.co_freevars)
print(inner.co_flags == make(0).__code__.co_flags)

src = '''
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
result = [fib(i) for i in range(15)]
try:
    1 / 0
except ZeroDivisionError as e:
    result.append(str(e))
'''
g = {}
exec(marshal.loads(marshal.dumps(compile(src, 'prog', 'exec'))), g)
print(g['result'])

print(marshal.dumps((1, 'a')) == marshal.dumps((1, 'a')))
print(type(marshal.dumps(None)).__name__, type(marshal.version).__name__)

for bad in [b'', b'\x00', b'\xff\xff', b'(']:
    try:
        marshal.loads(bad)
    except (EOFError, ValueError) as e:
        print(type(e).__name__)

for bad in [object(), marshal, len, [object()], {1: object}]:
    try:
        marshal.dumps(bad)
    except ValueError as e:
        print('ValueError', e)

try:
    marshal.loads('text')
except TypeError as e:
    print('TypeError', e)

try:
    marshal.dumps()
except TypeError as e:
    print('TypeError')

class File:
    def __init__(self):
        self.data = b''
        self.pos = 0
    def write(self, b):
        self.data += b
    def read(self, n=-1):
        out = self.data[self.pos:] if n < 0 else self.data[self.pos:self.pos + n]
        self.pos += len(out)
        return out
    def readinto(self, buf):
        out = self.read(len(buf))
        buf[:len(out)] = out
        return len(out)
    def tell(self):
        return self.pos
    def seek(self, p, whence=0):
        self.pos = p
        return p

f = File()
marshal.dump([1, 2], f)
marshal.dump('second', f)
print(marshal.load(f), marshal.load(f))
try:
    marshal.load(f)
except EOFError as e:
    print('EOFError', e)

# buffers are written as bytes
print(marshal.loads(marshal.dumps(bytearray(b'ab'))), marshal.loads(marshal.dumps(memoryview(b'cd'))))
print(marshal.loads(memoryview(marshal.dumps(5))), marshal.loads(bytearray(marshal.dumps('s'))))

# short input: CPython's two messages
for data in [marshal.dumps(10**30)[:-1], marshal.dumps('abc')[:-1], marshal.dumps((1, 2))[:-1]]:
    try:
        marshal.loads(data)
    except EOFError as e:
        print('EOFError', e)
deep = ()
for i in range(3000):
    deep = (deep,)
try:
    marshal.dumps(deep)
except ValueError as e:
    print('ValueError', e)
