# -v counts; PYTHONVERBOSE is overridden by -v (stderr is not compared).
# lemonpy: args=-vv
import sys
print(sys.flags.verbose)
