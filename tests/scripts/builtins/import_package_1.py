# Packages: submodules, relative imports, from-imports of submodules,
# and the errors for missing modules.
import _pkg._mod
print(_pkg.X, _pkg._mod.Y, _pkg._helper.H)
from _pkg import _sub
print(_sub.Z, _sub.__name__, _sub.__package__)
import _pkg._sub as s2
print(s2 is _sub)
from _pkg._mod import Y as YY
print(YY)
try:
    import _pkg.nothere
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    import _pkg._mod.deeper
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    from . import x
except ImportError as e:
    print(e)
import sys
print(sorted(k for k in sys.modules if k.startswith("_pkg")))
print(_pkg.__path__[0].endswith("_pkg"), _pkg.__file__.endswith("__init__.py"), _pkg._mod.__file__.endswith("_mod.py"))
