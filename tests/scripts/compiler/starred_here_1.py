# lemonpy: stderr=all
# A starred expression where none can be used.
x = *[1, 2]
