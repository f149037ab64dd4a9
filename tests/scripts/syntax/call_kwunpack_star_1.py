# lemonpy: stderr=all
print(*a, **b, *c)
