# lemonpy: stderr=all
# traceback of a user exception: nested class
class E(Exception): pass
class Outer:
    class Inner(Exception): pass
try:
    raise Outer.Inner("nested class")
except Exception as e:
    e.add_note("note on inner")
    raise E() from e
