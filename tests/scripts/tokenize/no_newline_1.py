# lemonpy: args=-m tokenize
if x:
    y = 1