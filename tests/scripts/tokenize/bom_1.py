# lemonpy: args=-m tokenize
x = "é"
