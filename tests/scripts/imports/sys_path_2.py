# -E ignores PYTHONPATH (and the other PYTHON* variables).
# lemonpy: env=PYTHONPATH=fixtures
# lemonpy: env=PYTHONVERBOSE=1
# lemonpy: args=-E
import sys
print(any(p.endswith('/fixtures') for p in sys.path))
print(sys.flags.ignore_environment, sys.flags.isolated, sys.flags.verbose, sys.flags.safe_path)
print(sys.dont_write_bytecode, sys.flags.dont_write_bytecode)
