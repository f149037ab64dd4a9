# lemonpy: stdin=input_eof_1.in
# input() at end of input raises EOFError.
print(input())
try:
    input("more? ")
except EOFError as e:
    print()
    print("EOFError:", e)
