# lemonpy: stderr=all
# traceback of a user exception: empty str
class EmptyStr(Exception):
    def __str__(self): return ""
raise EmptyStr("hidden")
