# Unbounded recursion raises RecursionError, which can be caught; the
# program goes on normally afterwards.
def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print("caught", type(e).__name__, isinstance(e, RuntimeError))
    print(e)

def fine(n):
    return 0 if n == 0 else 1 + fine(n - 1)

print(fine(500))
