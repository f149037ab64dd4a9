# __code__ assignment checks the free variables against the closure.
def outer():
    x = 1
    def inner():
        return x
    return inner
def plain():
    return 0
try:
    plain.__code__ = outer().__code__
except ValueError as e:
    print(e)
try:
    plain.__code__ = outer.__code__.co_consts[1] if False else outer().__code__
except ValueError as e:
    print(e)
i = outer()
try:
    i.__code__ = plain.__code__
except ValueError as e:
    print(e)
