# lists.py -- list work: append, indexing, slicing, sort with a key, reverse,
# list comprehensions, in-place updates and a small sieve.  Prints a checksum.


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    return [k for k in range(n + 1) if flags[k]]


def shuffle_like(n):
    # a deterministic permutation (no random module)
    out = []
    x = 12345
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x % 100_000)
    return out


def work(data):
    total = 0
    s = sorted(data)
    total += s[0] + s[-1] + s[len(s) // 2]
    s2 = sorted(data, key=lambda v: (v % 97, -v))
    total += s2[0] + s2[-1]
    evens = [v for v in data if v % 2 == 0]
    total += len(evens)
    rev = data[::-1]
    total += rev[0] - rev[-1]
    window = data[100:2100]
    window.reverse()
    total += sum(window)
    matrix = [[i * j for j in range(30)] for i in range(30)]
    for row in matrix:
        row[0] = row[-1] + 1
        total += sum(row[::3])
    stack = []
    for v in data:
        if v % 3 == 0 and stack:
            total += stack.pop()
        else:
            stack.append(v)
    total += len(stack)
    return total


def run():
    checksum = len(sieve(300_000))
    data = shuffle_like(40_000)
    for _ in range(30):
        checksum += work(data)
        data[0] += 1
    return checksum


print(run())
