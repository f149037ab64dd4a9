# argument errors of str methods
def show(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: "a".upper(1))
show(lambda: "a".center())
show(lambda: "a".center(5, "xy"))
show(lambda: "a".center(5, 1))
show(lambda: "a".split(1, 2, 3))
show(lambda: "a".split("x", sep="y"))
show(lambda: "a".split(maxsplit=1.5))
show(lambda: "a".find(sub="a"))
show(lambda: "a".find())
show(lambda: "a".find(1))
show(lambda: "a".find("a", "x"))
show(lambda: "a".startswith(1))
show(lambda: "a".endswith((1,)))
show(lambda: "a".zfill())
show(lambda: "a".strip(1))
show(lambda: "a".replace("a", 1))
show(lambda: "a".removeprefix(1))
show(lambda: "a".join())
show(lambda: "a".encode(bogus=1))
show(lambda: "a".splitlines(1, 2))
show(lambda: "a".split(sep=None, maxsplit=0))
