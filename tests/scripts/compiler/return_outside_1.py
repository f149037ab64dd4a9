# lemonpy: stderr=all
# 'return' outside a function is a SyntaxError from the compiler.
print("not printed")
return 5
