# Assignment expressions in if, while and calls.
data = [5, 3, 0, 7]
if (n := len(data)) > 3:
    print("long list", n)
i = 0
while (v := data[i]) != 0:
    print("value", v)
    i += 1
print("stopped at", i, v)
print((y := 10) + y)
print([z := 1, z + 1])
