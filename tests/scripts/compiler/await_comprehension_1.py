# lemonpy: stderr=all
# 'await' in a comprehension at module level.
result = [await x for x in []]
