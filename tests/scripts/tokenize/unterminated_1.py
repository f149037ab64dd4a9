# lemonpy: args=-m tokenize
x = 'abc
y = rb"def
z = 1
