# exceptions.py -- exception handling: try blocks that never raise (should
# cost nothing), raise and catch in the same function and across calls,
# finally blocks, built-in errors from operations (KeyError, ZeroDivision)
# and a with statement.  Prints a checksum.


class Skip(Exception):
    pass


def no_raise(n):
    total = 0
    for i in range(n):
        try:
            total += i
        except ValueError:
            total -= 1
    return total


def check(i):
    if i % 3 == 0:
        raise Skip(i)
    return i


def across_calls(n):
    caught = 0
    for i in range(n):
        try:
            caught += check(i)
        except Skip as e:
            caught += e.args[0] & 7
    return caught


def builtin_errors(n):
    d = {}
    hits = 0
    for i in range(n):
        try:
            hits += d[i & 63]
        except KeyError:
            d[i & 63] = 1
        try:
            hits += 100 // (i % 5)
        except ZeroDivisionError:
            hits += 1
    return hits


class Guard:
    def __init__(self):
        self.exits = 0

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        self.exits += 1
        return kind is Skip


def with_finally(n):
    g = Guard()
    total = 0
    for i in range(n):
        with g:
            if i % 4 == 0:
                raise Skip
            total += 1
        try:
            total += 2
        finally:
            total -= 1
    return total + g.exits


def run():
    return (no_raise(3_000_000) + across_calls(1_200_000) + builtin_errors(900_000)
            + with_finally(900_000))


print(run())
