# lemonpy: stderr=all
# traceback of a user exception: except star raise
e = ExceptionGroup("eg", [ValueError("a"), TypeError("b")])
try:
    raise e
except* ValueError:
    raise RuntimeError("in except*")
