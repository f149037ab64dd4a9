# zip stops at the shortest input; zip(*...) transposes; strict=True.
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])))
pairs = [(1, "a"), (2, "b")]
nums, letters = zip(*pairs)
print(nums, letters)
print(dict(zip(["k1", "k2"], [10, 20])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(e)
