# exprtree.py -- symbolic algebra on expression trees: node classes under
# one abstract base (Num, Var, Add, Mul, Pow), evaluation, symbolic
# differentiation, simplification by dispatch on the node's class (a
# visitor via getattr), structural __eq__/__hash__ for a memo dict, and
# __str__.  Many small objects, virtual calls and isinstance checks.
# Prints derivatives and a checksum of evaluations.


class Expr:
    __slots__ = ()

    def __add__(self, o):
        return Add(self, wrap(o))

    def __radd__(self, o):
        return Add(wrap(o), self)

    def __mul__(self, o):
        return Mul(self, wrap(o))

    def __rmul__(self, o):
        return Mul(wrap(o), self)

    def __pow__(self, k):
        return Pow(self, k)

    def accept(self, visitor):
        return getattr(visitor, 'visit_' + type(self).__name__)(self)


class Num(Expr):
    __slots__ = ('value',)

    def __init__(self, value):
        self.value = value

    def eval(self, env):
        return self.value

    def diff(self, var):
        return Num(0)

    def __eq__(self, o):
        return type(o) is Num and o.value == self.value

    def __hash__(self):
        return hash(('num', self.value))

    def __str__(self):
        return str(self.value)


class Var(Expr):
    __slots__ = ('name',)

    def __init__(self, name):
        self.name = name

    def eval(self, env):
        return env[self.name]

    def diff(self, var):
        return Num(1 if var == self.name else 0)

    def __eq__(self, o):
        return type(o) is Var and o.name == self.name

    def __hash__(self):
        return hash(('var', self.name))

    def __str__(self):
        return self.name


class Binary(Expr):
    __slots__ = ('left', 'right')
    symbol = '?'

    def __init__(self, left, right):
        self.left = left
        self.right = right

    def __eq__(self, o):
        return type(o) is type(self) and self.left == o.left and self.right == o.right

    def __hash__(self):
        return hash((self.symbol, self.left, self.right))

    def __str__(self):
        return f'({self.left} {self.symbol} {self.right})'


class Add(Binary):
    __slots__ = ()
    symbol = '+'

    def eval(self, env):
        return self.left.eval(env) + self.right.eval(env)

    def diff(self, var):
        return Add(self.left.diff(var), self.right.diff(var))


class Mul(Binary):
    __slots__ = ()
    symbol = '*'

    def eval(self, env):
        return self.left.eval(env) * self.right.eval(env)

    def diff(self, var):
        return Add(Mul(self.left.diff(var), self.right), Mul(self.left, self.right.diff(var)))


class Pow(Expr):
    __slots__ = ('base', 'k')

    def __init__(self, base, k):
        self.base = base
        self.k = k

    def eval(self, env):
        return self.base.eval(env) ** self.k

    def diff(self, var):
        return Mul(Mul(Num(self.k), Pow(self.base, self.k - 1)), self.base.diff(var))

    def __eq__(self, o):
        return type(o) is Pow and o.k == self.k and o.base == self.base

    def __hash__(self):
        return hash(('pow', self.base, self.k))

    def __str__(self):
        return f'{self.base}^{self.k}'


def wrap(v):
    return v if isinstance(v, Expr) else Num(v)


class Simplifier:
    def __init__(self):
        self.memo = {}
        self.hits = 0

    def simplify(self, e):
        r = self.memo.get(e)
        if r is not None:
            self.hits += 1
            return r
        r = e.accept(self)
        self.memo[e] = r
        return r

    def visit_Num(self, e):
        return e

    def visit_Var(self, e):
        return e

    def visit_Add(self, e):
        a, b = self.simplify(e.left), self.simplify(e.right)
        if isinstance(a, Num) and isinstance(b, Num):
            return Num(a.value + b.value)
        if a == Num(0):
            return b
        if b == Num(0):
            return a
        return Add(a, b)

    def visit_Mul(self, e):
        a, b = self.simplify(e.left), self.simplify(e.right)
        if isinstance(a, Num) and isinstance(b, Num):
            return Num(a.value * b.value)
        if a == Num(0) or b == Num(0):
            return Num(0)
        if a == Num(1):
            return b
        if b == Num(1):
            return a
        return Mul(a, b)

    def visit_Pow(self, e):
        b = self.simplify(e.base)
        if e.k == 0:
            return Num(1)
        if e.k == 1:
            return b
        if isinstance(b, Num):
            return Num(b.value ** e.k)
        return Pow(b, e.k)


def polynomial(x, y, n):
    e = Num(0)
    for i in range(1, n + 1):
        e = e + i * x ** i * y + (n - i) * y ** 2 + x * y * i
    return e


def main():
    x, y = Var('x'), Var('y')
    total = 0
    last = None
    for round_ in range(80):
        e = polynomial(x, y, 12 + round_ % 5)
        s = Simplifier()
        dx = s.simplify(e.diff('x'))
        dy = s.simplify(e.diff('y'))
        for k in range(25):
            env = {'x': k % 7 - 3, 'y': k % 5 - 2}
            total += e.eval(env) + dx.eval(env) - dy.eval(env)
        total += s.hits + len(s.memo)
        last = dx
    print(total)
    print(len(str(last)), str(last)[:120])


main()
