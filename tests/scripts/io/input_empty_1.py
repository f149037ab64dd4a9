# With empty standard input, the first input() raises EOFError; uncaught,
# it ends the program with status 1.
print("asking")
input()
