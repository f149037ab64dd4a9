# Comprehensions nested inside comprehensions: transposing a matrix.
m = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in m] for i in range(3)])
print([x for row in m for x in row if x % 2])
print({i: {j for j in range(i)} for i in range(3)})
