# sequence * sequence names the right operand's type, whichever sequences they are
seqs = ["s", b"b", bytearray(b"x"), [1], (1,)]
for a in seqs:
    for b in seqs:
        try:
            a * b
        except TypeError as e:
            print(f"{a!r} * {b!r}: {e}")
class L(list):
    pass
class R(list):
    def __rmul__(self, other):
        return "R.__rmul__"
print("s" * R(), b"x" * R(), [0] * R() if False else "")
for a, b in [("s", L()), (L([1]), "s"), ((1,), L())]:
    try:
        a * b
    except TypeError as e:
        print(f"{type(a).__name__} * {type(b).__name__}: {e}")
