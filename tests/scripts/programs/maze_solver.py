# Maze generation (deterministic LCG) and BFS/DFS solving on a grid.

class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return self.state >> 33
    def choice(self, seq):
        return seq[self.next() % len(seq)]
    def shuffle(self, seq):
        for i in range(len(seq) - 1, 0, -1):
            j = self.next() % (i + 1)
            seq[i], seq[j] = seq[j], seq[i]

def generate(w, h, rng):
    grid = [["#"] * (2 * w + 1) for _ in range(2 * h + 1)]
    stack = [(0, 0)]
    seen = {(0, 0)}
    grid[1][1] = " "
    while stack:
        x, y = stack[-1]
        nbrs = [(x + dx, y + dy, dx, dy) for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1))
                if 0 <= x + dx < w and 0 <= y + dy < h and (x + dx, y + dy) not in seen]
        if not nbrs:
            stack.pop()
            continue
        nx, ny, dx, dy = rng.choice(nbrs)
        grid[2 * y + 1 + dy][2 * x + 1 + dx] = " "
        grid[2 * ny + 1][2 * nx + 1] = " "
        seen.add((nx, ny))
        stack.append((nx, ny))
    return grid

def solve(grid, start, goal):
    prev = {start: None}
    frontier = [start]
    while frontier:
        nxt = []
        for r, c in frontier:
            if (r, c) == goal:
                path = []
                node = goal
                while node:
                    path.append(node)
                    node = prev[node]
                return path[::-1]
            for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
                n = (r + dr, c + dc)
                if grid[n[0]][n[1]] == " " and n not in prev:
                    prev[n] = (r, c)
                    nxt.append(n)
        frontier = nxt
    return None

rng = LCG(2024)
print([rng.next() % 100 for _ in range(10)])
maze = generate(12, 6, rng)
start, goal = (1, 1), (len(maze) - 2, len(maze[0]) - 2)
path = solve(maze, start, goal)
print("path length", len(path))
for r, c in path:
    maze[r][c] = "."
maze[start[0]][start[1]] = "S"
maze[goal[0]][goal[1]] = "G"
print("\n".join("".join(row) for row in maze))
open_cells = sum(row.count(" ") + row.count(".") for row in maze)
print("open cells", open_cells, "walls", sum(row.count("#") for row in maze))
deck = list(range(10))
rng.shuffle(deck)
print(deck)
blocked = [list(s) for s in ["#####", "#S#G#", "#####"]]
print(solve(blocked, (1, 1), (1, 3)))
