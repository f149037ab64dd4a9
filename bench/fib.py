# fib.py -- recursive Fibonacci: Python-to-Python calls, int compare and add.
# Prints the result; scripts/bench compares it with python3's.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(35))
