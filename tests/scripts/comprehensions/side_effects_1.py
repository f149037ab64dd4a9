# Comprehensions can call functions with side effects and build nested
# structures; the result types are list, set, dict and generator.
log = []
r = [log.append(i) or i for i in range(3)]
print(r, log)
print(type([x for x in ()]).__name__, type({x for x in ()}).__name__,
      type({x: x for x in ()}).__name__, type((x for x in ())).__name__)
print([[y for y in range(x)] for x in range(4)])
