# A yield expression is None when resumed by next(); yield with no value
# produces None; yield can appear in expressions.
def gen():
    a = yield
    b = (yield "second") or "default"
    print("a =", a, "b =", b)
    yield a, b

g = gen()
print(next(g))
print(next(g))
print(next(g))
