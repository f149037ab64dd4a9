# lemonpy: stdin=_input_lines.txt
# sys.stdin: readline, iteration and read.
import sys
print(repr(sys.stdin.readline()))
for line in sys.stdin:
    print("line:", repr(line))
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
