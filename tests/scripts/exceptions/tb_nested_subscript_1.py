# lemonpy: stderr=all
# Chained subscripts: the failing one is marked.
data = {"k": {"inner": None}}
value = data["k"]["inner"]["deep"]
