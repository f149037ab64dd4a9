# dict views are live and support set operations (keys, items).
d = {"a": 1, "b": 2}
k, v, i = d.keys(), d.values(), d.items()
d["c"] = 3
print(k, v, i)
print(len(k), "a" in k, 2 in v, ("b", 2) in i)
print(k & {"a", "z"}, k - {"a"} == {"b", "c"}, sorted(k | {"x"}))
del d["a"]
print(list(k), list(reversed(k)), list(reversed(v)))
print(type(k).__name__, type(v).__name__, type(i).__name__)
