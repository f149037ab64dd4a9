# lemonpy: stderr=all
# A lone surrogate cannot be written to stdout (utf-8, strict) but can to
# stderr (backslashreplace).
import sys
print("a\udc80b", file=sys.stderr)
print("before")
print("x\udc80\udc81y")
