# A subpackage importing from its parent.
from .. import _mod
Z = _mod.Y
