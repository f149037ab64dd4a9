# lemonpy: stderr=all
# An exception raised while a module is imported: the traceback shows the
# import line, then the module's line; the module is not left in sys.modules.
import sys
try:
    import _helper_bad
except ZeroDivisionError:
    print("caught", "_helper_bad" in sys.modules)
import _helper_bad
