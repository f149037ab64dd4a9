# Elementary cellular automata (rules 30, 90, 110), Langton's ant, and a 1D sandpile.

def step(cells, rule):
    n = len(cells)
    out = []
    for i in range(n):
        l, c, r = cells[i - 1], cells[i], cells[(i + 1) % n]
        out.append((rule >> (l << 2 | c << 1 | r)) & 1)
    return out

for rule in (30, 90, 110):
    cells = [0] * 31
    cells[15] = 1
    print(f"rule {rule} ({rule:08b})")
    for _ in range(12):
        print("".join("#" if c else "." for c in cells))
        cells = step(cells, rule)
    print("population:", sum(cells))

def langton(steps, size=11):
    grid = set()
    x = y = size // 2
    dx, dy = 0, -1
    for _ in range(steps):
        if (x, y) in grid:
            dx, dy = -dy, dx
            grid.remove((x, y))
        else:
            dx, dy = dy, -dx
            grid.add((x, y))
        x, y = (x + dx) % size, (y + dy) % size
    return grid, (x, y)

grid, pos = langton(200)
for yy in range(11):
    print("".join("A" if (xx, yy) == pos else "#" if (xx, yy) in grid else "." for xx in range(11)))
print(len(grid), pos)

def topple(piles, limit=3):
    rounds = 0
    while any(p > limit for p in piles):
        rounds += 1
        new = piles[:]
        for i, p in enumerate(piles):
            if p > limit:
                new[i] -= 2
                if i > 0:
                    new[i - 1] += 1
                if i < len(piles) - 1:
                    new[i + 1] += 1
        piles = new
    return piles, rounds
print(topple([0, 0, 0, 12, 0, 0, 0]), topple([4, 4, 4, 4]), topple([1, 2, 3]))
seen = {}
cells = [0] * 8
cells[3] = 1
for t in range(300):
    key = tuple(cells)
    if key in seen:
        print("rule 90 cycle: first at", seen[key], "again at", t, "length", t - seen[key])
        break
    seen[key] = t
    cells = step(cells, 90)
