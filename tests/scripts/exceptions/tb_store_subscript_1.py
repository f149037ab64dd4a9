# lemonpy: stderr=all
# A subscript store whose container lookup fails.
d = {}
d["a"]["b"] = 1
