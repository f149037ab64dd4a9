# lemonpy: args=-m tokenize
if x:
    y = (1,
         2)  # c

z = 3
