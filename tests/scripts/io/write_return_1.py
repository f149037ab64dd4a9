# write() returns the number of characters; flush() returns None.
import sys
n = sys.stdout.write("héllo\n")
print(n, sys.stdout.flush(), sys.stdout.writable(), sys.stdin.readable(), sys.stdout.fileno())
print(sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout.mode, sys.stdin.mode)
