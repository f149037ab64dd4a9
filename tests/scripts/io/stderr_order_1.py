# lemonpy: stderr=all
# stdout is block-buffered to a pipe, stderr is not; both are flushed
# before the traceback of an uncaught exception.
import sys
print("out 1")
print("err 1", file=sys.stderr)
sys.stderr.write("err 2\n")
print("out 2")
raise SystemExit(3)
