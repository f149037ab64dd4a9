# multiple inheritance from built-ins with different instance layouts
for bases in [(int, str), (list, dict), (KeyError, ValueError), (Exception, int), (int, bool), (object, int), (dict, object)]:
    try:
        X = type("X", bases, {})
        print("ok", X.__mro__)
    except TypeError as e:
        print("TypeError:", e)
class P(int): pass
class Q(str): pass
try:
    class R(P, Q): pass
except TypeError as e:
    print("TypeError:", e)
class K(KeyError, IndexError): pass
print(K.__mro__, isinstance(K(), LookupError))
try:
    class Z(1): pass
except TypeError as e:
    print("TypeError:", e)
try:
    type("X", (1,), {})
except TypeError as e:
    print("TypeError:", e)
class Mixin: pass
class LM(Mixin, list): pass
print(LM([1]), LM.__mro__)
