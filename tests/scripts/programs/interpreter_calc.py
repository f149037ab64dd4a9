# A tiny expression tokenizer, recursive-descent parser and evaluator with variables.

class Token:
    def __init__(self, kind, value, pos):
        self.kind, self.value, self.pos = kind, value, pos
    def __repr__(self):
        return f"Token({self.kind}, {self.value!r})"

class CalcError(Exception):
    pass

def tokenize(src):
    toks = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            toks.append(Token("num", float(text) if "." in text else int(text), i))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            toks.append(Token("name", src[i:j], i))
            i = j
        elif ch in "+-*/%^()=,":
            toks.append(Token("op", ch, i))
            i += 1
        else:
            raise CalcError(f"unexpected {ch!r} at {i}")
    toks.append(Token("end", None, len(src)))
    return toks

class Parser:
    def __init__(self, toks, env):
        self.toks, self.i, self.env = toks, 0, env
    def peek(self):
        return self.toks[self.i]
    def take(self, value=None):
        t = self.toks[self.i]
        if value is not None and t.value != value:
            raise CalcError(f"expected {value!r} at {t.pos}, got {t.value!r}")
        self.i += 1
        return t
    def statement(self):
        if self.peek().kind == "name" and self.toks[self.i + 1].value == "=":
            name = self.take().value
            self.take("=")
            v = self.expr()
            self.env[name] = v
            return v
        return self.expr()
    def expr(self):
        v = self.term()
        while self.peek().value in ("+", "-"):
            op = self.take().value
            r = self.term()
            v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.factor()
        while self.peek().value in ("*", "/", "%"):
            op = self.take().value
            r = self.factor()
            if op == "*":
                v *= r
            elif op == "/":
                if r == 0:
                    raise CalcError("division by zero")
                v /= r
            else:
                v %= r
        return v
    def factor(self):
        if self.peek().value == "-":
            self.take()
            return -self.factor()
        base = self.atom()
        if self.peek().value == "^":
            self.take()
            return base ** self.factor()
        return base
    def atom(self):
        t = self.take()
        if t.kind == "num":
            return t.value
        if t.kind == "name":
            if self.peek().value == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek().value == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                fns = {"max": max, "min": min, "abs": abs, "sum": lambda *a: sum(a)}
                if t.value not in fns:
                    raise CalcError(f"unknown function {t.value}")
                return fns[t.value](*args)
            try:
                return self.env[t.value]
            except KeyError:
                raise CalcError(f"undefined variable {t.value!r}") from None
        if t.value == "(":
            v = self.expr()
            self.take(")")
            return v
        raise CalcError(f"unexpected {t.value!r} at {t.pos}")

env = {"pi": 3.14159}
program = """x = 3
y = x * (2 + 4) ^ 2
y / 7
z = -x ^ 2 + 10 % 4
max(x, y, z) - min(1, 2, -3)
sum(1, 2, 3, 4) * abs(-2.5)
2 ^ 3 ^ 2
pi * 2
1 / 0
q + 1
3 $ 4
(1 + 2
big = 2 ^ 100
big % 1000007
7 / 2 + 7 % 2"""
for line in program.splitlines():
    try:
        result = Parser(tokenize(line), env).statement()
        print(f"{line:<28} => {result!r}")
    except CalcError as e:
        print(f"{line:<28} !! {e}")
print(sorted(env.items()))
print(tokenize("a1 = 2.5*b"))
