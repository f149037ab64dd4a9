# Conway's game of life on a small torus, with sets of coordinates.

def parse(pic):
    cells = set()
    for r, line in enumerate(pic.strip().splitlines()):
        for c, ch in enumerate(line):
            if ch == "#":
                cells.add((r, c))
    return cells

def step(cells, h, w):
    counts = {}
    for r, c in cells:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % h, (c + dc) % w)
                    counts[key] = counts.get(key, 0) + 1
    return {k for k, n in counts.items() if n == 3 or (n == 2 and k in cells)}

def show(cells, h, w):
    return "\n".join("".join("#" if (r, c) in cells else "." for c in range(w)) for r in range(h))

glider = parse("""
.#.
..#
###
""")
H, W = 8, 10
cells = glider
for gen in range(5):
    print(f"gen {gen}: {len(cells)} cells")
    print(show(cells, H, W))
    cells = step(cells, H, W)

blinker = {(1, 0), (1, 1), (1, 2)}
b2 = step(blinker, 5, 5)
print(sorted(b2), step(b2, 5, 5) == blinker)
pop = []
cells = parse("""
##........
##........
......###.
..........
...#......
..#.#.....
...#......
""")
for _ in range(12):
    pop.append(len(cells))
    cells = step(cells, 10, 12)
print(pop)
print(min(cells), max(cells))
