# OSError: errno, strerror, filename; the errno picks the subclass.
def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: OSError(2, "x", "f").args)
t(lambda: str(OSError(2, "x", "f", 3, "g")))
t(lambda: (str(OSError(2)), str(OSError(2, "x")), OSError(2, "x").filename))
t(lambda: (OSError(2, "x").errno, OSError().errno, OSError(2, "x").strerror))
for n in (1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 110, 111, 114, 115, 99999):
    print(n, type(OSError(n, "x")).__name__)
t(lambda: BlockingIOError(1, 2, 3).characters_written)
t(lambda: BlockingIOError(1, 2).characters_written)
print(IOError is OSError, EnvironmentError is OSError)
