# eval() of an assignment reports plain "invalid syntax" (no "Maybe you meant '=='" hint)
for src in ["(1).real = 2", "x = 1", "a.b = c"]:
    try:
        eval(src)
    except SyntaxError as e:
        print(e.msg)
