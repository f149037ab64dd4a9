# lemonpy: stdin=input_1.in
# input() reads a line without its newline; the prompt goes to stdout; the
# last line may lack a newline.
name = input("Name? ")
age = int(input())
last = input()
print()
print("name:", repr(name), "age:", age + 1)
print("last:", repr(last))
