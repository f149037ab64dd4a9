# lemonpy: stderr=all
# print(file=sys.stderr) writes to stderr; stdout and stderr are captured
# separately, each in its own order.
import sys
print("out 1")
print("err 1", file=sys.stderr)
print("out 2")
print("err", 2, sep="-", end=" (end)\n", file=sys.stderr)
sys.stderr.write("written directly\n")
sys.exit(3)
