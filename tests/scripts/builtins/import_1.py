# __import__ returns the module object; the import statement binds it.
m = __import__("sys")
import sys
print(m is sys, type(m).__name__, m.__name__)
try:
    __import__("no_such_module_xyz")
except ImportError as e:
    print(type(e).__name__, e)
