# lemonpy: stderr=all
# A custom sys.excepthook receives uncaught exceptions; exit status 1.
import sys
def hook(t, v, tb):
    print("hook:", t.__name__, v, tb is not None)
sys.excepthook = hook
print("before")
raise RuntimeError("boom")
