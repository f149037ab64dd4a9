# lemonpy: stderr=all
# assert with a message.
x = 5
assert x == 4, f"x is {x}"
