# lemonpy: stderr=all
# Frames of comprehensions and nested functions appear in order.
def f(): return undefined_name
result = [f() for _ in range(2)]
