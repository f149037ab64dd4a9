# object.__getattribute__ called from a user __getattribute__ raises AttributeError for a missing name
class Loud:
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
l = Loud()
l.x = 1
print(l.secret, l.x, getattr(l, "secret"), getattr(l, "nope", "dflt"), hasattr(l, "nope"))
try:
    l.missing
except AttributeError as e:
    print("AttributeError:", e)
class WithHook(Loud):
    def __getattr__(self, name):
        return "hook:" + name
print(WithHook().anything)
try:
    object.__getattribute__(5, "nope")
except AttributeError as e:
    print("AttributeError:", e)
l.missing
