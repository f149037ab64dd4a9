# lemonpy: stderr=all
# Two starred expressions in one assignment.
a, *b, *c = range(5)
