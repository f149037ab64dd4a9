# lemonpy: stderr=all
# traceback of a user exception: chain
class Ctx(Exception):
    def __str__(self): return "ctx str"
try:
    raise Ctx()
except Ctx:
    try:
        raise ValueError("middle") from KeyError("cause")
    except ValueError as v:
        raise RuntimeError("final")
