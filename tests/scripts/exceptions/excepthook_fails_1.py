# lemonpy: stderr=all
# An excepthook that raises: both exceptions are reported.
import sys
def hook(t, v, tb):
    raise TypeError("hook failed")
sys.excepthook = hook
raise RuntimeError("boom")
