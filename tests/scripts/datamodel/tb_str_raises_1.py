# lemonpy: stderr=all
# traceback of a user exception: str raises
class BadStr(Exception):
    def __str__(self): raise RuntimeError("no str")
raise BadStr("x")
