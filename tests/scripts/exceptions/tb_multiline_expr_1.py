# lemonpy: stderr=all
# An expression over several lines: carets to the end of its first line.
x = (1 +
     2) * "a" - 3
