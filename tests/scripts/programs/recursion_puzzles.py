# Classic recursion: hanoi, permutations, n-queens, power set, ackermann, flood fill.

def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src, moves)

moves = []
hanoi(4, "A", "C", "B", moves)
print(len(moves), moves[:5])

def permutations(seq):
    if len(seq) <= 1:
        return [seq]
    out = []
    for i, x in enumerate(seq):
        for p in permutations(seq[:i] + seq[i + 1:]):
            out.append(x + p)
    return out

print(permutations("abc"))
print(len(permutations("abcdef")))

def queens(n):
    sols = []
    def place(row, cols, d1, d2, board):
        if row == n:
            sols.append(board[:])
            return
        for c in range(n):
            if c in cols or row - c in d1 or row + c in d2:
                continue
            board.append(c)
            place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c}, board)
            board.pop()
    place(0, set(), set(), set(), [])
    return sols

s = queens(6)
print(len(s), s)
print(len(queens(8)))
for row in queens(5)[0]:
    print(" ".join("Q" if c == row else "." for c in range(5)))

def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]

print(sorted(power_set([1, 2, 3]), key=lambda s: (len(s), s)))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print([ackermann(2, n) for n in range(5)], ackermann(3, 3))

grid = [list(r) for r in ["..##.", ".#...", "##.#.", "....#"]]
def fill(r, c, ch):
    if not (0 <= r < len(grid) and 0 <= c < len(grid[0])) or grid[r][c] != ".":
        return 0
    grid[r][c] = ch
    return 1 + sum(fill(r + dr, c + dc, ch) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)))
print(fill(0, 0, "a"), fill(0, 4, "b"))
print("\n".join("".join(r) for r in grid))

memo = {}
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    if (n, k) not in memo:
        memo[n, k] = partitions(n - k, k) + partitions(n, k - 1)
    return memo[n, k]
print([partitions(n, n) for n in range(1, 20)], partitions(100, 100))

def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, [5]]], 6], [[7]]])))

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
