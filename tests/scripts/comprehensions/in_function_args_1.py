# Comprehensions nested in calls, conditions and return statements; a
# comprehension inside a lambda.
def evens(limit):
    return [n for n in range(limit) if not n % 2]

print(len([c for c in "mississippi" if c == "s"]), evens(9))
squares = lambda k: {i: i * i for i in range(k)}
print(squares(4))
if any(x > 2 for x in evens(6)):
    print("some even number above 2")
print(sorted({len(w) for w in "the quick brown fox".split()}, reverse=True))
