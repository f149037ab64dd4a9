# A submodule with relative imports.
print("mod", __name__, __package__)
from . import _helper
from ._helper import H
Y = H + 1
