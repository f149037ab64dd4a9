# Matrix puzzles: spiral order, rotation, transposition, diagonals, magic squares, saddle points.

def spiral(n):
    m = [[0] * n for _ in range(n)]
    r, c, dr, dc = 0, 0, 0, 1
    for k in range(1, n * n + 1):
        m[r][c] = k
        nr, nc = r + dr, c + dc
        if not (0 <= nr < n and 0 <= nc < n and m[nr][nc] == 0):
            dr, dc = dc, -dr
            nr, nc = r + dr, c + dc
        r, c = nr, nc
    return m

def show(m):
    w = len(str(max(max(row) for row in m)))
    return "\n".join(" ".join(f"{x:{w}}" for x in row) for row in m)

def spiral_order(m):
    out = []
    m = [row[:] for row in m]
    while m:
        out += m.pop(0)
        m = [list(r) for r in zip(*m)][::-1]
    return out

def rotate(m):
    return [list(r) for r in zip(*m[::-1])]

def magic(n):
    m = [[0] * n for _ in range(n)]
    r, c = 0, n // 2
    for k in range(1, n * n + 1):
        m[r][c] = k
        nr, nc = (r - 1) % n, (c + 1) % n
        if m[nr][nc]:
            nr, nc = (r + 1) % n, c
        r, c = nr, nc
    return m

s = spiral(5)
print(show(s))
print(spiral_order(s) == list(range(1, 26)), spiral_order([[1, 2, 3], [4, 5, 6]]))
print(show(rotate(s)))
print(rotate(rotate(rotate(rotate(s)))) == s, rotate([[1, 2, 3]]))
print([s[i][i] for i in range(5)], [s[i][4 - i] for i in range(5)])
for n in (3, 5):
    m = magic(n)
    print(show(m))
    sums = {sum(r) for r in m} | {sum(c) for c in zip(*m)} | {sum(m[i][i] for i in range(n)), sum(m[i][n - 1 - i] for i in range(n))}
    print("magic constant", sums)
grid = [[9, 8, 7], [5, 3, 2], [6, 6, 7]]
saddles = [(r, c) for r, row in enumerate(grid) for c, v in enumerate(row) if v == max(row) and v == min(rr[c] for rr in grid)]
print("saddle points:", saddles)
t = [[1, 2], [3, 4], [5, 6]]
print(list(map(list, zip(*t))), [sum(col) for col in zip(*t)], [max(r) for r in t])
ident = [[int(i == j) for j in range(4)] for i in range(4)]
print(ident, sum(map(sum, ident)))
flat = [x for row in s for x in row if x % 5 == 0]
print(flat, [row[::-1] for row in t], t[::-1])
import sys
sys.stdout.write(show(spiral(4)) + "\n")
