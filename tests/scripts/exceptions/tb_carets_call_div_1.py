# lemonpy: stderr=all
# A call spanning two lines gets carets on its first line; a division
# gets '~' under the operands and '^' under the operator.
def f(a, b):
    return a / b
x = 1
y = f(x,
      0)
