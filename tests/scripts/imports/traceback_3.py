# An error in a package's submodule imported through from-import.
# lemonpy: stderr=all
import _helper
from relpkg.inner import missing
