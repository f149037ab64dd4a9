# Gaussian elimination with exact rational arithmetic (pairs of ints): solve, invert, rank, determinant.

def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

class Q:
    __slots__ = ("n", "d")
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Q denominator is zero")
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g
    def __add__(self, o): o = q(o); return Q(self.n * o.d + o.n * self.d, self.d * o.d)
    def __sub__(self, o): o = q(o); return Q(self.n * o.d - o.n * self.d, self.d * o.d)
    def __mul__(self, o): o = q(o); return Q(self.n * o.n, self.d * o.d)
    def __truediv__(self, o): o = q(o); return Q(self.n * o.d, self.d * o.n)
    def __neg__(self): return Q(-self.n, self.d)
    def __eq__(self, o): o = q(o); return self.n == o.n and self.d == o.d
    def __bool__(self): return self.n != 0
    def __abs__(self): return Q(abs(self.n), self.d)
    def __lt__(self, o): o = q(o); return self.n * o.d < o.n * self.d
    def __repr__(self): return str(self.n) if self.d == 1 else f"{self.n}/{self.d}"
    __hash__ = None

def q(x):
    return x if isinstance(x, Q) else Q(x)

def matrix(rows):
    return [[q(x) for x in r] for r in rows]

def show(m):
    cells = [[repr(x) for x in r] for r in m]
    w = max(len(c) for r in cells for c in r)
    return "\n".join("  ".join(c.rjust(w) for c in r) for r in cells)

def eliminate(m):
    m = [r[:] for r in m]
    rows, cols = len(m), len(m[0])
    det, r, pivots = Q(1), 0, []
    for c in range(cols):
        p = max(range(r, rows), key=lambda i: abs(m[i][c]), default=None)
        if p is None or not m[p][c]:
            det = Q(0)
            continue
        if p != r:
            m[p], m[r] = m[r], m[p]
            det = -det
        det = det * m[r][c]
        pv = m[r][c]
        m[r] = [x / pv for x in m[r]]
        for i in range(rows):
            if i != r and m[i][c]:
                f = m[i][c]
                m[i] = [a - f * b for a, b in zip(m[i], m[r])]
        pivots.append(c)
        r += 1
        if r == rows:
            break
    return m, det, pivots

A = matrix([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]])
b = [8, -11, -3]
aug = [row + [q(v)] for row, v in zip(A, b)]
red, _, _ = eliminate(aug)
print(show(red))
print("solution:", [r[-1] for r in red])
_, det, piv = eliminate(A)
print("det:", det, "rank:", len(piv))
n = len(A)
ident = [[q(int(i == j)) for j in range(n)] for i in range(n)]
red, _, _ = eliminate([ra + rb for ra, rb in zip(A, ident)])
inv = [r[n:] for r in red]
print(show(inv))
prod = [[sum((A[i][k] * inv[k][j] for k in range(n)), Q(0)) for j in range(n)] for i in range(n)]
print(prod == ident, show(prod))
S = matrix([[1, 2, 3], [2, 4, 6], [1, 0, 1]])
red, det, piv = eliminate(S)
print("singular det:", det, "rank:", len(piv), "pivots:", piv)
H = matrix([[Q(1, i + j + 1) for j in range(4)] for i in range(4)])
_, det, _ = eliminate(H)
print("hilbert(4) det:", det, float(det.n) / det.d)
try:
    Q(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    {Q(1)}
except TypeError as e:
    print("TypeError:", e)
print(sorted([Q(1, 3), Q(-1, 2), Q(2, 7), Q(0)]), Q(6, -4), Q(3) / Q(9), abs(Q(-5, 10)))
