# Each call of the enclosing function makes new cells; a function factory.
def power(exp):
    def f(base):
        return base ** exp
    return f

square = power(2)
cube = power(3)
print([square(n) for n in range(5)])
print([cube(n) for n in range(5)])
print(square.__closure__[0].cell_contents, cube.__closure__[0].cell_contents)
