# abs, divmod, pow, round, hash, format: values and errors.
def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(abs(-5), abs(2.5), abs(-2**70), divmod(7, -2), divmod(7.5, 2), divmod(-7, 2))
print(pow(2, 10), pow(2, 10, 7), pow(3, -1, 7), pow(2, -1), pow(base=2, exp=3), round(2.675, 2), round(7))
print(round(2.5), round(-0.5), round(1234, -2), round(1.5, None), hash(1), format(3.14159, ".2f"))
t(lambda: divmod(1, "a")); t(lambda: pow(2.0, 3, 5)); t(lambda: pow("a", 2)); t(lambda: divmod(1, 0))
t(lambda: round("a")); t(lambda: len(1)); t(lambda: abs("a")); t(lambda: hash([])); t(lambda: format(1, 2))
class R:
    def __round__(self, n=None): return ("rounded", n)
    def __divmod__(self, o): return "dm"
    def __rdivmod__(self, o): return "rdm"
print(round(R()), round(R(), 2), divmod(R(), 1), divmod(1, R()))
