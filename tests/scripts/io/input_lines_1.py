# lemonpy: stdin=_input_lines.txt
# input() reads one line without its newline; the prompt goes to stdout;
# EOF raises EOFError.
print(repr(input("name? ")))
print(repr(input()))
print(repr(input(3)))
try:
    input("more? ")
except EOFError as e:
    print("EOFError:", e)
