# in-place and binary + and * between built-in sequences and classes with __radd__/__rmul__ (and __index__)
def t(f):
    try:
        r = f()
        print("ok", repr(r)[:80])
    except BaseException as e:
        print(type(e).__name__, str(e)[:100])
# in-place operators on builtins with user classes on the right
class RAdd:
    def __radd__(self, o): return "radd"
    def __rmul__(self, o): return "rmul"
    def __ror__(self, o): return "ror"
    def __rsub__(self, o): return "rsub"
    def __rand__(self, o): return "rand"
    def __rmod__(self, o): return "rmod"
    def __iter__(self): return iter([9])
    def __index__(self): return 2
def run(init, op):
    d = {"x": init, "r": RAdd()}
    exec("x " + op + "= r", d)
    return d["x"]
for init in ([1], (1,), "s", b"b", bytearray(b"a"), {1}, {1: 2}, 5, 2.5, frozenset([1])):
    for op in ["+", "*", "|", "-", "&", "%"]:
        t(lambda: (type(init).__name__, op, run(init, op)))
class NIR:
    def __rmul__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
    def __index__(self): return 2
    def __iter__(self): return iter([7])
for init in ([1], (1,), "s", b"b", bytearray(b"a")):
    for op in ["+", "*"]:
        t(lambda: (type(init).__name__, op, run(init, op).replace("r", "") if False else None))
        def f():
            d = {"x": init, "r": NIR()}
            exec("x " + op + "= r", d)
            return d["x"]
        t(f)
        t(lambda: init * NIR())
        t(lambda: NIR() * init)
        t(lambda: init + NIR())
class RM(list):
    def __rmul__(self, o): return "RM.rmul"
t(lambda: [1] * RM())
t(lambda: RM([2]) * 2)
t(lambda: 2 * RM([2]))
