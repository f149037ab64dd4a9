# eval() of a source string that ends inside an expression: CPython reports offset 0 and the text without "\n"
for src in ["1 +", "(1, 2", "x ="]:
    try:
        eval(src)
    except SyntaxError as e:
        print(repr(e), e.offset, repr(e.text), e.end_offset)
