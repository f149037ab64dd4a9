# pass and ... as empty bodies; expression statements are evaluated.
def stub():
    ...

def empty():
    pass

class Empty:
    pass

print(stub(), empty(), ...)
print(Ellipsis is ..., type(...).__name__)
if True:
    pass
print("ok")
