# lemonpy: args=-m tokenize
x = 1
y = """never
closed
