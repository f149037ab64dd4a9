# lemonpy: args=-OO
# -O/-OO: sys.flags.optimize, __debug__, asserts dropped, docstrings dropped
import sys
print(sys.flags.optimize, __debug__)
def f():
    "a docstring"
    assert False, "never raised under -O"
    return "ran"
print(f(), f.__doc__)
if __debug__:
    print("debug branch")
else:
    print("optimized branch")
