# A comprehension in a class body: the first iterable sees the class
# namespace, the element expression does not.
class C:
    base = [1, 2, 3]
    doubled = [b * 2 for b in base]
    names = {str(n): n for n in range(2)}

print(C.doubled, C.names)
