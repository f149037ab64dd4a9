# Shunting-yard: infix to postfix with precedence and associativity, evaluation, and an AST printer.

PREC = {"+": (1, "L"), "-": (1, "L"), "*": (2, "L"), "/": (2, "L"), "%": (2, "L"), "^": (3, "R"), "neg": (4, "R")}

def tokens(expr):
    out, i, prev = [], 0, None
    while i < len(expr):
        ch = expr[i]
        if ch.isspace():
            i += 1
            continue
        if ch.isdigit() or ch == ".":
            j = i
            while j < len(expr) and (expr[j].isdigit() or expr[j] == "."):
                j += 1
            out.append(expr[i:j])
            i = j
        elif ch.isalpha():
            j = i
            while j < len(expr) and expr[j].isalnum():
                j += 1
            out.append(expr[i:j])
            i = j
        else:
            if ch == "-" and (prev is None or prev in PREC or prev == "("):
                out.append("neg")
            else:
                out.append(ch)
            i += 1
        prev = out[-1]
    return out

def to_postfix(toks):
    out, stack = [], []
    for t in toks:
        if t in PREC:
            p, assoc = PREC[t]
            while stack and stack[-1] in PREC:
                q = PREC[stack[-1]][0]
                if q > p or (q == p and assoc == "L"):
                    out.append(stack.pop())
                else:
                    break
            stack.append(t)
        elif t == "(":
            stack.append(t)
        elif t == ")":
            while stack and stack[-1] != "(":
                out.append(stack.pop())
            if not stack:
                raise SyntaxError("unbalanced ')'")
            stack.pop()
        else:
            out.append(t)
    while stack:
        t = stack.pop()
        if t == "(":
            raise SyntaxError("unbalanced '('")
        out.append(t)
    return out

def evaluate(post, env):
    st = []
    for t in post:
        if t == "neg":
            st.append(-st.pop())
        elif t in PREC:
            b, a = st.pop(), st.pop()
            st.append({"+": a + b, "-": a - b, "*": a * b, "/": a / b if b else float("nan"),
                       "%": a % b if b else float("nan"), "^": a ** b}[t])
        elif t[0].isdigit() or t[0] == ".":
            st.append(float(t) if "." in t else int(t))
        else:
            st.append(env[t])
    if len(st) != 1:
        raise SyntaxError(f"malformed expression, stack={st}")
    return st[0]

def tree(post):
    st = []
    for t in post:
        if t == "neg":
            st.append(("neg", st.pop()))
        elif t in PREC:
            b, a = st.pop(), st.pop()
            st.append((t, a, b))
        else:
            st.append(t)
    return st[0]

def show(node, depth=0):
    pad = "  " * depth
    if isinstance(node, tuple):
        return "\n".join([pad + node[0]] + [show(c, depth + 1) for c in node[1:]])
    return pad + node

env = {"x": 3, "y": 4, "pi": 3.14159}
for e in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x ^ 2", "x * -y", "10 / 4 - 1", "7 % 3 + x*y",
          "pi * x ^ 2", "((x))", "1 +", "(1 + 2", "1 + 2)", "2 * (3 + 4) * 5 - -6", "z + 1", "1 / 0"]:
    try:
        post = to_postfix(tokens(e))
        print(f"{e:22} | {' '.join(post):28} | {evaluate(post, env)!r}")
    except SyntaxError as err:
        print(f"{e:22} | SyntaxError: {err}")
    except (KeyError, IndexError) as err:
        print(f"{e:22} | {type(err).__name__}: {err}")
print(show(tree(to_postfix(tokens("2 * (3 + x) - -y ^ 2")))))
print(tree(to_postfix(tokens("a + b * c"))))
