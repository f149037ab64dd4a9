# Changing a dict's size while iterating it raises RuntimeError; appending
# to a list while iterating it is seen by the loop.
d = {1: "a", 2: "b"}
try:
    for k in d:
        d[k + 10] = "new"
except RuntimeError as e:
    print(e)
l = [1, 2]
for x in l:
    if x < 4:
        l.append(x + 2)
print(l)
