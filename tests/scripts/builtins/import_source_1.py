# import finds a .py module in the script's directory and runs it once.
import _helper_mod
import _helper_mod as again
from _helper_mod import double, VALUE
import sys
print(_helper_mod.VALUE, double(VALUE), again is _helper_mod, "_helper_mod" in sys.modules)
print(_helper_mod.__name__, _helper_mod.__file__.endswith("_helper_mod.py"))
try:
    import _no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
