# PYTHONPYCACHEPREFIX sets sys.pycache_prefix; -X pycache_prefix wins.
# lemonpy: env=PYTHONPYCACHEPREFIX=from/env
import sys
print(sys.pycache_prefix)
