# loop.py -- a tight integer loop: while, local ints, arithmetic, compare.
# Prints a checksum; scripts/bench compares it with python3's.


def run(n):
    total = 0
    i = 0
    while i < n:
        total += (i * 7 + 3) % 11 - (i >> 2) % 5
        i += 1
    return total


def run_for(n):
    acc = 1
    for i in range(n):
        acc = (acc * 31 + i) & 0xFFFFFFF
    return acc


print(run(6_000_000))
print(run_for(5_000_000))
