# Sudoku solver with constraint propagation and backtracking.

PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""

def parse(text):
    rows = [r for r in text.split() if r]
    return [[int(ch) if ch.isdigit() else 0 for ch in r] for r in rows]

def candidates(g, r, c):
    used = set(g[r]) | {g[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {g[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]

calls = 0
def solve(g):
    global calls
    calls += 1
    best = None
    for r in range(9):
        for c in range(9):
            if g[r][c] == 0:
                cand = candidates(g, r, c)
                if not cand:
                    return False
                if best is None or len(cand) < len(best[2]):
                    best = (r, c, cand)
    if best is None:
        return True
    r, c, cand = best
    for d in cand:
        g[r][c] = d
        if solve(g):
            return True
    g[r][c] = 0
    return False

def show(g):
    lines = []
    for r in range(9):
        if r and r % 3 == 0:
            lines.append("------+-------+------")
        row = ""
        for c in range(9):
            if c and c % 3 == 0:
                row += "| "
            row += (str(g[r][c]) if g[r][c] else ".") + " "
        lines.append(row.rstrip())
    return "\n".join(lines)

def valid(g):
    units = [row for row in g] + [list(col) for col in zip(*g)]
    units += [[g[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)] for br in (0, 3, 6) for bc in (0, 3, 6)]
    return all(sorted(u) == list(range(1, 10)) for u in units)

g = parse(PUZZLE)
print(show(g))
print("blanks:", sum(row.count(0) for row in g))
print(solve(g), valid(g))
print(show(g))
print("calls:", calls)
hard = parse("""
8........
..36.....
.7..9.2..
.5...7...
....457..
...1...3.
..1....68
..85...1.
.9....4..
""")
calls = 0
print(solve(hard), valid(hard), calls > 100)
print("".join(map(str, hard[0])), sum(map(sum, hard)))
bad = parse(PUZZLE)
bad[0][2] = 5
print(solve(bad))
