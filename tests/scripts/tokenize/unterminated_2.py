# lemonpy: args=-m tokenize
x = "abc\
def
y = 2
