# lemonpy: stderr=all
# Implicit chaining in a traceback: "During handling of the above
# exception, another exception occurred".
def parse(s):
    try:
        return int(s)
    except ValueError:
        raise RuntimeError("cannot parse " + s)

parse("x1")
