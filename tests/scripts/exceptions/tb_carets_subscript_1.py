# lemonpy: stderr=all
# Subscripts: '~' under the value, '^' under the brackets.
d = {"a": [1, 2]}
print(d["a"][5])
