# lemonpy: stdin=input_loop_1.in
# Reading a count, then that many lines of numbers; output interleaved with
# input reads stays in order.
n = int(input())
total = 0
for i in range(n):
    a, b = map(int, input().split())
    print("line", i, "sum", a + b)
    total += a * b
print("total", total)
