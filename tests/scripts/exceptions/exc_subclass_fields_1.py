# Fields of StopIteration, SystemExit, ImportError, NameError, AttributeError.
def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: (StopIteration().value, StopIteration(1, 2).value))
t(lambda: (SystemExit().code, SystemExit(3).code, SystemExit(1, 2).code))
t(lambda: ImportError("m", name="n", path="p").args)
t(lambda: (ImportError("m", name="n").name, ImportError("m", path="p").path, ImportError("m").msg))
t(lambda: ImportError("m", foo=1))
t(lambda: str(ImportError("m", "x", name="n")))
t(lambda: NameError("m", name="n").name)
t(lambda: NameError("m", nam="n"))
t(lambda: (AttributeError("m", name="n", obj=3).obj, AttributeError("m").name))
t(lambda: AttributeError("m", x=1))
class Mine(StopIteration):
    def __init__(self):
        pass
t(lambda: (Mine().value, Mine().args))
