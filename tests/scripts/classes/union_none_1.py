# | with None: unions with classes and list[int], TypeError otherwise
for a, b in [(None, None), (None, 1), (1, None), (None, int), (int, None), (None, list[int]), (list[int], None), (None, int | str), ("a", int), (int, "a")]:
    try:
        print(repr(a | b))
    except TypeError as e:
        print(e)
x = None
try:
    x |= None
except TypeError as e:
    print(e)
