# sys._getframe() and sys.executable
import sys
def f():
    return sys._getframe().f_code.co_name, sys._getframe(1).f_code.co_name
print(f(), bool(sys.executable))
