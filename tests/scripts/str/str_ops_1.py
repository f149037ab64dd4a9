# concatenation, repetition, comparison, membership, iteration
a, b = "ab", "\u20acx"
print(a + b, a * 3, 3 * a, a * 0, a * -2, (a + b) * 2)
print(a < b, a <= a, "abc" < "abd", "ab" < "abc", "\U0001f600" > "\uffff", a == "ab", a != "ab")
print("b" in a, "" in a, "ba" in a, "\u20ac" in b)
print(list("h\u00e9\u20ac"), [c for c in ""])
print(sorted(["b", "a", "\u00e9", "Z", "aa"]))
print(hash("abc") == hash("ab" + "c"), hash("") == 0)
s = "x"
s += "y"
s *= 2
print(s)
