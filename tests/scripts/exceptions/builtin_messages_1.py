# Messages of common built-in errors.
tests = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: [1][5],
    lambda: (1,)[5],
    lambda: "abc"[10],
    lambda: {"a": 1}["b"],
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [] - [],
    lambda: -"x",
    lambda: int("12x"),
    lambda: float("pi"),
    lambda: None.attr,
    lambda: (5).nope,
    lambda: len(5),
    lambda: 1 < "a",
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: [1, 2].index(3),
    lambda: "abc".index("z"),
    lambda: hash([]),
    lambda: {[]: 1},
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: chr(-1),
    lambda: float(10 ** 400),
]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
