# % formatting errors
def show(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: "%s %s" % (1,))
show(lambda: "%s" % (1, 2))
show(lambda: "a" % 1)
show(lambda: "%d" % "a")
show(lambda: "%x" % 1.5)
show(lambda: "%f" % "a")
show(lambda: "%c" % "ab")
show(lambda: "%c" % 0x110000)
show(lambda: "%q" % 1)
show(lambda: "%" % ())
show(lambda: "%(a)s" % 1)
show(lambda: "%(a" % {"a": 1})
show(lambda: "%*d" % ("a", 3))
show(lambda: "%(a)s" % {})
show(lambda: "%d" % None)
show(lambda: "%5%" % (1,))
show(lambda: "a" % [])
show(lambda: "a" % {})
