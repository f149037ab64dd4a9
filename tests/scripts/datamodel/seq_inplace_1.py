# sequence repetition and concatenation, in place, with non-sequence operands
def t(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)
class L(list): pass
class S(str): pass
t(lambda: L([1]) * 'a')
t(lambda: 'a' * L([1]))
t(lambda: S('a') * 'a')
t(lambda: 'a' * S('a'))
t(lambda: S('a') * 2.0)
t(lambda: L([1]) * 2.0)
t(lambda: 2.0 * L([1]))
t(lambda: {} * 'a')
t(lambda: 'a' * {})
t(lambda: L([1]) + 'a')
t(lambda: 'a' + L([1]))
t(lambda: {} + 'a')
t(lambda: 'a' + {})
def f():
    x = L([1]); x *= 'a'; return x
t(f)
def f():
    x = S('a'); x *= 'a'; return x
t(f)
def f():
    x = {}; x += 'a'; return x
t(f)
def f():
    x = set(); x *= 'a'; return x
t(f)
def f():
    x = 1.5; x *= [1]; return x
t(f)
def f():
    x = 2; x += [1]; return x
t(f)
def f():
    x = None; x *= [1]; return x
t(f)
def f():
    x = range(3); x *= [1]; return x
t(f)
class U: pass
def f():
    x = U(); x *= [1]; return x
t(f)
t(lambda: U() * [1])
t(lambda: [1] * U())
t(lambda: None * [1])
class L(list): pass
class S(str): pass
def f():
    x = {}; x *= L([1]); return x
t(f)
def f():
    x = {}; x *= S('a'); return x
t(f)
t(lambda: {} * L([1]))
t(lambda: {} * S('1'))
t(lambda: {} + L([1]))
t(lambda: {} + S('1'))
t(lambda: 2.5 * L([1]))
t(lambda: 2 * L([1]))
t(lambda: L([1]) * 2)
t(lambda: type(L([1]) * 2))
t(lambda: L([1]) + [2])
t(lambda: [2] + L([1]))
t(lambda: type([2] + L([1])))
class R(list):
    def __radd__(self, o): return "radd"
    def __rmul__(self, o): return "rmul"
t(lambda: [2] + R([1]))
t(lambda: [2] * R([1]))
t(lambda: 2 * R([1]))
t(lambda: R([1])*2)
