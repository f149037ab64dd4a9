# lemonpy: stderr=all
# traceback of a user exception: str not str
class E(Exception):
    def __str__(self): return 42
raise E("x")
