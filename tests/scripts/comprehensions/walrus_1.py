# An assignment expression in a comprehension binds in the enclosing scope.
values = [3, 8, 1, 9]
total = 0
running = [total := total + v for v in values]
print(running, total)
found = any((hit := v) > 5 for v in values)
print(found, hit)

def f():
    [last := n for n in range(4)]
    return last

print(f())
