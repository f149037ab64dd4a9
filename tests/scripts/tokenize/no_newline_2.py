# lemonpy: args=-m tokenize
x = 1
# last comment