# str.format errors
def show(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: "{0}{}".format(1, 2))
show(lambda: "{}{0}".format(1, 2))
show(lambda: "{1}".format(1))
show(lambda: "{}".format())
show(lambda: "{x}".format())
show(lambda: "{0.nope}".format(1))
show(lambda: "{0[5]}".format([]))
show(lambda: "{".format())
show(lambda: "}".format())
show(lambda: "{0!x}".format(1))
show(lambda: "{0:{1:{2}}}".format(1, 2, 3))
show(lambda: "{0!}".format(1))
show(lambda: "{0!rr}".format(1))
show(lambda: "{0[}".format(1))
show(lambda: "{0.}".format(1))
show(lambda: "{0[0]x}".format([1]))
show(lambda: "{0:d}".format("a"))
show(lambda: "{0}".format_map({}))
show(lambda: "{:{}}".format("a"))
show(lambda: "{a{}".format())
