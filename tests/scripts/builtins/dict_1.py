# dict(): from keywords, pairs, another dict; methods.
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=0))
d = dict(zip("abc", range(3)))
print(d, len(d), "a" in d, 0 in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.get("z"), d.get("z", -1), d.pop("a"), d.setdefault("q", 9), d)
d.update({"b": 10}, c=20)
print(d, dict.fromkeys([1, 2], "v"))
print({1: "a"} == {1: "a"}, {**d, "new": 1} == d)
try:
    dict([1, 2])
except TypeError as e:
    print(e)
