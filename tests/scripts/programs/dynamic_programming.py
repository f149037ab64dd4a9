# Dynamic programming classics: knapsack, LCS, edit distance, coin change, LIS, matrix chain.

def knapsack(items, cap):
    best = [[0] * (cap + 1) for _ in range(len(items) + 1)]
    for i, (name, w, v) in enumerate(items, 1):
        for c in range(cap + 1):
            best[i][c] = best[i - 1][c]
            if w <= c and best[i - 1][c - w] + v > best[i][c]:
                best[i][c] = best[i - 1][c - w] + v
    chosen, c = [], cap
    for i in range(len(items), 0, -1):
        if best[i][c] != best[i - 1][c]:
            chosen.append(items[i - 1][0])
            c -= items[i - 1][1]
    return best[-1][-1], chosen[::-1]

items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40),
         ("cheese", 23, 30), ("beer", 52, 10), ("suntan", 11, 70), ("camera", 32, 30)]
print(knapsack(items, 400))
print(knapsack(items, 50))

def lcs(a, b):
    dp = [[""] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            if a[i] == b[j]:
                dp[i][j] = a[i] + dp[i + 1][j + 1]
            else:
                dp[i][j] = max(dp[i + 1][j], dp[i][j + 1], key=len)
    return dp[0][0]
print(lcs("thisisatest", "testing123testing"), lcs("ABCBDAB", "BDCABA"), repr(lcs("abc", "xyz")))

def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("intention", "execution"), ("same", "same")]:
    print(f"{a!r} -> {b!r}: {edit_distance(a, b)}")

def coin_change(coins, amount):
    ways = [1] + [0] * amount
    fewest = [0] + [float("inf")] * amount
    for c in coins:
        for x in range(c, amount + 1):
            ways[x] += ways[x - c]
    for x in range(1, amount + 1):
        for c in coins:
            if c <= x and fewest[x - c] + 1 < fewest[x]:
                fewest[x] = fewest[x - c] + 1
    return ways[amount], fewest[amount]
print(coin_change([1, 5, 10, 25, 50, 100], 100), coin_change([2, 5], 3), coin_change([1, 2, 5], 11))

def lis(seq):
    tails, prev, idx = [], [None] * len(seq), []
    for i, x in enumerate(seq):
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if seq[tails[mid]] < x:
                lo = mid + 1
            else:
                hi = mid
        if lo > 0:
            prev[i] = tails[lo - 1]
        if lo == len(tails):
            tails.append(i)
        else:
            tails[lo] = i
    out, k = [], tails[-1] if tails else None
    while k is not None:
        out.append(seq[k])
        k = prev[k]
    return out[::-1]
print(lis([3, 2, 6, 4, 5, 1]), lis([0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15]), lis([]))

def matrix_chain(dims):
    n = len(dims) - 1
    cost = [[0] * n for _ in range(n)]
    split = [[0] * n for _ in range(n)]
    for length in range(2, n + 1):
        for i in range(n - length + 1):
            j = i + length - 1
            cost[i][j] = float("inf")
            for k in range(i, j):
                c = cost[i][k] + cost[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1]
                if c < cost[i][j]:
                    cost[i][j], split[i][j] = c, k
    def paren(i, j):
        if i == j:
            return chr(65 + i)
        k = split[i][j]
        return f"({paren(i, k)}{paren(k + 1, j)})"
    return cost[0][n - 1], paren(0, n - 1)
print(matrix_chain([40, 20, 30, 10, 30]), matrix_chain([10, 20, 30, 40, 30]), matrix_chain([5, 10]))

def max_subarray(a):
    best = cur = a[0]
    start = bs = be = 0
    for i in range(1, len(a)):
        if cur < 0:
            cur, start = a[i], i
        else:
            cur += a[i]
        if cur > best:
            best, bs, be = cur, start, i
    return best, a[bs:be + 1]
print(max_subarray([-2, 1, -3, 4, -1, 2, 1, -5, 4]), max_subarray([-3, -1, -2]))
def stairs(n, memo={}):
    if n <= 1:
        return 1
    if n not in memo:
        memo[n] = stairs(n - 1) + stairs(n - 2) + (stairs(n - 3) if n >= 3 else 0)
    return memo[n]
print([stairs(n) for n in range(12)], stairs(100))
grid = [[1, 3, 1, 2], [1, 5, 1, 9], [4, 2, 1, 1]]
for r in range(len(grid)):
    for c in range(len(grid[0])):
        if r or c:
            grid[r][c] += min(grid[r - 1][c] if r else float("inf"), grid[r][c - 1] if c else float("inf"))
print(grid, grid[-1][-1])
