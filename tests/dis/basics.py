x = 1
y = x + 2 * 3
if x < y:
    print("less")
else:
    print("more")
while x < 10:
    x += 1
for i in range(3):
    pass
del y
