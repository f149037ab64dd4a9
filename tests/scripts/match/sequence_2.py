# str, bytes and dict are not sequences for matching; sets are not either.
def kind(v):
    match v:
        case [*_]:
            return "sequence"
        case _:
            return "not a sequence"

for v in ["ab", b"ab", bytearray(b"ab"), {1: 2}, {1, 2}, [1], (), range(0), 5]:
    print(type(v).__name__, kind(v))
