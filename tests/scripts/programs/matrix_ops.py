# Matrix operations with lists of lists and a Matrix class.

class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged matrix")
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __add__(self, other):
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[x * other for x in r] for r in self.rows])
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError("cannot multiply")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def det(self):
        n, m = self.shape
        if n != m:
            raise ValueError("square only")
        if n == 1:
            return self.rows[0][0]
        if n == 2:
            (a, b), (c, d) = self.rows
            return a * d - b * c
        total = 0
        for j in range(n):
            minor = Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]])
            total += (-1) ** j * self.rows[0][j] * minor.det()
        return total

    def __str__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{x:>{w}}" for x in r) + "]" for r in self.rows)

    def __repr__(self):
        return f"Matrix({self.rows})"


a = Matrix([[1, 2, 3], [4, 5, 6]])
b = Matrix([[7, 8], [9, 10], [11, 12]])
print(a * b)
print(b * a)
print(a.transpose())
print(a + a)
print(2 * a)
print(a * 0.5)
print(repr(Matrix.identity(3)))
print(Matrix.identity(3) * Matrix([[1], [2], [3]]) == Matrix([[1], [2], [3]]))
m = Matrix([[2, -3, 1], [2, 0, -1], [1, 4, 5]])
print("det", m.det())
print(Matrix([[1, 2, 3, 4], [5, 6, 7, 8], [2, 6, 4, 8], [3, 1, 1, 2]]).det())
print(a[1, 2], a.shape)
try:
    a + b
except ValueError as e:
    print("error:", e)
try:
    Matrix([[1, 2], [3]])
except ValueError as e:
    print("error:", e)
try:
    a * a
except ValueError as e:
    print("error:", e)
f = Matrix([[0.1, 0.2], [0.3, 0.4]])
print(f * f)
print([[round(x, 2) for x in row] for row in (f * f).rows])
