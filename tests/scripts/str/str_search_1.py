# find, index, count, startswith, endswith
s = "abracadabra"
for sub in ["a", "abra", "", "z", "cad"]:
    print(sub, s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 2), s.rfind(sub, 0, 8),
          s.count(sub, 1, -1), s.startswith(sub), s.endswith(sub), sub in s)
print(s.startswith(("x", "ab")), s.endswith(("ra", "x"), 5), s.startswith("a", 100))
print(s.find("a", -3), s.find("", 11), s.find("", 12), s.count("", 20))
print(s.index("c"), s.rindex("a"))
try:
    s.index("z")
except ValueError as e:
    print("ValueError", e)
