# lemonpy: stderr=all
# A class defined in __main__ is shown by its qualified name, no module.
class MyError(Exception):
    class Inner(Exception):
        pass
def g():
    raise MyError.Inner("bad", 2)
g()
