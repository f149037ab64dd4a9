# The defaults (the test runner sets PYTHONDONTWRITEBYTECODE=1).
import sys
import _imp
print(sys.dont_write_bytecode, sys.flags.dont_write_bytecode, sys.pycache_prefix)
print(_imp.check_hash_based_pycs, sys.flags.verbose)
