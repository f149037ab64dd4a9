# lemonpy: stderr=all
# Deep recursion: RecursionError, with the repeated entries folded.
def rec(n):
    return rec(n + 1)
rec(0)
