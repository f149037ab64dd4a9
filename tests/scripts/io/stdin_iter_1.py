# lemonpy: stdin=stdin_iter_1.in
# sys.stdin can be iterated line by line, newlines included.
import sys
for line in sys.stdin:
    print(repr(line))
