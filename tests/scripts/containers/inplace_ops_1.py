# augmented assignment on built-in containers and classes; list += x tries x.__radd__ first
def t(code, env):
    try:
        exec(code, env)
        print(code, "->", repr(env.get("a")))
    except Exception as e:
        print(code, "->", f"{type(e).__name__}: {e}")
for code, a, b in [("a += b", [1], (2,)), ("a += b", (1,), [2]), ("a += b", "s", 1), ("a |= b", {1}, [2]), ("a |= b", {1}, {2}),
                   ("a -= b", {1, 2}, frozenset([1])), ("a &= b", {1, 2}, {2}), ("a ^= b", {1}, {1, 2}), ("a += b", [1], "ab"),
                   ("a *= b", [1, 2], 2), ("a *= b", "ab", 3), ("a += b", {1: 2}, {3: 4}), ("a |= b", {1: 2}, {3: 4}),
                   ("a |= b", {1: 2}, [(5, 6)]), ("a += b", b"x", bytearray(b"y")), ("a += b", bytearray(b"x"), b"y"),
                   ("a //= b", 7, 2), ("a **= b", 2, 100), ("a /= b", 1, 0), ("a %= b", "%s!", "x"), ("a <<= b", 1, 70),
                   ("a @= b", 1, 2), ("a -= b", [1], [1]), ("a += b", None, 1), ("a |= b", frozenset([1]), {2})]:
    t(code, {"a": a, "b": b})
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
    def __repr__(self): return f"OnlyAdd({self.v})"
class IAddNI:
    def __iadd__(self, o): return NotImplemented
    def __radd__(self, o): return "radd"
t("a += 5", {"a": OnlyAdd(1)})
t("a += b", {"a": 1, "b": IAddNI()})
t("a += b", {"a": IAddNI(), "b": 1})
t("a += b", {"a": [], "b": IAddNI()})
x = [1]
y = x
x += [2]
print(x is y, y)
s = (1,)
u = s
s += (2,)
print(s is u, u)
