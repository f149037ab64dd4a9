# Buffered output is flushed at exit, including a last line without a
# newline and output written before an uncaught exception.
print("first line")
print("partial", end="")
raise ValueError("after output")
