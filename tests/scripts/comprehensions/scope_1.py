# The loop variable of a comprehension does not leak into the enclosing
# scope and does not overwrite an outer variable of the same name.
x = "outer"
squares = [x * x for x in range(4)]
print(x, squares)
try:
    print(y)
except NameError as e:
    print(e)
[y for y in range(3)]
try:
    print(y)
except NameError as e:
    print(e)
