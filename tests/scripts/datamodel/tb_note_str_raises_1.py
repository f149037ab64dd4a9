# lemonpy: stderr=all
# traceback of a user exception: note str raises
e = ValueError("x")
class BadNote:
    def __str__(self): raise ValueError("note str fails")
e.__notes__ = [BadNote()]
raise e
