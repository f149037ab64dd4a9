# lemonpy: stderr=all
# No caret line when the failing expression is the whole line.
x = None
x.attr
