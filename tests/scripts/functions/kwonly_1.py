# Keyword-only parameters come after * or *args; they may have defaults or not.
def f(a, *, key, flag=False):
    return (a, key, flag)

print(f(1, key=2))
print(f(1, flag=True, key=3))

def g(*items, sep="-"):
    return sep.join(items)

print(g("a", "b", "c"))
print(g("a", "b", sep="+"))
print(f.__kwdefaults__)
print(f.__code__.co_kwonlyargcount, f.__code__.co_argcount)
