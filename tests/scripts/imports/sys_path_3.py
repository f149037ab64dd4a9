# -I: isolated: no script folder on sys.path, no PYTHON* variables.
# lemonpy: env=PYTHONPATH=fixtures
# lemonpy: args=-I
import sys
print(any(p.endswith('/imports') for p in sys.path), any(p.endswith('/fixtures') for p in sys.path))
print(sys.flags.ignore_environment, sys.flags.isolated, sys.flags.safe_path, sys.flags.no_user_site)
try:
    import _helper
except ImportError as e:
    print(type(e).__name__, e)
