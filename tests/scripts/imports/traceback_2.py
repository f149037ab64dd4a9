# A syntax error in an imported module.
# lemonpy: stderr=all
import _helper
import badsyntax
