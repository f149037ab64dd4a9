# lemonpy: args=-m tokenize
x = 1y = 2
 z
