# -B, -v, -X pycache_prefix, --check-hash-based-pycs as sys and _imp show them.
# lemonpy: args=-B -X pycache_prefix=some/prefix --check-hash-based-pycs always
import sys
import _imp
print(sys.dont_write_bytecode, sys.flags.dont_write_bytecode, sys.flags.verbose)
print(sys.pycache_prefix, _imp.check_hash_based_pycs)
