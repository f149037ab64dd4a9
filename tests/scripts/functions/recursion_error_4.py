# lemonpy: stderr=all
# The traceback of an uncaught RecursionError collapses the repeated frames
# into "[Previous line repeated N more times]".
def down(n):
    return down(n + 1)

down(0)
