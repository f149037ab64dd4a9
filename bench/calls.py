# calls.py -- function calls of every shape: keyword arguments, defaults,
# *args and **kwargs, closures, lambdas and bound methods of builtins.
# Prints a checksum.


def positional(a, b, c):
    return a + b - c


def defaults(a, b=2, c=3):
    return a * b + c


def keywords(a, *, scale=1, shift=0):
    return a * scale + shift


def star(*args):
    return len(args) + args[0]


def starstar(**kwargs):
    return len(kwargs) + kwargs['x']


def make_counter(step):
    count = 0

    def bump():
        nonlocal count
        count += step
        return count
    return bump


def run(n):
    total = 0
    square = lambda v: v * v
    bump = make_counter(3)
    append = [].append
    for i in range(n):
        total += positional(i, 1, 2)
        total += defaults(i) + defaults(i, 3) + defaults(i, c=1)
        total += keywords(i, scale=2) + keywords(i, shift=5, scale=3)
        total += star(i, 1, 2) + starstar(x=i, y=1)
        total += square(i & 15) + bump()
        append(i)
    return total & 0xFFFFFFFFFFFF


print(run(1_500_000))
