# AttributeError on a module.
import sys
sys.maxsiz
