# KeyError's str is the repr of its key; other exceptions use str.
try:
    {}["x y"]
except KeyError as e:
    print(str(e), e.args[0])
try:
    {}[(1, "a")]
except KeyError as e:
    print(e)
print(str(KeyError("a", "b")), str(ValueError("a b")))
