# operator errors with str
def show(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: "a" + 1)
show(lambda: 1 + "a")
show(lambda: "a" * "b")
show(lambda: "a" * 1.5)
show(lambda: "a" < 1)
show(lambda: 1 in "a")
show(lambda: "a" - "b")
show(lambda: -"a")
show(lambda: "a" + None)
show(lambda: "a" * (2**70))
