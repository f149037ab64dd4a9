# lemonpy: stderr=all
# Groups nested deeper than 10 are cut.
e = ValueError("leaf")
for i in range(12):
    e = ExceptionGroup(f"level{i}", [e])
raise e
