# callable(): functions, classes, builtins, instances with __call__.
class Plain:
    pass

class Calls:
    def __call__(self):
        return "called"

print(callable(len), callable(print), callable(lambda: 0), callable(Plain))
print(callable(Plain()), callable(Calls()), callable(5), callable("s"))
print(Calls()())
