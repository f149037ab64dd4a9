# sort is stable and takes key and reverse; sorted works on any iterable.
people = [("bob", 25), ("amy", 30), ("cat", 25), ("dan", 30), ("eve", 20)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower))
print(sorted("hello"), sorted({3: 0, 1: 0}), sorted([2.5, 1, -3]))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
