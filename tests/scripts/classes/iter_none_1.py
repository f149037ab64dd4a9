# __iter__ = None makes instances not iterable
class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        return i
for make in (lambda: iter(NoIter()), lambda: list(NoIter()), lambda: [x for x in NoIter()]):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
class Sub(NoIter):
    def __iter__(self):
        return iter("ok")
print(list(Sub()))
for x in NoIter():
    pass
