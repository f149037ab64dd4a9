# The minimal sys module: version, limits, streams, exc_info.
def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import sys
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8), sys.maxsize, sys.byteorder, sys.platform)
print(sys.getrecursionlimit(), sys.argv[0], sys.stdout.write("w\n"), sys.intern("ab"))
print(repr(sys.stdout), repr(sys.stderr), sys.stdout.encoding, sys.stderr.errors)
print(sys.exc_info(), sys.exception())
try:
    raise KeyError("k")
except KeyError:
    print(sys.exc_info()[0].__name__, repr(sys.exc_info()[1]), repr(sys.exception()))
t(lambda: sys.set_int_max_str_digits(5)); t(lambda: sys.setrecursionlimit(0)); t(lambda: sys.setrecursionlimit("a"))
t(lambda: sys.intern(3)); t(lambda: sys.exit(1, 2))
sys.set_int_max_str_digits(1000)
print(sys.get_int_max_str_digits())
t(lambda: str(10 ** 1001)[:5])
print(sys.modules["sys"] is sys, "builtins" in sys.modules, type(sys.path).__name__)
sys.stdout.flush()
t(lambda: sys.stdout.write(3))
