# Lambdas close over enclosing variables, including loop variables in a
# function scope.
def make(n):
    return lambda x: x * n

def compose(f, g):
    return lambda x: f(g(x))

inc = lambda x: x + 1
print(compose(make(3), inc)(4))
print(compose(inc, make(3))(4))
