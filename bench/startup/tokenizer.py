"""tokenizer -- tokens, a recursive-descent parser and an evaluator for
arithmetic expressions with variables."""

OPERATORS = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}


class Token:
    __slots__ = ("kind", "text")

    def __init__(self, kind, text):
        self.kind, self.text = kind, text

    def __repr__(self):
        return f"{self.kind}:{self.text}"


def tokenize(source):
    tokens, i = [], 0
    while i < len(source):
        ch = source[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(source) and (source[j].isdigit() or source[j] == "."):
                j += 1
            tokens.append(Token("num", source[i:j]))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(source) and (source[j].isalnum() or source[j] == "_"):
                j += 1
            tokens.append(Token("name", source[i:j]))
            i = j
        elif ch in OPERATORS or ch in "()":
            tokens.append(Token("op", ch))
            i += 1
        else:
            raise SyntaxError(f"unexpected {ch!r} at {i}")
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens, self.pos = tokens, 0

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok

    def expression(self, min_prec=1):
        left = self.atom()
        while True:
            tok = self.peek()
            if tok is None or tok.kind != "op" or tok.text not in OPERATORS:
                return left
            prec = OPERATORS[tok.text]
            if prec < min_prec:
                return left
            self.take()
            right = self.expression(prec if tok.text == "^" else prec + 1)
            left = (tok.text, left, right)

    def atom(self):
        tok = self.take()
        if tok is None:
            raise SyntaxError("unexpected end")
        if tok.kind == "num":
            return float(tok.text) if "." in tok.text else int(tok.text)
        if tok.kind == "name":
            return ("var", tok.text)
        if tok.text == "(":
            inner = self.expression()
            if self.take() is None:
                raise SyntaxError("missing )")
            return inner
        if tok.text == "-":
            return ("-", 0, self.atom())
        raise SyntaxError(f"unexpected {tok.text!r}")


def evaluate(tree, env):
    if isinstance(tree, (int, float)):
        return tree
    op, a, b = tree if len(tree) == 3 else (tree[0], tree[1], None)
    if op == "var":
        return env[a]
    x, y = evaluate(a, env), evaluate(b, env)
    if op == "+":
        return x + y
    if op == "-":
        return x - y
    if op == "*":
        return x * y
    if op == "/":
        return x / y
    if op == "%":
        return x % y
    return x ** y


def calc(source, **env):
    return evaluate(Parser(tokenize(source)).expression(), env)
