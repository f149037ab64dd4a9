# print(): sep, end, file, flush and their errors.
def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(1, 2, 3)
print(1, 2, sep="-", end="!\n")
print("a", "b", sep=None, end=None)
print()
print(*[], sep="x")
t(lambda: print(1, sep=3))
t(lambda: print(1, end=[]))
t(lambda: print(1, foo=3))
t(lambda: print(1, file=3))
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print("x", 1, file=w, sep="+")
print(w.parts)
print("flushed", flush=True)
