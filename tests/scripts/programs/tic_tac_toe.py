# Tic-tac-toe with a minimax player playing against itself and scripted games.

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]

def winner(b):
    for a, c, d in LINES:
        if b[a] != " " and b[a] == b[c] == b[d]:
            return b[a]
    return "draw" if " " not in b else None

def show(b):
    rows = [" | ".join(b[r * 3:r * 3 + 3]) for r in range(3)]
    return "\n---------\n".join(rows)

cache = {}
def minimax(b, player):
    key = ("".join(b), player)
    if key in cache:
        return cache[key]
    w = winner(b)
    if w == "X":
        return 1, None
    if w == "O":
        return -1, None
    if w == "draw":
        return 0, None
    best = None
    for i in range(9):
        if b[i] == " ":
            b[i] = player
            score, _ = minimax(b, "O" if player == "X" else "X")
            b[i] = " "
            if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
                best = (score, i)
    cache[key] = best
    return best

board = [" "] * 9
player = "X"
moves = []
while winner(board) is None:
    _, move = minimax(board, player)
    board[move] = player
    moves.append(move)
    player = "O" if player == "X" else "X"
print(moves, winner(board))
print(show(board))
print(len(cache))

def play(seq):
    b = [" "] * 9
    p = "X"
    for m in seq:
        if b[m] != " ":
            raise ValueError(f"square {m} taken")
        b[m] = p
        w = winner(b)
        if w:
            return w, "".join(b)
        p = "O" if p == "X" else "X"
    return None, "".join(b)

for seq in [[0, 3, 1, 4, 2], [4, 0, 8, 2, 1, 7, 6, 3, 5], [0, 1, 2, 4, 3, 5, 7, 6, 8], [0, 0]]:
    try:
        print(seq, play(seq))
    except ValueError as e:
        print(seq, "error:", e)
x_first = {}
for s in range(9):
    b = [" "] * 9
    b[s] = "X"
    x_first[s] = minimax(b, "O")[0]
print(x_first)
